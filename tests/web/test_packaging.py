"""The page's templates and assets ship in the package (no CDN, no build step)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "src" / "afterword" / "web"


def test_every_template_and_asset_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = [p.split("/")[-1] for p in config["tool"]["setuptools"]["package-data"]["afterword"]]
    files = [
        f for folder in ("templates", "static") for f in (WEB / folder).rglob("*") if f.is_file()
    ]
    assert files
    missing = [f.name for f in files if not any(fnmatch.fnmatch(f.name, p) for p in patterns)]
    assert missing == []


def test_htmx_is_served_with_its_licence(browser) -> None:
    script = browser.get("/static/vendor/htmx.min.js")
    assert script.status_code == 200 and "htmx" in script.text
    assert "Zero-Clause BSD" in browser.get("/static/vendor/LICENSE.htmx.txt").text
