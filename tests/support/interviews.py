"""Hypothesis strategies for interview records, shared by the loader and store tests."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from afterword.interview.model import Candidate, Format, Interview, Interviewer

words = st.text(  # what can be a name in an email header: no controls, breaks or "=?"
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and "=?" not in s)
emails = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,5})?@[a-z]{2,10}\.(com|org)", fullmatch=True)
people = st.builds(
    Interviewer,
    name=words,
    title=st.none() | words,
    email=st.none() | emails,
    discussed=st.lists(words, max_size=3),
    valued=st.none() | words,
    rapport=st.none() | words,
    timezone=st.none() | st.sampled_from(["Europe/Paris", "Asia/Tokyo"]),
)
interviews = st.builds(
    Interview,
    candidate=st.none()
    | st.builds(
        Candidate,
        name=words,
        email=emails,
        phone=st.none() | words,
        links=st.lists(words, max_size=2),
    ),
    company=words,
    role=words,
    when=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    duration_minutes=st.integers(1, 1440),
    timezone=st.sampled_from(["UTC", "America/Chicago", "Asia/Kolkata", "Pacific/Chatham"]),
    format=st.none() | st.sampled_from(Format),
    decision_by=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    fit=st.lists(words, max_size=3),
    missed=st.lists(words, max_size=2),
    insights=st.lists(words, max_size=2),
    interviewers=st.lists(
        people, min_size=1, max_size=6, unique_by=lambda p: (p.email or "").lower() or object()
    ),
)
