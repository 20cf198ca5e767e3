"""The language-model composer against a local chat-completions server with recorded answers."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from afterword.compose import compose
from afterword.config import LLMSettings, Settings
from afterword.interview.loader import load_interview
from support.llm_server import Answer, LLMServer

SUBJECT = "Thank you — Senior Data Engineer interview"
GOOD = """Dear Dr. Raman,

Thank you for speaking with me yesterday about the Senior Data Engineer role at Northwind
Analytics. I enjoyed hearing about your plan to move the batch ETL jobs to streaming, and your
point that data contracts matter more than tools has stayed with me. It was also a pleasure to
find that we both studied in Pittsburgh.

I believe my five years building streaming pipelines on Kafka and Flink would help the team
with that move from the first week. I also meant to mention the cost results from my last
project, where we cut cloud spend by 38%. Our conversation made me even more excited about the
chance to join Northwind Analytics.

Thank you again for your time, and I look forward to hearing from you.

Best regards,
Jordan Lee
"""
WRONG_NAME = GOOD.replace("Dear Dr. Raman,", "Dear Sam,")
PLACEHOLDER = GOOD.replace("Northwind\nAnalytics", "[Company]")
INVENTED = GOOD.replace("from the first week", "as I did for Contoso, where we cut costs by 45%")
TOO_LONG = GOOD.replace(
    "Thank you again", " ".join(["I also want to add that I enjoyed it."] * 12) + " Thank you again"
)


def settings_for(server: LLMServer | None, **llm: object) -> Settings:
    """Settings pointing at the stand-in server (or at nothing)."""
    values: dict[str, object] = {
        "model": "test-model",
        "api_key": "sk-test",
        "timeout_seconds": 2.0,
        "max_revisions": 1,
    }
    if server is not None:
        values["base_url"] = server.base_url
    values.update(llm)
    return Settings(llm=LLMSettings(**values))  # type: ignore[arg-type]


def draft_with(example, now, answers, **llm):  # type: ignore[no-untyped-def]
    """Compose Dr. Raman's thank-you with the model answering ``answers``."""
    with LLMServer(answers) as server:
        draft = compose(
            example, example.interviewers[0], settings=settings_for(server, **llm), now=now
        )
    return draft, server


def test_good_answer_is_used(example, now):
    draft, server = draft_with(example, now, [Answer.draft(SUBJECT, GOOD)])
    assert draft.composer == "llm:test-model"
    assert draft.body.strip() == GOOD.strip() and draft.subject == SUBJECT
    assert draft.notes == ()
    [request] = server.requests
    assert request["model"] == "test-model"
    prompt = request["messages"][-1]["content"]
    assert "her plan to move the batch ETL jobs to streaming" in prompt
    assert '"Dear Dr. Raman,"' in prompt and "yesterday" in prompt
    assert "Sam Okafor" not in prompt  # another interviewer's notes stay out of this prompt
    assert server.recorded.headers[0]["Authorization"] == "Bearer sk-test"


def test_findings_go_back_and_a_revision_is_used(example, now):
    answers = [Answer.draft(SUBJECT, WRONG_NAME), Answer.draft(SUBJECT, GOOD)]
    draft, server = draft_with(example, now, answers)
    assert draft.composer == "llm:test-model"
    assert draft.notes == ("revised 1 time(s) after review",)
    revision = server.requests[1]["messages"][-1]["content"]
    assert "AW202" in revision


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        pytest.param([Answer.draft(SUBJECT, WRONG_NAME)] * 2, "AW202", id="wrong-name"),
        pytest.param([Answer.draft(SUBJECT, PLACEHOLDER)] * 2, "AW205", id="placeholder"),
        pytest.param([Answer.draft(SUBJECT, TOO_LONG)] * 2, "AW501", id="too-long"),
        pytest.param([Answer.draft(SUBJECT, INVENTED)] * 2, "invented fact", id="invented-facts"),
        pytest.param([Answer.draft("Following up", GOOD)] * 2, "AW308", id="bare-subject"),
        pytest.param(
            [Answer.of("Sure! Here is your email: Dear Dr. Raman, thanks")],
            "JSON",
            id="malformed-json",
        ),
        pytest.param([Answer.of('{"subject": "Thanks"}')], '"body"', id="json-without-body"),
        pytest.param([Answer.error(500)], "HTTP 500", id="server-error"),
        pytest.param([Answer(raw=b"<html>oops</html>")], "not a chat completion", id="not-chat"),
    ],
)
def test_bad_answers_fall_back_to_the_builtin_composer(example, now, answers, reason):
    draft, _ = draft_with(example, now, answers)
    assert draft.composer == "builtin"
    [note] = draft.notes
    assert note.startswith("used the built-in composer") and reason in note
    assert draft.body.startswith("Dear Dr. Raman,")


