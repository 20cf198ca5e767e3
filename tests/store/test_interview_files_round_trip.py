"""Every example and fixture interview imports, exports and re-imports identically."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.interview.loader import dump_interview, load_interview, parse_interview
from afterword.store.interviews import get_interview, interviewer_ids, save_interview

ROOT = Path(__file__).parents[2]
FILES = sorted(
    [*ROOT.glob("examples/*.yaml"), *(ROOT / "tests" / "fixtures" / "interviews").iterdir()]
)


def test_there_are_enough_files_to_mean_something() -> None:
    assert len(FILES) >= 13


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_import_export_reimport(database, path: Path) -> None:
    loaded = load_interview(path)
    first = save_interview(database, loaded)
    stored = get_interview(database, first)
    assert stored == loaded
    exported = dump_interview(stored)
    assert parse_interview(exported, f"{path.name} (exported)") == loaded
    second = save_interview(database, parse_interview(exported, "exported.yaml"))
    again = get_interview(database, second)
    assert again == stored
    assert dump_interview(again) == exported
    assert again.start == loaded.start and again.end == loaded.end
    assert len(interviewer_ids(database, second)) == len(loaded.interviewers)
