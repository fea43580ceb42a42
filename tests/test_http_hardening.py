"""The server against hostile requests: DNS rebinding (foreign Host), framing and sniffing,
blank parameters, methods, error shapes in the schema, and ids that resolution merged away."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app


@pytest.fixture(scope="module")
def app(sample_db):
    return create_app(str(sample_db))


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_local_host_names_are_served(app, host):
    client = TestClient(app, base_url=f"http://{host}")
    assert client.get("/api/documents?limit=1").status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "attacker.test:8000", "127.0.0.1.evil.example", ""])
def test_a_foreign_host_is_refused_with_the_error_body(app, host):
    client = TestClient(app, base_url="http://localhost")
    response = client.get("/api/documents", headers={"host": host})
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400
    assert response.headers["x-content-type-options"] == "nosniff"


def test_allowed_hosts_are_configurable(sample_db):
    app = create_app(str(sample_db), allowed_hosts=["news.example.org"])
    assert TestClient(app, base_url="http://news.example.org").get("/api/documents").status_code == 200
    assert TestClient(app, base_url="http://localhost").get("/api/documents").status_code == 400
    anyone = create_app(str(sample_db), allowed_hosts=["*"])
    assert TestClient(anyone, base_url="http://whatever.test").get("/").status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/documents", "/api/openapi.json", "/static/style.css",
                                  "/api/nope", "/nope", "/documents?limit=0"])
def test_every_response_forbids_framing_and_sniffing(app, path):
    response = TestClient(app, base_url="http://localhost").get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_a_wrong_method_says_which_are_allowed(app):
    response = TestClient(app, base_url="http://localhost").post("/api/documents")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
    assert response.json()["error"]["status"] == 405


def test_not_found_answers_are_in_the_schema(app):
    schema = TestClient(app, base_url="http://localhost").get("/api/openapi.json").json()
    operation = schema["paths"]["/api/entities/{entity_id}"]["get"]
    assert "404" in operation["responses"]
    assert operation["responses"]["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")


def test_search_takes_percent_and_underscore_literally(app):
    client = TestClient(app, base_url="http://localhost")
    assert client.get("/api/entities", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/entities", params={"q": "_"}).json()["total"] == 0
    assert client.get("/api/search", params={"q": "%%"}).json()["items"] == []


def test_document_sources_do_not_show_server_paths(app):
    items = TestClient(app, base_url="http://localhost").get("/api/documents").json()["items"]
    assert items and all(not item["source"].startswith("/") for item in items)


def test_an_entity_id_merged_away_redirects_to_its_entity(sample_db, tmp_path):
    import shutil

    from newsgraph.store import Store

    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    with Store(db) as store:
        key, live = next(iter(store.entity_ids().items()))
        # as if an earlier resolution had given this key an entity that later merged away
        store.keep_merged_ids({key: "ent_0000000000000000"})
    client = TestClient(create_app(str(db)), base_url="http://localhost")
    for path in ("/api/entities/{}", "/actors/{}"):
        response = client.get(path.format("ent_0000000000000000") + "?negated=false", follow_redirects=False)
        assert response.status_code == 308
        assert response.headers["location"] == path.format(live) + "?negated=false"
    assert client.get("/api/entities/ent_0000000000000000").json()["id"] == live
    assert client.get("/api/entities/ent_1111111111111111").status_code == 404
