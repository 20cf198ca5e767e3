"""What a message is for: the one kind type that drafting, review, storage and mail share."""

from __future__ import annotations

from enum import StrEnum


class MessageKind(StrEnum):
    """What a message is for."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
