"""AW2xx personal: the right person, the right company, something only this note could say."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from afterword.interview.name_data import GROUP_HEADS
from afterword.review.finding import Finding
from afterword.review.rules.base import ERROR, WARNING, Check, Pattern, fires, passes
from afterword.review.rules.document import SALUTATION, Document, Part
from afterword.review.rules.text import (
    body_stems,
    close,
    fold,
    folded_tokens,
    keywords,
    known_names,
    name_tokens,
    names_in,
    word_set,
)

if TYPE_CHECKING:
    from afterword.interview.model import Interviewer
    from afterword.review.addressee import Addressee

COMMON_WORD = 3.5  # zipf: "Commercial", "Litigation"... are words; "Globex" is a name
GENERIC_ADDRESSEES = word_set(
    """team hiring manager managers sir madam there all everyone folks recruiter recruiting
    committee whom it may concern friend friends colleague colleagues dear hi hello hey good
    morning afternoon evening greetings panel members interviewer interviewers
    to"""
)


def _addressed(part: Part) -> list[Mention]:
    """Return the name words of a greeting line, after its salutation."""
    skip = SALUTATION.match(part.text)
    offset = skip.end() if skip else 0
    found = names_in(part.text[offset:])
    return [_at(m, part.start + offset) for m in found if fold(m.group()) not in GENERIC_ADDRESSEES]


@dataclass(frozen=True)
class Mention:
    """A name found in the body, with its span."""

    text: str
    start: int
    end: int


def _at(match: re.Match[str], offset: int, group: int = 0) -> Mention:
    """Return a match's group as a mention at body offsets."""
    start, end = match.span(group)
    return Mention(match.group(group), start + offset, end + offset)


# A panel greeted as a group, as the composer may do: "Dear members of the panel,".
GROUP_GREETING = re.compile(
    r"(?i)\b(?:members\s+of\s+the\s+(?:interview\s+|hiring\s+|selection\s+)?(?:panel|committee)"
    r"|(?:interview\s+|selection\s+)?panel\s+members)\b"
)


