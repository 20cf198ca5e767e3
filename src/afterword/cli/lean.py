"""A lean path for ``afterword list --json`` and ``afterword due`` on a SQLite file.

Standard library only: SQLAlchemy, Typer, Rich and pydantic cost ten times Python's own
start-up, and these two commands only read rows. Whenever anything is out of the ordinary
(another database, a schema to migrate, stale schedule items to work out, options this path
does not know, a terminal to draw a table on, a setting to check) it answers ``None`` and the
full application runs instead, so both always give the same output and the same errors.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from afterword.schedule.items import DueItem, describe_countdown, write_json
from afterword.store.heads import head_revisions

FLAGS = {"list": {"--json"}, "due": {"--json", "--all"}}
VALUES = {"list": {"--db", "--config"}, "due": {"--db", "--config", "--at"}}
# The defaults of the settings due times depend on (config.ScheduleSettings).
SCHEDULE_DEFAULTS = {"country": "US", "window_start": "08:00", "window_end": "18:00"}
PAGE = 1000
ITEM_COLUMNS = (
    "s.due_at, s.interview_id, s.interviewer_id, s.step, p.name, p.email, v.company, v.role,"
    " s.kind, s.sequence, s.state, s.message_id"
)
# The same rows and order as afterword.schedule.pending reads (a test holds them equal).
ITEMS_SQL = (
    f"SELECT {ITEM_COLUMNS} FROM schedule_items AS s"
    " JOIN interviewers AS p ON p.id = s.interviewer_id"
    " JOIN interviews AS v ON v.id = s.interview_id"
    " WHERE s.user_id = :user {done} {after}"
    " ORDER BY s.due_at, s.interview_id, s.interviewer_id, s.step LIMIT :limit"
)
AFTER = "AND (s.due_at, s.interview_id, s.interviewer_id, s.step) > (:k0, :k1, :k2, :k3)"


def run(args: list[str]) -> int | None:
    """Run ``list``/``due`` without the full application; ``None`` when it must run instead."""
    options = _parse(args)
    if options is None or sys.stdout.isatty():  # a person reads: tables, indented JSON
        return None
    found = _settings(options.get("--config"))
    if found is None:
        return None
    storage, schedule = found
    path = _sqlite_file(options.get("--db") or os.environ.get("AFTERWORD_DB") or storage)
    if path is None:
        return None
    with contextlib.closing(_open(path)) as connection:
        user = _ready_user(connection)
        if user is None:
            return None
        if args[0] == "list":
            return _list(connection, user)
        return _due(connection, user, options, _basis(schedule))


def _parse(args: list[str]) -> dict[str, Any] | None:
    """Read the options this path knows; ``None`` for anything else (help included)."""
    command, rest = (args[0], args[1:]) if args else ("", [])
    if command not in FLAGS:
        return None
    options: dict[str, Any] = {}
    while rest:
        name, _, value = rest.pop(0).partition("=")
        if name in FLAGS[command] and not value:
            options[name] = True
        elif name in VALUES[command] and (value or rest):
            options[name] = value or rest.pop(0)
        else:
            return None
    return options


def _settings(explicit: str | None) -> tuple[str | None, dict[str, Any]] | None:
    """Return storage.db and the schedule section, or ``None`` when they need checking."""
    file = _config_path(explicit)
    if not file.exists():
        return None if explicit else (None, {})
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    storage, schedule = data.get("storage", {}), data.get("schedule", {})
    if not isinstance(storage, dict) or not isinstance(schedule, dict):
        return None
    db = storage.get("db")
    return (db, schedule) if db is None or isinstance(db, str) else None


def _config_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if env := os.environ.get("AFTERWORD_CONFIG"):
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("afterword")) / "config.toml"


def _basis(schedule: dict[str, Any]) -> str | None:
    """Name the schedule settings as the schedule does (pending.basis_of), if plain text."""
    values = {key: schedule.get(key, default) for key, default in SCHEDULE_DEFAULTS.items()}
    if not all(isinstance(value, str) for value in values.values()):
        return None
    return f"country={values['country']};hours={values['window_start']}-{values['window_end']}"


def _sqlite_file(value: str | None) -> Path | None:
    """Return the SQLite file a database setting names, if it is one that exists."""
    if value is None:
        from platformdirs import user_data_dir

        return _existing(Path(user_data_dir("afterword")) / "afterword.sqlite3")
    if value.startswith("sqlite:///"):
        return _existing(Path(value.removeprefix("sqlite:///")))
    return None if "://" in value else _existing(Path(value).expanduser())


def _existing(path: Path) -> Path | None:
    return path.resolve() if path.is_file() else None


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10)
    connection.execute("PRAGMA busy_timeout=10000")
    return connection


def _ready_user(connection: sqlite3.Connection) -> int | None:
    """Return the local user's id when the schema is current and the user exists."""
    try:
        versions = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        row = connection.execute("SELECT id FROM users WHERE username = 'local'").fetchone()
    except sqlite3.Error:
        return None
    heads = head_revisions()
    return row[0] if row and heads and versions == heads else None


