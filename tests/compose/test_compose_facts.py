"""The invented-facts check: names and numbers a model adds that the record does not hold."""

from __future__ import annotations

import pytest

from afterword.compose.facts import invented_facts


@pytest.mark.parametrize(
    ("body", "invented"),
    [
        ("Dear Dr. Raman,\n\nThank you for the talk about streaming at Northwind.", []),  # control
        ("I enjoyed our talk with Maria about streaming.", ["Maria"]),
        ("My work at Contoso would help.", ["Contoso"]),
        ("We cut costs by 45% last year.", ["45"]),
        ("We cut cloud spend by 38% on Kafka and Flink.", []),
        ("Dear Mr. Okafor,\n\nThanks.", ["Mr"]),
        ("Thank you for Tuesday, November 24.", []),
        ("I look forward to December 4.", []),
        ("Call me at +1 555 0100.", []),
        ("I met your CTO, Rachel Adler.", ["CTO", "Rachel", "Adler"]),
        ("Best regards,\nJordan Lee", []),
    ],
)
def test_invented_facts(example, body, invented):
    assert [f.text for f in invented_facts(body, example)] == invented
