"""message queue index: the queued messages in claim order, so a claim reads only its batch

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

QUEUED = "status IN ('approved', 'scheduled')"


def upgrade() -> None:
    op.create_index(
        "ix_messages_queue",
        "messages",
        ["scheduled_for", "id"],
        postgresql_where=sa.text(QUEUED),
        sqlite_where=sa.text(QUEUED),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_queue", table_name="messages")
