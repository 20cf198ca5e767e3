"""The settings page's forms: from posted fields to Settings, and the checks shown beside them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from afterword.config import Settings
from afterword.interview.model import Candidate

KEYRING_SERVICE = "afterword"
PROFILE_FIELDS = ("name", "email", "phone", "links", "signature")
MAIL_FIELDS = ("host", "port", "user", "security")


def profile_values(profile: Candidate | None, signature: str | None) -> dict[str, str]:
    """The profile as the form shows it."""
    if profile is None:
        return dict.fromkeys(PROFILE_FIELDS, "")
    return {
        "name": profile.name,
        "email": str(profile.email),
        "phone": profile.phone or "",
        "links": "\n".join(profile.links),
        "signature": signature or "",
    }


def read_profile(form: Mapping[str, Any]) -> dict[str, str]:
    """The posted profile fields, as typed."""
    return {name: str(form.get(name) or "") for name in PROFILE_FIELDS}


def to_candidate(values: dict[str, str]) -> tuple[Candidate, str | None]:
    """Return the profile and signature, or raise the validation error."""
    links = [line.strip() for line in values["links"].splitlines() if line.strip()]
    candidate = Candidate.model_validate({
        "name": values["name"], "email": values["email"],
        "phone": values["phone"] or None, "links": links,
    })  # fmt: skip
    return candidate, values["signature"].strip() or None


def field_errors(exc: ValidationError, prefix: str) -> dict[str, str]:
    """Map validation errors to form field names (``smtp.port`` -> ``smtp-port``)."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        name = prefix + "-".join(str(part) for part in error["loc"])
        text = str(error["msg"]).removeprefix("Value error, ")
        errors.setdefault(name, text[:1].upper() + text[1:])
    return errors


def address_findings(profile: Candidate, settings: Settings) -> list[Any]:
    """Run the reviewer's sender checks (AW701, AW702) on the profile's name and address."""
    from afterword.review.context import ReviewContext
    from afterword.review.engine import review
    from afterword.review.message import Message

    message = Message(body="", sender=f"{profile.name} <{profile.email}>")
    result = review(message, ReviewContext(candidate=profile), settings.review)
    return [f for f in result.findings if f.rule in ("AW701", "AW702")]


def _keyring_user(section: str) -> str:
    return section  # one SMTP and one IMAP account per installation


def stored_passwords(settings: Settings) -> dict[str, bool]:
    """Whether each server has a password, in the environment, the file or the keyring."""
    import keyring

    stored = {}
    for section in ("smtp", "imap"):
        server = getattr(settings, section)
        try:
            in_keyring = keyring.get_password(KEYRING_SERVICE, _keyring_user(section)) is not None
        except keyring.errors.KeyringError:
            in_keyring = False
        stored[section] = bool(server.password) or in_keyring
    return stored


def store_passwords(settings: Settings, form: Mapping[str, Any]) -> None:
    """Put newly typed passwords in the system keyring; a blank field keeps the old one."""
    import keyring

    for section in ("smtp", "imap"):
        password = str(form.get(f"{section}-password") or "")
        if password:
            keyring.set_password(KEYRING_SERVICE, _keyring_user(section), password)


def with_mail(settings: Settings, form: Mapping[str, Any]) -> Settings:
    """Return the settings with the posted SMTP and IMAP servers."""
    data = settings.model_dump()
    for section in ("smtp", "imap"):
        for key in MAIL_FIELDS:
            value = str(form.get(f"{section}-{key}") or "").strip()
            data[section][key] = value or (None if key != "security" else data[section][key])
    return Settings.model_validate(data)


def with_preferences(settings: Settings, form: Mapping[str, Any]) -> Settings:
    """Return the settings with the posted formality, send window, rules and known words."""
    data = settings.model_dump()
    data["compose"]["formality"] = form.get("formality") or "auto"
    for key in ("window_start", "window_end", "earliest_hours_after", "country"):
        if form.get(key):
            data["schedule"][key] = str(form.get(key)).strip()
    data["review"]["disable"] = _words(str(form.get("disable") or ""), upper=True)
    data["review"]["known_words"] = _words(str(form.get("known_words") or ""))
    return Settings.model_validate(data)


def _words(text: str, upper: bool = False) -> list[str]:
    words = [w.strip() for w in text.replace(",", "\n").splitlines() if w.strip()]
    return [w.upper() if upper else w for w in dict.fromkeys(words)]


def rule_choices() -> list[tuple[str, str]]:
    """Every rule's id and name, for the "switched off" hint (empty if none are known)."""
    try:
        from afterword.review.rules import all_rules
    except ImportError:
        return []
    return [(rule.id, rule.name) for rule in all_rules()]


def test_connections(settings: Settings) -> list[tuple[str, bool, str]]:
    """Try to log in to each configured server; return (server, ok, what happened)."""
    from afterword.mail.connection import check_imap, check_smtp

    results = []
    for label, check, server in (("SMTP", check_smtp, settings.smtp),
                                 ("IMAP", check_imap, settings.imap)):  # fmt: skip
        if server.host:
            results.append((label, *check(settings)))
    return results
