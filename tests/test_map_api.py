"""The map over HTTP: /api/events.geojson answers with the located claims the filters select,
/map and the actor and dyad pages carry a map panel and a month chart, and the packaged map
library and world outline are served (nothing comes from elsewhere)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.model import LOCATION_METHODS, QUAD_CLASS


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(str(sample_db)), base_url="http://localhost")


@pytest.fixture(scope="module")
def points(client):
    response = client.get("/api/events.geojson")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    return response.json()


def test_geojson_has_the_located_claims_with_their_evidence(points):
    assert points["type"] == "FeatureCollection" and len(points["features"]) >= 5
    for feature in points["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert props["quad_class"] == QUAD_CLASS[props["type"]]
        assert props["location_method"] in LOCATION_METHODS
        assert props["sentence"] and re.fullmatch(rf"/documents/doc_\w+#{feature['id']}", props["evidence"])


def test_geojson_follows_the_event_filters(client, points):
    conflict = client.get("/api/events.geojson", params={"quad_class": "material_conflict"}).json()
    assert conflict["features"] and {f["properties"]["quad_class"] for f in conflict["features"]} == {"material_conflict"}
    strong = client.get("/api/events.geojson", params={"placed": "clause"}).json()
    assert {f["properties"]["location_method"] for f in strong["features"]} <= {"clause"}
    assert len(strong["features"]) < len(points["features"])
    actor = points["features"][0]["properties"]["subject"]
    mine = client.get("/api/events.geojson", params={"actor": actor}).json()["features"]
    assert mine and all(actor in (f["properties"]["subject"], f["properties"]["object"]) for f in mine)


def test_geojson_refuses_bad_parameters(client):
    for params in ({"placed": "somewhere"}, {"between": "not an id"}, {"limit": "0"}):
        response = client.get("/api/events.geojson", params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["status"] == 422


def test_map_page_and_panels_load_the_packaged_library(client, points):
    page = client.get("/map", params={"certainty": "asserted", "placed": "sentence"})
    assert page.status_code == 200
    src = re.search(r'data-src="([^"]+)"', page.text).group(1)
    assert src.startswith("/api/events.geojson?") and "certainty=asserted" in src and "placed=sentence" in src
    for asset in re.findall(r'(?:src|href)="(/static/vendor/[^"]+)"', page.text) + \
            [re.search(r'data-outline="([^"]+)"', page.text).group(1)]:
        assert client.get(asset).status_code == 200, asset
    props = points["features"][0]["properties"]
    a, b = props["subject"], props["object"]
    actor_page = client.get(f"/actors/{a}").text
    assert f"/api/events.geojson?actor={a}" in actor_page and "<svg" in actor_page
    if b:
        dyad_page = client.get(f"/dyads/{a}/{b}").text
        assert "between=" in dyad_page and 'class="map"' in dyad_page


def test_vendor_files_outside_the_folder_are_not_served(client):
    assert client.get("/static/vendor/../../api.py").status_code == 404
    assert client.get("/static/vendor/leaflet/missing.js").status_code == 404
