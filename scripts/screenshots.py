"""Make the README's screenshots from a real browser run against a real server.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

A throwaway database gets the example panel (interviewed three hours ago) and two older
interviews; one draft is given a few slips so the review has something to highlight.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SLIPS = "Hey Sam,\n\nthx for the chat about on-call load, it was gr8!! "
PASTED = (
    "Hi there,\n\nI am writing to express my gratitude for the the interview yesterday. "
    "I really need this job and i think I would be a great fit for [Company].\n\n"
    "Just checking in on next steps, let me know ASAP :)\n\nJordan"
)


def _interview(hours_ago: float, company: str, role: str) -> object:
    import yaml

    from afterword.interview.model import Interview

    record = yaml.safe_load((ROOT / "examples" / "northwind-panel.yaml").read_text())
    started = datetime.now(UTC) - timedelta(hours=hours_ago)
    record.update(when=started.strftime("%Y-%m-%dT%H:%M"), timezone="UTC", decision_by=None)
    record.update(company=company, role=role)
    return Interview.model_validate(record)


def seed(db: object, settings: object) -> int:
    """Store three interviews with drafts; return the example panel's id."""
    from afterword.compose.stored import draft_interview
    from afterword.mail.outbox import approve
    from afterword.store.interviews import save_interview, save_profile
    from afterword.store.messages import update_body

    first = _interview(3, "Northwind Analytics", "Senior Data Engineer")
    save_profile(db, first.candidate)  # type: ignore[attr-defined]
    for hours, company, role in ((150, "Contoso Robotics", "Data Platform Engineer"),
                                 (30, "Fabrikam Health", "Analytics Engineer")):  # fmt: skip
        other = _interview(hours, company, role)
        stored = draft_interview(db, save_interview(db, other), other, settings=settings)
        approve(db, stored[0].id, force=True, settings=settings)
    interview_id = save_interview(db, first)
    stored = draft_interview(db, interview_id, first, settings=settings)
    sam = stored[1]
    body = SLIPS + sam.draft.body.split("\n\n", 2)[-1]
    update_body(db, sam.id, sam.draft.subject, body)
    return interview_id


def shoot(out: Path) -> list[Path]:
    """Serve a seeded database and photograph the three pages."""
    from playwright.sync_api import sync_playwright

    from afterword.web.app import create_app
    from afterword.web.server import running

    app = create_app(f"sqlite:///{Path(tempfile.mkdtemp()) / 'shots.sqlite3'}")
    interview_id = seed(app.state.db, app.state.settings)
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with running(app) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
        for name, path in (("dashboard", "/"), ("interview", f"/interviews/{interview_id}")):
            page.goto(url + path)
            shots.append(out / f"{name}.png")
            page.screenshot(path=shots[-1], full_page=name == "interview")
        page.goto(url + "/review")
        page.fill("#f-subject", "Following up")
        page.fill("#f-body", PASTED)
        page.click("button:has-text('Review')")
        page.wait_for_selector("#review-result mark")
        shots.append(out / "review.png")
        page.screenshot(path=shots[-1])
        phone = browser.new_page(viewport={"width": 375, "height": 812}, device_scale_factor=2)
        phone.goto(url + "/interviews/new")
        shots.append(out / "new-interview-phone.png")
        phone.screenshot(path=shots[-1])
        browser.close()
    app.state.db.dispose()
    return shots


def main() -> int:
    """Write the screenshots and list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:  # keep the user's own data and config out
        os.environ.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home,
                          AFTERWORD_CONFIG=str(Path(home) / "config.toml"))  # fmt: skip
        for path in shoot(args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
