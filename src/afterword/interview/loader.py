"""Read an interview file (YAML or JSON) into an Interview; errors point at the file's line."""

from __future__ import annotations

import codecs
import json
import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from afterword.interview.errors import InterviewFileError
from afterword.interview.model import Interview

# An interview file is a few kilobytes; anything past this is a wrong file, refused unread.
MAX_BYTES = 1_000_000
# The YAML tree may not hold more values than this (guards against alias "bombs").
MAX_NODES = 50_000
# An interview file is four levels deep at most; far deeper is a wrong or hostile file.
MAX_DEPTH = 20

FILE_EXPECTED = "an interview file in YAML or JSON (see docs/interview-file.md)"

# Signatures of files people pick by mistake, to name them in the error.
MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (a .docx, .xlsx or .zip file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x7fELF": "a program",
    b"SQLite format 3": "a SQLite database",
}

Lines = dict[tuple[Any, ...], int]


def load_interview(path: str | os.PathLike[str]) -> Interview:
    """Read and validate the interview file at ``path``."""
    source = str(path)
    return parse_interview(read_limited(Path(path), source), source)


def read_limited(path: Path, source: str) -> bytes:
    """Read the file, at most one byte past the limit: a huge file is refused unread."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InterviewFileError(source, "no such file", expected=FILE_EXPECTED) from None
    except IsADirectoryError:
        raise InterviewFileError(source, "this is a folder", expected=FILE_EXPECTED) from None
    except OSError as exc:
        raise InterviewFileError(source, f"cannot read the file ({exc.strerror})") from None


def parse_interview(text: str | bytes, source: str) -> Interview:
    """Validate the text of an interview file; ``source`` names it in errors."""
    if isinstance(text, bytes):
        text = decode_text(text, source)
    elif len(text) > MAX_BYTES:
        raise _too_large(source)
    if not text.strip():
        raise InterviewFileError(source, "the file is empty", expected=FILE_EXPECTED)
    data, lines = _parse_structure(text, source)
    if not isinstance(data, dict):
        raise InterviewFileError(
            source,
            f"the file holds {_kind(data)}, not a mapping of fields",
            line=1,
            expected="fields such as 'company:', 'role:', 'when:' and 'interviewers:'",
        )
    try:
        return Interview.model_validate(data)
    except ValidationError as exc:
        from afterword.interview.explain import explain_validation_error

        raise explain_validation_error(exc, source, lines) from None


def _too_large(source: str) -> InterviewFileError:
    return InterviewFileError(
        source,
        f"the file is larger than {MAX_BYTES // 1000} kB, far more than an interview file needs",
        expected=FILE_EXPECTED,
    )


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 (a UTF-8 or UTF-16 byte-order mark is accepted), refusing binary files."""
    if len(data) > MAX_BYTES:
        raise _too_large(source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", source)
    data = data.removeprefix(codecs.BOM_UTF8)
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InterviewFileError(source, f"this is {what}, not text", expected=FILE_EXPECTED)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise InterviewFileError(
            source,
            f"this is a binary file (a zero byte at offset {offset}), not text",
            line=data.count(b"\n", 0, offset) + 1,
            expected=FILE_EXPECTED,
        )
    return _decode(data, "utf-8", source)


def _decode(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        hint = _guess_legacy_encoding(data)
        raise InterviewFileError(
            source,
            f"not valid {encoding.upper()} text: byte 0x{data[exc.start]:02x} at column "
            f"{column} cannot be decoded{hint}",
            line=line,
            expected="text saved as UTF-8",
        ) from None


def _guess_legacy_encoding(data: bytes) -> str:
    """Name the likely encoding of non-UTF-8 text, so the user knows what to convert from."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return " (it looks like Windows-1252 or Latin-1 text)"


def _kind(data: object) -> str:
    if data is None:
        return "nothing"
    if isinstance(data, list):
        return "a list"
    return f"a single value ({type(data).__name__})"


def _parse_structure(text: str, source: str) -> tuple[Any, Lines]:
    """Parse JSON or YAML into plain data and a map from each field's path to its line."""
    is_json = source.lower().endswith(".json") or text.lstrip("\ufeff \t\r\n").startswith("{")
    try:
        if is_json:
            return _parse_json(text, source), _yaml_lines_or_nothing(text, source)
        return _parse_yaml(text, source)
    except RecursionError:
        raise InterviewFileError(
            source, "the values are nested too deeply", expected=FILE_EXPECTED
        ) from None


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_json_keys)
    except json.JSONDecodeError as exc:
        raise InterviewFileError(
            source,
            f"not valid JSON: {exc.msg} (column {exc.colno})",
            line=exc.lineno,
            expected="well-formed JSON, or use YAML",
        ) from None
    except _DuplicateKey as exc:
        raise InterviewFileError(
            source,
            f"the field {exc.key!r} is given twice",
            field=exc.key,
            expected="each field once",
        ) from None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicate_json_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _yaml_lines_or_nothing(text: str, source: str) -> Lines:
    """Line numbers for JSON, borrowed from the YAML parser when it reads the text too."""
    try:
        return _parse_yaml(text, source)[1]
    except (InterviewFileError, RecursionError):
        return {}


# A note that opens with a quotation and goes on ("- "how would you staff it?" -> 2 crews"):
# YAML reads the quotation as the whole value and refuses the rest. People write notes so.
QUOTED_THEN_MORE = re.compile(
    r"""^(?P<lead>\s*(?:-\s+|[A-Za-z_]+:\s+))(?P<q>["“])(?P<said>[^"”\n]*)["”]"""
    r"""(?P<more>[ \t]*[^\s#].*)$""",
    re.MULTILINE,
)


def _quoted_then_more(found: re.Match[str]) -> str:
    whole = f'{found["q"]}{found["said"]}"{found["more"]}'.replace("'", "''")
    return f"{found['lead']}'{whole}'"


def _parse_yaml(text: str, source: str) -> tuple[Any, Lines]:
    try:
        return _parse_yaml_once(text, source)
    except InterviewFileError:
        repaired = QUOTED_THEN_MORE.sub(_quoted_then_more, text)
        if repaired == text:
            raise
        try:
            return _parse_yaml_once(repaired, source)
        except InterviewFileError:
            pass
        raise


def _parse_yaml_once(text: str, source: str) -> tuple[Any, Lines]:
    try:
        loader = yaml.SafeLoader(text)  # checks the characters already
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source, text) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines = _walk(node, source)
        return loader.construct_document(node), lines
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source, text) from None
    finally:
        loader.dispose()


