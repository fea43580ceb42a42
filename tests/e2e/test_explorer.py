"""The explorer in a real headless browser (Debian's chromium driven by Playwright): a person
searches, opens an actor, a relation's evidence, a document; a planted script never runs.
Screenshots of the main pages go to out/screenshots/."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "src" / "newsgraph" / "data" / "sample"
SHOTS = ROOT / "out" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PLANTED = ("Planted article <script>window.__pwned = true; alert(1)</script>\n\n"
           "Israel said on Monday that Hamas fired rockets at Sderot. <img src=x onerror=\"window.__pwned = true\">"
           " <script>window.__pwned = true</script>"
           " The Israeli army responded with air strikes on Gaza.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from newsgraph.pipeline import ingest
    from newsgraph.store import Store
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    tmp = tmp_path_factory.mktemp("e2e")
    (tmp / "planted.txt").write_text(PLANTED, encoding="utf-8")
    db = tmp / "explorer.db"
    with Store(db) as store:
        ingest([str(SAMPLE), str(tmp / "planted.txt")], store, workers=1)
    # port 0: the server binds a free port itself (no race) and prints its URL first
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    first = proc.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
    if not found:
        pytest.fail(f"server did not print its address: {first}{proc.stdout.read() if proc.poll() is not None else ''}")
    base = f"http://127.0.0.1:{found.group(1)}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/documents?limit=1", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("server exited: " + proc.stdout.read())
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    assert pg.evaluate("window.__pwned === undefined"), "a planted script ran"
    assert pg.dialogs == [], pg.dialogs
    assert pg.errors == [], pg.errors
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_network_view_draws_actors(server, page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(server + "/")
    page.wait_for_selector("#network svg, #network-status:has-text('No relations')", timeout=15000)
    if page.locator("#network svg").count():
        assert page.locator("#network .node").count() >= 2
        assert page.locator("#network line.edge").count() >= 1
    page.screenshot(path=str(SHOTS / "explorer.png"))   # the viewport: what the README shows
    page.select_option("select[name=certainty]", "asserted")
    page.wait_for_selector("#network svg, #network-status:has-text('No relations')", timeout=15000)
    shot(page, "network")


def test_search_sissi_reaches_el_sisi(server, page):
    page.goto(server + "/")
    page.fill("header input[name=q]", "Sissi")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Sissi")
    link = page.locator("ul.results a.actor", has_text="Sis").first
    link.click()
    page.wait_for_url("**/actors/*")
    heading = page.locator("h1").inner_text()
    assert "Sisi" in heading or "Sissi" in heading
    assert page.locator("text=Also known as").count() == 1
    shot(page, "actor")


def pick_relation(base: str) -> dict:
    """Hamas – Sinai Province when extraction finds it, else the relation with most claims."""
    def first(q):
        items = api(base, "/api/search?q=" + q)["items"]
        return items[0]["id"] if items else None
    hamas, sinai = first("Hamas"), first("Sinai%20Province")
    if hamas and sinai:
        both = api(base, f"/api/relations?actor={hamas}&limit=200")["items"]
        wanted = [r for r in both if {r["subject"], r["object"]} == {hamas, sinai}]
        if wanted:
            return wanted[0]
    rels = api(base, "/api/relations?limit=200")["items"]
    assert rels, "the sample corpus gives no relation at all"
    return max(rels, key=lambda r: (len(r["events"]), r["origins"]))


def test_relation_evidence_card(server, page):
    rel = pick_relation(server)
    page.goto(f"{server}/relations/{rel['subject']}/{rel['type']}/{rel['object']}")
    claims = page.locator(".supporting .claim")
    assert claims.count() == len(rel["events"]) >= 1
    first = claims.first
    assert first.locator("mark.trigger, mark.subject, mark.object").count() >= 1
    assert first.locator("dt", has_text="Outlet").count() == 1
    assert first.locator("dt", has_text="Quoted source").count() == 1
    assert first.locator("dt", has_text="Certainty").count() == 1
    assert page.locator(".stats", has_text="independent origin").count() == 1
    shot(page, "relation")
    page.locator("a", has_text="Whole dyad over time").click()
    page.wait_for_url("**/dyads/**")
    assert page.locator("table.list tbody tr").count() >= 1
    shot(page, "dyad")


def test_planted_script_is_text_and_never_runs(server, page):
    docs = api(server, "/api/documents?limit=200")["items"]
    planted = next(d for d in docs if "planted" in d["source"])
    page.goto(f"{server}/documents/{planted['id']}")
    shown = page.locator("h1").inner_text() + "\n" + page.locator("article.text").inner_text()
    assert "<script>window.__pwned = true; alert(1)</script>" in shown
    assert "<script>window.__pwned = true</script>" in shown
    assert "onerror=" in shown
    page.goto(f"{server}/documents")
    page.locator("a", has_text="Planted article").first.click()
    page.wait_for_url("**/documents/doc_*")
    shot(page, "planted")


def test_document_page_marks_mentions_and_events(server, page):
    docs = api(server, "/api/documents?limit=200")["items"]
    doc = max((d for d in docs if "planted" not in d["source"]), key=lambda d: d["events"])
    page.goto(f"{server}/documents/{doc['id']}")
    assert page.locator("article.text a.mention").count() >= 1
    assert page.locator("ol.claims li").count() == doc["events"]
    page.locator("article.text a.mention").first.click()
    page.wait_for_url("**/actors/*")
    page.goto(f"{server}/documents/{doc['id']}")
    shot(page, "document")
