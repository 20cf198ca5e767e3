"""Read the configuration file and the AFTERWORD_* variables, without pydantic.

``afterword.config`` validates what is read here with pydantic models, which cost about a
tenth of a second to import and build. A cold ``afterword review note.eml`` needs two
settings (``[review]``, ``profile.english``; ``[schedule]`` only with an interview):
``plain_settings`` reads them when every value in the data is one the models accept exactly
as it is, and gives ``None`` otherwise, so that the models judge it and report any mistake
in the same words.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from afterword.errors import AfterwordError

# Environment variable -> (section, key). The variable wins over the file.
ENVIRONMENT: dict[str, tuple[str, str]] = {
    "AFTERWORD_DB": ("storage", "db"),
    "AFTERWORD_SMTP_HOST": ("smtp", "host"),
    "AFTERWORD_SMTP_PORT": ("smtp", "port"),
    "AFTERWORD_SMTP_USER": ("smtp", "user"),
    "AFTERWORD_SMTP_PASSWORD": ("smtp", "password"),
    "AFTERWORD_SMTP_SECURITY": ("smtp", "security"),
    "AFTERWORD_IMAP_HOST": ("imap", "host"),
    "AFTERWORD_IMAP_PORT": ("imap", "port"),
    "AFTERWORD_IMAP_USER": ("imap", "user"),
    "AFTERWORD_IMAP_PASSWORD": ("imap", "password"),
    "AFTERWORD_IMAP_SECURITY": ("imap", "security"),
    "AFTERWORD_LLM_BASE_URL": ("llm", "base_url"),
    "AFTERWORD_LLM_MODEL": ("llm", "model"),
    "AFTERWORD_LLM_API_KEY": ("llm", "api_key"),
    "AFTERWORD_SERVER_MODE": ("server", "mode"),
    "AFTERWORD_SERVER_ALLOW_PRIVATE_MAIL_HOSTS": ("server", "allow_private_mail_hosts"),
}


class ConfigError(AfterwordError):
    """The configuration file or a variable holds something afterword cannot use."""


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the configuration file's path: explicit, AFTERWORD_CONFIG, or the user folder."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get("AFTERWORD_CONFIG"):
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("afterword")) / "config.toml"


def data_dir() -> Path:
    """Return the user data folder where the default database lives."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("afterword"))


def read_file(path: Path) -> dict[str, Any]:
    """Return the file's TOML as a dict ({} when there is no file)."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def apply_environment(data: dict[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    """Put the AFTERWORD_* variables that are set over the file's values."""
    for variable, (section, key) in ENVIRONMENT.items():
        if variable in environ and environ[variable] != "":
            data.setdefault(section, {})[key] = environ[variable]
    return data


def read_data(path: str | os.PathLike[str] | None = None) -> tuple[Path, dict[str, Any]]:
    """Return the configuration file's path and its data with the variables applied."""
    file = config_path(path)
    return file, apply_environment(read_file(file), os.environ)


# A check returns the value as the model would hold it, or raises _Unsure.
class _Unsure(Exception):
    """The plain reading cannot tell what the models make of a value."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _Unsure
    return value


def _one_of(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if _text(value) not in allowed:
            raise _Unsure
        return value  # type: ignore[no-any-return]

    return check


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise _Unsure
    return float(value)


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise _Unsure
        return value  # type: ignore[no-any-return]

    return check


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise _Unsure
    return value  # type: ignore[no-any-return]


def _texts(value: Any) -> list[str]:
    if type(value) is not list:
        raise _Unsure
    return [_text(item) for item in value]


def _severities(value: Any) -> dict[str, str]:
    if type(value) is not dict:
        raise _Unsure
    level = _one_of("error", "warning", "info")
    return {_text(key): level(item) for key, item in value.items()}


def _english(value: Any) -> str | None:
    from afterword.english import ENGLISHES

    if _text(value) not in ENGLISHES:
        raise _Unsure
    return value  # type: ignore[no-any-return]


def _old_dialect(value: Any) -> str | None:
    from afterword.english import parse

    if _text(value) == "american":
        return None
    try:
        return parse(value)
    except ValueError:
        raise _Unsure from None


_SECURITY = _one_of("starttls", "tls", "none")
_MAIL_SERVER = {
    "host": _text,
    "port": _whole(1, 65535),
    "user": _text,
    "password": _text,
    "security": _SECURITY,
    "timeout_seconds": _number,
}
# Every section and field of afterword.config.Settings, with what each accepts as it is
# (tests/test_config.py holds this against the models).
PLAIN: dict[str, dict[str, Callable[[Any], Any]]] = {
    "profile": {"english": _english},
    "storage": {"db": _text},
    "smtp": _MAIL_SERVER,
    "imap": _MAIL_SERVER,
    "llm": {
        "base_url": _text,
        "model": _text,
        "api_key": _text,
        "timeout_seconds": _number,
        "max_revisions": _whole(-(2**63), 2**63 - 1),
    },
    "review": {
        "disable": _texts,
        "severity": _severities,
        "known_words": _texts,
        "dialect": _old_dialect,
    },
    "compose": {"formality": _one_of("formal", "friendly", "auto")},
    "schedule": {
        "country": _text,
        "window_start": _text,
        "window_end": _text,
        "earliest_hours_after": _number,
    },
    "server": {
        "mode": _one_of("local", "hosted"),
        "secret_key_file": _text,
        "allow_private_mail_hosts": _flag,
    },
}


@dataclass(frozen=True)
class PlainReview:
    """``[review]`` as ``afterword.config.ReviewSettings`` holds it."""

    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    known_words: list[str] = field(default_factory=list)
    dialect: str | None = None


@dataclass(frozen=True)
class PlainSettings:
    """The settings a review reads, read without the models."""

    review: PlainReview
    english: str | None  # profile.english


def plain_settings(data: Mapping[str, Any]) -> PlainSettings | None:
    """Return the review's settings when the models would accept ``data`` as it is, else None.

    None is no verdict: the models may still accept the data (after converting a value) or
    reject it with a message; the caller asks them.
    """
    read: dict[str, dict[str, Any]] = {}
    try:
        for section, values in data.items():
            fields = PLAIN.get(section)
            if fields is None or type(values) is not dict:
                return None
            read[section] = {}
            for key, value in values.items():
                if key not in fields:
                    return None
                read[section][key] = fields[key](value)
    except _Unsure:
        return None
    return PlainSettings(
        PlainReview(**read.get("review", {})),
        read.get("profile", {}).get("english"),
    )
