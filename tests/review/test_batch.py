"""Batches: folders, order, unreadable files, a process pool, and the delayed progress bar."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from rich.console import Console

from afterword.review import batch
from afterword.review.batch import DelayedProgress, Job, expand_paths, review_paths

DATA = Path(__file__).parent / "data"


def test_folders_give_their_mail_and_text_files_sorted(tmp_path):
    for name in ("b.eml", "a.txt", "c.md", "skip.pdf", ".hidden.eml", "sub/d.eml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Dear Sam,\n")
    named = tmp_path / "skip.pdf"
    paths = expand_paths([str(tmp_path), str(named)])
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "a.txt",
        "b.eml",
        "c.md",
        "sub/d.eml",
        "skip.pdf",
    ]


def test_batch_keeps_order_and_reports_unreadable_files(tmp_path):
    good = DATA / "good-note.eml"
    binary = tmp_path / "photo.eml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    missing = tmp_path / "missing.eml"
    results = review_paths([good, binary, missing], Job(), jobs=1)
    assert [r.source for r in results] == [str(good), str(binary), str(missing)]
    assert results[0].review is not None and results[0].error is None
    assert "a PNG image" in results[1].error
    assert "cannot read" in results[2].error and "missing.eml" in results[2].error


def test_pool_gives_the_same_reviews_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "FILES_PER_WORKER", 2)  # a small batch, still through the pool
    slips = (DATA / "slips-note.txt").read_bytes()
    paths = []
    for index in range(6):
        path = tmp_path / f"n{index}.txt"
        path.write_bytes(slips.replace(b"Northwind", f"Northwind {index}".encode()))
        paths.append(path)
    from afterword.interview.loader import load_interview

    interview = load_interview(Path(__file__).parents[2] / "examples" / "northwind-panel.yaml")
    job = Job(interview, to="Dr. Priya Raman")  # the interview travels to the workers
    alone = review_paths(paths, job, jobs=1)
    pooled = review_paths(paths, job, jobs=2)
    assert [r.review.findings for r in pooled] == [r.review.findings for r in alone]
    assert [r.source for r in pooled] == [str(p) for p in paths]


def test_progress_bar_stays_hidden_off_a_terminal():
    out = io.StringIO()
    progress = DelayedProgress(Console(file=out))
    progress.started -= 5
    progress(1, 10)
    progress.close()
    assert progress.bar is None and out.getvalue() == ""


def test_progress_bar_appears_on_a_terminal_only_after_a_second():
    out = io.StringIO()
    progress = DelayedProgress(Console(file=out, force_terminal=True))
    progress(1, 10)
    assert progress.bar is None
    progress.started = time.monotonic() - 2
    progress(2, 10)
    assert progress.bar is not None
    progress.close()


@pytest.mark.parametrize(
    ("files", "jobs", "workers"),
    [
        (1, None, 1),  # control: one file, one process
        (80, 2, 1),  # a pool of two was twice as slow as one process here
        (80, None, 1),
        (250, 2, 2),
        (250, 8, 2),
        (5000, 4, 4),
        (5000, 1, 1),
    ],
)
def test_the_batch_size_chooses_the_worker_count(files: int, jobs: int | None, workers: int):
    assert batch.worker_count(files, jobs) == workers
