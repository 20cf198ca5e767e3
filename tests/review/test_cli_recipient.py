"""Without an interview, the To header names the recipient: full names are held to it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from afterword.cli.app import build_app

BODY = "Subject: Thank you\n\n{greeting},\n\nThank you for your time yesterday.\n"


def aw202(to: str, greeting: str) -> bool:
    note = f"To: {to}\n" + BODY.format(greeting=greeting)
    result = CliRunner().invoke(build_app(), ["review", "--format", "json"], input=note.encode())
    document = json.loads(result.stdout)
    return any(f["rule"] == "AW202" for file in document["files"] for f in file["findings"])


@pytest.mark.parametrize(
    ("to", "greeting", "flagged"),
    [
        ("Sam Okafor <sam@x.example>", "Dear Priya", True),  # a full name that is not Priya
        ("Priya Raman <priya@x.example>", "Dear Pryia", True),  # a near miss of the recipient
        ("Priya Raman <priya@x.example>", "Dear Dr. Raman", False),
        ("Priya <priya@x.example>", "Dear Dr. Raman", False),  # a partial display name
        ("Priya <priya@x.example>", "Dear Pryia", True),
    ],
)
def test_greeting_against_the_to_header(to: str, greeting: str, flagged: bool) -> None:
    assert aw202(to, greeting) is flagged


# A To header's person is built without pydantic when the model would accept it as it is
# (afterword.review.addressee); it must hold what the model would hold, or be left to it.
ADDRESSES = [
    "",
    "sam@x.example",
    "priya.raman@contoso.com",
    "Priya.Raman@contoso.co.uk",
    "j.kessler@mail.fabrikam.de",
    "first+tag@a-b.io",
    "a_b-c@x9.org",
    "sam@Contoso.com",
    "sam@localhost",
    "sam@host.local",
    "sam@x.test",
    "sam@xn--bcher-kva.example",
    "sam@ab--cd.com",
    "sam@-x.com",
    "sam@x-.com",
    "sam@x.c",
    "sam@x.123",
    "sam@nodot",
    ".sam@x.com",
    "sam.@x.com",
    "s..am@x.com",
    "sam@x..com",
    's"am@x.com',
    "jürgen@x.com",
    "sam@bücher.de",
    "x" * 64 + "@x.com",
    "x" * 65 + "@x.com",
    "sam@" + "a" * 63 + ".com",
    "sam@" + "a" * 64 + ".com",
    "sam@" + ".".join(["abcdefghi"] * 25) + ".com",
    "o'brien@x.com",
    "not an address",
]
NAMES = ["Sam Okafor", "Priya", "x" * 200, "x" * 201, "A =?utf-8?q?B?=", "Tab\there", "Kessler"]


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("name", NAMES)
def test_the_plain_addressee_holds_what_the_model_holds(name: str, address: str) -> None:
    from afterword.interview.model import Interviewer
    from afterword.review.addressee import addressee

    plain = addressee(name, address)
    if plain is None:
        return  # no verdict: the model is asked, as before
    model = Interviewer(name=name, email=address or None)
    assert (plain.name, plain.email) == (model.name, model.email)
    assert plain.person == model.person
    assert (plain.greet_as, plain.title, plain.discussed) == (None, None, [])
    assert (plain.valued, plain.rapport, plain.timezone) == (None, None, None)


def test_common_to_headers_take_the_plain_path() -> None:
    from dataclasses import fields

    from afterword.interview.model import Interviewer
    from afterword.review.addressee import Addressee, addressee

    assert {f.name for f in fields(Addressee)} == set(Interviewer.model_fields)

    assert addressee("Priya Raman", "priya.raman@contoso.com") == Addressee(
        "Priya Raman", "priya.raman@contoso.com"
    )
    assert addressee("Kessler", "j.kessler@fabrikam.de") is not None
    assert addressee("Sam", "sam@Contoso.com") is None  # the model lowercases: it decides
