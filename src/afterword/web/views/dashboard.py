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
        "recent": overview.recent,
        "shared": shared_with(db, user) if request.app.state.hosted else [],
        "states": overview.states,
    }
    return render(request, "dashboard.html", context)
