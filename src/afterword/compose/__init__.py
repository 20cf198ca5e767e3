"""Drafting: one thank-you or follow-up per interviewer, built in or with a language model."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from afterword.compose.draft import Draft
from afterword.interview.errors import UnknownInterviewer
from afterword.kinds import MessageKind

if TYPE_CHECKING:
    from afterword.config import Settings
    from afterword.interview.model import Candidate, Interview, Interviewer

__all__ = ["Draft", "compose", "compose_panel"]


def _position(interview: Interview, interviewer: Interviewer | str) -> int:
    if isinstance(interviewer, str):
        found = interview.interviewer(interviewer)
        if found is None:
            names = ", ".join(p.name for p in interview.interviewers)
            raise UnknownInterviewer(
                f"no interviewer {interviewer!r} in this interview; expected one of: {names}"
            )
        interviewer = found
    for index, person in enumerate(interview.interviewers):
        if person is interviewer:
            return index
    return interview.interviewers.index(interviewer)


def compose(
    interview: Interview,
    interviewer: Interviewer | str,
    kind: MessageKind = MessageKind.THANK_YOU,
    variant: int = 0,
    settings: Settings | None = None,
    profile: Candidate | None = None,
    sequence: int = 1,
    *,
    now: datetime | None = None,
    signature: str | None = None,
) -> Draft:
    """Draft one note to one interviewer (the language model when configured, else built in)."""
    from afterword.compose.builtin import Setup, compose_builtin
    from afterword.compose.checking import turned_down
    from afterword.compose.dialect import english_for, in_english, respell, typed_words
    from afterword.config import Settings

    settings = settings or Settings()
    position = _position(interview, interviewer)
    setup = Setup(
        interview=interview,
        person=interview.interviewers[position],
        position=position,
        kind=kind,
        variant=variant,
        formality=settings.compose.formality,
        candidate=interview.candidate or profile,
        signature=signature,
        now=now or datetime.now(UTC),
        sequence=sequence,
    )
    if settings.llm.base_url and settings.llm.model:
        from afterword.compose.llm import compose_with_llm

        return compose_with_llm(setup, settings)
    english = english_for(settings, interview)
    # An English the candidate chose respells their notes too; one guessed keeps their spelling.
    typed = frozenset() if settings.profile.english else typed_words(interview)
    draft = in_english(compose_builtin(setup), english, typed)
    # Every sentence built from a note must pass the reviewer's proofreading; one that does
    # not is built again in a plainer frame or left out, and the draft says so.
    left_out: list[str] = []
    for _ in range(CHECK_ROUNDS):
        rejected = turned_down(draft, interview, settings, lambda t: respell(t, english, typed))
        if not rejected:
            break
        left_out += [
            f"{built!r} could not be phrased grammatically ({why}): put more plainly or left out"
            for built, why in rejected.items()
        ]
        setup = dataclasses.replace(setup, avoid=setup.avoid | frozenset(rejected))
        draft = in_english(compose_builtin(setup), english, typed)
    return dataclasses.replace(draft, notes=(*draft.notes, *left_out))


CHECK_ROUNDS = 3


def compose_panel(
    interview: Interview,
    kind: MessageKind = MessageKind.THANK_YOU,
    variant: int = 0,
    settings: Settings | None = None,
    profile: Candidate | None = None,
    sequence: int = 1,
    *,
    now: datetime | None = None,
    signature: str | None = None,
) -> list[Draft]:
    """Draft one note for every interviewer of the panel, each worded differently."""
    return [
        compose(
            interview,
            person,
            kind,
            variant,
            settings,
            profile,
            sequence,
            now=now,
            signature=signature,
        )
        for person in interview.interviewers
    ]
