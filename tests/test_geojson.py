"""The GeoJSON export is RFC 7946: a FeatureCollection of Points, longitude first, with each
event's evidence in its properties."""
from __future__ import annotations

import json
import math

import pytest

from newsgraph.geojson import feature_collection, point


def _export() -> dict:
    mosul = {"lat": 36.34, "lon": 43.13, "geonames_id": 99072, "admin1": "Ninawa", "admin2": None,
             "country": "IRQ", "feature": "PPL"}
    entities = [
        {"id": "ent_a", "name": "Iraqi army", "type": "MILITARY", "aliases": [], "country": "IRQ", "mentions": 2},
        {"id": "ent_b", "name": "Islamic State", "type": "ARMED_GROUP", "aliases": [], "country": None, "mentions": 2},
        {"id": "ent_m", "name": "Mosul", "type": "LOCATION", "aliases": [], "country": "IRQ", "mentions": 1, "geo": mosul},
        {"id": "ent_x", "name": "Nowhere", "type": "LOCATION", "aliases": [], "country": None, "mentions": 1, "geo": None},
    ]
    evidence = [{"document": "doc_1", "sentence": "The Iraqi army shelled Islamic State positions in Mosul.",
                 "start": 0, "end": 56}]
    def event(eid, location, etype="ASSAULT"):
        return {"id": eid, "type": etype, "subject": "ent_a", "object": "ent_b", "negated": False,
                "certainty": "reported", "source": {"entity": None, "text": "officials said"},
                "location": location, "date": "2017-03-02", "quantities": {}, "evidence": evidence}
    documents = [{"id": "doc_1", "source": "a.txt", "title": None, "outlet": "Example Wire", "authors": [],
                  "published": "2017-03-03", "duplicate_of": None}]
    return {"format": "newsgraph", "version": 1, "documents": documents, "entities": entities,
            "events": [event("evt_1", "ent_m"), event("evt_2", None, "CONSULT"), event("evt_3", "ent_x")],
            "relations": []}


def _valid_rfc7946(collection: dict) -> None:
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection                      # RFC 7946 drops crs: WGS 84 only
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert all(isinstance(c, float) and math.isfinite(c) for c in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_placed_events_become_points_longitude_first():
    collection = feature_collection(_export())
    _valid_rfc7946(collection)
    assert [f["id"] for f in collection["features"]] == ["evt_1"]
    assert collection["unplaced"] == 2
    assert collection["features"][0]["geometry"]["coordinates"] == [43.13, 36.34]


def test_point_properties_carry_the_event_and_its_evidence():
    props = feature_collection(_export())["features"][0]["properties"]
    assert props["event_id"] == "evt_1" and props["event_type"] == "ASSAULT"
    assert props["quad_class"] == "material_conflict"
    assert props["actors"] == ["Iraqi army", "Islamic State"]
    assert props["date"] == "2017-03-02" and props["certainty"] == "reported"
    assert props["source_text"] == "officials said" and props["outlet"] == "Example Wire"
    assert "shelled" in props["sentence"]
    assert props["location_name"] == "Mosul" and props["place_geonames_id"] == 99072


def test_collection_is_plain_json():
    text = json.dumps(feature_collection(_export()), allow_nan=False)
    assert json.loads(text)["features"][0]["properties"]["place_country"] == "IRQ"


def test_empty_export_gives_an_empty_collection():
    collection = feature_collection({"documents": [], "entities": [], "events": []})
    _valid_rfc7946(collection)
    assert collection["features"] == [] and collection["unplaced"] == 0


def test_points_out_of_range_are_refused():
    with pytest.raises(ValueError, match="out of range"):
        point(91.0, 10.0)
    assert point(-33.87, 151.21)["coordinates"] == [151.21, -33.87]
