"""Run an import with a time and memory limit, in a child process that can be stopped.

Parsing a file someone sent you runs third-party parsers on hostile input; a bug there must
cost a clear error, not a frozen server. The child is forked (no re-import, ~10 ms), gets an
address-space limit above what it inherited, and is killed when its time is up.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from afterword.interview.errors import InterviewFileError

T = TypeVar("T")
SECONDS = 10.0
EXTRA_MEMORY = 512 * 2**20  # bytes the child may allocate beyond what it inherited


def run_limited(
    function: Callable[..., T],
    source: str,
    *args: Any,
    seconds: float = SECONDS,
    extra_memory: int = EXTRA_MEMORY,
) -> T:
    """Return ``function(*args)`` run in a limited child; its InterviewFileError comes back."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return function(*args)  # no cheap child here (Windows): run it in this process
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_child, args=(send, extra_memory, function, *args), daemon=True
    )
    child.start()
    send.close()
    try:
        return _result(receive, child, source, seconds)
    finally:
        if child.is_alive():
            child.kill()
        child.join(1)
        receive.close()


def _result(receive: Connection, child: Any, source: str, seconds: float) -> Any:
    """Wait for the child's answer; turn silence, death and errors into InterviewFileError."""
    if not receive.poll(seconds):
        raise InterviewFileError(
            source, f"reading it took longer than {seconds:g} s and was stopped",
            expected="an ordinary file (this one may be built to make readers hang)",
        )  # fmt: skip
    try:
        kind, value = receive.recv()
    except EOFError:  # killed by the memory limit or a crash before it could answer
        raise InterviewFileError(
            source, "reading it needed too much memory or crashed and was stopped",
            expected="an ordinary file (this one may be built to exhaust memory)",
        ) from None  # fmt: skip
    if kind == "ok":
        return value
    raise InterviewFileError(*value[:2], line=value[2], field=value[3], expected=value[4])


def _child(send: Connection, extra_memory: int, function: Callable[..., Any], *args: Any) -> None:
    """In the child: limit memory, run, and send back the result or the user error."""
    _limit_memory(extra_memory)
    try:
        send.send(("ok", function(*args)))
    except InterviewFileError as exc:
        send.send(("error", (exc.source, exc.message, exc.line, exc.field, exc.expected)))
    except MemoryError:
        pass  # the parent reads the closed pipe as "too much memory"
    finally:
        send.close()
        os._exit(0)  # skip the parent's atexit handlers and open servers, inherited by fork


def _limit_memory(extra: int) -> None:
    """Cap the address space at what the child inherited plus ``extra`` bytes."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    limit = inherited + extra
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
