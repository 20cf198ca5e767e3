"""interviewers.greet_as: how the candidate greets an interviewer

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 05:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviewers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("greet_as", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interviewers", schema=None) as batch_op:
        batch_op.drop_column("greet_as")
