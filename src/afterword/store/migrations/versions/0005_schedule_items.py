"""schedule items: what is pending per interviewer, kept up to date; latest interviews index

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 05:10:00

Triggers mark an interviewer stale on every write that can change their items (messages,
replies, interview times), whichever code path makes it; the schedule works the stale ones
out again before it reads. A database without a basis row is worked out on first read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

MESSAGE_COLUMNS = "interviewer_id, kind, sequence, status, sent_at, replied_at"
INTERVIEWER_COLUMNS = "interview_id, replied_at"
INTERVIEW_COLUMNS = "user_id, starts_at, duration_minutes, timezone, decision_by"
TRIGGERS = (
    "schedule_stale_message_insert",
    "schedule_stale_message_update",
    "schedule_stale_message_delete",
    "schedule_stale_interviewer_insert",
    "schedule_stale_interviewer_update",
    "schedule_stale_interview_update",
)

# A mark carries its user, so that a reader finds its own marks through an index. A mark
# for an interview that is gone (a cascade in progress) is not made.
MARK = "INSERT OR IGNORE INTO schedule_stale (interviewer_id, user_id)"
OWNER = "SELECT {person}, user_id FROM interviews WHERE id = {interview}"
SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER schedule_stale_message_insert AFTER INSERT ON messages
    WHEN NEW.interviewer_id IS NOT NULL
    BEGIN {MARK} {OWNER.format(person="NEW.interviewer_id", interview="NEW.interview_id")}; END""",
    f"""CREATE TRIGGER schedule_stale_message_update AFTER UPDATE OF {MESSAGE_COLUMNS} ON messages
    BEGIN
      {MARK} {OWNER.format(person="NEW.interviewer_id", interview="NEW.interview_id")}
        AND NEW.interviewer_id IS NOT NULL;
      {MARK} {OWNER.format(person="OLD.interviewer_id", interview="OLD.interview_id")}
        AND OLD.interviewer_id IS NOT NULL;
    END""",
    f"""CREATE TRIGGER schedule_stale_message_delete AFTER DELETE ON messages
    WHEN OLD.interviewer_id IS NOT NULL
    BEGIN {MARK} {OWNER.format(person="OLD.interviewer_id", interview="OLD.interview_id")}; END""",
    f"""CREATE TRIGGER schedule_stale_interviewer_insert AFTER INSERT ON interviewers
    BEGIN {MARK} {OWNER.format(person="NEW.id", interview="NEW.interview_id")}; END""",
    f"""CREATE TRIGGER schedule_stale_interviewer_update
    AFTER UPDATE OF {INTERVIEWER_COLUMNS} ON interviewers
    BEGIN {MARK} {OWNER.format(person="NEW.id", interview="NEW.interview_id")}; END""",
    f"""CREATE TRIGGER schedule_stale_interview_update
    AFTER UPDATE OF {INTERVIEW_COLUMNS} ON interviews
    BEGIN {MARK} SELECT id, NEW.user_id FROM interviewers WHERE interview_id = NEW.id; END""",
]

PG_MARK = (
    "INSERT INTO schedule_stale (interviewer_id, user_id) "
    + OWNER.format(person="{row}.interviewer_id", interview="{row}.interview_id")
    + " ON CONFLICT DO NOTHING"
)
PG_FUNCTIONS = {
    "schedule_mark_message": f"""
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.interviewer_id IS NOT NULL THEN {PG_MARK.format(row="OLD")}; END IF;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.interviewer_id IS NOT NULL THEN {PG_MARK.format(row="NEW")}; END IF;
      END IF;""",
    "schedule_mark_interviewer": """
      INSERT INTO schedule_stale (interviewer_id, user_id)
      SELECT NEW.id, user_id FROM interviews WHERE id = NEW.interview_id
      ON CONFLICT DO NOTHING;""",
    "schedule_mark_interview": """
      INSERT INTO schedule_stale (interviewer_id, user_id)
      SELECT id, NEW.user_id FROM interviewers WHERE interview_id = NEW.id
      ON CONFLICT DO NOTHING;""",
}
PG_TRIGGERS = [
    "CREATE TRIGGER schedule_stale_message_insert AFTER INSERT ON messages"
    " FOR EACH ROW EXECUTE FUNCTION schedule_mark_message()",
    f"CREATE TRIGGER schedule_stale_message_update AFTER UPDATE OF {MESSAGE_COLUMNS} ON messages"
    " FOR EACH ROW EXECUTE FUNCTION schedule_mark_message()",
    "CREATE TRIGGER schedule_stale_message_delete AFTER DELETE ON messages"
    " FOR EACH ROW EXECUTE FUNCTION schedule_mark_message()",
    "CREATE TRIGGER schedule_stale_interviewer_insert AFTER INSERT ON interviewers"
    " FOR EACH ROW EXECUTE FUNCTION schedule_mark_interviewer()",
    "CREATE TRIGGER schedule_stale_interviewer_update"
    f" AFTER UPDATE OF {INTERVIEWER_COLUMNS} ON interviewers"
    " FOR EACH ROW EXECUTE FUNCTION schedule_mark_interviewer()",
    f"CREATE TRIGGER schedule_stale_interview_update AFTER UPDATE OF {INTERVIEW_COLUMNS}"
    " ON interviews FOR EACH ROW EXECUTE FUNCTION schedule_mark_interview()",
]


def upgrade() -> None:
    op.create_table(
        "schedule_items",
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interviewer_id"], ["interviewers.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interviewer_id", "step"),
    )
    with op.batch_alter_table("schedule_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_schedule_items_pending",
            ["user_id", "done", "due_at", "interview_id", "interviewer_id", "step"],
        )
        batch_op.create_index(
            "ix_schedule_items_all",
            ["user_id", "due_at", "interview_id", "interviewer_id", "step"],
        )
        batch_op.create_index(batch_op.f("ix_schedule_items_interview_id"), ["interview_id"])
    op.create_table(
        "schedule_stale",
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("interviewer_id"),
    )
    with op.batch_alter_table("schedule_stale", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schedule_stale_user_id"), ["user_id"])
    op.create_table(
        "schedule_basis",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id"),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index("ix_interviews_user_start", ["user_id", "starts_at", "id"])
    _create_triggers()


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        return
    for name, body in PG_FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN {body}\n  RETURN NULL;\nEND $$"
        )
    for statement in PG_TRIGGERS:
        op.execute(statement)


def _drop_triggers() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    tables = ("messages",) * 3 + ("interviewers",) * 2 + ("interviews",)
    for name, table in zip(TRIGGERS, tables, strict=True):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index("ix_interviews_user_start")
    op.drop_table("schedule_basis")
    with op.batch_alter_table("schedule_stale", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_stale_user_id"))
    op.drop_table("schedule_stale")
    with op.batch_alter_table("schedule_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_items_interview_id"))
        batch_op.drop_index("ix_schedule_items_all")
        batch_op.drop_index("ix_schedule_items_pending")
    op.drop_table("schedule_items")
