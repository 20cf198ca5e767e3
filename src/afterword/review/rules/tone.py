"""AW4xx tone: professional, calm, and in your own words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.review.finding import Finding
from afterword.review.rules.base import (
    ERROR,
    INFO,
    WARNING,
    Check,
    Pattern,
    Phrases,
    fires,
    passes,
)
from afterword.review.rules.document import Document
from afterword.review.rules.text import known_names, word_set

INFORMAL_GREETING = Phrases(
    id="AW401",
    name="informal-greeting",
    severity=WARNING,
    where="greeting",
    phrases={
        "hey": "Dear",
        "hey there": "Dear",
        "yo": "Dear",
        "hi there": "Dear",
        "sup": "Dear",
        "hiya": "Dear",
        "howdy": "Dear",
        "what's up": None,
        "heya": "Dear",
        "hi guys": None,
    },
    message='"{text}" is too casual for a note to an interviewer',
    doc="""Open with "Dear" or "Hi" and the person's name, not "Hey" or "Yo".

The note is still part of the interview. Advisers recommend a professional tone throughout,
and the greeting sets it: "Hey", "Yo", "Hi there" or "Sup" read as a message to a friend.
Only the greeting line is checked.""",
    examples=(
        fires("Hey Priya,\n\nThanks for the chat."),
        fires("Hi there,\n\nThanks for the chat."),
        fires("Yo Sam,"),
        passes("Hi Priya,\n\nThanks for the chat."),
        passes("Dear Dr. Raman,\n\nI hope the hey-day of batch jobs is over."),
    ),
)

SLANG = Phrases(
    id="AW402",
    name="slang",
    severity=WARNING,
    phrases={
        "u": "you",
        "ur": "your",
        "thx": "thanks",
        "thnx": "thanks",
        "tnx": "thanks",
        "gonna": "going to",
        "wanna": "want to",
        "gotta": "have to",
        "lol": None,
        "btw": "by the way",
        "omg": None,
        "idk": "I don't know",
        "imo": "in my opinion",
        "tbh": None,
        "pls": "please",
        "plz": "please",
        "cuz": "because",
        "coz": "because",
        "b4": "before",
        "gr8": "great",
        "ppl": "people",
        "ya": "you",
        "yeah": "yes",
        "kinda": "somewhat",
        "sorta": "somewhat",
        "lmk": "let me know",
        "ty": "thank you",
        "np": None,
        "awesomesauce": None,
        "y'all": "you all",
        "ain't": None,
    },
    message='"{text}" is texting or slang',
    doc="""Write words out: "you", "thanks", "going to".

Texting abbreviations and slang ("u", "thx", "gonna", "lol", "btw") make a note read as
dashed off, the opposite of what a thank-you is for. Each is flagged with the full form
where there is one.""",
    examples=(
        fires("Thx for the chat, it was gr8."),
        fires("I'm gonna follow up next week."),
        fires("Let me know if u need anything."),
        passes("Thanks for the chat; I am going to read the post."),
        passes("I worked in the U.S. and the U.K."),
    ),
)

EMOJI_CHARS = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299"
    "\u2190-\u21ff\u231a\u231b\u23e9-\u23fa\u25aa-\u25fe"
)
EMOJI = Pattern(
    id="AW403",
    name="emoji",
    severity=WARNING,
    pattern=(
        rf"[{EMOJI_CHARS}][\uFE0F\U0001F3FB-\U0001F3FF]*(?:\u200D[{EMOJI_CHARS}][\uFE0F]*)*"
        r"|(?<![\w:/])(?:[:;=]-?[)(DPp3|/\\]|<3|\^_\^|XD|xD)(?![\w])"
    ),
    message="{text} (emoji or emoticon) is out of place in a professional note",
    doc="""Leave emoji and emoticons out.

Even friendly interviewers read a thank-you as a piece of professional writing; an emoji or
a ":)" makes it read as a chat message. Pictographs (with skin tones and joined sequences)
and the common text emoticons are flagged.""",
    examples=(
        fires("Thanks so much 🙏"),
        fires("Great talking with you :)"),
        fires("Loved it 👩🏽‍💻!"),
        passes("Thank you for your time (and the coffee)."),
        passes("See https://example.com/a:b and the note: (1) done."),
    ),
)


def exclamations(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag "!!" and every exclamation mark after the first."""
    marks = list(re.finditer(r"!+", doc.body))
    for index, match in enumerate(marks):
        if len(match.group()) > 1 or index > 0:
            yield rule.finding(
                "more than one exclamation mark; one at most keeps the tone calm",
                match.start(),
                match.end(),
                replacements=(".",) if index else ("!",),
            )


