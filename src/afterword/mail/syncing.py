"""The sync worker: look for replies in every hosted user's mailbox, or the one local user's.

Hosted, ``sync_everyone`` goes through each user (not disabled) who has an IMAP server, with
that user's own settings and password. Several workers may run: on PostgreSQL a worker takes
a user's ``user_settings`` row ``FOR UPDATE SKIP LOCKED`` for the time of that user's sync,
so two workers never read one mailbox at once (they may take turns: syncing twice finds
nothing new). One user's unreachable server or wrong password is reported for that user;
the others go on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from afterword.mail.imap import ImapError, SyncResult, sync_replies
from afterword.mail.vault import Accounts, VaultError, mail_users
from afterword.store.db import Database
from afterword.store.schema import UserSettingsRow

if TYPE_CHECKING:
    from afterword.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserSync:
    """One user's sync: what it found, or why it could not run."""

    user_id: int | None
    result: SyncResult | None = None
    error: str | None = None


@contextmanager
def _claimed(db: Database, user_id: int) -> Iterator[bool]:
    """Hold the user's settings row while syncing; False when another worker holds it."""
    if db.engine.dialect.name != "postgresql":
        yield True
        return
    with db.engine.connect() as connection, connection.begin():
        held = connection.execute(
            select(UserSettingsRow.user_id)
            .where(UserSettingsRow.user_id == user_id)
            .with_for_update(skip_locked=True)
        ).first()
        yield held is not None


def sync_everyone(db: Database, server: Settings) -> list[UserSync]:
    """Sync each hosted user's mailbox with their own settings; report each user's outcome."""
    accounts = Accounts(db, server)
    done = []
    for user_id in mail_users(db, "imap"):
        with _claimed(db, user_id) as mine:
            if not mine:
                continue
            try:
                result = sync_replies(db, accounts(user_id), user_id=user_id)
            except (ImapError, VaultError) as exc:
                done.append(UserSync(user_id, error=str(exc)))
            else:
                done.append(UserSync(user_id, result))
    return done


def sync_once(db: Database, settings: Settings) -> list[UserSync]:
    """One round: every hosted user, or the local user (whose errors are raised)."""
    if settings.server.mode == "hosted":
        return sync_everyone(db, settings)
    return [UserSync(None, sync_replies(db, settings))]


def watch(
    db: Database,
    settings: Settings,
    poll_seconds: float,
    stop: threading.Event,
    on_round: Callable[[list[UserSync]], None],
) -> None:
    """Sync every ``poll_seconds`` until stopped; a failed round waits for the next."""
    while not stop.is_set():
        try:
            on_round(sync_once(db, settings))
        except (ImapError, OperationalError) as exc:  # the local mailbox or the database
            log.warning("syncing waits for the next round: %s", exc)
            on_round([UserSync(None, error=str(exc))])
        stop.wait(poll_seconds)
