"""Build a realistic history: ``python -m benchmarks.seed --db URL --interviews N``.

The life the schedule benchmarks measure: interviews every few hours up to now, three
interviewers each; every interview but the newest 1% is finished (the thank-you and two
follow-ups sent to each interviewer, a third of the interviewers replied), so about nine
messages per interview; the newest 1% are at every stage (nothing begun, drafted, approved,
thank-you sent). Rows go in through the product's own tables, a chunk per transaction, and
the product's own schedule upkeep runs after each chunk, so what the product maintains is
maintained.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

ZONES = ("America/Chicago", "Europe/London", "Asia/Kolkata", "America/New_York", "UTC")
PANEL = 3
SPACING = timedelta(hours=5)  # between interviews
CHUNK = 500  # interviews per transaction
UNFINISHED = 0.01  # the newest share of interviews still in progress
REPLIED = 1 / 3
REPLY_AFTER = timedelta(days=15)  # after the second follow-up
BODY = (
    "Dear {name},\n\nThank you for speaking with me about the Data Engineer role. Our talk "
    "about streaming pipelines and data contracts stayed with me, and I would be glad to "
    "bring my five years on Kafka and Flink to the team.\n\nBest regards,\nJordan Lee"
)


@dataclass(frozen=True)
class Seeded:
    """What was stored and how long it took."""

    interviews: int
    interviewers: int
    messages: int
    seconds: float


def seed(db: Any, interviews: int, now: datetime | None = None, seed_value: int = 14) -> Seeded:
    """Store ``interviews`` interviews ending near ``now`` for the local user; report counts."""
    from afterword.config import Settings
    from afterword.schedule.pending import refresh

    started, now = time.perf_counter(), now or datetime.now(UTC)
    rng, user, settings = random.Random(seed_value), db.local_user_id(), Settings()
    first_unfinished = interviews - max(1, round(interviews * UNFINISHED))
    counts = [0, 0]
    for low in range(0, interviews, CHUNK):
        numbers = range(low, min(low + CHUNK, interviews))
        with db.session() as session:
            people, messages = _chunk(
                session, user, numbers, interviews, now, rng, first_unfinished
            )
        counts[0], counts[1] = counts[0] + people, counts[1] + messages
        refresh(db, settings, user)
    _move_sequences(db)
    _analyze(db)
    return Seeded(interviews, counts[0], counts[1], time.perf_counter() - started)


def _analyze(db: Any) -> None:
    """Clean up and refresh the planner's statistics, as autovacuum would have over the years.

    On PostgreSQL, VACUUM too: seeding rewrites every interviewer's schedule items several
    times, and the dead rows it leaves (ten for every live one) would make the first reads
    of a fresh history scan them, which no history kept by autovacuum does. (The test server
    runs with autovacuum off.) Only this schema's tables: the database has others.
    """
    from sqlalchemy import text

    from afterword.store.schema import Base

    if db.engine.dialect.name != "postgresql":
        with db.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()
        return
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text(f"VACUUM ANALYZE {tables}"))


def _move_sequences(db: Any) -> None:
    """On PostgreSQL, move the id sequences past the ids given here."""
    if db.engine.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    with db.session() as session:
        for table in ("interviews", "interviewers"):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
                )
            )


def _start(number: int, total: int, now: datetime) -> datetime:
    return (now - SPACING * (total - number)).replace(second=0, microsecond=0)


def _chunk(
    session: Any,
    user: int,
    numbers: range,
    total: int,
    now: datetime,
    rng: random.Random,
    first_unfinished: int,
) -> tuple[int, int]:
    """Insert one chunk of interviews, their interviewers and messages; return the counts."""
    from sqlalchemy import func, select

    from afterword.store.schema import InterviewerRow, InterviewRow, MessageRow

    # Ids are given here, so plain executemany runs (no RETURNING round trip per row).
    connection = session.connection()
    first_id = (connection.scalar(select(func.max(InterviewRow.id))) or 0) + 1
    ids = [first_id + offset for offset in range(len(numbers))]
    starts = {n: _start(n, total, now) for n in numbers}
    rows = [_interview(i, user, n, starts[n], now, rng) for i, n in zip(ids, numbers, strict=True)]
    connection.execute(InterviewRow.__table__.insert(), rows)
    first_person = (connection.scalar(select(func.max(InterviewerRow.id))) or 0) + 1
    people = [
        _person(i, n, p, starts[n], n < first_unfinished and rng.random() < REPLIED)
        for i, n in zip(ids, numbers, strict=True)
        for p in range(PANEL)
    ]
    person_ids = [first_person + offset for offset in range(len(people))]
    for person, person_id in zip(people, person_ids, strict=True):
        person["id"] = person_id
    connection.execute(InterviewerRow.__table__.insert(), people)
    messages = []
    for index, person_id in enumerate(person_ids):
        n, person = numbers[index // PANEL], people[index]
        finished = n < first_unfinished
        messages += _messages(person, person_id, starts[n], now, finished, rng)
    if messages:
        connection.execute(MessageRow.__table__.insert(), messages)
    return len(people), len(messages)


def _interview(
    id_: int, user: int, n: int, start: datetime, now: datetime, rng: random.Random
) -> dict:
    zone = ZONES[n % len(ZONES)]
    decision = start.date() + timedelta(days=rng.choice([7, 10, 14])) if n % 3 == 0 else None
    return {
        "id": id_, "user_id": user, "company": f"Company {n}", "role": "Data Engineer",
        "starts_at": start,
        "local_start": start.replace(tzinfo=None), "timezone": zone, "duration_minutes": 60,
        "format": "video", "decision_by": decision, "candidate": None, "fit": [], "missed": [],
        "insights": [], "created_at": now, "updated_at": now,
    }  # fmt: skip


def _person(interview_id: int, n: int, position: int, start: datetime, replied: bool) -> dict:
    return {
        "interview_id": interview_id, "position": position, "name": f"Person {n}-{position}",
        "title": "Engineer", "email": f"p{n}.{position}@example.com", "discussed": [],
        "valued": None, "rapport": None, "timezone": None,
        "replied_at": start + REPLY_AFTER if replied else None,
    }  # fmt: skip


def _messages(
    person: dict, person_id: int, start: datetime, now: datetime, finished: bool, rng: random.Random
) -> list[dict]:
    """The messages of one interviewer: all three sent when finished, else some stage."""
    if finished:
        plan = [("thank-you", 1, "sent", timedelta(hours=5)), ("follow-up", 1, "sent",
                timedelta(days=7)), ("follow-up", 2, "sent", timedelta(days=14))]  # fmt: skip
    else:
        stage = rng.choice(["none", "draft", "approved", "sent"])
        plan = [] if stage == "none" else [("thank-you", 1, stage, timedelta(hours=5))]
    return [
        _message(person, person_id, kind, sequence, status, start + after, now)
        for kind, sequence, status, after in plan
    ]


def _message(
    person: dict, person_id: int, kind: str, sequence: int, status: str, at: datetime,
    now: datetime,
) -> dict:  # fmt: skip
    sent = at if status == "sent" else None
    return {
        "interview_id": person["interview_id"], "interviewer_id": person_id, "kind": kind,
        "sequence": sequence, "variant": 0, "to_name": person["name"],
        "to_address": person["email"], "subject": f"Thank you - {kind}",
        "body": BODY.format(name=person["name"]), "status": status, "composer": "builtin",
        "message_id": None if status == "draft" else f"<{person_id}.{kind}.{sequence}@seed>",
        "in_reply_to": None, "references": None, "created_at": at, "updated_at": at,
        "approved_at": at if status != "draft" else None, "scheduled_for": None,
        "sending_started_at": None, "sent_at": sent, "attempts": 1 if sent else 0,
        "next_attempt_at": None, "last_error": None, "claimed_by": None,
        "replied_at": person["replied_at"] if sequence == 2 else None,
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Seed the database named by --db and print how long it took."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__)
    parser.add_argument("--db", required=True, help="a SQLite path or a database URL")
    parser.add_argument("--interviews", type=int, required=True)
    args = parser.parse_args(argv)
    from afterword.store.db import Database

    db = Database(args.db)
    try:
        report = seed(db, args.interviews)
    finally:
        db.dispose()
    print(
        f"seeded {report.interviews:,} interviews, {report.interviewers:,} interviewers, "
        f"{report.messages:,} messages in {report.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
