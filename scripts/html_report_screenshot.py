"""Regenerate docs/html-report.png, the README's picture of ``--format html``.

    .venv/bin/python scripts/html_report_screenshot.py

Lints the real postings in examples/postings, opens the report in Debian's chromium through
Playwright (never a downloaded browser), focuses one highlight so its explanation shows, and
saves the top of the page.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
HEIGHT = 1800  # the summary, the first posting's scorecard and the start of its text, with a tooltip
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


def main(focus: str = "article#p1 mark.hl.cat-bias", out: Path = ROOT / "docs" / "html-report.png") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "jdlint", "--isolated", "--no-cache", "-f", "html", "-o", str(page_path),
                        "examples/postings"], cwd=ROOT)
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(str(Path(tmp) / "profile"), executable_path="/usr/bin/chromium",
                                                           headless=True, args=FLAGS,
                                                           viewport={"width": 1280, "height": HEIGHT},
                                                           device_scale_factor=1)
            page = context.new_page()
            page.goto(page_path.as_uri())
            mark = page.locator(focus).first
            mark.focus()
            page.evaluate("() => window.scrollTo(0, 0)")  # the top: totals, summary, scorecard, text
            page.screenshot(path=str(out))
            context.close()
    print(out)


if __name__ == "__main__":
    main(*sys.argv[1:2])