EXCLAMATIONS = Check(
    id="AW404",
    name="exclamations",
    severity=WARNING,
    function=exclamations,
    doc="""Use at most one exclamation mark in the note, and never "!!".

Enthusiasm is welcome; a string of exclamation marks reads as gushing or as nervousness.
The first single "!" is allowed; any "!!" and every later "!" is flagged.""",
    examples=(
        fires("Thank you!! It was great."),
        fires("Thank you! It was great! Talk soon!"),
        passes("Thank you! It was great to meet you."),
    ),
)

# Capitalised words that are ordinary English when shouted; acronyms are left alone.
EMPHATIC = word_set(
    """very really so much love loved excited thank thanks please need want hope great amazing
    important urgent now best happy glad truly absolutely definitely all the and you your this that
    job role interview team reply answer soon today must not never always extremely super huge
    perfect incredible awesome help hire me my will would can cannot dont really totally"""
)
# What follows an acronym used as a name: another acronym, a version, or a thing it names.
ACRONYM_CONTEXT = re.compile(
    r"[ \t]+([A-Z]{2,}\b|\d|(?:bus|buses|frames?|network|protocol|stack|standard|interface|"
    r"messages?|feeds?|data|tools?|team|scheme|programme|program|project|model|platform)\b)"
)
ACRONYMS = word_set("ASAP AWS GCP SQL ETL API CEO CTO CFO COO HTTP JSON NASA UCLA GDPR HIPAA")


