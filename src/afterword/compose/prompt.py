"""The prompt for the language-model composer: the record, the rules, the answer format."""

from __future__ import annotations

import json
from collections.abc import Sequence

from afterword.compose.builtin import Setup
from afterword.compose.greeting import greeting, sign_off_lines
from afterword.compose.notes.read import Field
from afterword.compose.picker import Picker
from afterword.compose.specifics import decision_is_theirs, readings
from afterword.compose.when import day_phrase, long_date

SYSTEM = """You write short, sincere emails that a job candidate sends after an interview.
Follow these rules exactly:
- Write to one interviewer only, by the greeting given; never use another person's name.
- Use only facts from the record. Do not invent names, companies, numbers, projects or events.
- Refer to the interviewer as "you", never in the third person.
- Notes are jotted in a hurry: rephrase them into whole sentences; never paste a fragment.
- Say a decision date was "mentioned" by this interviewer only if the record says they gave it.
- A thank-you: thank them for their time with the role, company and day; mention something
  specific from THIS interviewer's notes and what the candidate valued; tie one qualification
  from "fit" to the role; add each "missed" point briefly; reaffirm interest; close
  courteously. 100 to 180 words.
- A follow-up: say which interview it follows (role and date); address each "missed" point;
  mention one "insight"; reaffirm fit; politely ask about next steps or the timeline. Under
  150 words (a second follow-up: under 100). Never "just checking in".
- Professional and warm: no slang, no emoji, at most one exclamation mark, no pleading.
- No placeholders such as [Company] or {name}.
- Subject: under 60 characters and naming the role, like "Thank you — Data Engineer interview";
  never a bare "Following up".
- Plain text. End with the sign-off lines given.
Answer with one JSON object and nothing else: {"subject": "...", "body": "..."}"""


def usable(setup: Setup, where: Field, notes: Sequence[str | None]) -> list[str]:
    """The notes the interpreter lets a draft use, as written; withheld ones never go out."""
    return [r.note for r in readings(setup, where, notes)]


def record_for(setup: Setup) -> dict[str, object]:
    """The part of the record this note may draw on: only notes the interpreter allows."""
    interview, person = setup.interview, setup.person
    record: dict[str, object] = {
        "company": setup.company,
        "role": interview.role,
        "interview_date": long_date(interview.start),
        "format": interview.format.value if interview.format else None,
        "fit": usable(setup, "fit", interview.fit),
        "interviewer": {
            "name": person.name,
            "title": person.title,
            "discussed": usable(setup, "discussed", person.discussed),
            "candidate_valued": next(iter(usable(setup, "valued", [person.valued])), None),
            "rapport": next(iter(usable(setup, "rapport", [person.rapport])), None),
        },
    }
    record["missed"] = usable(setup, "missed", interview.missed)
    if setup.kind == "follow-up":
        record["insights"] = usable(setup, "insights", interview.insights)
        if interview.decision_by:
            record["decision_expected_by"] = long_date(interview.decision_by)
            record["decision_date_given_by_this_interviewer"] = decision_is_theirs(setup)
    return record


def task_for(setup: Setup) -> str:
    """What to write, with the exact greeting and sign-off."""
    pick = Picker(setup.interview, setup.position, setup.variant, setup.kind, setup.sequence)
    sign_off = "\n".join(sign_off_lines(setup.candidate, setup.signature, pick))
    kind = setup.kind if setup.sequence == 1 else "second follow-up"
    when = day_phrase(setup.interview, setup.now) if setup.kind == "thank-you" else ""
    lines = [
        f"Write the {kind} email.",
        f'Greeting line: "{greeting(setup.person, setup.formality, pick)}"',
        f"Sign-off lines:\n{sign_off}",
    ]
    if when:
        lines.append(f'Refer to the day of the interview as "{when}".')
    return "\n".join(lines)


def prompt_messages(setup: Setup) -> list[dict[str, str]]:
    """The chat messages that ask for a draft."""
    record = json.dumps(record_for(setup), ensure_ascii=False, indent=2)
    user = f"The record:\n{record}\n\n{task_for(setup)}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def revision_message(problems: Sequence[str]) -> str:
    """Send the reviewer's findings back and ask for a corrected draft."""
    listed = "\n".join(f"- {p}" for p in problems)
    return (
        f"The reviewer found these problems:\n{listed}\n"
        'Fix them all and answer again with only the JSON object {"subject": ..., "body": ...}.'
    )