def _yaml_error(exc: yaml.YAMLError, source: str, text: str) -> InterviewFileError:
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        return InterviewFileError(
            source,
            f"the control character #x{exc.character:04x} is not allowed in YAML",
            line=line,
            expected="plain text without control characters",
        )
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    problem = problem.replace("'<stream end>'", "the end of the file")
    context = getattr(exc, "context", None)
    start = getattr(exc, "context_mark", None)
    if context and start is not None and mark is not None and start.line != mark.line:
        context += f" (from line {start.line + 1})"
    detail = f"{context}, {problem}" if context else problem
    column = f" (column {mark.column + 1})" if mark is not None else ""
    expected = "'field: value' lines, lists as '- item' lines indented under their field"
    if context and "flow" in context and re.search(r"got '[?:#]'", problem):
        # "[hours, station is broke?, pay]": inside [ ] a '?' or ':' needs quotes
        expected = (
            "quotes around a list item that holds '?', ':' or '#' inside [ ], "
            "e.g. [hours, \"station is broke?\", pay], or one '- item' per line"
        )
    return InterviewFileError(
        source,
        f"not valid YAML: {detail}{column}",
        line=mark.line + 1 if mark is not None else None,
        expected=expected,
    )


def _walk(root: yaml.Node, source: str) -> Lines:
    """Map every path in the YAML tree to its line; keys get a ``("key",)`` suffix."""
    lines: Lines = {}
    stack: list[tuple[tuple[Any, ...], yaml.Node]] = [((), root)]
    for _ in range(MAX_NODES):
        if not stack:
            return lines
        path, node = stack.pop()
        if len(path) > MAX_DEPTH:  # also stops an alias that contains itself
            raise InterviewFileError(
                source,
                "the values are nested too deeply",
                line=node.start_mark.line + 1,
                expected=FILE_EXPECTED,
            )
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            stack.extend(_mapping_children(path, node, lines, source))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(((*path, i), child) for i, child in enumerate(node.value))
    raise InterviewFileError(
        source, f"the file holds more than {MAX_NODES} values", expected=FILE_EXPECTED
    )


def _mapping_children(
    path: tuple[Any, ...], node: yaml.MappingNode, lines: Lines, source: str
) -> list[tuple[tuple[Any, ...], yaml.Node]]:
    children = []
    seen: dict[str, int] = {}
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if name is None:
            continue
        line = key.start_mark.line + 1
        if name in seen:
            raise InterviewFileError(
                source,
                f"the field {name!r} is given twice (first on line {seen[name]})",
                line=line,
                field=name,
                expected="each field once",
            )
        seen[name] = line
        lines[(*path, name, "key")] = line
        children.append(((*path, name), value))
    return children


def dump_interview(interview: Interview) -> str:
    """Write the interview as YAML that ``parse_interview`` reads back into an equal record."""
    data = interview.model_dump(mode="json", exclude_none=True)
    data["when"] = _format_when(interview)
    if interview.decision_by:
        data["decision_by"] = interview.decision_by  # a YAML date, unquoted
    _drop_empty(data, ("fit", "missed", "insights"))
    if "candidate" in data:
        _drop_empty(data["candidate"], ("links",))
    for person in data["interviewers"]:
        _drop_empty(person, ("discussed",))
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _format_when(interview: Interview) -> str:
    when = interview.when
    if when.second == 0 and when.microsecond == 0:
        return when.isoformat(timespec="minutes")
    return when.isoformat()


def _drop_empty(data: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if not data.get(key):
            data.pop(key, None)
