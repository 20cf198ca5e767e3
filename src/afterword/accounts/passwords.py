"""Passwords: Argon2id hashes (argon2-cffi), checked in constant time even for unknown users."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from afterword.accounts.errors import AccountError

MIN_LENGTH = 10
MAX_LENGTH = 1024
HASHER = PasswordHasher()  # Argon2id with the library's current recommended parameters
# Checked when the account is unknown, so that such an attempt costs as long as any other.
_DUMMY_HASH = HASHER.hash("afterword: no such account")


def check_strength(password: str) -> str:
    """Return the password, or raise AccountError saying what a usable one looks like."""
    if len(password) < MIN_LENGTH:
        raise AccountError(f"the password is too short: use at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise AccountError(f"the password is too long: use at most {MAX_LENGTH} characters")
    return password


def hash_password(password: str) -> str:
    """Return the Argon2id hash to store."""
    return HASHER.hash(check_strength(password))


def verify(stored: str | None, password: str) -> bool:
    """Tell whether the password matches; an account without a hash matches nothing."""
    try:
        return HASHER.verify(stored or _DUMMY_HASH, password[:MAX_LENGTH]) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether the hash was made with other parameters than today's (rehash on next sign-in)."""
    try:
        return HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
