"""The settings page's forms: from posted fields to Settings, and the checks shown beside them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from afterword.config import Settings
from afterword.interview.model import Candidate
from afterword.mail.hosts import guarded
from afterword.mail.imap import ImapError, connect
from afterword.mail.secrets import (
    NoKeyring,
    password_for,
    store_password_or_explain,
)
from afterword.mail.smtp import SmtpFailure, SmtpSession
from afterword.review.catalogue import RULES, RuleSelectionError
from afterword.review.context import ReviewContext
from afterword.review.engine import enabled_rules, review
from afterword.review.message import Message

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
    message = Message(body="", sender=f"{profile.name} <{profile.email}>")
    result = review(message, ReviewContext(candidate=profile), settings.review)
    return [f for f in result.findings if f.rule in ("AW701", "AW702")]


def stored_passwords(settings: Settings) -> dict[str, bool]:
    """Whether each server has a password (environment or keyring), never the password."""
    return {
        "smtp": password_for("smtp", settings.smtp) is not None,
        "imap": password_for("imap", settings.imap) is not None,
    }


def store_passwords(settings: Settings, form: Mapping[str, Any]) -> list[str]:
    """Put newly typed passwords in the system keyring; return what could not be stored."""
    problems = []
    for section in ("smtp", "imap"):
        password = str(form.get(f"{section}-password") or "")
        try:
            if password:
                store_password_or_explain(section, getattr(settings, section), password)  # type: ignore[arg-type]
        except NoKeyring as exc:
            problems.append(str(exc)[:1].upper() + str(exc)[1:] + ".")
    return problems


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
    """Every rule's id and name, for the list beside "rules switched off"."""
    return [(rule.id, rule.name) for rule in RULES]


def check_rules(settings: Settings) -> dict[str, str]:
    """Return a field error when "rules switched off" names a rule or group that does not exist."""
    try:
        enabled_rules(settings.review)
    except RuleSelectionError as exc:
        return {"review-disable": str(exc)}
    return {}


def try_connections(settings: Settings) -> list[tuple[str, bool, str]]:
    """Try to log in to each configured server; return (server, ok, what happened)."""
    results = []
    if settings.smtp.host:
        results.append(("SMTP", *_try_smtp(settings)))
    if settings.imap.host:
        results.append(("IMAP", *_try_imap(settings)))
    if not results:
        results.append(("Mail", False, "no server configured yet: fill in a server first"))
    return results


def _try_smtp(settings: Settings) -> tuple[bool, str]:
    try:
        session = SmtpSession(
            settings.smtp, password_for("smtp", settings.smtp), public_only=guarded(settings)
        )
        session.open()
    except SmtpFailure as exc:
        return False, str(exc)
    session.close()
    return True, f"connected to {session.where} and logged in"


def _try_imap(settings: Settings) -> tuple[bool, str]:
    try:
        with connect(settings.imap, public_only=guarded(settings)):
            pass
    except ImapError as exc:
        return False, str(exc)
    return True, f"connected to {settings.imap.host} and logged in"
