"""A trivial endpoint: tells a script or a benchmark that the server is up."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

router = APIRouter()


@router.get("/healthz", response_class=PlainTextResponse)
def healthz() -> str:
    """Say the server is up."""
    return "ok"
