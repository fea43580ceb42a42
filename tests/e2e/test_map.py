"""The map in a real browser: /map draws the sample's located claims as clustered points over the
packaged world outline, a point opens its claim and leads to the evidence, actor pages draw their
month chart and map panel, and nothing is fetched from any other host."""
from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_explorer import browser, page, server, shot  # noqa: F401  (the explorer's fixtures)

pytestmark = pytest.mark.e2e


def watch_requests(pg, base: str) -> list[str]:
    foreign: list[str] = []
    pg.on("request", lambda r: None if r.url.startswith((base, "data:")) else foreign.append(r.url))
    return foreign


def wait_for_map(pg) -> int:
    pg.wait_for_function("() => { const m = document.querySelector('.map');"
                         " return m && m.dataset.points !== undefined; }", timeout=20000)
    return int(pg.locator(".map").first.get_attribute("data-points"))


# no zoom or cluster animation running (the classes Leaflet and its cluster plugin set meanwhile)
SETTLED = "() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"


def open_a_point(pg) -> None:
    """Click clusters (zooming in, or spreading points that share a place) until a point shows,
    then click it once the map has stopped moving; a click that lands while the map still moves
    (a busy machine) is tried again rather than timed."""
    for _ in range(8):
        if pg.locator("path.pt").count():
            break
        pg.locator(".marker-cluster").first.click()
        pg.wait_for_function(SETTLED, timeout=20000)
    for _ in range(5):
        pg.wait_for_function(SETTLED, timeout=20000)
        pg.locator("path.pt").first.click(force=True)
        try:
            pg.wait_for_selector(".map-popup", timeout=4000)
            return
        except PlaywrightTimeout:
            continue
    pg.wait_for_selector(".map-popup", timeout=20000)


def follow(pg, link) -> None:
    """Click the popup's evidence link once the popup's pan has stopped; a click that a moving map
    swallowed (a busy machine) is tried again rather than timed."""
    for _ in range(3):
        pg.wait_for_function(SETTLED, timeout=20000)
        link.click()
        try:
            pg.wait_for_url("**/documents/*", timeout=8000)
            return
        except PlaywrightTimeout:
            continue
    pg.wait_for_url("**/documents/*", timeout=20000)


def test_map_page_opens_a_claim_and_its_evidence(server, page):  # noqa: F811
    foreign = watch_requests(page, server)
    page.goto(server + "/map")
    assert wait_for_map(page) >= 5
    assert "on the map" in page.locator(".map-status").inner_text()
    assert page.locator(".map path.land").count() > 100          # the world outline is drawn
    shot(page, "map")
    open_a_point(page)
    popup = page.locator(".map-popup")
    assert popup.locator("blockquote").inner_text().strip()
    assert "Certainty" in popup.inner_text()
    link = popup.locator("a.evidence")
    href = link.get_attribute("href")
    follow(page, link)
    assert page.locator(f"[id='{href.split('#')[1]}']").count() >= 1
    assert foreign == [], foreign


def test_map_filters_change_the_points(server, page):  # noqa: F811
    page.goto(server + "/map")
    everything = wait_for_map(page)
    page.select_option("select[name=placed]", "clause")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**placed=clause**")
    assert wait_for_map(page) < everything


def test_actor_page_has_month_chart_and_map(server, page):  # noqa: F811
    foreign = watch_requests(page, server)
    page.goto(server + "/map")
    first = page.evaluate("""async () => {
        const d = await (await fetch('/api/events.geojson?date_from=1900')).json();
        return d.features[0].properties.subject; }""")       # a located claim with a date
    page.goto(f"{server}/actors/{first}")
    assert page.locator("svg.months rect.bar").count() >= 1
    assert page.locator("table.list").count() >= 1                     # the table stays
    assert wait_for_map(page) >= 1
    shot(page, "actor-map")
    assert foreign == [], foreign
