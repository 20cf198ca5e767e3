"""Review anything: paste any email and see what the checker finds, with nothing stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from afterword.review.engine import review_text
from afterword.web.deps import SettingsDep, render
from afterword.web.formatting import Segment, highlight
from afterword.web.memory import after_review

router = APIRouter()
MAX_CHARS = 50_000


@dataclass
class PastedView:
    """A pasted email's review, shaped like a draft's for the shared partial."""

    review: Any
    segments: list[Segment]
    body: str
    subject: str
    editable: bool = False

    @property
    def row(self) -> Any:
        """Stand in for a stored message: the partial only needs an id and a name."""
        return _Pasted()


class _Pasted:
    id = "pasted"
    to_name = "anyone"


def _review(settings: SettingsDep, subject: str, body: str) -> PastedView:
    result = review_text(body, subject or None, None, settings.review)
    after_review()
    return PastedView(result, highlight(body, result.findings), body, subject)


@router.get("/review")
def review_form(request: Request) -> Response:
    """Show an empty box to paste an email into."""
    return render(request, "review.html", {"title": "Review an email", "view": None})


@router.post("/review")
def review_pasted(
    request: Request, settings: SettingsDep, body: str = Form(""), subject: str = Form("")
) -> Response:
    """Review the pasted email (the whole page, or only the results for htmx)."""
    if len(body) > MAX_CHARS:
        problem = f"That is {len(body):,} characters; paste at most {MAX_CHARS:,}."
        context = {"title": "Review an email", "problem": problem,
                   "body": body[:MAX_CHARS], "subject": subject}  # fmt: skip
        return render(request, "review.html", {**context, "view": None}, status_code=422)
    view = _review(settings, subject, body) if body.strip() else None
    if request.headers.get("hx-request") == "true":
        return render(request, "_review_result.html", {"view": view})
    context = {"title": "Review an email", "body": body, "subject": subject}
    return render(request, "review.html", {**context, "view": view})
