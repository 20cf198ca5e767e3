"""A real SMTP server on loopback (aiosmtpd) that records what it accepts and can misbehave.

    with RecordingSMTPServer() as server:
        ...send to 127.0.0.1:server.port...
        assert server.messages[0].message["Subject"] == "Thank you"

Faults apply to the next transactions, at a protocol step ("MAIL", "RCPT" or "DATA"):

    server.reply_next(451, count=2)            # temporary failure, twice
    server.reply_next(550, text="5.1.1 no such user", at="RCPT")
    server.stall_next(30)                      # hold the next MAIL FROM for 30 s
    server.drop_next()                         # close the connection at the next MAIL FROM
    server.kill_client_at("DATA", pid)         # record the message, then SIGKILL pid

``RecordingSMTPServer(user="me", password="secret")`` requires AUTH with those credentials.
``RecordingSMTPServer(tls="starttls" | "implicit")`` serves a self-signed certificate;
``server.client_context()`` is an SSL context that trusts it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import logging
import os
import signal
import socket
import ssl
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

Step = Literal["MAIL", "RCPT", "DATA"]


@dataclass
class Recorded:
    """One accepted message: the envelope and the bytes as they arrived."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    peer: Any = None

    @property
    def message(self) -> EmailMessage:
        """The message parsed with the modern email policy."""
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Fault:
    """Something to do instead of (or besides) the normal reply at one step."""

    at: Step
    action: Literal["reply", "stall", "drop", "kill"]
    remaining: int = 1
    code: int = 451
    text: str = ""
    seconds: float = 0.0
    pid: int = 0


@dataclass
class _Handler:
    owner: RecordingSMTPServer
    faults: list[Fault] = field(default_factory=list)

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        self.owner.transactions += 1
        if (reply := await self._fault("MAIL", server, envelope)) is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if (reply := await self._fault("RCPT", server, envelope)) is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        fault = self._take("DATA")
        if fault is not None and fault.action == "kill":
            # The server has the message; the client dies before it can hear "250".
            self.owner._record(envelope, session)
            os.kill(fault.pid, signal.SIGKILL)
            return "250 OK: queued"
        if fault is not None:
            return await self._apply(fault, server, envelope)
        self.owner._record(envelope, session)
        return "250 OK: queued"

    def _take(self, step: Step) -> Fault | None:
        with self.owner._lock:
            for fault in self.faults:
                if fault.at == step and fault.remaining > 0:
                    fault.remaining -= 1
                    return fault
        return None

    async def _fault(self, step: Step, server: SMTP, envelope: Envelope) -> str | None:
        fault = self._take(step)
        return None if fault is None else await self._apply(fault, server, envelope)

    async def _apply(self, fault: Fault, server: SMTP, envelope: Envelope) -> str | None:
        if fault.action == "reply":
            return f"{fault.code} {fault.text or _DEFAULT_TEXT.get(fault.code, 'fault')}"
        if fault.action == "stall":
            await asyncio.sleep(fault.seconds)
            return None
        if fault.action == "kill":
            os.kill(fault.pid, signal.SIGKILL)
            return None
        assert server.transport is not None
        server.transport.abort()
        return "421 4.4.2 connection dropped"


