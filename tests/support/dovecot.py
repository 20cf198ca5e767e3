"""A real IMAP server for the tests: Dovecot from Debian's packages, on loopback, no systemd.

    with DovecotServer() as server:
        account = server.new_account()          # a fresh, empty mailbox
        account.deliver(raw_bytes)              # put a message in its INBOX
        with account.client() as imap: ...     # an imaplib client, logged in

It runs as root from a config of its own in a temporary folder: a passwd-file passdb, a static
userdb, maildirs in the folder, plain login allowed on 127.0.0.1 and a free port (STARTTLS
offered there), and implicit TLS on a second port, with a throwaway self-signed certificate.
Each test takes its own account, so tests sharing one server never see each other's mail.
A new account has only an INBOX; "Drafts" and "Brouillons" get the \\Drafts special use
once created.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
START_TIMEOUT = 15.0

# Dovecot 2.3 syntax (Debian 12). Debian's package creates the dovecot/dovenull users.
# Dovecot refuses to open mailboxes as root, so the mail belongs to "nobody".
CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%n
default_internal_user = {internal}
default_login_user = {login}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {root}/users/%n
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%n
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = no
  }}
  mailbox Brouillons {{
    special_use = \\Drafts
    auto = no
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = no
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _user_or_root(name: str) -> str:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return "root"
    return name


def _mail_owner() -> tuple[int, int]:
    import pwd

    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


@dataclass
class Account:
    """One mailbox on the server."""

    server: DovecotServer
    user: str
    password: str

    @contextlib.contextmanager
    def client(self) -> Iterator[imaplib.IMAP4]:
        """Yield an IMAP client logged in as this account."""
        imap = imaplib.IMAP4(self.server.host, self.server.port, timeout=10)
        try:
            imap.login(self.user, self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def deliver(self, message: bytes, folder: str = "INBOX", flags: str = "") -> None:
        """Put a raw message into a folder, as if it had arrived."""
        with self.client() as imap:
            status, _ = imap.append(folder, flags or None, None, message)
            assert status == "OK", f"APPEND to {folder} failed"

    def fetch_all(self, folder: str) -> list[tuple[bytes, bytes]]:
        """Return (flags, raw message) of every message in a folder."""
        with self.client() as imap:
            status, _ = imap.select(_quote(folder), readonly=True)
            if status != "OK":
                return []
            _, data = imap.search(None, "ALL")
            found = []
            for number in data[0].split():
                _, parts = imap.fetch(number, "(FLAGS RFC822)")
                found.append((parts[0][0], parts[0][1]))  # type: ignore[index]
            return found


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class DovecotServer:
    """Start Dovecot on a free loopback port from a throwaway folder; stop it cleanly."""

    host = "127.0.0.1"

    def __init__(self) -> None:
        self.port = free_port()  # plain IMAP, with STARTTLS offered
        self.tls_port = free_port()  # implicit TLS (imaps)
        self.root = Path(tempfile.mkdtemp(prefix="afterword-dovecot-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    def _write_config(self) -> None:
        from support.smtp import _self_signed

        _self_signed(self.root, self.host)  # cert.pem and key.pem, trusted by client_context()
        uid, gid = _mail_owner()
        for folder in ("run", "state", "mail", "home", "users"):
            (self.root / folder).mkdir()
        for folder in ("mail", "home"):
            os.chown(self.root / folder, uid, gid)
        self.config.write_text(
            CONFIG.format(
                root=self.root, port=self.port, tls_port=self.tls_port,
                internal=_user_or_root("dovecot"), login=_user_or_root("dovenull"),
                uid=uid, gid=gid,
            )
        )  # fmt: skip
        # The login processes run as dovenull and must reach the sockets under base_dir.
        os.chmod(self.root, 0o755)

    def start(self) -> DovecotServer:
        """Start the server and wait until it answers an IMAP greeting."""
        if os.geteuid() != 0:
            pytest.skip("Dovecot runs as root in these tests")
        if not Path(DOVECOT).exists():
            if os.environ.get("CI"):
                pytest.fail("Dovecot is required in CI (apt-get install dovecot-imapd)")
            pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
        self._write_config()
        with (self.root / "stderr.log").open("wb") as stderr:
            self.process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config)], stdout=subprocess.DEVNULL, stderr=stderr
            )
        self._wait_for_greeting()
        return self

    def _wait_for_greeting(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"Dovecot exited at start: {self.log()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=1) as probe,
            ):
                if probe.recv(100).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Dovecot did not answer within {START_TIMEOUT} s: {self.log()}")

    def client_context(self) -> ssl.SSLContext:
        """An SSL context that trusts this server's self-signed certificate."""
        return ssl.create_default_context(cafile=str(self.root / "cert.pem"))

    def log(self) -> str:
        """Return what Dovecot wrote to its logs."""
        texts = [p.read_text(errors="replace") for p in self.root.glob("*.log") if p.exists()]
        return "\n".join(texts)[-4000:]

    def new_account(self, password: str = "s3cret-pass") -> Account:
        """Add a user with an empty mailbox; one passwd file per user, so no cache is stale."""
        user = f"u{uuid.uuid4().hex[:10]}"
        (self.root / "users" / user).write_text(f"{user}:{{PLAIN}}{password}::::::\n")
        return Account(self, user, password)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and remove its folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_shared: DovecotServer | None = None


def shared_server() -> DovecotServer:
    """Return this process's Dovecot, started on first use and stopped at exit.

    Test modules call this from their own fixtures, so they need not import pytest fixtures
    (one server per xdist worker).
    """
    global _shared
    if _shared is None or _shared.process is None or _shared.process.poll() is not None:
        import atexit

        _shared = DovecotServer().start()
        atexit.register(_shared.stop)
    return _shared


def new_mailbox() -> Account:
    """Return a fresh, empty account on this process's Dovecot."""
    return shared_server().new_account()
