"""The optional language-model composer: any OpenAI-compatible chat endpoint.

The prompt carries the interview record and the rules a good note follows; the model answers
with JSON ``{"subject": ..., "body": ...}``. The answer goes through the reviewer and a check
for invented facts; findings go back to the model for at most ``llm.max_revisions``
revisions. On a timeout, an HTTP error, malformed JSON or a draft that still fails, the
built-in composer writes the note instead, and the draft says so in ``Draft.notes``.
Nothing is sent unless ``llm.base_url`` and ``llm.model`` are configured.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from afterword.compose.builtin import Setup, compose_builtin
from afterword.compose.draft import Draft
from afterword.compose.facts import invented_facts
from afterword.compose.notes.report import withheld_words
from afterword.compose.prompt import prompt_messages, revision_message
from afterword.compose.subject import LIMIT as SUBJECT_LIMIT
from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import Settings

KEYRING_SERVICE = "afterword"


class ModelAnswerError(AfterwordError, ValueError):
    """The model's answer is not the JSON object asked for."""

    exit_code = 1
    http_status = 502


def keyring_user(settings: Settings) -> str:
    """The keyring entry of the API key: ``keyring set afterword llm:<base_url>``."""
    return f"llm:{settings.llm.base_url}"


def api_key(settings: Settings) -> str | None:
    """The API key from the settings (AFTERWORD_LLM_API_KEY) or else the system keyring."""
    if settings.llm.api_key:
        return settings.llm.api_key
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_user(settings))
    except Exception:  # no keyring backend on this machine: run without a key
        return None


def chat(client: Any, settings: Settings, messages: list[dict[str, str]]) -> str:
    """Send one chat-completions request and return the answer's text."""
    url = settings.llm.base_url.rstrip("/") + "/chat/completions"  # type: ignore[union-attr]
    payload = {"model": settings.llm.model, "messages": messages, "temperature": 0.4}
    response = client.post(url, json=payload)
    response.raise_for_status()
    try:
        return str(response.json()["choices"][0]["message"]["content"])
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ModelAnswerError("the endpoint's reply is not a chat completion") from exc


def parse_answer(text: str) -> tuple[str, str]:
    """Read ``{"subject": ..., "body": ...}`` from the answer (a code fence is tolerated)."""
    fenced = re.search(r"```(?:json)?\s*(\{.*\})\s*```", text, re.DOTALL)
    raw = fenced.group(1) if fenced else text[text.find("{") : text.rfind("}") + 1]
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ModelAnswerError("the answer is not valid JSON") from exc
    if not isinstance(data, dict):
        raise ModelAnswerError("the answer is not a JSON object")
    subject, body = data.get("subject"), data.get("body")
    if not isinstance(subject, str) or not isinstance(body, str) or not body.strip():
        raise ModelAnswerError('the answer lacks a "subject" and a "body" string')
    return " ".join(subject.split()), body.strip() + "\n"


def problems(draft: Draft, setup: Setup, settings: Settings) -> list[str]:
    """What keeps a model's draft from being used: errors, warnings, invented facts.

    Timing warnings (AW1xx) are left out: they are about when the note goes, not its words.
    """
    from afterword.compose.checking import review_draft

    review = review_draft(draft, setup.interview, settings, setup.candidate)
    found = []
    for finding in review.findings:
        if finding.severity != "info" and not finding.rule.startswith("AW1"):
            quoted = draft.body[finding.start : finding.end]
            where = f' ("{quoted}")' if quoted else ""
            found.append(f"{finding.rule} {finding.name}: {finding.message}{where}")
    found += [
        f'invented fact: "{fact.text}" is not in the interview record'
        for fact in invented_facts(draft.body, setup.interview, setup.candidate, [draft.subject])
    ]
    found += [
        f'"{word}" comes from a note that is never quoted ({why}); leave it out'
        for word, why in withheld_words(setup.interview, setup.person)
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", draft.body, re.IGNORECASE)
    ]
    if len(draft.subject) > SUBJECT_LIMIT + 1:
        found.append(f"the subject is {len(draft.subject)} characters; keep it under 60")
    return found


def compose_with_llm(setup: Setup, settings: Settings) -> Draft:
    """Draft with the model; fall back to the built-in composer, saying why."""
    try:
        import httpx
    except ImportError:
        return fallback(
            setup, "the language-model composer needs httpx: pip install 'afterword[llm]'"
        )
    headers = {"Authorization": f"Bearer {key}"} if (key := api_key(settings)) else {}
    try:
        with httpx.Client(timeout=settings.llm.timeout_seconds, headers=headers) as client:
            return revise_until_clean(client, setup, settings)
    except httpx.TimeoutException:
        return fallback(
            setup, f"the model did not answer within {settings.llm.timeout_seconds:g} s"
        )
    except httpx.HTTPStatusError as exc:
        return fallback(setup, f"the model endpoint answered HTTP {exc.response.status_code}")
    except httpx.HTTPError as exc:
        return fallback(setup, f"the model endpoint could not be reached ({type(exc).__name__})")
    except ModelAnswerError as exc:
        return fallback(setup, f"the model's answer was unusable: {exc}")


def revise_until_clean(client: Any, setup: Setup, settings: Settings) -> Draft:
    """Ask, review, and send the findings back until the draft is clean or revisions run out."""
    messages = prompt_messages(setup)
    found: list[str] = []
    for attempt in range(settings.llm.max_revisions + 1):
        answer = chat(client, settings, messages)
        subject, body = parse_answer(answer)
        draft = model_draft(setup, settings, subject, body, attempt)
        found = problems(draft, setup, settings)
        if not found:
            return draft
        messages += [
            {"role": "assistant", "content": answer},
            {"role": "user", "content": revision_message(found)},
        ]
    return fallback(
        setup,
        "the model's draft still failed review after "
        f"{settings.llm.max_revisions} revision(s): {found[0]}",
    )


def model_draft(setup: Setup, settings: Settings, subject: str, body: str, revisions: int) -> Draft:
    """A draft holding the model's answer."""
    notes = (f"revised {revisions} time(s) after review",) if revisions else ()
    return Draft(
        interviewer=setup.person,
        to_name=setup.person.name,
        to_address=setup.person.email,
        subject=subject,
        body=body,
        kind=setup.kind,
        variant=setup.variant,
        composer=f"llm:{settings.llm.model}",
        sequence=setup.sequence,
        position=setup.position,
        notes=notes,
    )


def fallback(setup: Setup, reason: str) -> Draft:
    """The built-in composer's draft, noting why the model's was not used."""
    draft = compose_builtin(setup)
    return replace(draft, notes=(f"used the built-in composer: {reason}",))