_DEFAULT_TEXT = {
    421: "4.3.2 Service not available, closing transmission channel",
    451: "4.3.0 Temporary local problem, try again later",
    550: "5.1.1 Mailbox unavailable",
    554: "5.7.1 Message rejected as spam",
}


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class RecordingSMTPServer:
    """An aiosmtpd server in a thread on 127.0.0.1 that keeps every message it accepts."""

    def __init__(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        tls: Literal["starttls", "implicit"] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.host = host
        self.port = 0
        self.user = user
        self.password = password
        self.tls = tls
        self.messages: list[Recorded] = []
        self.transactions = 0
        self.auth_failures = 0
        self._lock = threading.Lock()
        self._handler = _Handler(self)
        self._controller: Controller | None = None
        self._certdir: tempfile.TemporaryDirectory[str] | None = None
        self._cert: Path | None = None

    # -- faults ---------------------------------------------------------------------------

    def reply_next(self, code: int, *, count: int = 1, at: Step = "MAIL", text: str = "") -> None:
        """Answer the next ``count`` transactions with ``code`` at step ``at``."""
        self._add(Fault(at=at, action="reply", remaining=count, code=code, text=text))

    def stall_next(self, seconds: float, *, count: int = 1, at: Step = "MAIL") -> None:
        """Say nothing for ``seconds`` at the next ``count`` transactions' step ``at``."""
        self._add(Fault(at=at, action="stall", remaining=count, seconds=seconds))

    def drop_next(self, *, count: int = 1, at: Step = "MAIL") -> None:
        """Close the connection without a word at the next ``count`` transactions."""
        self._add(Fault(at=at, action="drop", remaining=count))

    def kill_client_at(self, at: Step, pid: int) -> None:
        """SIGKILL ``pid`` when the next transaction reaches ``at`` (DATA: after recording)."""
        self._add(Fault(at=at, action="kill", pid=pid))

    def clear_faults(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._handler.faults.clear()

    def _add(self, fault: Fault) -> None:
        with self._lock:
            self._handler.faults.append(fault)

    # -- what arrived ---------------------------------------------------------------------

    def _record(self, envelope: Envelope, session: Session) -> None:
        data = envelope.original_content or b""
        if isinstance(envelope.content, bytes) and not data:
            data = envelope.content
        item = Recorded(str(envelope.mail_from), list(envelope.rcpt_tos), data, session.peer)
        with self._lock:
            self.messages.append(item)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Recorded]:
        """Wait until at least ``count`` messages have arrived; return them all."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return list(self.messages)

    def message_ids(self) -> list[str]:
        """The Message-ID header of every accepted message, in arrival order."""
        return [str(item.message["Message-ID"]) for item in self.messages]

    # -- TLS ------------------------------------------------------------------------------

    def client_context(self) -> ssl.SSLContext:
        """An SSL context for clients that trusts this server's self-signed certificate."""
        assert self._cert is not None, "the server was not started with tls="
        context = ssl.create_default_context(cafile=str(self._cert))
        return context

    @property
    def cafile(self) -> Path | None:
        """The self-signed certificate's path (None without TLS)."""
        return self._cert

    def _server_context(self) -> ssl.SSLContext:
        self._certdir = tempfile.TemporaryDirectory(prefix="aw-smtp-tls-")
        cert, key = _self_signed(Path(self._certdir.name), self.host)
        self._cert = cert
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        return context

    # -- lifecycle ------------------------------------------------------------------------

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode() == (self.user or auth_data.login.decode())
            and auth_data.password.decode() == self.password
        )
        if not ok:
            self.auth_failures += 1
        return AuthResult(success=ok, handled=False)

    def _controller_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"hostname": self.host, "port": free_port(self.host)}
        if self.password is not None:
            # Loopback only, so AUTH without TLS is fine here; silence aiosmtpd's warning.
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            logging.getLogger("mail.log").setLevel(logging.ERROR)
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=False
            )
        if self.tls == "starttls":
            kwargs["tls_context"] = self._server_context()
        elif self.tls == "implicit":
            kwargs["ssl_context"] = self._server_context()
        return kwargs

    def start(self) -> RecordingSMTPServer:
        """Start listening on a free port."""
        kwargs = self._controller_kwargs()
        self._controller = Controller(self._handler, **kwargs)
        self._controller.start()
        self.port = kwargs["port"]
        return self

    def stop(self) -> None:
        """Stop listening and remove the certificate, if any."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        if self._certdir is not None:
            self._certdir.cleanup()
            self._certdir = None

    def __enter__(self) -> RecordingSMTPServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _self_signed(folder: Path, host: str) -> tuple[Path, Path]:
    """Write a throwaway certificate and key for ``host`` (an IP) and ``localhost``."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "afterword test SMTP")])
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        names.append(x509.DNSName(host))
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # Valid for decades either side: OpenSSL checks the real clock, while a --later run
        # moves Python's, and a certificate must hold under both.
        .not_valid_before(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2099, 12, 31, tzinfo=dt.UTC))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path
