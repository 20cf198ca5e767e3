"""the outbox's claim no longer marks the schedule stale: it keeps the items itself

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 11:00:00

The trigger on messages (``schedule_stale_message_update``, from 0005) fired on every claim
(approved or scheduled to ``sending``), a PL/pgSQL call per claimed row on PostgreSQL
(1.6-5.6 ms a claim of 100), and left every claimed interviewer to be worked out again on the
next read. A claim is now told apart by what only a claim writes (``sending`` from a queued
state with a new ``sending_started_at``, nothing else the schedule reads changed) and is left
out by the trigger's WHEN; the claim updates the items of the rows it claimed in the same
statement (``afterword.schedule.pending.claim_upkeep``). Every other write marks as before.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# As in 0005, which this replaces; the function of PostgreSQL's trigger is 0005's, unchanged.
MESSAGE_COLUMNS = "interviewer_id, kind, sequence, status, sent_at, replied_at"
MARK = "INSERT OR IGNORE INTO schedule_stale (interviewer_id, user_id)"
OWNER = "SELECT {person}, user_id FROM interviews WHERE id = {interview}"


def _not_a_claim(same: str) -> str:
    """The WHEN condition: anything but a claim (``same``: the null-safe equality)."""
    unchanged = " AND ".join(
        f"NEW.{column} {same} OLD.{column}"
        for column in ("interviewer_id", "kind", "sequence", "sent_at", "replied_at")
    )
    return (
        "NOT (OLD.status IN ('approved', 'scheduled') AND NEW.status = 'sending'"
        f" AND NOT (NEW.sending_started_at {same} OLD.sending_started_at) AND {unchanged})"
    )


SQLITE_BODY = f"""
    BEGIN
      {MARK} {OWNER.format(person="NEW.interviewer_id", interview="NEW.interview_id")}
        AND NEW.interviewer_id IS NOT NULL;
      {MARK} {OWNER.format(person="OLD.interviewer_id", interview="OLD.interview_id")}
        AND OLD.interviewer_id IS NOT NULL;
    END"""
HEAD = f"CREATE TRIGGER schedule_stale_message_update AFTER UPDATE OF {MESSAGE_COLUMNS} ON messages"
PG_CALL = " EXECUTE FUNCTION schedule_mark_message()"


def _replace(narrow: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute(
        "DROP TRIGGER IF EXISTS schedule_stale_message_update" + ("" if sqlite else " ON messages")
    )
    if sqlite:
        when = f" WHEN {_not_a_claim('IS')}" if narrow else ""
        op.execute(HEAD + when + SQLITE_BODY)
    else:
        when = f" WHEN ({_not_a_claim('IS NOT DISTINCT FROM')})" if narrow else ""
        op.execute(HEAD + " FOR EACH ROW" + when + PG_CALL)


def upgrade() -> None:
    _replace(narrow=True)


def downgrade() -> None:
    _replace(narrow=False)
