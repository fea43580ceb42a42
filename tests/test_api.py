"""The JSON API and the explorer pages, through FastAPI's TestClient."""
from __future__ import annotations

import re
from html import escape as html_escape

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from hand_store import HOSTILE_NAME, build_hand_store
from newsgraph.api import create_app, segments
from newsgraph.errors import StoreError


@pytest.fixture(scope="module")
def hand_client(tmp_path_factory):
    path = build_hand_store(tmp_path_factory.mktemp("hand") / "hand.db")
    return TestClient(create_app(str(path)), base_url="http://localhost")


@pytest.fixture(scope="module")
def sample_client(sample_db):
    return TestClient(create_app(str(sample_db)), base_url="http://localhost")


@pytest.fixture(scope="module")
def ids(hand_client):
    def find(name):
        return hand_client.get("/api/search", params={"q": name}).json()["items"][0]["id"]
    return {"alpha": find("Alpha Front"), "beta": find("Beta Brigade"), "egy": find("Egyptian sources"),
            "evil": find("Evil Cell")}


def assert_error(response, status):
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["problems"], list)
    return body["error"]


# --- the sample corpus: every route answers --------------------------------------------------

SAMPLE_LISTS = ["/api/documents", "/api/entities", "/api/events", "/api/relations", "/api/network",
                "/api/search?q=Sisi", "/api/relations?split_by=outlet"]


@pytest.mark.parametrize("url", SAMPLE_LISTS)
def test_sample_lists_answer_json(sample_client, url):
    r = sample_client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")


def test_sample_detail_routes_and_pages(sample_client):
    doc = sample_client.get("/api/documents").json()["items"][0]
    assert sample_client.get(f"/api/documents/{doc['id']}").json()["text"]
    ent = sample_client.get("/api/entities", params={"limit": 1}).json()["items"][0]
    profile = sample_client.get(f"/api/entities/{ent['id']}").json()
    assert profile["name"] == ent["name"] and "counterparts" in profile and "timeline" in profile
    for page in ("/", "/documents", f"/documents/{doc['id']}", f"/actors/{ent['id']}", "/search?q=Sissi", "/api/docs"):
        r = sample_client.get(page)
        assert r.status_code == 200, page
        assert r.headers["content-type"].startswith("text/html")
    rels = sample_client.get("/api/relations").json()["items"]
    for rel in rels[:3]:
        card = sample_client.get(f"/api/relations/{rel['subject']}/{rel['type']}/{rel['object']}").json()
        assert len(card["supporting"]) == len(rel["events"])
        assert sample_client.get(f"/relations/{rel['subject']}/{rel['type']}/{rel['object']}").status_code == 200
        assert sample_client.get(f"/api/dyads/{rel['subject']}/{rel['object']}").status_code == 200


def test_sample_search_finds_sisi_by_alias(sample_client):
    items = sample_client.get("/api/search", params={"q": "Sissi"}).json()["items"]
    assert any("Sisi" in e["name"] or "Sissi" in e["name"] for e in items)
    page = sample_client.get("/search", params={"q": "Sissi"}).text
    assert "/actors/" + items[0]["id"] in page


def test_openapi_schema_is_served(sample_client):
    schema = sample_client.get("/api/openapi.json").json()
    assert "/api/relations" in schema["paths"] and "/api/dyads/{a}/{b}" in schema["paths"]


# --- exact answers on the hand-built store ---------------------------------------------------

def test_relations_count_origins_and_contradictions(hand_client, ids):
    rels = hand_client.get("/api/relations", params={"actor": ids["alpha"]}).json()["items"]
    coop = next(r for r in rels if r["type"] == "COOPERATE")
    assert (coop["subject"], coop["object"]) == (ids["alpha"], ids["beta"])
    assert coop["documents"] == 2 and coop["outlets"] == ["JNS", "The Times of Israel"]
    assert coop["origins"] == 1   # JNS only relays the Times of Israel
    assert len(coop["contradicted_by"]) == 2   # the crackdown and the denial


