"""One SMTP connection (STARTTLS, implicit TLS, or plain on loopback) sending a batch.

Every failure is sorted by what it means for the message (see the error classes):
a temporary failure is retried, a permanent one fails with the server's words, a login or
TLS problem stops the queue, and a connection lost after the content went out is uncertain.
"""

from __future__ import annotations

import ipaddress
import re
import smtplib
import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError
from afterword.mail.hosts import PrivateMailHost, check_host, check_peer
from afterword.mail.secrets import Secret, missing_password_hint

if TYPE_CHECKING:
    from afterword.config import MailServer

DEFAULT_PORTS = {"tls": 465, "starttls": 587, "none": 25}
_CONNECTION_ERRORS = (OSError, smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError)


class SmtpFailure(AfterwordError):
    """The server or the connection did not take a message; ``code`` is the reply, if any."""

    exit_code = 1
    http_status = 502

    def __init__(self, text: str, code: int | None = None) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


class TemporaryFailure(SmtpFailure):
    """Try again later: a 4xx reply, or the connection failed before the content went out."""


class PermanentFailure(SmtpFailure):
    """The server refused the message for good (5xx); its words say why."""


class Uncertain(SmtpFailure):
    """The content went out but no answer came back: the server may have accepted it."""


class QueueStopped(SmtpFailure):
    """Nothing can be sent until the user fixes something: the login, TLS or the settings."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine (so plain SMTP cannot be overheard)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _reply_text(code: int, response: bytes | str) -> str:
    text = response.decode("utf-8", "replace") if isinstance(response, bytes) else response
    return f"{code} {' '.join(text.split())}".strip()


def failure_for(code: int, response: bytes | str) -> SmtpFailure:
    """Sort a reply code into a temporary or permanent failure, keeping the server's words."""
    text = _reply_text(code, response)
    if 400 <= code < 500:
        return TemporaryFailure(text, code)
    return PermanentFailure(text, code)


