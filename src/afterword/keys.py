"""The server's secret key, for hosted mode: where it comes from and what is derived from it.

One secret signs sessions and encrypts mail passwords at rest; each use gets its own key,
derived with HKDF and a purpose label, so that no two uses ever share key material.

The current secret comes from ``AFTERWORD_SECRET_KEY`` or, failing that, from the file named
by ``[server] secret_key_file`` (its first line that is not blank or a ``#`` comment). Earlier
secrets, still accepted for reading while data is re-encrypted, come from
``AFTERWORD_PREVIOUS_SECRET_KEYS`` (comma-separated) or the file's later lines. Rotating is:
put the new secret first, keep the old one after it, re-encrypt, then drop the old one.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import Settings

SECRET_VARIABLE = "AFTERWORD_SECRET_KEY"
PREVIOUS_VARIABLE = "AFTERWORD_PREVIOUS_SECRET_KEYS"
MIN_LENGTH = 32


class SecretKeyError(AfterwordError):
    """No usable secret key: hosted mode cannot sign sessions or encrypt passwords."""


@dataclass(frozen=True)
class ServerKeys:
    """The current secret and the earlier ones still accepted for reading."""

    current: bytes
    previous: tuple[bytes, ...] = ()

    def derive(self, purpose: str) -> bytes:
        """Return 32 bytes for one purpose ("session", "mail-password"), from the current secret."""
        return _hkdf(self.current, purpose)

    def derive_all(self, purpose: str) -> list[bytes]:
        """Return the purpose's key from every secret, the current one first (for reading)."""
        return [_hkdf(secret, purpose) for secret in (self.current, *self.previous)]


def _hkdf(secret: bytes, purpose: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"afterword", info=purpose.encode())
    return kdf.derive(secret)


def generate_secret() -> str:
    """Return a new random secret, fit for ``AFTERWORD_SECRET_KEY`` or a key file."""
    return secrets.token_urlsafe(48)


def _checked(value: str, where: str) -> bytes:
    value = value.strip()
    if len(value) < MIN_LENGTH:
        raise SecretKeyError(
            f"the secret key in {where} is too short ({len(value)} characters; at least "
            f"{MIN_LENGTH}). Make one with `afterword users secret`."
        )
    return value.encode()


def _file_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SecretKeyError(f"cannot read the secret key file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise SecretKeyError(f"the secret key file {path} is not UTF-8 text") from exc
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def load_server_keys(settings: Settings, environ: dict[str, str] | None = None) -> ServerKeys:
    """Return the server's keys, or raise ``SecretKeyError`` saying how to provide one."""
    env = dict(os.environ if environ is None else environ)
    previous_env = [p for p in env.get(PREVIOUS_VARIABLE, "").split(",") if p.strip()]
    if env.get(SECRET_VARIABLE, "").strip():
        current = _checked(env[SECRET_VARIABLE], SECRET_VARIABLE)
        previous = [_checked(p, PREVIOUS_VARIABLE) for p in previous_env]
        return ServerKeys(current, tuple(previous))
    if settings.server.secret_key_file:
        path = Path(settings.server.secret_key_file).expanduser()
        lines = _file_lines(path)
        if not lines:
            raise SecretKeyError(f"the secret key file {path} holds no key")
        current = _checked(lines[0], str(path))
        previous = [_checked(p, str(path)) for p in lines[1:]]
        previous += [_checked(p, PREVIOUS_VARIABLE) for p in previous_env]
        return ServerKeys(current, tuple(previous))
    raise SecretKeyError(
        f"hosted mode needs a secret key: set {SECRET_VARIABLE}, or name a key file in the "
        "config ([server] secret_key_file). Make one with `afterword users secret`."
    )