def _list(connection: sqlite3.Connection, user: int) -> int:
    """Print ``list --json``: the user's interviews, the latest first, with interviewers."""
    rows = connection.execute(
        "SELECT id, company, role, local_start, timezone, duration_minutes, format"
        " FROM interviews WHERE user_id = ? ORDER BY starts_at DESC, id DESC",
        (user,),
    ).fetchall()
    names: dict[int, list[str]] = {}
    for interview_id, name in connection.execute(
        "SELECT p.interview_id, p.name FROM interviewers AS p JOIN interviews AS v"
        " ON v.id = p.interview_id WHERE v.user_id = ? ORDER BY p.interview_id, p.position",
        (user,),
    ):
        names.setdefault(interview_id, []).append(name)
    listed = [_interview(row, names.get(row[0], [])) for row in rows]
    sys.stdout.write(json.dumps(listed, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
    return 0


def _interview(row: tuple[Any, ...], names: list[str]) -> dict[str, Any]:
    start = datetime.fromisoformat(row[3]).replace(tzinfo=_zone(row[4]))
    return {
        "id": row[0], "company": row[1], "role": row[2], "start": start.isoformat(),
        "timezone": row[4], "duration_minutes": row[5], "format": row[6], "interviewers": names,
    }  # fmt: skip


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _due(
    connection: sqlite3.Connection, user: int, options: dict[str, Any], basis: str | None
) -> int | None:
    """Print what is due, when the schedule items are current and --at is plain."""
    now = _moment(options.get("--at"))
    if now is None or basis is None or _needs_work(connection, user, basis):
        return None
    pages = _pages(connection, user, bool(options.get("--all")))
    if options.get("--json"):
        write_json(now, pages, sys.stdout.write, _due_at)
    else:
        at = now.astimezone(UTC)
        write_lines((_item(row, at) for rows in pages for row in rows), sys.stdout.write)
    sys.stdout.flush()
    return 0


def _moment(text: str | None) -> datetime | None:
    """Read --at as the full command does; ``None`` leaves the errors to it."""
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if not 1900 <= moment.year <= 2999:
        return None
    try:
        return moment.astimezone() if moment.tzinfo is None else moment
    except (ValueError, OverflowError):
        return None


def _needs_work(connection: sqlite3.Connection, user: int, basis: str) -> bool:
    row = connection.execute(
        "SELECT (SELECT basis FROM schedule_basis WHERE user_id = :user),"
        " EXISTS (SELECT 1 FROM schedule_stale WHERE user_id = :user)",
        {"user": user},
    ).fetchone()
    return row[0] != basis or bool(row[1])


def _pages(connection: sqlite3.Connection, user: int, include_done: bool) -> Iterator[list[Any]]:
    """Yield the items' rows a page at a time, by keyset."""
    done = "" if include_done else "AND s.done = 0"
    first, following = (ITEMS_SQL.format(done=done, after=a) for a in ("", AFTER))
    params = {"user": user, "limit": PAGE}
    rows = connection.execute(first, params).fetchall()
    while rows:
        yield rows
        if len(rows) < PAGE:
            return
        params.update(zip(("k0", "k1", "k2", "k3"), rows[-1][:4], strict=True))
        rows = connection.execute(following, params).fetchall()


@lru_cache(maxsize=8192)
def _due_at(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _item(row: tuple[Any, ...], now: datetime) -> DueItem:
    due = _due_at(row[0])
    return DueItem(
        row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[9], due, due - now,
        row[10], row[11],
    )  # fmt: skip


@lru_cache(maxsize=4096)
def _local(due_at: datetime) -> str:
    """Show a due time in the machine's zone; a panel's items share theirs."""
    return due_at.astimezone().strftime("%a %d %b %H:%M %Z")


def row_text(item: DueItem) -> list[str]:
    """Return the columns ``due`` shows for an item."""
    return [
        _local(item.due_at),
        describe_countdown(item.countdown),
        item.label,
        item.interviewer,
        f"{item.company} (#{item.interview_id})",
        item.state,
    ]


def write_lines(items: Iterable[DueItem], write: Callable[[str], Any]) -> None:
    """Write ``due`` piped: one plain line per item as it is read, easy to grep."""
    overdue, empty = 0, True
    for item in items:
        write("  ".join(row_text(item)) + "\n")
        overdue, empty = overdue + item.overdue, False
    write("Nothing is due.\n" if empty else "")
    write(f"{overdue} overdue\n" if overdue else "")
