"""Spelling quality on the public sets: share flagged, first suggestion right, false flags.

Each misspelling goes into the same neutral sentence, and so does its correct word. Run:
``python -m benchmarks.spelling_quality [--raw]`` (``--raw`` reports Harper's own ranking).
Norvig's set 1 is the development set; set 2 and Birkbeck are only measured, never tuned on.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "spelling"
FRAME = "I wrote {} in my notes yesterday."
PREFIX = len("I wrote ")


@dataclass
class Score:
    """Counts for one test set."""

    name: str
    pairs: int = 0
    flagged: int = 0
    first_right: int = 0
    in_suggestions: int = 0
    correct_words: int = 0
    false_flags: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        """Shares in percent, as the quality report prints them."""
        return {
            "set": self.name,
            "pairs": self.pairs,
            "flagged %": round(100 * self.flagged / self.pairs, 1),
            "first suggestion right %": round(100 * self.first_right / self.pairs, 1),
            "right word among suggestions %": round(100 * self.in_suggestions / self.pairs, 1),
            "false flags %": round(100 * self.false_flags / max(self.correct_words, 1), 2),
            "seconds": round(self.seconds, 1),
        }


def norvig(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (right, wrong) pairs of a Norvig test set."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if ":" in line:
            right, wrongs = line.split(":", 1)
            for wrong in wrongs.split():
                yield right.strip(), wrong


def birkbeck(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (right, wrong) pairs of Mitton's Birkbeck file (``_`` stands for a space)."""
    right = ""
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.strip()
        if line.startswith("$"):
            right = line[1:].replace("_", " ")
        elif line and right:
            yield right, line.replace("_", " ")


def score(name: str, pairs: list[tuple[str, str]], check) -> Score:  # type: ignore[no-untyped-def]
    """Run the checker over each pair's two sentences."""
    result, started = Score(name), time.perf_counter()
    for right, wrong in pairs:
        result.pairs += 1
        lints = check(FRAME.format(wrong))
        end = PREFIX + len(wrong)
        on_word = [lint for lint in lints if lint.start < end and lint.end > PREFIX]
        result.flagged += bool(on_word)
        suggestions = [s.casefold() for lint in on_word for s in lint.suggestions]
        result.first_right += bool(suggestions) and suggestions[0] == right.casefold()
        result.in_suggestions += right.casefold() in suggestions
        # the correct word in the same sentence, and the sentence's other words
        result.correct_words += len(FRAME.split()) - 1 + len(right.split())
        result.false_flags += len(check(FRAME.format(right)))
        result.false_flags += len([lint for lint in lints if lint not in on_word])
    result.seconds = time.perf_counter() - started
    return result


def checker(raw: bool):  # type: ignore[no-untyped-def]
    """Return a function text -> spelling lints: ours, or Harper's unranked."""
    from afterword.review import proofread

    if raw:
        return lambda text: [
            lint for lint in proofread.proofread(text, rerank=False) if lint.category == "spelling"
        ]
    return lambda text: [lint for lint in proofread.proofread(text) if lint.category == "spelling"]


def main() -> None:
    """Print the table as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", action="store_true", help="Harper's own suggestion order")
    parser.add_argument("--sets", default="set1,set2,birkbeck")
    parser.add_argument("--every", type=int, default=10, help="Birkbeck: take every Nth pair")
    args = parser.parse_args()
    check = checker(args.raw)
    sets = {
        "set1": lambda: list(norvig(DATA / "spell-testset1.txt")),
        "set2": lambda: list(norvig(DATA / "spell-testset2.txt")),
        "birkbeck": lambda: list(birkbeck(DATA / "birkbeck_missp.dat"))[:: args.every],
    }
    for name in args.sets.split(","):
        print(json.dumps(score(name, sets[name](), check).as_dict()))


if __name__ == "__main__":
    main()
