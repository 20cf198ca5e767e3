"""The dashboard: what is due next, with countdowns, and the recent interviews."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.accounts.sharing import shared_with
from afterword.schedule.overview import read_overview
from afterword.web.deps import DbDep, SettingsDep, UserDep, render

router = APIRouter()
RECENT = 12
DUE_SHOWN = 12


@router.get("/")
def dashboard(request: Request, db: DbDep, settings: SettingsDep, user: UserDep) -> Response:
    """Show what is due next and the recent interviews with each interviewer's state."""
    # Only the soonest few pending rows and the items of the interviews listed, on one
    # connection: the rest of a large history is never read.
    overview = read_overview(db, settings, user, datetime.now(UTC), due=DUE_SHOWN, recent=RECENT)
    context = {
        "title": "Dashboard",
        "due": overview.due,
        "recent": [
            (summary, _people(overview.states.get(summary.id))) for summary in overview.recent
        ],
        "shared": shared_with(db, user) if request.app.state.hosted else [],
    }
    return render(request, "dashboard.html", context)


def _people(states: dict[str, str] | None) -> list[tuple[str, str, str]]:
    """Each interviewer's name, state and the state's class ("follow-up 1: sent" is "sent").

    Worked out here, not in the template: a method call there costs a dozen times more.
    """
    return [
        (name, state, state.rpartition(":")[2].strip()) for name, state in (states or {}).items()
    ]
