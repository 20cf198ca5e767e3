"""The fuzzing budget: a few examples in ``make test``, ten thousand in ``make fuzz``."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

FUZZ = bool(os.environ.get("AFTERWORD_FUZZ"))
FUZZ_EXAMPLES = 10_000


def budget(small: int) -> Any:
    """Hypothesis settings: ``small`` examples normally, FUZZ_EXAMPLES under ``make fuzz``."""
    return settings(
        max_examples=FUZZ_EXAMPLES if FUZZ else small,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