def shouting(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag words written in capitals that are not acronyms."""
    known = known_names(doc)
    for match in re.finditer(r"\b[A-Z]{2,}(?:['’][A-Z]+)?\b", doc.body):
        word = match.group()
        if word in ACRONYMS or word.lower() in known or _names_a_thing(doc.body, match.end()):
            continue
        if word.lower().replace("’", "'") in EMPHATIC or _long_word(word):
            yield rule.finding(
                f"{word} in capitals reads as shouting",
                match.start(),
                match.end(),
                replacements=(word.lower(),),
            )


def _names_a_thing(body: str, end: int) -> bool:
    """Whether a capitalised word is followed as an acronym is: "CAN bus", "CAN FD", "HL7 feed"."""
    following = ACRONYM_CONTEXT.match(body, end)
    return following is not None and following.group(1).lower() not in EMPHATIC


def _long_word(word: str) -> bool:
    """Whether a long capitalised word is an English word shouted, not an acronym (AUTOSAR)."""
    from afterword.review.spelling import zipf

    return len(word) >= 7 and zipf(word.lower()) >= 3.0


SHOUTING = Check(
    id="AW405",
    name="shouting",
    severity=WARNING,
    function=shouting,
    doc="""Don't write words in capitals for emphasis.

Capitals read as shouting in e-mail. The rule flags capitalised ordinary words ("VERY",
"THANK YOU") and long capitalised English words ("ABSOLUTELY"); acronyms (ETL, AWS, AUTOSAR,
MGNREGA), a word used as an acronym ("CAN bus", "CAN FD") and the words of the interview
are left alone.""",
    examples=(
        fires("I am VERY excited about the role."),
        fires("THANK YOU for your time."),
        passes("I built ETL jobs on AWS and GCP with SQL."),
        passes("I enjoyed the NASA story."),
        passes("We discussed CAN bus load, CAN FD, AUTOSAR, HL7 feeds and MGNREGA wages."),
        fires("I CAN do this, ABSOLUTELY."),
    ),
)

DESPERATE = Phrases(
    id="AW406",
    name="desperate",
    severity=WARNING,
    phrases=dict.fromkeys(
        (
            "really need this job",
            "need this job",
            "please hire me",
            "hire me please",
            "i am begging",
            "i'm begging",
            "begging you",
            "i beg you",
            "desperate",
            "desperately",
            "i'll do anything",
            "i will do anything",
            "any job",
            "give me a chance",
            "please give me a chance",
            "i know i'm not the best",
            "i know i am not the best",
            "i'm not the most qualified",
            "i am not the most qualified",
            "i know i messed up",
            "sorry for wasting your time",
            "i'm sure you have better candidates",
            "i am sure you have better candidates",
            "i probably didn't get it",
            "i probably did not get it",
            "i know i blew it",
            "please please",
            "i have been unemployed for",
            "my last chance",
            # Self-criticism the interviewer need not hear again: the note is no confession.
            "i got anxious",
            "i was anxious",
            "i got nervous",
            "i was so nervous",
            "i was really nervous",
            "i stumbled",
            "i fumbled",
            "i rambled",
            "i froze",
            "i blanked",
            "i bombed",
        )
    ),
    message='"{text}" sounds like pleading or self-doubt; confidence persuades better',
    doc="""Leave out pleading and negative self-talk.

A note that begs ("please hire me", "I really need this job") or runs yourself down ("I know
I'm not the most qualified") gives the interviewer a reason to doubt you. Advisers recommend
calm confidence: restate your interest and the value you would bring. The same goes for
dwelling on a slip ("I got anxious in the system design round", "I stumbled explaining my
stats methods"): to add to an answer, give the better answer, not the apology.""",
    examples=(
        fires("I really need this job."),
        fires("One detail I left out: I got anxious in the system design round."),
        fires("A point I meant to make: I stumbled explaining my stats methods."),
        passes("To add to my answer on statistics: I fit mixed models with lme4."),
        fires("Please hire me, I will do anything."),
        fires("I know I'm not the best candidate."),
        passes("I would love to bring my streaming experience to the team."),
    ),
)

PUSHY_PHRASES = (
    "i expect an answer",
    "i expect a response",
    "i expect to hear",
    "why haven't you",
    "why have you not",
    "you haven't replied",
    "you haven't responded",
    "you still haven't",
    "you have not replied",
    "you have not responded",
    "i need an answer",
    "i need a response",
    "respond immediately",
    "reply immediately",
    "respond asap",
    "reply asap",
    "i demand",
    "i deserve an answer",
    "i deserve a response",
    "you should hire me",
    "you need to hire me",
    "i'm waiting for your reply",
    "i am waiting for your reply",
    "i'm still waiting",
    "i am still waiting",
    "i insist",
    "failure to respond",
    "get back to me by",
)
DEADLINE = (
    r"(?:by|before|no\s+later\s+than|until)\s+(?:(?:this|next|the\s+end\s+of)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
    r"eod|cob|noon|the\s+end\s+of\s+(?:the\s+)?(?:day|week|month)|\d+)"
)


PUSHY_LIST = Phrases(
    id="AW407",
    name="pushy",
    severity=WARNING,
    phrases=dict.fromkeys(PUSHY_PHRASES),
    message='"{text}" sounds demanding',
    doc="The fixed phrases of AW407.",
)
PUSHY_SHAPES = re.compile(
    rf"\bI\s+(?:need|expect|require|must\s+(?:have|hear|know|get))\b[^.!?\n]{{0,60}}?\b{DEADLINE}"
    rf"|\b(?:respond|reply|answer|decide|get\s+back\s+to\s+me|tell\s+me|give\s+me)\b"
    rf"[^.!?\n]{{0,40}}?\b{DEADLINE}"
    r"|\bwhy\s+(?:is|has|does|did)\s+(?:it|this|the\s+process|everything)\s+"
    r"(?:taking|taken|take)\s+so\s+long\b|\bwhat\s+is\s+taking\s+so\s+long\b"
    r"|\bhow\s+much\s+longer\b|\bI\s+(?:have|['’]ve)\s+been\s+waiting\s+(?:for\s+)?"
    r"(?:weeks|days|ages|so\s+long|\d+)",
    re.IGNORECASE,
)


def pushy(rule: Check, doc: Document) -> Iterator[Finding]:
    """Flag demanding phrases, deadlines set for the employer and impatient questions."""
    listed = list(PUSHY_LIST.check(doc))  # a dictionary lookup per word
    yield from listed
    for match in PUSHY_SHAPES.finditer(doc.body):
        if any(f.start <= match.start() < f.end for f in listed):
            continue
        if THEIR_PLAN.search(doc.body[max(0, match.start() - 60) : match.start()]):
            continue  # "you would decide by 9 December": their own timeline, repeated back
        yield rule.finding(f'"{match.group()}" sounds demanding', *match.span())


# The employer's own plan, reported: a subject of theirs and a modal before "decide by ...",
# or "that" and the subject ("It stood out to me that you decide by 10 Dec").
_THEIRS = (
    r"(?:you|they|he|she|the\s+(?:\w+\s+)?(?:committee|panel|team|board|company|school|"
    r"department|firm))"
)
THEIR_PLAN = re.compile(
    rf"\b{_THEIRS}\s+(?:would|will|['’]ll|should|(?:plans?|planned|expects?|expected|"
    r"hopes?|hoped|aims?|aimed|intends?|intended)\s+to)\s+$"
    rf"|(?<!sure\s)\bthat\s+{_THEIRS}\s+$",  # not "make sure that you"
    re.IGNORECASE,
)


PUSHY = Check(
    id="AW407",
    name="pushy",
    severity=WARNING,
    function=pushy,
    doc="""Ask; don't demand.

Interviewers are busy and hiring takes longer than anyone likes. "Why haven't you replied?",
"Why is this taking so long?" or "I need to hear back by Friday" turns a reminder into a
complaint and can end a candidacy. Besides a list of such phrases the rule catches the
shapes they take: a deadline set for the employer ("I need/expect ... by Friday", "reply by
Monday") and impatience ("how much longer", "I have been waiting for weeks"). Ask politely
about the timeline instead (see AW305).""",
    examples=(
        fires("Why haven't you replied to my last email?"),
        fires("I expect an answer by Friday."),
        fires("I need to hear back from you by Friday."),
        fires("Why is this taking so long?"),
        fires("Please reply before Monday."),
        passes("Could you share an update on the timeline?"),
        passes("I need to give another company an answer, so I would be grateful to hear."),
        passes("It was good to hear that you would decide by 9 December."),
        passes("Thank you for explaining that the committee will decide by 18 December."),
    ),
)

STOCK_PHRASE = Phrases(
    id="AW408",
    name="stock-phrase",
    severity=INFO,
    phrases=dict.fromkeys(
        (
            "just checking in",
            "just following up",
            "just wanted to follow up",
            "just wanted to check in",
            "i hope this email finds you well",
            "i hope this message finds you well",
            "i hope this finds you well",
            "hope this email finds you well",
            "i am writing to express my gratitude",
            "i'm writing to express my gratitude",
            "i am writing to express my sincere gratitude",
            "i am writing to thank you",
            "i wanted to reach out",
            "touching base",
            "touch base",
            "circle back",
            "per my last email",
            "at your earliest convenience",
            "please do not hesitate to",
            "please don't hesitate to",
            "do not hesitate to contact me",
            "don't hesitate to reach out",
            "i am reaching out",
            "delve into",
            "rich tapestry",
            "a testament to",
            "i am confident that my skills and experience",
            "leverage my skills",
            "synergy",
            "i look forward to the possibility of",
            "in today's fast-paced",
        )
    ),
    message='"{text}" is a stock phrase; say it in your own words or leave it out',
    doc="""Replace stock phrases and machine-sounding filler with something you would say.

"Just checking in" is the phrase advisers single out for follow-ups; "I hope this email finds
you well" and "I am writing to express my gratitude" are the openings every template uses,
and phrases like "delve into" or "a testament to" are what hiring managers now read as
machine-written. These are reported as information: one may be fine, a note made of them is
not.""",
    examples=(
        fires("Just checking in on the role."),
        fires("I hope this email finds you well."),
        fires("I am writing to express my gratitude for the interview."),
        passes("Thank you for the conversation about streaming."),
    ),
)

PROFANITY = Pattern(
    id="AW409",
    name="profanity",
    severity=ERROR,
    flags=re.IGNORECASE,
    pattern=(
        r"\b(?:damn(?:ed|it)?|hell(?![-'’]?o)|shit\w*|bullshit|fuck\w*|crap(?:py)?|ass(?:hole)?"
        r"|bitch\w*|bastard|piss(?:ed)?|wtf|dick|goddamn|bloody\s+hell|screw\s+(?:up|it))\b"
    ),
    message='"{text}" is profanity',
    doc="""Keep profanity out of the note, even mild or joking.

Nothing in a note to an interviewer needs it, and a single swear word can outweigh everything
else the note says. Mild words ("damn", "crap", "hell") are included.""",
    examples=(
        fires("The migration was a damn mess."),
        fires("That was one hell of a whiteboard question."),
        passes("Hello Sam, thank you for the assessment and the class on shell scripts."),
    ),
)

RULES = (
    INFORMAL_GREETING,
    SLANG,
    EMOJI,
    EXCLAMATIONS,
    SHOUTING,
    DESPERATE,
    PUSHY,
    STOCK_PHRASE,
    PROFANITY,
)
