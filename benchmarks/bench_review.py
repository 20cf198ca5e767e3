"""The review engine, warm: every rule with context vs Harper's own lint of the same notes.

Figures (issue 3, "Speed"):
- per ~150-word note, with context and every rule on, vs Harper's ``Linter.lint`` alone on the
  same notes (goal: <= 1.3x);
- proselint's checks on the same notes, for comparison (no goal).

Both sides are warm (Linter built, word frequencies loaded). Harper remembers the paragraphs
it has linted, so every round lints fresh notes (each paragraph carries its own numbers), and
the two sides never see the same text; which side goes first alternates round by round. The
engine hands Harper to a helper thread and runs its own rules meanwhile, so the figure is wall
time on this 2-core machine; the CPU time is reported beside it.
"""

from __future__ import annotations

import random
import time

from benchmarks.harness import Figure, best_of

ROUNDS = 9
TOPICS = [
    "your plan to move the batch ETL jobs to streaming",
    "how the team tests schema changes before they reach production",
    "the way on-call load is shared across the platform group",
    "your point that data contracts matter more than tools",
    "the roadmap for the customer analytics dashboard",
    "how design reviews run with engineering in the room",
]
SLIPS = ["", "", "", " I recieve feedback well.", " I look forward to hear from you.", ""]
NOTE = """Dear {greet},

Thank you for taking the time to speak with me on the {day}th about the Senior Data Engineer role
at Northwind Analytics. I especially enjoyed our conversation about {topic}, and I keep thinking
about how it would change the way the team ships data to its {users} customers.{slip}

I have spent five years building streaming pipelines on Kafka and Flink, and I would love to
bring that experience to your team. One thing I did not get to share: on my last project, we
cut cloud spend by {spend}% after moving our nightly jobs to incremental loads, and I would be
glad to walk you through the numbers.

I am excited about the chance to join Northwind and to help the platform grow over the next
{years} years. Please let me know if I can share anything else that would help your decision.

Best regards,
Jordan Lee
"""


def notes(batch: int = 0, count: int = 24) -> list[tuple[str, object]]:
    """Return notes of about 150 words, each with its recipient's context; no two alike."""
    from afterword.review.rules.samples import sample_context

    pick = random.Random(batch)
    made = []
    for index in range(count):
        key = "priya" if index % 2 == 0 else "sam"
        n = batch * count + index
        body = NOTE.format(
            greet="Dr. Raman" if key == "priya" else "Sam",
            topic=pick.choice(TOPICS),
            slip=pick.choice(SLIPS),
            day=n % 28 + 1,
            users=1000 + n,
            spend=10 + n,
            years=2 + n,
        )
        made.append((body, sample_context(key)))
    return made


def run() -> list[Figure]:
    """Measure the engine, Harper alone and proselint on notes of the same shape."""
    import harper
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    from afterword.review import proofread, spelling
    from afterword.review.engine import review
    from afterword.review.message import Message

    plain = harper.Linter()
    CheckRegistry().register_many(__register__)  # as proselint's own command line does
    subject = "Thank you — Senior Data Engineer interview"

    def ours(batch: list[tuple[str, object]]) -> None:
        spelling.cost.cache_clear()  # a new batch: nothing remembered from the last round
        proofread._reranked.cache_clear()
        for body, context in batch:
            review(Message(body, subject=subject), context)  # type: ignore[arg-type]

    def harper_alone(batch: list[tuple[str, object]]) -> None:
        for body, _ in batch:
            plain.lint(body, language="plaintext")

    ours(notes(1000)), harper_alone(notes(1001))  # warm: linters built, tables loaded
    walls: dict[str, list[float]] = {"ours": [], "harper": []}
    cpus: dict[str, list[float]] = {"ours": [], "harper": []}
    for round_ in range(ROUNDS):
        sides = [("ours", ours), ("harper", harper_alone)]
        for offset, (name, side) in enumerate(sides if round_ % 2 else sides[::-1]):
            batch = notes(2 * round_ + offset)
            wall, cpu = time.perf_counter(), time.process_time()
            side(batch)
            walls[name].append((time.perf_counter() - wall) / len(batch))
            cpus[name].append((time.process_time() - cpu) / len(batch))
    fresh = notes(5000)
    other = best_of(lambda: [LintFile("<note>", body).lint() for body, _ in fresh], 3) / len(fresh)
    reference = min(walls["harper"])
    return [
        Figure(
            "review, warm, per 150-word note, every rule + context (wall)",
            min(walls["ours"]),
            "harper Linter.lint alone, same kind of notes",
            reference,
            "ratio <= 1.3",
        ),
        Figure(
            "review, warm, per note (CPU time, both threads)",
            min(cpus["ours"]),
            "harper Linter.lint alone (CPU time)",
            min(cpus["harper"]),
            "none (for honesty)",
        ),
        Figure(
            "proselint, warm, per note (for comparison)",
            other,
            "harper Linter.lint alone, same kind of notes",
            reference,
            "none",
        ),
    ]