def missing_name(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a note without a greeting, or whose greeting names nobody."""
    if not doc.body.strip():
        return
    if doc.greeting is not None and GROUP_GREETING.search(doc.greeting.text):
        return
    if doc.greeting is None:
        yield rule.finding("the note does not open by greeting the interviewer by name")
    elif not _addressed(doc.greeting) and not _greets_group(doc) and not _greets_recipient(doc):
        yield rule.finding(
            "the greeting names nobody; address the interviewer by name",
            doc.greeting.start,
            doc.greeting.end,
            replacements=_greetings(doc),
        )


def _greets_recipient(doc: Document) -> bool:
    """Whether the greeting holds the recipient's name from the record, even a common word."""
    recipient = doc.context.recipient
    if recipient is None or doc.greeting is None:
        return False
    skip = SALUTATION.match(doc.greeting.text)
    words = set(re.findall(r"\w+", fold(doc.greeting.text[skip.end() if skip else 0 :])))
    return bool(words & set(folded_tokens(recipient.person.full)))


def _greets_group(doc: Document) -> bool:
    """Whether the recipient is a group ("student panel") and the greeting addresses it."""
    recipient = doc.context.recipient
    if recipient is None or doc.greeting is None or not recipient.person.group:
        return False
    words = set(re.findall(r"\w+", fold(doc.greeting.text)))
    return bool(words & (GROUP_HEADS | set(folded_tokens(recipient.person.group))))


def _greetings(doc: Document) -> tuple[str, ...]:
    recipient = doc.context.recipient
    if recipient is None:
        return ()
    person = recipient.person
    return tuple(dict.fromkeys((f"Dear {person.formal},", f"Hi {person.informal},")))


MISSING_NAME = Check(
    id="AW201",
    name="missing-name",
    severity=ERROR,
    function=missing_name,
    doc="""Open with the interviewer's name: "Dear Dr. Raman," or "Hi Priya,".

Every guide to thank-you notes starts here: a note addressed to "Hiring Manager", to
"team", or to nobody reads as a form letter, and the interviewer notices. The rule fires
when the note has no greeting line, or when the greeting holds no name ("Hi there,",
"Dear Hiring Manager,"). With an interview it proposes the recipient's greeting; a greeting
that names the *wrong* person is AW202's business.""",
    examples=(
        fires("Hi there,\n\nThank you for your time."),
        fires("Dear Hiring Manager,\n\nThank you for your time."),
        fires("Thank you for your time yesterday."),
        passes("Dear Dr. Raman,\n\nThank you for your time."),
        passes("Hi Priya,\n\nThank you for your time.", context="priya"),
        passes("Good morning Sam,\n\nThank you."),
        passes("14 Rosebery Avenue\nLondon EC1R 4SX\n\n10 November 2026\n\nDear Ms Whitcombe,"),
        passes("Hi Priya, thank you for the time today. Kafka and Flink came up.", context="priya"),
        passes("Kia ora Aroha,\n\nThank you for the tour."),
        passes("Dear members of the panel,\n\nThank you for your time."),
    ),
)


def _judge_name(word: Mention, doc: Document) -> str | None:
    """Say what is wrong with a name in a greeting or sign-off, or None when it is right."""
    from afterword.interview.names import without_courtesy  # nameparser: only with an interview

    recipient, folded = doc.context.recipient, fold(without_courtesy(word.text))
    if recipient is None:
        return None
    if folded in name_tokens(recipient):
        return _wrong_accents(word.text, recipient)
    if _in_their_address(folded, recipient):
        return None  # "Марковић Драган" from dragan.markovic@: greeted as "Dragan Markovic"
    for other in doc.context.others:
        if folded in name_tokens(other):
            return f"{word.text} is another interviewer; this note is to {recipient.name}"
    if any(close(word.text, token) for token in recipient.person.tokens):
        return f"{word.text} misspells {recipient.name}'s name as written in the interview"
    if doc.context.interview is None and len(recipient.person.tokens) < 2:
        # Known only from a To header whose display name is partial ("Priya"): a different
        # word in the greeting ("Dear Dr. Raman") may still be the recipient's own name.
        return None
    return f"{word.text} is not the recipient; this note is to {recipient.name}"


def _in_their_address(folded: str, recipient: Interviewer | Addressee) -> bool:
    """Whether a name written in another script is spelled in letters by its address."""
    if re.search(r"[A-Za-z]", recipient.name):
        return False
    from anyascii import anyascii

    # "Олена Ковальчук" greeted as Olena: the name in letters is hers
    letters = {fold(w) for w in re.findall(r"\w+", anyascii(recipient.name).replace("'", ""))}
    if folded in letters:
        return True
    address = getattr(recipient, "email", None) or getattr(recipient, "address", None) or ""
    parts = re.split(r"[._-]", address.split("@", 1)[0].lower())
    return len(folded) > 1 and folded in parts


def _wrong_accents(word: str, recipient: Interviewer | Addressee) -> str | None:
    """Say so when a name carries accents other than its own ("Coté" for "Côté").

    A name typed without any accent ("Jose") is how many keyboards write it; accents in the
    wrong place are a misspelling.
    """
    written = re.findall(
        r"[^\W\d_]+", f"{recipient.name} {getattr(recipient, 'greet_as', '') or ''}"
    )
    known = {t.casefold() for t in (*recipient.person.tokens, *written)}
    if word.isascii() or word.casefold() in known:  # "(Don Teófilo + Doña Juana)": as written
        return None
    return f"{word} misspells {recipient.name}'s name as written in the interview"


def _correct(word: str, doc: Document) -> tuple[str, ...]:
    recipient = doc.context.recipient
    if recipient is None:
        return ()
    person = recipient.person
    for token in person.tokens:
        if close(word, token) or (fold(word) == fold(token) and word != token):
            return (token,)
    return (person.informal,) if person.first else ()


def _closing_names(doc: Document) -> list[Mention]:
    closing = doc.closing
    if closing is None:
        return []
    lead = re.match(r"(?i)[^,!]*[,!]?", closing.text)
    rest = closing.text[lead.end() :] if lead else ""
    offset = closing.start + (lead.end() if lead else 0)
    return [_at(m, offset) for m in names_in(rest)]


def wrong_name(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a greeting or sign-off naming someone other than the recipient."""
    greeted = _addressed(doc.greeting) if doc.greeting else []
    named = greeted + _closing_names(doc)
    if doc.context.recipient is None:
        yield from _inconsistent(rule, greeted, _closing_names(doc))
        return
    for word in named:
        if problem := _judge_name(word, doc):
            yield rule.finding(problem, word.start, word.end, replacements=_correct(word.text, doc))


def _inconsistent(rule: Check, greeted: list[Mention], closing: list[Mention]) -> Iterator[Finding]:
    """Without context: flag a sign-off that thanks someone the greeting did not name."""
    greeted_names = {fold(w.text) for w in greeted}
    if not greeted_names:
        return
    for word in closing:
        if fold(word.text) not in greeted_names:
            yield rule.finding(
                f"the sign-off names {word.text}, but the greeting is to "
                f"{' '.join(w.text for w in greeted)}",
                word.start,
                word.end,
            )


WRONG_NAME = Check(
    id="AW202",
    name="wrong-name",
    severity=ERROR,
    function=wrong_name,
    doc="""Greet the person the note is going to, with their name spelled right.

A misspelled name has cost candidates offers (avidcareerist.com), and job-hunt.org's
checklist before sending starts with the person's name and title. When notes to a panel are
written from one another, another interviewer's name is easily left in the greeting or in a
closing like "Thanks again, Sam!". With an interview and a recipient the rule compares every
name in the greeting and the closing line with the recipient's name: another panelist's name,
a near miss ("Dr. Ramen", "Pryia"), or an unknown name is an error, with the right name as the
fix. Without context it can only flag a closing that thanks someone the greeting did not name.""",
    examples=(
        fires("Dear Dr. Ramen,\n\nThank you for your time.", context="priya"),
        fires("Hi Pryia,\n\nThank you for your time.", context="priya"),
        fires("Hi Sam,\n\nThank you for your time.", context="priya"),
        fires("Dear Priya,\n\nThank you.\n\nThanks again, Sam!\nJordan", context="priya"),
        fires("Dear Priya,\n\nThank you.\n\nThanks again, Sam!\nJordan"),
        passes("Dear Dr. Raman,\n\nThank you for your time.", context="priya"),
        passes("Dear Mme Raman,\n\nThank you for your time.", context="priya"),
        passes("Dear Lic. Raman,\n\nThank you for your time.", context="priya"),
        passes("Dear Raman Priya,\n\nThank you for your time.", context="priya"),
        passes("Hi Priya,\n\nThank you.\n\nBest regards,\nJordan Lee", context="priya"),
        passes("Hi Sam,\n\nThank you for your time."),
        fires("Hi Sam, thank you for the time. Jordan", context="priya"),
        passes("Hi Priya, thank you for the time with Sam and the Kafka team.", context="priya"),
    ),
)

# A name of up to four capitalised words; a dot only inside a word ("Corp.", not "McKinsey. Could").
NAME = r"[A-Z](?:[\w&'’-]|\.(?=\w)){0,40}(?:[ \t]+(?:[A-Z](?:[\w&-]|\.(?=\w)){0,40}|&)){0,3}"
EMPLOYER_NOUNS = (
    r"role|position|opportunity|job|career|interview(?:ing)?|offer|team|work|working|everyone|"
    r"people|culture|engineers?|future|program(?:me)?|projects?|mission|studio|lab|plant|site|"
    r"office|firm|company|organi[sz]ation|group|department"
)
COMPANY_SLOTS = re.compile(
    rf"(?<!\bmy\s)(?<!\bour\s)\b(?:{EMPLOYER_NOUNS})\s+(?:at|with)\s+(?:the\s+)?({NAME})"
    rf"|(?<!\bbefore\s)(?<!\bafter\s)(?<!\bsince\s)(?<!\buntil\s)\bjoin(?:ing)?\s+(?:the\s+)?({NAME})"
    rf"|\b(?:bring|contribute|add|offer|apply)\b[^.!?\n]{{0,50}}?\bto\s+(?:the\s+)?({NAME})"
    rf"|\b(?:work|working|career|future|part|member)\s+(?:at|for|of)\s+(?:the\s+)?({NAME})"
    rf"|\b({NAME})['’]s\s+(?:team|mission|culture|product|platform|customers|engineering|work"
    rf"|direction|future|transition|growth|plans?)\b"
    rf"|\bthe\s+({NAME})\s+team\b"
)


def _company_mentions(doc: Document) -> list[Mention]:
    found = []
    for match in COMPANY_SLOTS.finditer(doc.body):
        index = next(i for i, g in enumerate(match.groups(), 1) if g)
        mention = _at(match, 0, index)
        text = re.sub(r"['’]s$", "", mention.text.rstrip(".'’-"))
        if not _ordinary(text, doc, team=index == len(match.groups())):
            found.append(Mention(text, mention.start, mention.start + len(text)))
    people = {fold(t) for p in _people(doc) for t in p}
    return [m for m in found if fold(m.text.split()[0]) not in people]


def _ordinary(named: str, doc: Document, team: bool) -> bool:
    """Whether a capitalised phrase is a topic of the record or a department, not an employer.

    "the Union Station concourse" comes from the interview notes; in "the Commercial
    Litigation team" every word is an ordinary English word, so the team is a department.
    """
    from afterword.review.spelling import zipf

    interview = doc.context.interview
    company = set(folded_tokens(interview.company)) if interview else set()
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", named)]
    if not words or set(words) <= company:
        return False  # the company itself, judged by _same_company
    record = known_names(doc) - company
    return all(w in record or (team and zipf(w) >= COMMON_WORD) for w in words)


def _people(doc: Document) -> list[tuple[str, ...]]:
    context = doc.context
    people = [
        folded_tokens(p.name) for p in (context.interview.interviewers if context.interview else [])
    ]
    if context.candidate is not None:
        people.append(folded_tokens(context.candidate.name))
    return people


def _same_company(named: str, company: str) -> bool:
    words, target = fold(named).split(), fold(company).split()
    initials = "".join(w[0] for w in target)
    glued = re.sub(r"\W", "", target[0]) if target else ""  # "icddr,b": the name's letters
    return bool(words) and (
        words[0].rstrip(".") == target[0].rstrip(".")
        or (glued != target[0] and len(words[0]) > 2 and glued.startswith(words[0]))
        or set(words) <= set(target)  # "the Institute" for Janpath Policy Institute
        or fold(named).replace(" ", "") in {initials, "".join(target)}
    )


def wrong_company(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag another company named where the interview's company belongs."""
    mentions = _company_mentions(doc)
    interview = doc.context.interview
    expected = interview.company if interview else _most_common(mentions)
    if expected is None:
        return
    for mention in mentions:
        if _same_company(mention.text, expected):
            continue
        first = mention.text.split()[0]
        misspelt = close(first, expected.split()[0])
        message = (
            f"{mention.text} misspells {expected}"
            if misspelt
            else f"{mention.text} is named where {expected} belongs"
        )
        yield rule.finding(
            message, mention.start, mention.end, replacements=(expected,) if interview else ()
        )


def _most_common(mentions: list[Mention]) -> str | None:
    counts = Counter(fold(m.text.split()[0]) for m in mentions)
    if len(counts) < 2:
        return None
    top = counts.most_common(1)[0][0]
    return next(m.text for m in mentions if fold(m.text.split()[0]) == top)


WRONG_COMPANY = Check(
    id="AW203",
    name="wrong-company",
    severity=ERROR,
    function=wrong_company,
    doc="""Name the company you interviewed with, and only that one, where it belongs.

Notes written from an earlier note keep the earlier company's name ("I would love to join
Acme"), and check-before-you-send lists put the employer's name first (job-hunt.org).
The rule looks wherever a name reads as the employer — "the role at X", "the work at X",
"join X", "bring that experience to X", "X's team", "the X team" — within one sentence, and
compares the name with the interview's company: another name is an error, a near miss is
reported as a misspelling. Your own team ("my team at ..."), departments made of ordinary
words ("the Commercial Litigation team") and topics of the interview record are left alone.
Without an interview it flags a note that names two different companies in those places.""",
    examples=(
        fires("I would love to join Acme and help with streaming.", context="priya"),
        fires("I am excited about the role at Nortwind Analytics.", context="priya"),
        fires("I loved the role at Acme Corp. I hope to join Globex soon."),
        passes("I would love to join Northwind and help with streaming.", context="priya"),
        passes(
            "I led migrations with my team at Globex; I would love to join Northwind.",
            context="priya",
        ),
        passes("Thank you for the time with Sam and the Kafka discussion.", context="priya"),
        passes("I am excited about the role at Northwind Analytics."),
        fires("I would be glad to bring that discipline to Ashdown Keene.", context="priya"),
        fires("I loved the work at Cedar Medical and hope to help.", context="priya"),
        passes("I learnt it before joining McKinsey. Could we talk?", context="priya"),
        passes("Thank you for the time with the Commercial Litigation team.", context="priya"),
        passes("I would love to contribute to the Data Platform team's work.", context="priya"),
    ),
)

# Words every stock thank-you uses; a sentence made only of them says nothing specific.
GENERIC_WORDS = word_set(
    """thank thanks grateful gratitude appreciate appreciated appreciation opportunity opportunities
    interview interviewed interviewing position role job company team organization organisation
    time today yesterday week meeting meet met speaking speak spoke talking talk talked chat
    chatting conversation conversations discussion discussing discussed learning learn learned
    learnt about more enjoyed enjoy great wonderful pleasure nice good excited exciting
    enthusiastic interest interested interesting look looking forward hearing hear from soon
    consideration considering considered contribute contributing join joining work working
    company's team's culture values mission goals vision insight insights please let know
    questions question anything else further information additional hesitate contact reach
    again sincerely regards best kind warm truly yours confident skills experience
    qualifications fit excellent strong believe would could make able help next steps process
    taking take took taken share sharing shared dear hello also today's thing things lot
    everything hope well glad happy really truly definitely certainly"""
)


def _specific_sentence(sentence: str) -> bool:
    """Whether a sentence says something beyond stock thank-you vocabulary."""
    if re.search(r"\d", sentence):
        return True
    words = re.findall(r"[^\W\d_]+", sentence)
    proper = [
        w for w in words[1:] if w[0].isupper() and w.lower() not in GENERIC_WORDS and w != "I"
    ]
    content = {fold(w) for w in words if len(w) > 3 and fold(w) not in GENERIC_WORDS}
    content -= {"your", "with", "this", "that", "what", "have", "will", "been", "were", "from"}
    return bool(proper) or len(content) >= 2


def _mentions_topics(topics: set[str], doc: Document) -> bool:
    """Whether the body names a topic: one word of it, or two when that word is also your own.

    "merchant" in "merchant churn in Kisumu" says little when your own `fit` is "merchant
    onboarding": such a shared word counts only with another.
    """
    interview = doc.context.interview
    own: set[str] = set()
    if interview is not None:
        own = set().union(
            set(), *map(keywords, [*interview.fit, interview.role, interview.company])
        )
    found = topics & body_stems(doc)
    return bool(found - own) or len(found) >= 2


@lru_cache(maxsize=4096)
def _quotable(note: str) -> str | None:
    """What of a note a draft may quote: None for a remark never to quote (pay, gossip)."""
    from afterword.compose.notes.read import keep_clauses, read_note, withheld_by

    # only with an interview; the composer's own reading decides, so a finding never quotes
    # what a draft must not ("they might sell the tenements, confidential")
    if withheld_by(note) is not None or not read_note(note, "discussed").used:
        return None
    kept, _fired = keep_clauses(note)
    return ", ".join(kept) or None


def nothing_specific(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a note that references nothing of this interviewer's conversation."""
    if not doc.body.strip():
        return
    recipient = doc.context.recipient
    thank_you = doc.kind == "thank-you"
    notes = (
        [*recipient.discussed, recipient.valued or "", recipient.rapport or ""]
        if recipient and thank_you
        else []
    )
    quotable = [q for q in (_quotable(n) for n in notes if n) if q]
    topics = set().union(*(keywords(n) for n in quotable)) - {w[:5] for w in GENERIC_WORDS}
    if topics:
        if not _mentions_topics(topics, doc):
            yield rule.finding(
                f"nothing from your conversation with {recipient.name} is mentioned "  # type: ignore[union-attr]
                f"(the interview notes: {'; '.join(quotable)})"
            )
    elif notes and any(notes):
        return  # every note of theirs is one never to quote (pay, gossip): nothing is owed
    elif not any(_specific_sentence(s.text) for s in doc.sentences):
        yield rule.finding("only stock phrases; mention something specific from the conversation")


NOTHING_SPECIFIC = Check(
    id="AW204",
    name="nothing-specific",
    severity=WARNING,
    function=nothing_specific,
    doc="""Mention something from the conversation that only this interviewer would recognise.

Advisers agree that a specific reference is what makes a note worth sending, and hiring
managers say generic, machine-sounding notes are what they discard. With an interview the
rule looks for the words of what you noted about this interviewer (`discussed`, `valued`,
`rapport`) and fires when none of them appears. Without one it fires when every sentence is
stock vocabulary ("Thank you for the opportunity to interview for the position").""",
    examples=(
        fires(
            "Thank you for your time today. I enjoyed our conversation and look forward to "
            "hearing from you.",
            context="priya",
        ),
        passes(
            "Thank you for walking me through the plan to move the batch ETL jobs to streaming.",
            context="priya",
        ),
        fires(
            "Thank you for the opportunity to interview for the position. I enjoyed learning "
            "about the company and look forward to hearing from you."
        ),
        passes("Thank you for explaining how your team tests schema changes before deploys."),
    ),
)

PLACEHOLDER = Pattern(
    id="AW205",
    name="placeholder",
    severity=ERROR,
    pattern=(
        r"\[[^\]\n\d][^\]\n]{0,40}\]|\{\{?[^}\n]{1,40}\}\}?|<(?![^>\n]*[@:/])[A-Za-z][^>\n]{0,40}>"
        r"|\bX{3,}\b|\b(?:TODO|TBD|FIXME|TK)\b|\?{3,}|(?i:\blorem ipsum\b)"
    ),
    message="{text} is a placeholder left in the text",
    doc="""Leave no template placeholder in the note.

A note that still says "[Company]", "{name}", "<Interviewer Name>", "XXX" or "TODO" shows at
once that it came from a template, and undoes the personal effort the note is meant to show.
Bracketed text, braces, angle-bracket words (not e-mail addresses or links), runs of X,
TODO/TBD/FIXME and "???" are flagged wherever they appear.""",
    examples=(
        fires("Thank you for meeting me at [Company]."),
        fires("Dear {name},"),
        fires("Dear <Interviewer Name>,"),
        fires("I look forward to joining XXX."),
        fires("TODO: add the project"),
        passes("Jordan Lee <jordan.lee@example.com>"),
        passes("My portfolio is at <https://example.com/jordan> [1]."),
    ),
)

RULES = (MISSING_NAME, WRONG_NAME, WRONG_COMPANY, NOTHING_SPECIFIC, PLACEHOLDER)
