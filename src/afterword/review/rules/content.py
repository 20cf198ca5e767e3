"""AW3xx content: the parts a thank-you or a follow-up must carry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from afterword.review.finding import Finding
from afterword.review.rules.base import (
    ERROR,
    FOLLOW_UP,
    THANK_YOU,
    WARNING,
    Check,
    Required,
    fires,
    passes,
)
from afterword.review.rules.document import Document
from afterword.review.rules.text import body_stems, fold, keywords

if TYPE_CHECKING:
    from afterword.interview.model import Interview, Interviewer
    from afterword.review.addressee import Addressee

MISSING_THANKS = Required(
    id="AW301",
    name="missing-thanks",
    severity=ERROR,
    kinds=THANK_YOU,
    pattern=r"\b(?:thank|thanks|thx|thanx|thankful|grateful|gratitude|appreciate[ds]?|appreciation|appreciative)\b",
    message="the note never thanks the interviewer",
    doc="""Say thank you: it is the reason the note exists.

Surveys of hiring managers (Accountemps/Robert Half 2017: 80% find the notes helpful;
TopResume 2017: 68% say a note affects their decision) are about gratitude for the
interviewer's time. A thank-you that only restates interest reads as a sales pitch. The rule
accepts any plain expression of thanks or appreciation.""",
    examples=(
        fires("Dear Priya,\n\nI enjoyed our conversation about streaming."),
        passes("Dear Priya,\n\nThank you for our conversation about streaming."),
        passes("I appreciated your time yesterday."),
    ),
)

MISSING_INTEREST = Required(
    id="AW302",
    name="missing-interest",
    severity=WARNING,
    pattern=(
        r"\b(?:excit\w*|enthusias\w*|interest(?:ed)?|eager\w*|keen|thrilled|motivated|drawn\s+to"
        r"|(?:would|I['’]?d)\s+love\s+to|(?:want|hope|like)\s+to\s+(?:join|contribute|help|work|be\s+part)"
        r"|look(?:ing)?\s+forward\s+to\s+(?:joining|contributing|working|helping|the\s+chance|the\s+possibility)"
        r"|(?:great|good|strong)\s+fit|appeal\w*|inspir\w*|energi[sz]ed"
        r"|(?:would|I['’]?d)\s+(?:be\s+)?(?:delighted|glad|hono(?:u)?red|happy|pleased|proud|thrilled"
        r"|privileged)\s+to\s+(?:bring|join|contribute|help|be\s+part|work|support|take|apply)"
        r"|(?:would|I['’]?d)\s+(?:relish|welcome|value|jump\s+at|love)\s+the\s+(?:chance|opportunity)"
        r"|(?:would|I['’]?d)\s+(?:enjoy|like)\s+(?:doing|working|joining|contributing|being|helping)"
        r"|(?:want|hope)\s+to\s+work\s+(?:at|with|for))"
    ),
    message="the note does not reaffirm your interest in the role or the company",
    doc="""Reaffirm that you want the job.

Advisers list a renewed statement of interest among the essentials of both the thank-you and
the follow-up: an interviewer deciding between candidates wants to know who is still keen.
Any clear statement counts: "I am excited about", "I would love to join", "I remain very
interested in".""",
    examples=(
        fires("Thank you for your time yesterday. Have a good week."),
        passes("I am excited about the chance to join your platform team."),
        passes("I remain very interested in the role."),
        passes("I would love to help the team move to streaming."),
        passes("I would be honoured to bring that experience to the team."),
        passes("I would relish the chance to contribute to the catchment program."),
        passes("I would enjoy doing the same with your team."),
    ),
)


def _mentions_fit(doc: Document) -> bool:
    interview = doc.context.interview
    topics = set().union(*(keywords(n) for n in interview.fit)) if interview else set()
    return len(topics & body_stems(doc)) >= 2


# What a candidate says they have done: "I have built", "I ported", "Having supported".
_DONE = (
    "built|led|worked|spent|shipped|managed|designed|delivered|been|run|taught|trained|written|"
    "maintained|developed|created|launched|ported|introduced|drafted|coordinated|supported|"
    "handled|owned|mentored|published|implemented|reduced|cut|raised|grown|scaled|automated|"
    "migrated|modell?ed|analy[sz]ed|reviewed|audited|negotiated|organi[sz]ed|rewrote|rewritten|"
    "redesigned|set\\s+up|installed|tested|studied|researched|served|volunteered|cared|nursed"
)
_DID = _DONE.replace("been|run|", "ran|wrote|").replace("grown|", "grew|")

