"""What every benchmark module reports: a figure, its reference, and their ratio."""

from __future__ import annotations

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
