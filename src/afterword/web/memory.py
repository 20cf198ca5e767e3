"""Give the C allocator's free memory back while the server reviews (glibc only).

Building Harper's dictionary and the spelling tables frees much of what it allocates, and
each review frees what it read; glibc keeps freed memory in the arena of the thread that
freed it (a server has a few), so the process's resident memory stays at its high-water mark.
After each of the first reviews and every ``TRIM_EVERY`` after, ``malloc_trim`` hands the
free pages back (a few milliseconds the first time, less after): about 40 MiB of a serving
process. The same as the batch review's workers do (``afterword.review.batch``).
"""

from __future__ import annotations

import itertools
import threading

from afterword.review import batch

TRIM_FIRST = 10
TRIM_EVERY = 50

_reviews = itertools.count(1)
_trimming = threading.Lock()


def after_review() -> None:
    """Count a review; now and then give the free memory back (one thread at a time)."""
    done = next(_reviews)
    if done > TRIM_FIRST and done % TRIM_EVERY:
        return
    if not _trimming.acquire(blocking=False):  # another thread is at it: that is enough
        return
    try:
        batch.release_free_memory()
    finally:
        _trimming.release()
