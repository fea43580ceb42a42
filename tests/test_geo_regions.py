"""The curated regions (data/geo/regions.yaml): each answers to its name and aliases, and each
point lies where the world is: inside its country on the Natural Earth outline, or at sea for
seas and straits."""
from __future__ import annotations

import json
from importlib import resources

import pycountry
import pytest
import yaml

from newsgraph.geo import Geocoder
from test_geo_assets import OUTLINE, _country_at

REGIONS = yaml.safe_load(resources.files("newsgraph").joinpath("data/geo/regions.yaml").read_text(encoding="utf-8"))
WATERS = {"SEA", "GULF", "STRT"}
# Points that the 1:110m outline draws elsewhere: where it puts them, and why.
OUTLINE_EXCEPTIONS = {
    "Gaza Strip": None,           # too small for the 1:110m outline: falls in the sea
    "Rafah crossing": None,       # likewise
    "Golan Heights": "Israel",    # Natural Earth draws the de facto line
    "Crimea": "Russia",           # Natural Earth 4.1 draws the de facto line
    "Western Sahara": "Morocco",  # the 110m outline gives Morocco the administered part
    "Allenby Bridge": "Jordan",   # on the Jordan river, which the 1:110m border only approximates
}


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(cache_dir=None)


@pytest.fixture(scope="module")
def outline() -> dict:
    return json.loads(OUTLINE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", REGIONS, ids=[e["name"] for e in REGIONS])
def test_region_answers_to_its_name_and_aliases(geocoder, entry):
    for name in (entry["name"], *entry.get("aliases", ())):
        place = geocoder.resolve(name)
        assert place is not None and place.name == entry["name"], name
        assert (place.lat, place.lon) == (entry["lat"], entry["lon"])
        assert place.country == entry.get("country")


@pytest.mark.parametrize("entry", REGIONS, ids=[e["name"] for e in REGIONS])
def test_region_point_lies_in_its_country_or_at_sea(outline, entry):
    found = _country_at(outline, entry["lon"], entry["lat"])
    if entry["feature"] in WATERS:
        assert found is None, f"{entry['name']} is on land ({found})"
    elif entry["name"] in OUTLINE_EXCEPTIONS:
        assert found == OUTLINE_EXCEPTIONS[entry["name"]]
    elif entry.get("country"):
        numeric = pycountry.countries.get(alpha_3=entry["country"]).numeric
        expected = next(f["properties"]["name"] for f in outline["features"] if f["id"] == numeric)
        assert found == expected, f"{entry['name']} falls in {found}, not {expected}"
    else:
        assert found is not None, f"{entry['name']} is at sea"
