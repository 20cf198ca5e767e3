"""Child processes on the test's clock: a ``--later`` run moves this process's clock, and an
``afterword`` started from a test must see the same day, or 'due an hour ago' is in its future.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

AFTERWORD = str(Path(sys.executable).with_name("afterword"))

# Start afterword's CLI with the clock moved to argv[1], ticking from there.
_ON_CLOCK = (
    "import sys, datetime, time_machine;"
    "time_machine.travel(datetime.datetime.fromisoformat(sys.argv.pop(1)), tick=True).start();"
    "from afterword.cli import main; main()"
)


def clock_moved() -> bool:
    """Tell whether this process's clock differs from the real one (a ``--later`` run)."""
    from time_machine import escape_hatch

    return escape_hatch.is_travelling()


def afterword(*args: str) -> list[str]:
    """The command line that runs ``afterword ARGS`` in a child process on this clock."""
    if not clock_moved():
        return [AFTERWORD, *args]
    # The child starts with the program name argv[0] == "-c"; main() reads argv[1:].
    return [sys.executable, "-c", _ON_CLOCK, datetime.now(UTC).isoformat(), *args]
