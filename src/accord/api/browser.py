"""Driving the dashboard in Debian's chromium with Playwright, for the browser tests and
scripts/screenshots.py. Playwright's own browser downloads are never used: the system chromium
runs headless with networking features off, so a page that needs the internet fails visibly."""
from __future__ import annotations

import os
from typing import Any

CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]


def launch(playwright) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def open_dashboard(browser, url: str, width: int = 1400, height: int = 900):
    """A page on the dashboard, once its first dyad's timeline is drawn."""
    page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
    page.goto(url)
    page.wait_for_function("document.body.dataset.ready !== undefined", timeout=30000)
    if page.evaluate("document.body.dataset.ready") == "error":
        raise RuntimeError("the dashboard failed to start (see the browser console)")
    return page


def busiest_period(page) -> int:
    """Index of the timeline period with the most events (the first such)."""
    return page.evaluate("""() => {
        let best = -1, n = 0;
        state.periods.forEach((p, i) => { if (p.events > n) { n = p.events; best = i; } });
        return best; }""")


def click_period(page, index: int) -> None:
    """Click the chart in the column of period INDEX, as a user would (not a JS call)."""
    box = page.locator("#tl-chart").bounding_box()
    x, y = page.evaluate(f"""() => {{
        const c = charts.tl, p = state.periods[{index}];
        const x = c.convertToPixel({{xAxisIndex: 0}}, p.period);
        const y = c.convertToPixel({{yAxisIndex: 0}}, Math.max(0.5, p.events / 2));
        return [x, y]; }}""")
    page.mouse.click(box["x"] + x, box["y"] + y)
