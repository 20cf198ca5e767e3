"""Settings: a TOML file in the user config folder, overridden by AFTERWORD_* variables.

The names here are a contract (docs/configuration.md): tests, scripts and deployments
rely on them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from afterword.config_file import (
    ENVIRONMENT,
    ConfigError,
    apply_environment,
    config_path,
    data_dir,
    read_file,
)
from afterword.english import English, parse

__all__ = ["ENVIRONMENT", "ConfigError", "config_path", "data_dir"]  # read in afterword.config_file

Security = Literal["starttls", "tls", "none"]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StorageSettings(Section):
    """Where the data lives: a path to a SQLite file or a SQLAlchemy URL."""

    db: str | None = None


class MailServer(Section):
    """An SMTP or IMAP server; the password may instead live in the system keyring."""

    host: str | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    user: str | None = None
    password: str | None = Field(default=None, repr=False)
    security: Security = "starttls"
    timeout_seconds: float = 30.0


class LLMSettings(Section):
    """An OpenAI-compatible chat endpoint; unset means drafts never leave the machine."""

    base_url: str | None = None
    model: str | None = None
    api_key: str | None = Field(default=None, repr=False)
    timeout_seconds: float = 60.0
    max_revisions: int = 2


class ReviewSettings(Section):
    """Which rules run, at what severity, and words the spelling check accepts."""

    disable: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    known_words: list[str] = Field(default_factory=list)
    dialect: str | None = None  # deprecated: read as profile.english (english.parse)

    @field_validator("dialect")
    @classmethod
    def _known_english(cls, value: str | None) -> str | None:
        # "american" was the default that every saved config file wrote: not a choice.
        return None if value == "american" else parse(value)


class ProfileSettings(Section):
    """Who the candidate is, as far as writing goes."""

    english: English | None = None


class ComposeSettings(Section):
    """How drafts greet people and sound."""

    formality: Literal["formal", "friendly", "auto"] = "auto"


class ScheduleSettings(Section):
    """Send windows and the calendar used for business days."""

    country: str = "US"
    window_start: str = "08:00"
    window_end: str = "18:00"
    earliest_hours_after: float = 4.0


class ServerSettings(Section):
    """How the web server runs: for one person on a laptop, or hosted for many.

    Hosted mode needs PostgreSQL and a secret key (``AFTERWORD_SECRET_KEY`` or the file named
    by ``secret_key_file``; see ``afterword.keys``).
    """

    mode: Literal["local", "hosted"] = "local"
    secret_key_file: str | None = None
    # Hosted: whether users' SMTP/IMAP hosts may be this machine or its private network
    # (afterword.mail.hosts); off, so that no user can make the server reach inside.
    allow_private_mail_hosts: bool = False


class Settings(Section):
    """Every setting afterword reads, with its default."""

    profile: ProfileSettings = Field(default_factory=ProfileSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    smtp: MailServer = Field(default_factory=MailServer)
    imap: MailServer = Field(default_factory=lambda: MailServer(security="tls"))
    llm: LLMSettings = Field(default_factory=LLMSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    compose: ComposeSettings = Field(default_factory=ComposeSettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)


def load_settings(
    path: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Read the configuration file, then let AFTERWORD_* variables override it."""
    file = config_path(path)
    data = apply_environment(read_file(file), os.environ if environ is None else environ)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{file}: setting {where}: {first['msg']}") from exc


def save_settings(settings: Settings, path: str | os.PathLike[str] | None = None) -> Path:
    """Write the settings back as TOML, leaving secrets out (they belong in the keyring)."""
    file = config_path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(exclude_none=True)
    for section in ("smtp", "imap"):
        data[section].pop("password", None)
    data["llm"].pop("api_key", None)
    import tomli_w

    file.write_text(tomli_w.dumps(data), encoding="utf-8")
    return file