def test_evidence_card_has_both_sides_with_marks(hand_client, ids):
    card = hand_client.get(f"/api/relations/{ids['alpha']}/COOPERATE/{ids['beta']}").json()
    assert len(card["supporting"]) == 2 and len(card["contradicting"]) == 2
    for claim in card["supporting"] + card["contradicting"]:
        sentence = claim["evidence"][0]["sentence"]
        kinds = {kind: sentence[s:e] for s, e, kind in claim["marks"]}
        assert kinds["subject"] == "Alpha Front" and kinds["object"] == "Beta Brigade"
        assert kinds["trigger"] in ("cooperating", "cracked down")
    assert {c["source"]["text"] for c in card["contradicting"]} == {"Egyptian sources"}
    html = hand_client.get(f"/relations/{ids['alpha']}/COOPERATE/{ids['beta']}").text
    assert '<mark class="trigger">cracked down</mark>' in html
    assert "Egyptian sources" in html and "Contradicting claims (2)" in html


@pytest.mark.parametrize("params,expected", [
    ({"outlet": "ahram online"}, 2), ({"outlet_country": "ISR"}, 1), ({"source_country": "EGY"}, 2),
    ({"source": "Egyptian"}, 2), ({"certainty": "reported"}, 2), ({"negated": "true"}, 1),
    ({"type": "COOPERATE"}, 3), ({"quad_class": "material_conflict"}, 2), ({"date_from": "2018-03"}, 2),
    ({"date_to": "2018-02"}, 3), ({"date_from": "2018-02-05", "date_to": "2018-02-28"}, 2),
])
def test_event_filters(hand_client, params, expected):
    body = hand_client.get("/api/events", params=params).json()
    assert body["total"] == expected == len(body["items"])


def test_blank_form_fields_mean_no_filter_on_pages_but_are_refused_by_the_api(hand_client, ids):
    blank = {"outlet": "", "outlet_country": "", "source": "", "date_from": "", "certainty": ""}
    assert hand_client.get(f"/relations/{ids['alpha']}/COOPERATE/{ids['beta']}", params=blank).status_code == 200
    response = hand_client.get("/api/events", params={**blank, "offset": " "})
    assert response.status_code == 422
    problems = response.json()["error"]["problems"]
    assert sorted(p["parameter"] for p in problems) == sorted([*blank, "offset"])


def test_relation_page_filtered_by_who_reports(hand_client, ids):
    card = hand_client.get(f"/api/relations/{ids['alpha']}/COOPERATE/{ids['beta']}",
                           params={"outlet_country": "ISR"}).json()
    assert [c["outlet"] for c in card["supporting"]] == ["The Times of Israel"] and card["contradicting"] == []
    full = hand_client.get(f"/api/relations/{ids['alpha']}/COOPERATE/{ids['beta']}").json()
    by_source = {row["label"]: (row["supporting"], row["contradicting"]) for row in full["perspectives"]["source"]}
    assert by_source == {"Egyptian sources": (0, 2), "The Times of Israel": (1, 0), "(the article itself)": (1, 0)}


def test_actor_filter_and_source_entity_filter(hand_client, ids):
    assert hand_client.get("/api/events", params={"actor": ids["beta"]}).json()["total"] == 4
    assert hand_client.get("/api/events", params={"subject": ids["evil"]}).json()["total"] == 1
    assert hand_client.get("/api/events", params={"source": ids["egy"]}).json()["total"] == 2


def test_relations_split_by_perspective(hand_client):
    groups = hand_client.get("/api/relations", params={"split_by": "source_country"}).json()["groups"]
    assert [r["type"] for r in groups["EGY"]] == ["COERCE"]
    assert [r["type"] for r in groups["ISR"]] == ["COOPERATE"]


def test_dyad_balance(hand_client, ids):
    d = hand_client.get(f"/api/dyads/{ids['alpha']}/{ids['beta']}").json()
    assert (d["cooperative"], d["hostile"], d["balance"]) == (2, 1, 1)
    assert len(d["negated"]) == 1
    (feb,) = d["periods"]
    assert feb["period"] == "2018-02" and len(feb["events"]["material_cooperation"]) == 2


def test_profile_counterparts_and_timeline(hand_client, ids):
    p = hand_client.get(f"/api/entities/{ids['alpha']}").json()
    assert [(c["id"], c["events"]) for c in p["counterparts"]] == [(ids["beta"], 4), (ids["evil"], 1)]
    assert sum(t["events"] for t in p["timeline"]) == p["event_count"] == 5


