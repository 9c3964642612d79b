"""The dashboard in Debian's chromium, driven by Playwright, on a server over a store of real
Wikinews articles: pick a dyad, click a period on the chart, read its events and sentences.
A screenshot of each step is saved under tests/artifacts/ (git-ignored).

Without chromium the tests skip, except with CI=true, where they fail."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from accord.api.browser import CHROMIUM

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing (CI=true): run scripts/system_deps.sh")
        pytest.skip(f"{CHROMIUM} is missing: run scripts/system_deps.sh")
    from playwright.sync_api import sync_playwright

    from accord.api.browser import launch

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(sample_store_url):
    from accord.api import create_app
    from accord.api.server import BackgroundServer

    with BackgroundServer(create_app(sample_store_url)) as url:
        yield url


@pytest.fixture
def page(browser, server):
    from accord.api.browser import open_dashboard

    errors: list[str] = []
    page = open_dashboard(browser, server)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    page.close()
    assert not errors, errors


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def api(page, path: str):
    return page.evaluate(f"fetch({path!r}).then(r => r.json())")


def test_pick_a_dyad_click_a_period_read_its_events(page):
    from accord.api.browser import busiest_period, click_period

    dyads = api(page, "/api/dyads?limit=15&status=occurred")["items"]
    assert dyads and page.locator("#dyad-list li[data-a]").count() == len(dyads)
    # Pick the second busiest dyad from the list (the first is shown on opening).
    pick = dyads[1] if len(dyads) > 1 else dyads[0]
    page.locator(f"#dyad-list li[data-a='{pick['a']}'][data-b='{pick['b']}']").click()
    page.wait_for_function(f"state.a === {pick['a']!r} && state.b === {pick['b']!r} && state.periods.length > 0")
    assert page.locator(f"#dyad-list li.on[data-a='{pick['a']}']").count() == 1
    assert page.locator("#tl-chart canvas").count() >= 1
    title = page.locator("#tl-title").inner_text()
    assert pick["a_name"] in title and pick["b_name"] in title
    shot(page, "dashboard-timeline")

    idx = busiest_period(page)
    period = page.evaluate(f"state.periods[{idx}]")
    click_period(page, idx)
    page.wait_for_selector("#period-events li.event")
    assert period["period"] in page.locator("#period-title").inner_text()

    # The list is the period's events: as many as the bar counts, each with its sentence and
    # a link to its source article, the same sentences the API has for that period.
    items = page.locator("#period-events li.event")
    assert items.count() == period["events"]
    expected = api(page, f"/api/events?source={pick['a']}&target={pick['b']}&both=true&status=occurred"
                         f"&period={period['period']}&by=month&limit=200")["items"]
    shown = [items.nth(i).locator(".sentence").inner_text().strip() for i in range(items.count())]
    assert shown == [e["sentence"].strip() for e in expected]
    for i in range(items.count()):
        link = items.nth(i).locator(".source a").first
        assert link.inner_text().strip() and link.get_attribute("href")
    assert items.first.locator("mark").count() >= 1      # the actors are marked in the sentence
    shot(page, "dashboard-events")


def test_direction_and_grain_change_the_timeline(page):
    page.wait_for_function("state.periods.length > 0")
    both_total = page.evaluate("state.periods.reduce((n, p) => n + p.events, 0)")
    page.locator("#direction button[data-dir='ab']").click()
    page.wait_for_function("document.getElementById('tl-title').textContent.includes('→')")
    page.wait_for_function(f"state.periods.reduce((n, p) => n + p.events, 0) <= {both_total}")
    page.select_option("#grain", "year")
    page.wait_for_function("state.periods.length > 0 && /^\\d{4}$/.test(state.periods[0].period)")


def test_quotes_search(page):
    page.locator(".tabs a[data-tab='quotes']").click()
    page.wait_for_selector("#quote-list li blockquote")
    total = int(page.locator("#quote-sub").inner_text().split()[0].replace(",", ""))
    assert total == api(page, "/api/quotes?limit=1")["total"] > 0
    speaker = page.locator("#speaker-list li").first
    name = speaker.get_attribute("data-name")
    speaker.click()
    page.wait_for_function(f"document.getElementById('quote-title').textContent.includes({name!r})")
    whos = page.locator("#quote-list .who").all_inner_texts()
    assert whos and all(w == name for w in whos)
    shot(page, "dashboard-quotes")


def test_network_and_story_views(page):
    page.locator(".tabs a[data-tab='network']").click()
    page.wait_for_function("document.getElementById('net-sub').textContent.length > 0")
    net = api(page, "/api/network?status=occurred")
    assert page.locator("#net-sub").inner_text().startswith(f"{len(net['nodes'])} countries")
    assert page.locator("#net-chart canvas").count() >= 1
    page.locator(".tabs a[data-tab='stories']").click()
    page.wait_for_selector("#story-list li[data-id]")
    first = page.locator("#story-list li[data-id]").first
    title = first.locator(".t").inner_text()
    first.click()
    page.wait_for_function(f"document.getElementById('story-title').textContent === {title!r}")
    n_docs = int(first.locator(".m").inner_text().split(" · ")[1].split()[0])   # "2 articles"
    assert page.locator("#story-body ul.doclist").first.locator("li").count() == n_docs
    # each article says why it is in the story (the placement's reason, on hover)
    story = api(page, f"/api/stories/{first.get_attribute('data-id')}")
    assert page.locator("#story-body ul.doclist").first.locator("li").first.get_attribute("title") == \
        story["placements"][0]["reason"]
    shot(page, "dashboard-story")


def test_api_docs_page_renders_offline(browser, server):
    page = browser.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=30000)
    assert "Accord API" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path").count() >= 10      # the endpoints are listed
    assert not failed, failed
    page.close()
