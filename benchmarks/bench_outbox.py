"""Outbox throughput: 1,000 approved messages through ``send_due`` vs bare smtplib loops.

All send the same 1,000 messages to the same local SMTP server (aiosmtpd's Sink, in its
own process so it does not share this one's GIL) over one connection. Two references, both
measured in the same run:

- a bare loop that builds each message with the ``email`` package (``EmailMessage``, From,
  To, Subject, Date, Message-ID, ``set_content``) and sends it with ``send_message``: the
  literal "bare smtplib loop sending the same messages";
- a bare loop that only writes prebuilt bytes with ``sendmail`` (no building at all).

The outbox also does its bookkeeping: the claim, a committed step before each message's
content, and the commit that marks it sent, on a SQLite file.
"""

from __future__ import annotations

import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from benchmarks.harness import Figure

COUNT = 1000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_sink(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the local SMTP server did not start")


def _queue(folder: Path) -> object:
    """A SQLite outbox holding COUNT approved messages that are due now."""
    from afterword.interview.loader import load_interview
    from afterword.store.db import Database, utcnow
    from afterword.store.interviews import save_interview, save_profile
    from afterword.store.schema import MessageRow

    db = Database(str(folder / "bench.sqlite3"))
    interview = load_interview(Path(__file__).parents[1] / "examples" / "northwind-panel.yaml")
    assert interview.candidate is not None
    save_profile(db, interview.candidate)
    interview_id = save_interview(db, interview)
    now = utcnow()
    body = "Dear Person,\n\nThank you for the conversation about the role.\n\nJordan Lee\n" * 4
    with db.session() as session:
        session.add_all(
            MessageRow(
                interview_id=interview_id, kind="thank-you", to_name=f"Person {n}",
                to_address=f"person{n}@northwind.example", subject=f"Thank you {n}", body=body,
                status="scheduled", message_id=make_msgid(domain="example.com"),
                created_at=now, updated_at=now, approved_at=now, scheduled_for=now, attempts=0,
            )
            for n in range(COUNT)
        )  # fmt: skip
    return db


def _bare(port: int, messages: list[tuple[str, str, bytes]]) -> float:
    """Send the messages with smtplib alone over one connection; return the seconds."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for sender, recipient, data in messages:
            client.sendmail(sender, [recipient], data)
    return time.perf_counter() - started


Plain = tuple[str, str, str, str, str, str, str]  # from name, from, to name, to, subject...


def _bare_email(port: int, messages: list[Plain]) -> float:
    """Build each message with the ``email`` package and ``send_message`` it; the seconds."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for from_name, sender, to_name, recipient, subject, message_id, body in messages:
            email = EmailMessage()
            email["From"] = Address(from_name, addr_spec=sender)
            email["To"] = Address(to_name, addr_spec=recipient)
            email["Subject"] = subject
            email["Date"] = format_datetime(datetime.now(UTC))
            email["Message-ID"] = message_id
            email.set_content(body)
            client.send_message(email)
    return time.perf_counter() - started


def _plain(db: object) -> list[Plain]:
    """The queued messages' fields, read before the clock starts."""
    from afterword.mail.outbox import list_outbox
    from afterword.store.interviews import get_profile
    from afterword.store.messages import get_message

    sender = get_profile(db)  # type: ignore[arg-type]
    assert sender is not None
    rows = [get_message(db, entry.id) for entry in list_outbox(db)]  # type: ignore[arg-type]
    return [
        (sender.name, sender.email, r.to_name or "", r.to_address or "", r.subject,
         r.message_id or "", r.body)
        for r in rows
    ]  # fmt: skip


def _prebuilt(db: object) -> list[tuple[str, str, bytes]]:
    from afterword.mail.build import build_email
    from afterword.mail.outbox import list_outbox
    from afterword.store.interviews import get_profile
    from afterword.store.messages import get_message

    sender = get_profile(db)  # type: ignore[arg-type]
    rows = [get_message(db, entry.id) for entry in list_outbox(db)]  # type: ignore[arg-type]
    return [(sender.email, r.to_address, build_email(r, sender).as_bytes()) for r in rows]  # type: ignore[union-attr,misc]


def _outbox(db: object, port: int) -> float:
    from afterword.config import MailServer, Settings
    from afterword.mail.outbox import send_due

    settings = Settings(smtp=MailServer(host="127.0.0.1", port=port))
    started = time.perf_counter()
    report = send_due(db, settings)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    assert report.count("sent") == COUNT, report.outcomes[:3]
    return elapsed


def _without_fsync(db: object) -> None:
    """Instrument this benchmark's engine only: commits reach the OS but are not fsynced.

    This is not how afterword runs. It shows how much of the gap is the one fsync per
    message that makes the step record survive a power cut, and how much is everything else.
    """
    from sqlalchemy import event

    def relaxed(connection: object, _record: object) -> None:
        connection.execute("PRAGMA synchronous=NORMAL")  # type: ignore[attr-defined]

    event.listen(db.engine, "connect", relaxed)  # type: ignore[attr-defined]
    db.engine.dispose()  # type: ignore[attr-defined]


def _measure(port: int, folder: Path, fsync: bool) -> tuple[float, float, float]:
    """Seconds for the outbox, the email-package loop and the prebuilt-bytes loop.

    The shared machine's load drifts, so each reference runs just before and just after the
    outbox and counts with the mean of the two.
    """
    db = _queue(folder)
    if not fsync:
        _without_fsync(db)
    plain, prebuilt = _plain(db), _prebuilt(db)
    built_before, bytes_before = _bare_email(port, plain), _bare(port, prebuilt)
    outbox = _outbox(db, port)
    built_after, bytes_after = _bare_email(port, plain), _bare(port, prebuilt)
    db.dispose()  # type: ignore[attr-defined]
    return outbox, (built_before + built_after) / 2, (bytes_before + bytes_after) / 2


def _figure(label: str, outbox: float, reference_name: str, reference: float) -> Figure:
    return Figure(
        name=f"outbox send_due, {COUNT} messages, SQLite ({label})",
        value=COUNT / outbox,
        reference_name=reference_name,
        reference=COUNT / reference,
        goal="ratio >= 0.8",
        unit=" msg/s",
    )


BUILT = "bare smtplib loop, one connection: EmailMessage built per message + send_message"
PREBUILT = "bare smtplib loop, one connection: sendmail of prebuilt bytes"


def run() -> list[Figure]:
    """Measure the outbox and both bare loops, in this run, against the same server."""
    port = _free_port()
    server = _start_sink(port)
    figures = []
    try:
        for fsync, label in ((True, "as shipped"), (False, "commits not fsynced")):
            with tempfile.TemporaryDirectory(prefix="aw-bench-outbox-") as folder:
                outbox, built, prebuilt = _measure(port, Path(folder), fsync)
            figures.append(_figure(label, outbox, BUILT, built))
            figures.append(_figure(label, outbox, PREBUILT, prebuilt))
    finally:
        server.terminate()
        server.wait(10)
    return figures
