"""The explorer's actor page and API: dated names, offices with their dates, and successions."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app


@pytest.fixture(scope="module")
def client(sample_db):
    return TestClient(create_app(str(sample_db)), base_url="http://localhost")


def entity_id(client, name: str) -> str:
    items = client.get("/api/search", params={"q": name}).json()["items"]
    return next(e["id"] for e in items if e["name"] == name)


def test_a_renamed_group_shows_its_names_in_time(client):
    sinai = entity_id(client, "Sinai Province")
    profile = client.get(f"/api/entities/{sinai}").json()
    assert {"name": "Ansar Bayt al-Maqdis", "from": "2011", "until": "2014-11"} in profile["names"]
    page = client.get(f"/actors/{sinai}").text
    assert "Names in time" in page and "Ansar Bayt al-Maqdis" in page and "2014-11" in page


def test_a_person_shows_offices_with_dates_and_a_link_to_the_country(client):
    sisi = entity_id(client, "Abdel Fattah el-Sisi")
    egypt = entity_id(client, "Egypt")
    roles = client.get(f"/api/entities/{sisi}").json()["roles"]
    assert {"role": "president", "of": egypt, "of_name": "Egypt", "from": "2014-06-08", "until": None} in roles
    page = client.get(f"/actors/{sisi}").text
    assert "Offices" in page and f'href="/actors/{egypt}"' in page and "2014-06-08" in page


def test_a_group_shows_the_groups_it_split_from_and_that_split_from_it(client):
    isis = entity_id(client, "Islamic State")
    found = {(x["relation"], x["direction"], x["group"]) for x in client.get(f"/api/entities/{isis}").json()["successions"]}
    assert ("SPLIT_FROM", "from", "AL_QAEDA") in found and ("SPLIT_FROM", "to", "NUSRA") in found
    assert "Successors and predecessors" in client.get(f"/actors/{isis}").text
