"""Render reviews for people (Rich text), programs (JSON) and code-scanning tools (SARIF 2.1.0).

Every output renders the same ``Finding`` objects; positions come from ``positions``.
"""

from __future__ import annotations

from afterword.review.render.data import render_json, render_sarif
from afterword.review.render.text import render_summary, render_text

__all__ = ["render_json", "render_sarif", "render_summary", "render_text"]