MISSING_FIT = Required(
    id="AW303",
    name="missing-fit",
    severity=WARNING,
    kinds=THANK_YOU,
    pattern=(
        r"\b(?:my\s+(?:[\w-]+\s+){0,2}?(?:experience|background|skills?|work|years|time|expertise|track\s+record"
        r"|fieldwork)|I\s+(?:also\s+)?(?:bring|(?:have|['’]ve)\s+(?:also\s+)?(?:DONE)|DID)"
        r"|I['’]ve\s+(?:also\s+)?(?:DONE)|Having\s+(?:DONE)"
        r"|(?:in|at)\s+my\s+(?:current|last|previous|present|former)\s+\w+"
        r"|as\s+an?\s+(?:[\w-]+\s+){0,2}(?:manager|engineer|nurse|designer|analyst|lead|developer)"
        r"|years\s+of|experience\s+(?:in|with)|background\s+in|track\s+record)\b"
    )
    .replace("DONE", _DONE)
    .replace("DID", _DID),
    accept=_mentions_fit,
    message="the note names no qualification of yours that matches the role",
    doc="""Tie one of your strengths to what the role needs.

The thank-you is the last chance to connect your experience with a problem the interviewer
described; advisers recommend one concrete qualification rather than a list. The rule looks
for a statement about your experience ("my five years on Kafka", "I built", "I bring") or,
with an interview, the words of its `fit` notes. Follow-ups are exempt (they stay short).""",
    examples=(
        fires("Thank you for your time. I enjoyed our talk and hope to hear from you."),
        passes("Thank you. My five years on streaming pipelines would help with the migration."),
        passes("Thank you. I have built streaming pipelines on Kafka and Flink for years."),
        passes("Thank you. Streaming pipelines on Kafka are what I know best.", context="priya"),
        passes("Thank you. In my current role I ported our pipelines to Slurm."),
        passes("Thank you. Having supported two launches, I know the pressure."),
        passes("Thank you. I introduced property-based tests to our reconciliation code."),
    ),
)

DATE_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week|"
    r"earlier\s+this\s+week|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:st|nd|rd|th)\b"
)
ROLE_PHRASE = r"\b(?:role|position|job|opening|opportunity)\b"
INTERVIEW_WORDS = re.compile(
    r"(?i)\b(?:interview\w*|spoke|speaking|conversation|met|meeting|chat\w*|talk\w*)\b"
)