def test_pagination_pages_and_caps(hand_client):
    first = hand_client.get("/api/events", params={"limit": 2}).json()
    assert first["total"] == 5 and len(first["items"]) == 2 and first["next"]
    second = hand_client.get(first["next"]).json()
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])
    last = hand_client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert len(last["items"]) == 1 and last["next"] is None
    for url in ("/api/events", "/api/relations", "/api/documents", "/api/entities", "/api/search"):
        err = assert_error(hand_client.get(url, params={"limit": 100000, "q": "a"}), 422)
        assert err["problems"][0]["parameter"] == "limit"


@pytest.mark.parametrize("url", [
    "/api/events?date_from=yesterday", "/api/events?certainty=sure", "/api/events?type=HUG",
    "/api/events?offset=-1", "/api/relations?split_by=mood", "/api/events?outlet_country=israel",
    "/api/events?actor=x%27%20OR%201=1", "/api/search", "/api/network?min_origins=0",
])
def test_bad_parameters_give_json_errors(hand_client, url):
    assert_error(hand_client.get(url), 422)


@pytest.mark.parametrize("url", [
    "/api/documents/doc_nothere", "/api/entities/ent_nothere", "/api/events/ev_nothere",
    "/api/relations/ent_a/AID/ent_b", "/api/dyads/ent_a/ent_b", "/api/nowhere",
])
def test_missing_things_give_json_404(hand_client, url):
    assert "no" in assert_error(hand_client.get(url), 404)["message"]


def test_missing_pages_give_html_404(hand_client):
    r = hand_client.get("/actors/ent_nothere")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(str(tmp_path / "none.db"))
    from click.testing import CliRunner

    from newsgraph.cli import cli
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.output and "Traceback" not in result.output


def test_serve_binds_loopback_by_default():
    from newsgraph.cli import serve
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


# --- hostile input -------------------------------------------------------------------------

def assert_no_live_markup(html: str):
    assert "<script>window.__pwned" not in html and "<script>alert" not in html
    assert not re.search(r"<img[^>]*onerror", html)


def test_hand_pages_escape_hostile_names(hand_client, ids):
    pages = ["/", f"/actors/{ids['evil']}", f"/actors/{ids['alpha']}", f"/relations/{ids['evil']}/ASSAULT/{ids['alpha']}",
             "/search?q=evil", "/documents", f"/dyads/{ids['alpha']}/{ids['evil']}"]
    for page in pages:
        html = hand_client.get(page).text
        assert_no_live_markup(html)
    assert html_escape(HOSTILE_NAME) in hand_client.get(f"/actors/{ids['evil']}").text
    assert "Content-Security-Policy" in hand_client.get("/").headers


def test_ingested_script_is_shown_as_text(tmp_path):
    from newsgraph.pipeline import ingest
    from newsgraph.store import Store
    article = tmp_path / "hostile.txt"
    article.write_text("Hostile headline <script>alert(1)</script>\n\nIsrael said on Monday that Hamas fired "
                       "rockets. <img src=x onerror=alert(1)> The army responded.\n", encoding="utf-8")
    db = tmp_path / "hostile.db"
    with Store(db) as store:
        ingest([str(article)], store, workers=1)
    client = TestClient(create_app(str(db)), base_url="http://localhost")
    (doc,) = client.get("/api/documents").json()["items"]
    html = client.get(f"/documents/{doc['id']}").text
    assert_no_live_markup(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert_no_live_markup(client.get("/documents").text)


# --- marking text --------------------------------------------------------------------------

@settings(deadline=None)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70),
                                                st.sampled_from(["subject", "object", "trigger"])), max_size=8))
def test_segments_keep_the_text_and_never_overlap(text, marks):
    pieces = segments(text, marks)
    assert "".join(p["text"] for p in pieces) == text
    assert all(p["text"] for p in pieces)
    marked = [p for p in pieces if p.get("kind")]
    assert len(marked) <= len(marks)


def test_segments_mark_the_given_spans():
    pieces = segments("Hamas attacked Israel", [(0, 5, "subject"), (15, 21, "object"), (6, 14, "trigger")])
    assert [(p["text"], p.get("kind")) for p in pieces] == [
        ("Hamas", "subject"), (" ", None), ("attacked", "trigger"), (" ", None), ("Israel", "object")]