def _dot_stuffed(data: bytes) -> bytes:
    """Double leading dots and end with CRLF.CRLF, as the DATA command requires."""
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class SmtpSession:
    """One connection to the user's SMTP server, opened once and reused for a batch."""

    def __init__(
        self,
        server: MailServer,
        password: Secret | None = None,
        context: ssl.SSLContext | None = None,
        *,
        public_only: bool = False,
    ) -> None:
        if not server.host:
            raise QueueStopped(
                "no SMTP server configured; set AFTERWORD_SMTP_HOST (or smtp.host in the "
                "config file), see docs/mail.md"
            )
        self.server = server
        self.host: str = server.host
        self.port = server.port or DEFAULT_PORTS[server.security]
        self.password = password
        self.context = context
        self.public_only = public_only  # hosted: no private hosts (afterword.mail.hosts)
        self._client: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        """``host:port`` for messages."""
        return f"{self.host}:{self.port}"

    def open(self) -> None:
        """Connect, secure the connection and log in, or raise a sorted failure."""
        if self._client is not None:
            return
        try:
            self._client = self._connect()
            self._secure()
            self._login()
        except SmtpFailure:
            self.close()
            raise
        except PrivateMailHost as exc:  # the user's settings must change before anything goes
            self.close()
            raise QueueStopped(str(exc)) from exc
        except ssl.SSLError as exc:
            self.close()
            raise QueueStopped(f"TLS with {self.where} failed: {exc}") from exc
        except (*_CONNECTION_ERRORS, smtplib.SMTPException) as exc:
            self.close()
            raise TemporaryFailure(f"cannot talk to the SMTP server {self.where}: {exc}") from exc

    def _connect(self) -> smtplib.SMTP:
        if self.public_only:
            check_host("SMTP", self.host)
        timeout = self.server.timeout_seconds
        if self.server.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=timeout, context=self._tls_context()
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=timeout)
        if self.public_only and client.sock is not None:
            try:
                check_peer("SMTP", self.host, client.sock)
            except PrivateMailHost:
                client.close()
                raise
        return client

    def _tls_context(self) -> ssl.SSLContext:
        return self.context or ssl.create_default_context()

    def _secure(self) -> None:
        client = self._require_client()
        client.ehlo()
        if self.server.security != "starttls":
            return  # implicit TLS is already on; 'none' is the user's explicit choice
        if client.has_extn("starttls"):
            client.starttls(context=self._tls_context())
            client.ehlo()
        elif not is_loopback(self.host):
            raise QueueStopped(
                f"the SMTP server {self.where} does not offer STARTTLS; afterword will not "
                "send your password and mail in clear. Use security = 'tls' with its TLS "
                "port, or security = 'none' if you really mean it"
            )

    def _login(self) -> None:
        if not self.server.user:
            return
        if self.server.security == "none" and not is_loopback(self.host):
            raise QueueStopped(
                f"smtp.security is 'none' for {self.host}: afterword sends a password "
                "unencrypted only on this machine (127.0.0.1); set smtp.security to 'tls' or "
                "'starttls' (or drop smtp.user if this relay needs no login)"
            )
        if not self.password:
            raise QueueStopped(missing_password_hint("smtp", self.server))
        client = self._require_client()
        try:
            client.login(self.server.user, self.password.reveal())
        except smtplib.SMTPAuthenticationError as exc:
            words = _reply_text(exc.smtp_code, exc.smtp_error)
            raise QueueStopped(
                f"the SMTP server {self.where} refused the login of {self.server.user}: "
                f"{words}. Check the password (an app password for Gmail, Outlook and "
                "Fastmail; see docs/mail.md); sending is stopped until it is fixed",
                exc.smtp_code,
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise QueueStopped(
                f"the SMTP server {self.where} offers no login (AUTH) on this connection; "
                "check smtp.security and smtp.port"
            ) from exc

    def _require_client(self) -> smtplib.SMTP:
        assert self._client is not None, "open() first"
        return self._client

    def send(
        self, sender: str, recipient: str, data: bytes, before_content: Callable[[], None]
    ) -> str:
        """Send one message; ``before_content`` runs after DATA's 354, before the content.

        Returns the server's final reply. Raises TemporaryFailure, PermanentFailure or
        Uncertain (the content went out and no answer came back).
        """
        self.open()
        client = self._require_client()
        try:
            self._envelope(client, sender, recipient)
        except _CONNECTION_ERRORS as exc:
            self.close()
            raise TemporaryFailure(f"connection to {self.where} lost: {exc}") from exc
        try:
            before_content()
        except BaseException:
            self.close()  # the server drops a transaction whose content never came
            raise
        return self._content(client, data)

    def _envelope(self, client: smtplib.SMTP, sender: str, recipient: str) -> None:
        options = ["SMTPUTF8"] if not (sender + recipient).isascii() else []
        for command, argument in (("mail", sender), ("rcpt", recipient)):
            method = client.mail if command == "mail" else client.rcpt
            code, response = method(argument, options if command == "mail" else [])
            if code not in (250, 251):
                self._abandon(code)
                raise failure_for(code, response)
        code, response = client.docmd("DATA")
        if code != 354:
            self._abandon(code)
            raise failure_for(code, response)

    def _abandon(self, code: int) -> None:
        """Forget the half-made transaction so the next message starts clean."""
        if code == 421:
            self.close()
            return
        try:
            self._require_client().rset()
        except _CONNECTION_ERRORS:
            self.close()

    def _content(self, client: smtplib.SMTP, data: bytes) -> str:
        try:
            client.send(_dot_stuffed(data))
            code, response = client.getreply()
        except _CONNECTION_ERRORS as exc:
            self.close()
            raise Uncertain(
                f"the connection to {self.where} was lost after the message went out ({exc}); "
                "the server may have accepted it"
            ) from exc
        if code != 250:
            if code == 421:
                self.close()
            raise failure_for(code, response)
        return _reply_text(code, response)

    def close(self) -> None:
        """Say QUIT if the connection still stands, and drop it."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (*_CONNECTION_ERRORS, smtplib.SMTPException):
            client.close()

    def __enter__(self) -> SmtpSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
