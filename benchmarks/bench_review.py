"""The review engine, warm: every rule with context vs Harper's own lint of the same notes.

Figures (issue 3, "Speed"):
- per ~150-word note, with context and every rule on, vs Harper's ``Linter.lint`` alone on the
  same notes (goal: <= 1.3x);
- proselint's checks on the same notes, for comparison (no goal).

Both sides are warm (Linter built, word frequencies loaded); the suggestion cache is emptied
before each round so a repeated note pays for its misspellings again.
"""

from __future__ import annotations

import random

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

Thank you for taking the time to speak with me on Tuesday about the Senior Data Engineer role at
Northwind Analytics. I especially enjoyed our conversation about {topic}, and I keep thinking
about how it would change the way the team ships data to its customers.{slip}

I have spent five years building streaming pipelines on Kafka and Flink, and I would love to
bring that experience to your team. One thing I did not get to share: on my last project, we
cut cloud spend by 38% after moving our nightly jobs to incremental loads, and I would be glad
to walk you through the numbers.

I am excited about the chance to join Northwind and to help the platform grow over the next
few years. Please let me know if I can share anything else that would help your decision.

Best regards,
Jordan Lee
"""


def notes() -> list[tuple[str, object]]:
    """Return 24 notes of about 150 words, each with the context of its recipient."""
    from afterword.review.rules.samples import sample_context

    pick = random.Random(3)
    made = []
    for index in range(24):
        key = "priya" if index % 2 == 0 else "sam"
        greet = "Dr. Raman" if key == "priya" else "Sam"
        body = NOTE.format(greet=greet, topic=pick.choice(TOPICS), slip=pick.choice(SLIPS))
        made.append((body, sample_context(key)))
    return made


def run() -> list[Figure]:
    """Measure the engine, Harper alone and proselint on the same notes."""
    import harper
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    from afterword.review import proofread, spelling
    from afterword.review.engine import review
    from afterword.review.message import Message

    batch = notes()
    messages = [
        (Message(body, subject="Thank you — Senior Data Engineer interview"), context)
        for body, context in batch
    ]
    plain = harper.Linter()
    CheckRegistry().register_many(__register__)  # as proselint's own command line does

    def ours() -> None:
        spelling.cost.cache_clear()  # a new batch: nothing remembered from the last round
        proofread._reranked.cache_clear()
        for message, context in messages:
            review(message, context)  # type: ignore[arg-type]

    def harper_alone() -> None:
        for body, _ in batch:
            plain.lint(body, language="plaintext")

    def proselint() -> None:
        for body, _ in batch:
            LintFile("<note>", body).lint()

    ours(), harper_alone(), proselint()  # warm: linters built, frequencies loaded, regexes compiled
    per_note = len(batch)
    # Alternate the two sides round by round so a busy machine slows both alike.
    rounds = [(best_of(harper_alone, 1), best_of(ours, 1)) for _ in range(ROUNDS)]
    reference = min(r[0] for r in rounds) / per_note
    engine = min(r[1] for r in rounds) / per_note
    other = best_of(proselint, 3) / per_note
    return [
        Figure(
            "review, warm, per 150-word note, every rule + context",
            engine,
            "harper Linter.lint alone, same notes",
            reference,
            "ratio <= 1.3",
        ),
        Figure(
            "proselint, warm, per note (for comparison)",
            other,
            "harper Linter.lint alone, same notes",
            reference,
            "none",
        ),
    ]
