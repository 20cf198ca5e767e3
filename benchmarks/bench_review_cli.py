"""The reviewer as a tool: batch on 2 cores vs 1, cold start vs Harper's own, proselint beside it.

Figures (issue 3, "Speed"):
- a batch of 2,000 notes: wall time on 1 process / on 2 (goal: >= 1.8x faster on 2);
- cold ``afterword review note.eml`` vs cold ``python -c "import harper; harper.Linter()"``
  (goal: <= 1.5x);
- proselint's CLI on the same 2,000 notes, for comparison (no goal);
- (issue 11) 80 notes with the worker count chosen from the batch size vs ``--jobs 1``
  (goal: <= 1.1x; two processes used to be 2x slower here).

Each batch runs in a fresh interpreter, so both sides pay their own start and Linter builds.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.harness import PYTHON, Figure, tree_peak_memory

NOTES = 2_000
SMALL = 80  # issue 11: the batch size where two processes were twice as slow as one
COLD_REPEAT = 3
FIRST = ["Priya", "Sam", "Alex", "Maria", "Chen", "Fatima", "Jonas", "Aiko", "Kwame", "Lucia"]
LAST = ["Raman", "Okafor", "Kim", "Garcia", "Wei", "Haddad", "Berg", "Sato", "Mensah", "Rossi"]
COMPANIES = ["Northwind Analytics", "Contoso", "Fabrikam", "Tailspin Toys", "Litware"]
ROLES = ["Senior Data Engineer", "Product Designer", "Backend Developer", "Data Analyst"]
TOPICS = [
    "your plan to move the batch ETL jobs to streaming",
    "how the team tests schema changes before they reach production",
    "the way on-call load is shared across the platform group",
    "your point that data contracts matter more than tools",
    "the roadmap for the customer analytics dashboard",
    "how design reviews run with engineering in the room",
]
FITS = [
    "five years building streaming pipelines on Kafka and Flink",
    "leading a migration that cut our cloud spend by 38 percent",
    "running user research with small teams on tight deadlines",
]
SLIPS = ["", "", "", " I recieve feedback well.", " I look forward to hear from you.", ""]

BATCH = """
import sys
from pathlib import Path
from afterword.review.batch import Job, review_paths
paths = sorted(Path(sys.argv[1]).glob("*.eml"))
results = review_paths(paths, Job(), jobs=int(sys.argv[2]))
assert len(results) == len(paths) and all(r.review is not None for r in results)
"""


def note(rng: random.Random, index: int) -> str:
    """Return one realistic ~150-word thank-you note as an .eml."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    topic, other, fit = rng.choice(TOPICS), rng.choice(TOPICS), rng.choice(FITS)
    body = (
        f"Dear {first},\n\n"
        f"Thank you for taking the time to speak with me on Tuesday about the {role} role at "
        f"{company}. I enjoyed our conversation, especially {topic}. It gave me a clear picture "
        f"of the problems the team is solving this year and of how you work together.\n\n"
        f"I was also glad to hear about {other}. It matches what I have been doing: {fit}, and "
        f"I would bring the same care for reliable systems and clear communication to "
        f"{company}.{rng.choice(SLIPS)}\n\n"
        f"Our talk confirmed my interest in the role and in joining your team. If it would help, "
        f"I am happy to share more detail about my recent projects or answer any further "
        f"questions you may have.\n\n"
        f"Thank you again for your time and for a thoughtful conversation.\n\n"
        f"Best regards,\nJordan Lee\n"
    )
    headers = (
        f"From: Jordan Lee <jordan.lee@example.com>\nTo: {first} {last} "
        f"<{first.lower()}.{last.lower()}@example.com>\n"
        f"Subject: Thank you - {role} interview\nMessage-ID: <note-{index}@example.com>\n\n"
    )
    return headers + body


def write_notes(folder: Path, count: int = NOTES) -> list[Path]:
    """Write ``count`` notes into ``folder`` and return their paths."""
    rng = random.Random(7)
    paths = []
    for index in range(count):
        path = folder / f"note-{index:04d}.eml"
        path.write_text(note(rng, index), encoding="utf-8")
        paths.append(path)
    return paths