def missing_reference(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a follow-up that does not say which interview it follows."""
    if not doc.body.strip():
        return
    interview = doc.context.interview
    role = re.escape(interview.role) if interview else ROLE_PHRASE
    names_role = re.search(role, doc.body, re.IGNORECASE)
    names_date = re.search(DATE_WORDS, doc.body, re.IGNORECASE)
    if not INTERVIEW_WORDS.search(doc.body) or not (names_role or names_date):
        yield rule.finding(
            "the follow-up does not say which interview it follows (the role and when you spoke)"
        )


MISSING_REFERENCE = Check(
    id="AW304",
    name="missing-reference",
    severity=ERROR,
    kinds=FOLLOW_UP,
    function=missing_reference,
    doc="""Say which interview you are following up on: the role and when it took place.

An interviewer may be hiring for several roles and see dozens of candidates in a week; a
follow-up that opens "I interviewed for the Senior Data Engineer role on Tuesday" can be
answered at once. The rule wants a word for the interview (interview, spoke, met, ...) and
either the role (the interview's own role when known) or a day or date.""",
    examples=(
        fires("Hi Priya,\n\nAny news? I would love to know where things stand."),
        passes("Hi Priya,\n\nI am following up on my interview for the Senior Data Engineer role."),
        passes("Hi Priya,\n\nI am following up on our conversation last Tuesday."),
        fires(
            "Hi Priya,\n\nI am following up on my interview for the position.",
            context="priya-follow-up",
        ),
    ),
)

MISSING_NEXT_STEPS = Required(
    id="AW305",
    name="missing-next-steps",
    severity=ERROR,
    kinds=FOLLOW_UP,
    pattern=(
        r"\b(?:next\s+steps?|timeline|time\s*frame|update|status|decision|hear\s+back|"
        r"where\s+(?:things|the\s+process|you\s+are)|any\s+news|progress|how\s+the\s+process|"
        r"when\s+(?:you|I)\s+(?:might|may|could|expect|should|will)|timing|next\s+(?:stage|round)|"
        r"(?:where|how)\s+(?:things|matters|the\s+search|it)\s+(?:stand|stands|is\s+going)|"
        r"any\s+(?:news|update|word|developments)|hear(?:ing)?\s+(?:back|more|how))\b"
    ),
    message="the follow-up does not ask about next steps or the timeline",
    doc="""Ask, politely, about the next steps or the timeline.

A follow-up exists to learn where the process stands; advisers suggest one plain question
("Could you share an update on the timeline?") rather than a demand. The rule fires when
no such question or request is found.""",
    examples=(
        fires("Hi Priya,\n\nThank you again for the interview on Tuesday."),
        passes("Could you share an update on the next steps?"),
        passes("I would be glad to hear about the timeline for a decision."),
        passes("Could you let me know about the timing of the next stage?"),
        passes("Could you share where things stand with the search?"),
    ),
)


def missed_with(recipient: Interviewer | Addressee | None, interview: Interview) -> list[str]:
    """Return the missed points this note should make: those about the recipient's topics.

    A point belongs in one note of the panel, not in all of them: in the notes to those whose
    topics share a word with it, else in the note to the first interviewer. The composer puts
    each point only where this rule asks for it.
    """
    if recipient is None:
        return list(interview.missed)
    return [p for p in interview.missed if recipient in owners(p, interview.interviewers)]


def owners(point: str, panel: list[Interviewer]) -> list[Interviewer]:
    """The interviewers a missed point is for: those whose topics it shares, else the first."""
    wanted = keywords(point) | _acronyms(point)  # "CAN" is a stop word, and a bus
    return [p for p in panel if wanted & _topics(p)] or panel[:1]


def _topics(person: Interviewer) -> set[str]:
    return set().union(set(), *(keywords(t) | _acronyms(t) for t in person.discussed))


def _acronyms(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z][A-Z0-9]+\b", text))


def unfinished_business(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag points recorded as missed in the interview that the note does not address."""
    interview = doc.context.interview
    if interview is None or not doc.body.strip():
        return
    stems = body_stems(doc)
    owed = (_owed(p) for p in missed_with(doc.context.recipient, interview))
    for point in filter(None, owed):
        wanted = keywords(point)
        numbers = set(re.findall(r"\d+", point))
        if numbers & set(re.findall(r"\d+", doc.body)):
            continue
        if wanted and len(wanted & stems) < max(1, len(wanted) // 3):
            yield rule.finding(f"you noted you missed {point!r}; this note does not address it")


@lru_cache(maxsize=1024)  # a panel's notes ask about the same points, a draft at a time
def _owed(point: str) -> str | None:
    """Return what a missed note still asks of a draft: None when the composer withholds it."""
    from afterword.compose.notes.read import keep_clauses, read_note  # only with an interview

    if not read_note(point, "missed").used:
        return None
    kept, fired = keep_clauses(point)
    return ", ".join(kept) if fired else point


UNFINISHED_BUSINESS = Check(
    id="AW306",
    name="unfinished-business",
    severity=WARNING,
    function=unfinished_business,
    doc="""Finish what the interview left open.

The `missed` notes of an interview record points you did not make well enough; the note
after the interview is the natural place to add them (advisers call it "unfinished
business"). The rule fires for each missed point whose words (or figures) appear nowhere
in the note. Without an interview it stays silent.

A slip jotted for yourself ("bombed the SQL question", "ugh, forgot to ask ...") is never
owed: the drafts hold it back, and a thank-you is no place to bring it up. When only part of
a note is such a slip ("messed up the terraform question, should have said we used remote
state"), the rule asks only for the rest.""",
    examples=(
        fires("Thank you for the conversation about streaming.", context="priya"),
        fires("Thank you for the conversation about streaming.", context="priya-regrets"),
        passes(
            "Thank you for the conversation about streaming. One thing I should have said: we "
            "keep our Terraform remote state with locking.",
            context="priya-regrets",
        ),
        passes("One point I under-sold: my last project cut cloud spend by 38%.", context="priya"),
        passes("Thank you for the conversation about streaming."),
    ),
)


def missing_signoff(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a note without a closing followed by the candidate's name."""
    if not doc.body.strip():
        return
    if doc.closing is None:
        yield rule.finding('no closing line such as "Best regards," followed by your name')
        return
    signature = " ".join(line.text for line in doc.signature)
    candidate = doc.context.candidate or (
        doc.context.interview.candidate if doc.context.interview else None
    )
    if candidate is not None:
        tokens = {fold(t) for t in candidate.person.tokens}
        if not tokens & {fold(w) for w in re.findall(r"[^\W\d_]+", signature)}:
            yield rule.finding(
                f"sign with your name ({candidate.name}) after the closing",
                doc.closing.start,
                doc.closing.end,
            )
    elif not re.search(r"[A-Z]", signature) and not re.search(r"[,!]\s*[A-Z]\w+", doc.closing.text):
        yield rule.finding(
            "sign with your name after the closing", doc.closing.start, doc.closing.end
        )


MISSING_SIGNOFF = Check(
    id="AW307",
    name="missing-signoff",
    severity=WARNING,
    function=missing_signoff,
    doc="""End with a closing and your name.

A note that stops after its last sentence looks unfinished; a closing ("Best regards,") and
your full name make it easy to connect the note with your application. With a candidate in
the context the name must be theirs.""",
    examples=(
        fires("Dear Priya,\n\nThank you for your time."),
        fires("Dear Priya,\n\nThank you.\n\nBest regards,\nAlex", context="priya"),
        passes("Dear Priya,\n\nThank you.\n\nBest regards,\nJordan Lee", context="priya"),
        passes("Dear Priya,\n\nThank you.\n\nBest,\nJordan"),
    ),
)

VAGUE_SUBJECTS = re.compile(
    r"(?i)^\s*(?:(?:re|fw|fwd):\s*)*(?:following\s+up|follow[\s-]?up|just\s+)?(?:checking\s+in|"
    r"hi|hello|hey|quick\s+question|question|update|touching\s+base|interview|thanks?|"
    r"thank\s+you|no\s+subject)?[\s!.?]*$"
)


def subject(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag a missing, vague or long subject line."""
    message = doc.message
    text = message.subject
    if text is None and not message.headers:
        return  # plain text without headers: there is no subject to judge
    if not text or not text.strip():
        yield rule.finding('no subject; try "Thank you — <role> interview"', header="Subject")
    elif VAGUE_SUBJECTS.match(text):
        yield rule.finding(
            f"the subject {text.strip()!r} says nothing; name the role and the interview",
            header="Subject",
            replacements=_suggest_subject(doc),
        )
    elif len(text.strip()) > 60:
        yield rule.finding(
            f"the subject is {len(text.strip())} characters; keep it under 60", header="Subject"
        )


def _suggest_subject(doc: Document) -> tuple[str, ...]:
    interview = doc.context.interview
    if interview is None:
        return ()
    if doc.kind == "follow-up":
        return (f"Following up on the {interview.role} interview",)
    return (f"Thank you — {interview.role} interview",)


SUBJECT = Check(
    id="AW308",
    name="subject",
    severity=WARNING,
    function=subject,
    doc="""Give the note a subject that says what it is: "Thank you — Data Engineer interview".

Advisers suggest naming the thanks and the role (faraday.email, interview-prep.io), and warn
against a bare "Following up" or "Hi", which is easy to ignore and hard to find later. Long
subjects are cut off in inboxes, so keep it under about 60 characters. A message reviewed
without headers has no subject to judge; this rule then stays silent.""",
    examples=(
        fires("Thank you for your time.", subject="Following up"),
        fires("Thank you for your time.", subject="Hi"),
        fires("Thank you for your time.", subject=""),
        fires(
            "Thank you.",
            subject="Thank you so much for the wonderful interview for the Senior "
            "Data Engineer role",
        ),
        passes("Thank you for your time.", subject="Thank you — Senior Data Engineer interview"),
        passes(
            "Following up on my interview.", subject="Senior Data Engineer interview: next steps"
        ),
        passes("Thank you for your time."),
    ),
)

RULES = (
    MISSING_THANKS,
    MISSING_INTEREST,
    MISSING_FIT,
    MISSING_REFERENCE,
    MISSING_NEXT_STEPS,
    UNFINISHED_BUSINESS,
    MISSING_SIGNOFF,
    SUBJECT,
)
