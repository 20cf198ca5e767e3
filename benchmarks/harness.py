"""What every benchmark module reports: a figure, its reference, and their ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure against the reference named in the issue, from the same run."""

    name: str  # "cold afterword --version"
    value: float  # seconds (or the unit named)
    reference_name: str  # "python3 -c pass"
    reference: float
    goal: str  # "ratio <= 3"
    unit: str = "s"

    @property
    def ratio(self) -> float:
        """value / reference."""
        return self.value / self.reference if self.reference else float("inf")

    def as_dict(self) -> dict[str, object]:
        """Plain data for the JSON results file."""
        return {**asdict(self), "ratio": self.ratio}


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    """Run ``function`` ``repeat`` times and return the fastest wall time, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def median_of(function: Callable[[], object], repeat: int = 5) -> float:
    """Run ``function`` ``repeat`` times and return the median wall time, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def command_time(argv: list[str], repeat: int = 10, **kwargs: object) -> float:
    """Return the median wall time of running a command to completion."""

    def run() -> None:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]

    run()  # warm the file cache so both sides start equal
    return median_of(run, repeat)


PYTHON = sys.executable


def _tree(pid: int) -> list[int]:
    """Return a process and all its descendants, from /proc."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    queue.extend(int(child) for child in children.read().split())
        except OSError:
            continue
    return found


def _resident(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def tree_peak_memory(argv: list[str], every: float = 0.05) -> tuple[float, float]:
    """Run a command; return its wall time and the peak resident memory of its whole tree (MiB).

    Sampled every ``every`` seconds, so a peak shorter than that can slip through.
    """
    started, peak = time.perf_counter(), 0
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None:
        peak = max(peak, sum(_resident(pid) for pid in _tree(process.pid)))
        time.sleep(every)
    return time.perf_counter() - started, peak / 2**20
