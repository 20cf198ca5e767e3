"""The dashboard: what is due next, with countdowns, and the recent interviews."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.accounts.sharing import shared_with
from afterword.schedule.due import due_items
from afterword.store.interviews import list_interviews
from afterword.web.deps import DbDep, SettingsDep, UserDep, render

router = APIRouter()
RECENT = 12
DUE_SHOWN = 12


def _states(items: list[Any]) -> dict[int, dict[str, str]]:
    """Each interviewer's state per interview: the thank-you's, or a follow-up's once begun."""
    states: dict[int, dict[str, str]] = defaultdict(dict)
    for item in sorted(items, key=lambda i: (i.kind != "thank-you", i.sequence)):
        if item.kind == "thank-you":
            states[item.interview_id][item.interviewer] = item.state
        elif item.state != "due":
            states[item.interview_id][item.interviewer] = f"{item.label}: {item.state}"
    return states


@router.get("/")
def dashboard(request: Request, db: DbDep, settings: SettingsDep, user: UserDep) -> Response:
    """Show what is due next and the recent interviews with each interviewer's state."""
    now = datetime.now(UTC)
    # Only the soonest few pending rows, and the items of the interviews listed: the rest of
    # a large history is never read.
    due = due_items(db, settings, now, user, limit=DUE_SHOWN)
    recent = list_interviews(db, user, limit=RECENT)
    wanted = [summary.id for summary in recent]
    context = {
        "title": "Dashboard",
        "due": due,
        "recent": recent,
        "shared": shared_with(db, user) if request.app.state.hosted else [],
        "states": _states(
            due_items(db, settings, now, user, include_done=True, interview_ids=wanted)
        ),
    }
    return render(request, "dashboard.html", context)