def test_a_hanging_model_times_out_and_falls_back(example, now):
    draft, _ = draft_with(example, now, [Answer.hang(3)], timeout_seconds=0.3)
    assert draft.composer == "builtin"
    assert "did not answer within 0.3 s" in draft.notes[0]


def test_an_unreachable_endpoint_falls_back(example, now):
    settings = settings_for(None, base_url="http://127.0.0.1:9/v1", timeout_seconds=0.5)
    draft = compose(example, example.interviewers[0], settings=settings, now=now)
    assert draft.composer == "builtin" and "could not be reached" in draft.notes[0]


def test_nothing_is_sent_without_configuration(example, now):
    with LLMServer([Answer.draft(SUBJECT, GOOD)]) as server:
        draft = compose(example, example.interviewers[0], settings=settings_for(None), now=now)
    assert server.requests == []
    assert draft.composer == "builtin" and draft.notes == ()


def test_follow_up_prompt_carries_missed_points_and_decision_date(example, now):
    with LLMServer([Answer.error(500)]) as server:
        compose(
            example, example.interviewers[1], "follow-up", settings=settings_for(server), now=now
        )
    prompt = server.requests[0]["messages"][-1]["content"]
    assert "38% lower cloud spend" in prompt and "December 4" in prompt


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring: a stand-in for the operating system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_api_key_comes_from_the_keyring_when_not_configured(example, now):
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        with LLMServer([Answer.draft(SUBJECT, GOOD)]) as server:
            keyring.set_password("afterword", f"llm:{server.base_url}", "sk-from-keyring")
            compose(
                example,
                example.interviewers[0],
                settings=settings_for(server, api_key=None),
                now=now,
            )
    finally:
        keyring.set_keyring(previous)
    assert server.recorded.headers[0]["Authorization"] == "Bearer sk-from-keyring"


def test_no_key_anywhere_sends_no_authorization(example, now):
    with LLMServer([Answer.draft(SUBJECT, GOOD)]) as server:
        compose(
            example, example.interviewers[0], settings=settings_for(server, api_key=None), now=now
        )
    assert "Authorization" not in server.recorded.headers[0]


MESSY = Path(__file__).parent / "messy" / "01-quant-london.yaml"


def test_withheld_notes_never_reach_the_prompt(now):
    interview = load_interview(MESSY)
    with LLMServer([Answer.error(500)]) as server:
        compose(interview, "Priya Nair", settings=settings_for(server), now=now)
    prompt = server.requests[0]["messages"][-1]["content"]
    assert "risk mgmt framework" in prompt  # control: a usable note goes out
    for withheld in ("salary", "bored", "phone", "tbh", "stretched", "messed"):
        assert withheld not in prompt.lower()


def test_an_answer_quoting_a_withheld_note_is_sent_back(now):
    interview = load_interview(MESSY)
    quoting = "Hi Priya,\n\nThank you. Sorry you seemed bored.\n\nBest regards,\nAisha Khan\n"
    answers = [Answer.draft("Thank you — quant researcher", quoting)] * 2
    with LLMServer(answers) as server:
        draft = compose(interview, "Priya Nair", settings=settings_for(server), now=now)
    revision = server.requests[1]["messages"][-1]["content"]
    assert '"bored" comes from a note that is never quoted' in revision
    assert draft.composer == "builtin" and "bored" not in draft.body
