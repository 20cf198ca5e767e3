"""Apply the safe replacements of a review: repeated words, lowercase "i", spacing, sure spelling.

Only the body is edited, never a header; every other byte of the file, line endings and
charset included, stays as it was. A body decoded from MIME (base64, quoted-printable,
HTML) is not edited: the file holds no plain text to change.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterword.errors import AfterwordError
from afterword.review.finding import Finding, Severity
from afterword.review.reading import SourceMessage, decode_text, read_message

MAX_PASSES = 3  # a fix can reveal another (removing "the" leaves a double space)
CONFIDENT_COST = 1.2  # at most about one slip between the typed word and the top suggestion
CONFIDENT_ZIPF = 3.0  # and the suggestion a common word (one in a million or more)
CONFIDENT_MARGIN = 0.5  # three times as common as the runner-up,
CONFIDENT_COST_GAP = 0.3  # or the runner-up a clearly bigger slip away


class CannotFix(AfterwordError):
    """The file cannot be edited safely; ``str()`` says why."""


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the body with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str


@dataclass(frozen=True)
class FixResult:
    """What fixing one file did: the text before and after, the edits, the final review."""

    source: str
    before: str
    after: str
    applied: tuple[Edit, ...]
    review: Any  # the review of the fixed text
    codec: str = "utf-8"  # how the file's text is encoded, to write it back the same way

    @property
    def changed(self) -> bool:
        """Whether any edit was made."""
        return self.before != self.after

    def diff(self) -> str:
        """Return a unified diff of the change (empty when nothing changed)."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{self.source}",
            tofile=f"b/{self.source}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def is_safe(finding: Finding, body: str) -> bool:
    """Whether a finding's first replacement can be applied without asking the writer."""
    if not finding.has_span or not finding.replacements:
        return False
    text, fix = body[finding.start : finding.end], finding.replacements[0]
    if finding.rule == "AW603":
        return True
    if finding.rule == "AW604":
        return fix != text and fix.lower() == text.lower()
    if finding.rule == "AW605":
        return _without_spaces(fix) == _without_spaces(text)
    if finding.rule == "AW601":
        return finding.severity is Severity.ERROR and confident_spelling(text, finding.replacements)
    if finding.rule == "AW402":
        return len(finding.replacements) == 1  # "thx" -> "thanks"; "lol" has none
    return False


def confident_spelling(typed: str, suggestions: Sequence[str]) -> bool:
    """Whether the top suggestion is surely meant: the only one, or a near, far likelier word.

    "definately" -> "definitely" is one cheap slip away and far more common than the runner-up;
    "teh" -> "the" too. A rare word, or two close candidates, is left for the writer to pick.
    """
    from afterword.review.spelling import cost, zipf

    top = suggestions[0]
    if len(suggestions) == 1:
        return True
    near = cost(typed, top) <= CONFIDENT_COST and zipf(top) >= CONFIDENT_ZIPF
    second = suggestions[1]
    clearer = cost(typed, second) >= cost(typed, top) + CONFIDENT_COST_GAP
    return near and (clearer or zipf(top) >= zipf(second) + CONFIDENT_MARGIN)


def _without_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


def safe_edits(findings: Iterable[Finding], body: str) -> list[Edit]:
    """Return the safe edits of the findings, without overlaps, in body order."""
    edits: list[Edit] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if not is_safe(finding, body) or (edits and finding.start < edits[-1].end):
            continue
        edits.append(Edit(finding.start, finding.end, finding.replacements[0], finding.rule))
    return edits


def apply_edits(text: str, edits: Sequence[Edit], positions: Sequence[int] | None = None) -> str:
    """Apply edits (body offsets, mapped through ``positions`` to ``text`` when given)."""
    where = positions or range(len(text) + 1)
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        start, end = where[edit.start], where[edit.end]
        text = text[:start] + edit.replacement + text[end:]
    return text


def fix_file(path: Path, review: Callable[[SourceMessage], Any], write: bool = True) -> FixResult:
    """Fix one file in place (or only compute the change when ``write`` is false)."""
    data = path.read_bytes()
    result = fix_bytes(data, str(path), review)
    if write and result.changed:
        write_fixed(path, result)
    return result


def write_fixed(path: Path, result: FixResult) -> None:
    """Write a fixed text back to its file, in its own charset, in one step."""
    _write_atomically(path, result.after.encode(result.codec))


def fix_bytes(data: bytes, source: str, review: Callable[[SourceMessage], Any]) -> FixResult:
    """Return the fixed text of a message, reviewing again after each pass."""
    message = read_message(data, source)
    text, codec = _editable_text(data, message)
    before, applied, current = text, [], review(message)
    for _ in range(MAX_PASSES):
        edits = safe_edits(current.findings, message.body)
        if not edits:
            break
        text = apply_edits(text, edits, _positions(text, message.body_offset or 0))
        applied.extend(edits)
        message = read_message(text.encode(codec), source)
        current = review(message)
    return FixResult(source, before, text, tuple(applied), current, codec)


# What an interactive chooser answers for a finding: a replacement, None to skip, or STOP.
STOP = "\x00stop"


def fix_interactively(
    data: bytes,
    source: str,
    review: Callable[[SourceMessage], Any],
    choose: Callable[[Finding, str], str | None],
) -> FixResult:
    """Return the text with the replacements ``choose`` picks, one finding at a time.

    ``choose`` sees each finding with replacements (and the body it points into) and answers
    with the replacement to apply, None to skip it, or STOP to keep what was chosen so far.
    """
    message = read_message(data, source)
    text, codec = _editable_text(data, message)
    edits: list[Edit] = []
    for finding in sorted(review(message).findings, key=lambda f: (f.start, f.end)):
        if not finding.has_span or not finding.replacements:
            continue
        if edits and finding.start < edits[-1].end:
            continue  # overlaps an edit already chosen
        picked = choose(finding, message.body)
        if picked == STOP:
            break
        if picked is not None:
            edits.append(Edit(finding.start, finding.end, picked, finding.rule))
    after = apply_edits(text, edits, _positions(text, message.body_offset or 0))
    final = review(read_message(after.encode(codec), source))
    return FixResult(source, text, after, tuple(edits), final, codec)


def _editable_text(data: bytes, message: SourceMessage) -> tuple[str, str]:
    """Return the file's text and codec, refusing files whose body is not stored as text."""
    if message.body_line is None or message.body_offset is None:
        raise CannotFix(
            f"{message.source}: the body is MIME-encoded (base64, quoted-printable or HTML); "
            "--fix edits plain-text bodies only"
        )
    charset = _declared_charset(message)
    text, codec, note = decode_text(data, charset)
    if note or text.encode(codec) != data:
        raise CannotFix(f"{message.source}: the file's charset is a guess; not rewriting it")
    return text, codec


def _declared_charset(message: SourceMessage) -> str | None:
    content_type = next((v for k, v in message.headers.items() if k.lower() == "content-type"), "")
    match = re.search(r'charset="?([^";\s]+)', content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _positions(text: str, body_offset: int) -> list[int]:
    """Map each offset of the newline-normalised body to its offset in ``text``."""
    positions, index = [], body_offset
    while index < len(text):
        positions.append(index)
        index += 2 if text.startswith("\r\n", index) else 1
    positions.append(len(text))
    return positions


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace the file's content in one step, keeping its permissions."""
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
