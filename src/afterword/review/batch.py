"""Review many files at once, on every core: each worker builds Harper's Linter once.

Workers are started with ``spawn`` (Harper's Rust library holds state a fork must not copy);
each runs the initializer, which builds its Linter before the first file arrives.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.kinds import MessageKind
from afterword.review.addressee import Addressee, addressee
from afterword.review.context import ReviewContext
from afterword.review.reading import SourceMessage, UnreadableInput, read_message

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.config import ReviewSettings, ScheduleSettings
    from afterword.config_file import PlainReview
    from afterword.interview.model import Candidate, Interview, Interviewer

# A worker costs about a second to start (spawn, imports, its own Linter) and a warm review
# takes about 10 ms, so each worker needs this many files before it pays for itself: on 80
# files two processes were twice as slow as one (issue 11).
FILES_PER_WORKER = 100
PROGRESS_AFTER_SECONDS = 1.0
FOLDER_SUFFIXES = (".eml", ".txt", ".md", ".text")


@dataclass(frozen=True)
class Job:
    """What every file of a batch is reviewed with: the interview, the flags, the settings."""

    interview: Interview | None = None
    to: str | None = None  # --to; otherwise each message's To header names the recipient
    kind: MessageKind | None = None
    sent_at: datetime | None = None
    candidate: Candidate | None = None
    settings: ReviewSettings | PlainReview | None = None
    schedule: ScheduleSettings | None = None
    english: str | None = None  # the profile's English; None: the interview's zone or the text

    def context_for(self, message: SourceMessage) -> ReviewContext:
        """Return the context for one message, its recipient taken from --to or its To header."""
        return ReviewContext(
            interview=self.interview,
            recipient=self.recipient(message.to),
            kind=self.kind,
            sent_at=self.sent_at,
            candidate=self.candidate or (self.interview.candidate if self.interview else None),
            schedule=self.schedule,
            english=self.english,
        )

    def recipient(self, to_header: str | None) -> Interviewer | Addressee | None:
        """Find the interviewer named by --to, else by the To header; without an interview,
        a display name is enough to check the greeting against."""
        wanted = self.to or to_header or ""
        name, address = parseaddr(wanted)
        if self.interview is None:
            return _named_person(name or (wanted if "@" not in wanted else ""), address)
        for key in (address, name, wanted):
            if key and (person := self.interview.interviewer(key)):
                return person
        return None


def _named_person(name: str, address: str) -> Interviewer | Addressee | None:
    if not name.strip():
        return None
    if plain := addressee(name.strip(), address):
        return plain  # what the model below would hold, without importing it
    from pydantic import ValidationError

    from afterword.interview.model import Interviewer

    try:
        return Interviewer(name=name.strip(), email=address or None)
    except ValidationError:
        return Interviewer(name=name.strip()) if _valid_name(name) else None


def _valid_name(name: str) -> bool:
    return 0 < len(name.strip()) <= 200 and all(ord(c) >= 32 for c in name)


@dataclass(frozen=True)
class FileReview:
    """One file's outcome: its review, or why it could not be read."""

    source: str
    review: Any = None
    error: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def review_message(message: SourceMessage, job: Job) -> Any:
    """Review one message with the job's context and settings."""
    from afterword.review.engine import review

    return review(message, job.context_for(message), job.settings)


def review_bytes(data: bytes, source: str, job: Job) -> FileReview:
    """Read and review one input, turning unreadable input into an error line."""
    try:
        message = read_message(data, source)
    except UnreadableInput as exc:
        return FileReview(source, error=str(exc))
    return FileReview(source, review_message(message, job), notes=message.notes)


def expand_paths(arguments: Sequence[str]) -> list[Path]:
    """Return the files named, with each folder replaced by its mail and text files."""
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            paths.extend(sorted(p for p in path.rglob("*") if _reviewable(p)))
        else:
            paths.append(path)
    return paths


def _reviewable(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[-1:])
    return path.is_file() and not hidden and path.suffix.lower() in FOLDER_SUFFIXES


_worker_job: Job | None = None
_worker_files = 0
# Building Harper's dictionary, and loading the spelling tables on the first misspelling,
# free much of what they allocate, and the C allocator keeps it: handing it back to the
# system brings each worker from about 210 MiB down to about 190.
TRIM_EVERY = 50  # files; after each of the first TRIM_FIRST, when the tables load
TRIM_FIRST = 20


def start_worker(job: Job) -> None:
    """Keep the job and build the proofreader once, before the first file."""
    global _worker_job
    _worker_job = job
    from afterword.review.engine import review_text

    review_text("Thank you.", settings=job.settings)  # builds this process's Harper Linter
    release_free_memory()


def release_free_memory() -> None:
    """Give the memory the C allocator holds free back to the system (glibc only)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library: nothing to do
        pass


def review_path(path: str) -> FileReview:
    """Review one file in a worker (the job came with the initializer)."""
    global _worker_files
    assert _worker_job is not None, "start_worker must run first"
    _worker_files += 1
    if _worker_files <= TRIM_FIRST or _worker_files % TRIM_EVERY == 0:
        release_free_memory()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return FileReview(path, error=f"{path}: cannot read: {exc.strerror or exc}")
    try:
        return review_bytes(data, path, _worker_job)
    except Exception as exc:  # a bug on one note must not lose the other 1,999 reviews
        reason = f"{type(exc).__name__}: {exc}"
        return FileReview(
            path, error=f"{path}: afterword failed on this file ({reason}); please report it"
        )


def review_paths(
    paths: Sequence[Path],
    job: Job,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[FileReview]:
    """Review files in order, on at most ``jobs`` processes (default: every core)."""
    names = [str(p) for p in paths]
    workers = worker_count(len(names), jobs)
    results = []
    for done, result in enumerate(_run(names, job, workers), start=1):
        results.append(result)
        if progress:
            progress(done, len(names))
    return results


def worker_count(files: int, jobs: int | None = None) -> int:
    """Return how many processes a batch of ``files`` is worth, at most ``jobs`` (or the cores)."""
    return max(1, min(jobs or os.cpu_count() or 1, files // FILES_PER_WORKER))


def _run(names: list[str], job: Job, workers: int) -> Iterator[FileReview]:
    if workers == 1:
        start_worker(job)
        yield from map(review_path, names)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(8, len(names) // (workers * 8)))  # small chunks: no idle tail
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, context, initializer=start_worker, initargs=(job,)) as pool:
        yield from pool.map(review_path, names, chunksize=chunk)


class DelayedProgress:
    """A Rich progress bar that appears only on a terminal and only past a second of work."""

    def __init__(self, console: Console, description: str = "reviewing") -> None:
        self.console = console
        self.description = description
        self.started = time.monotonic()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` files."""
        if self.bar is None and self._due():
            from rich.progress import Progress

            self.bar = Progress(console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.description, total=total)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)

    def _due(self) -> bool:
        waited = time.monotonic() - self.started
        return self.console.is_terminal and waited > PROGRESS_AFTER_SECONDS

    def close(self) -> None:
        """Remove the bar, if it appeared."""
        if self.bar is not None:
            self.bar.stop()