def timed(argv: list[str]) -> float:
    """Return the wall time of one run of a command (its exit status 0 or 1 is fine)."""
    started = time.perf_counter()
    completed = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"{argv[:3]} failed: {completed.stderr.decode()[-500:]}")
    return elapsed


def compiled() -> None:
    """Write afterword's bytecode, as an installed wheel has it (Harper's side is compiled).

    With PYTHONDONTWRITEBYTECODE set (as on the build machine) every cold run would compile
    afterword's sources again, a cost no installed copy pays.
    """
    import afterword

    package = Path(afterword.__file__).parent
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(package)], check=True)


def cold(argv: list[str]) -> float:
    """Return the median wall time of a command after one run that warms the file cache."""
    compiled()
    timed(argv)
    return statistics.median(timed(argv) for _ in range(COLD_REPEAT))


def run() -> list[Figure]:
    """Measure the batch speed-up, the cold start and proselint on the same notes."""
    # The machine is shared: say how busy it was, since the 2-vs-1 ratio needs two idle cores.
    print(f"  load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        paths = write_notes(folder)
        one = timed([PYTHON, "-c", BATCH, str(folder), "1"])
        two = timed([PYTHON, "-c", BATCH, str(folder), "2"])
        afterword = str(Path(PYTHON).with_name("afterword"))
        small = folder / "small"
        small.mkdir()
        for path in paths[:SMALL]:
            (small / path.name).write_bytes(path.read_bytes())
        small_one = timed([afterword, "review", "--jobs", "1", str(small)])
        small_chosen = timed([afterword, "review", str(small)])
        _, tree_peak = tree_peak_memory([afterword, "review", str(folder)])
        _, one_linter = tree_peak_memory([PYTHON, "-c", "import harper; harper.Linter()"])
        review_cold = cold([afterword, "review", str(paths[0])])
        harper = cold([PYTHON, "-c", "import harper; harper.Linter()"])
        # Named one by one: proselint skips .eml files when it walks a folder.
        proselint = timed([str(Path(PYTHON).with_name("proselint")), "check", *map(str, paths)])
    print(f"  load average after: {os.getloadavg()[0]:.1f}", flush=True)
    batch = f"batch of {NOTES} notes"
    return [
        Figure(f"{batch}, 2 processes", two, "1 process", one, "ratio <= 0.56 (1.8x faster)"),
        Figure(
            f"batch of {SMALL} notes, workers chosen from the size",
            small_chosen,
            "--jobs 1",
            small_one,
            "ratio <= 1.1 (issue 11: two processes were 2x slower)",
        ),
        Figure(
            f"afterword review of a {batch} (default processes), peak memory of the tree",
            tree_peak,
            "one process that builds one Harper linter",
            one_linter,
            "value <= 450 MiB",
            unit=" MiB",
        ),
        Figure(
            "cold afterword review note.eml",
            review_cold,
            "cold harper Linter()",
            harper,
            "ratio <= 1.5",
        ),
        Figure(
            f"afterword {batch}, 2 processes",
            two,
            "proselint check, same notes",
            proselint,
            "comparison only",
        ),
    ]


def cold_pairing(runs: int = 7) -> tuple[list[float], list[float]]:
    """Time cold ``afterword review note.eml`` and cold Harper, interleaved, ``runs`` each.

    Interleaving puts both sides in the same minutes of a shared machine's load.
    """
    compiled()
    afterword = str(Path(PYTHON).with_name("afterword"))
    harper = [PYTHON, "-c", "import harper; harper.Linter()"]
    with tempfile.TemporaryDirectory() as temporary:
        [path] = write_notes(Path(temporary), 1)
        review = [afterword, "review", str(path)]
        timed(review), timed(harper)  # warm the file cache
        pairs = [(timed(review), timed(harper)) for _ in range(runs)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


if __name__ == "__main__":  # python -m benchmarks.bench_review_cli [RUNS]: the cold pairing only
    import sys

    ours, theirs = cold_pairing(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    best, median = min(ours) / min(theirs), statistics.median(ours) / statistics.median(theirs)
    print(f"  ratio: best {best:.2f}, median {median:.2f} (goal <= 1.5)")
    print(f"  review: best {min(ours):.3f} s, median {statistics.median(ours):.3f} s")
    print(f"  harper: best {min(theirs):.3f} s, median {statistics.median(theirs):.3f} s")
