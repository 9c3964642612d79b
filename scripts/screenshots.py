"""Screenshots of the dashboard for the docs: the timeline of a dyad and the events of its busiest
period, plus the quote, network and story views.

    .venv/bin/python scripts/screenshots.py --db sqlite:///demo.db --out docs/img [--dyad TUR/USA]

(docs/img was made after `make demo` with `--dyad TUR/USA`.)

Serves the store on a free loopback port and drives Debian's chromium (/usr/bin/chromium) with
Playwright; run `make demo` first for demo.db.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from accord.api import create_app
from accord.api.browser import busiest_period, click_period, launch, open_dashboard
from accord.api.server import BackgroundServer


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="sqlite:///demo.db")
    ap.add_argument("--out", default="docs/img")
    ap.add_argument("--dyad", help="A/B country codes; the most active dyad when absent")
    ap.add_argument("--by", default="month", choices=["day", "week", "month", "year"])
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    with BackgroundServer(create_app(args.db)) as url, sync_playwright() as pw:
        browser = launch(pw)
        page = open_dashboard(browser, url + (f"/#timeline/{args.dyad}" if args.dyad else "/"))
        if args.by != "month":
            page.select_option("#grain", args.by)
        page.wait_for_function("state.periods.length > 0")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "dashboard-timeline.png"))

        click_period(page, busiest_period(page))
        page.wait_for_selector("#period-events li.event")
        page.mouse.move(5, 5)                        # no hover tooltip over the chart
        page.wait_for_timeout(300)
        page.evaluate("window.scrollTo(0, 0)")     # the sticky header back at the top
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "dashboard-events.png"), full_page=True)

        page.goto(url + "/#quotes")
        page.wait_for_selector("#quote-list li blockquote")
        page.screenshot(path=str(out / "dashboard-quotes.png"))

        page.goto(url + "/#network")
        page.wait_for_function("document.getElementById('net-sub').textContent.length > 0")
        page.wait_for_timeout(2500)      # let the force layout settle
        page.screenshot(path=str(out / "dashboard-network.png"))

        # The story with the most articles (then events) shows what grouping does.
        stories = page.evaluate("fetch('/api/stories?limit=500').then(r => r.json())")["items"]
        story = max(stories, key=lambda st: (st["documents"], st["events"]))
        page.goto(url + "/#stories/" + story["id"])
        page.wait_for_selector("#story-list li[data-id]")
        page.wait_for_selector("#story-body h3")
        page.screenshot(path=str(out / "dashboard-story.png"))
        browser.close()
    for name in sorted(out.glob("dashboard-*.png")):
        print(name, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
