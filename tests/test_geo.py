"""Offline geocoding: well-known places across continents land within a few km of where they are
(expected coordinates written from general knowledge, not from the geocoder), and ambiguous names
follow the text's evidence."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.geo import Geocoder, cache, distance_km

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contract" / "export.schema.json"
TOLERANCE_KM = 25


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(cache_dir=None)     # built from the packaged data, whatever the user's cache holds


WELL_KNOWN = [
    # name as news writes it, country (ISO3), lat, lon
    ("Paris", "FRA", 48.857, 2.352),
    ("London", "GBR", 51.507, -0.128),
    ("Berlin", "DEU", 52.520, 13.405),
    ("Madrid", "ESP", 40.417, -3.704),
    ("Kiev", "UKR", 50.450, 30.523),
    ("Kyiv", "UKR", 50.450, 30.523),
    ("Kharkov", "UKR", 49.993, 36.231),
    ("Odessa", "UKR", 46.482, 30.723),
    ("Mariupol", "UKR", 47.097, 37.543),
    ("Moscow", "RUS", 55.756, 37.617),
    ("Istanbul", "TUR", 41.008, 28.978),
    ("Cairo", "EGY", 30.044, 31.236),
    ("El Arish", "EGY", 31.131, 33.799),
    ("Lagos", "NGA", 6.524, 3.379),
    ("Maiduguri", "NGA", 11.846, 13.160),
    ("Nairobi", "KEN", -1.286, 36.817),
    ("Johannesburg", "ZAF", -26.204, 28.047),
    ("Kinshasa", "COD", -4.441, 15.266),
    ("Goma", "COD", -1.679, 29.222),
    ("Khartoum", "SDN", 15.500, 32.560),
    ("El Fasher", "SDN", 13.628, 25.350),
    ("Mogadishu", "SOM", 2.047, 45.318),
    ("Addis Ababa", "ETH", 9.030, 38.740),
    ("Bamako", "MLI", 12.639, -8.003),
    ("Timbuktu", "MLI", 16.766, -3.002),
    ("Tokyo", "JPN", 35.690, 139.692),
    ("Beijing", "CHN", 39.904, 116.407),
    ("Bombay", "IND", 19.076, 72.878),
    ("Karachi", "PAK", 24.861, 67.010),
    ("Kabul", "AFG", 34.556, 69.207),
    ("Tehran", "IRN", 35.689, 51.389),
    ("Baghdad", "IRQ", 33.315, 44.366),
    ("Mosul", "IRQ", 36.340, 43.130),
    ("Damascus", "SYR", 33.513, 36.292),
    ("Aleppo", "SYR", 36.202, 37.134),
    ("al-Raqqa", "SYR", 35.950, 39.010),
    ("Beirut", "LBN", 33.894, 35.502),
    ("Jerusalem", "ISR", 31.768, 35.214),
    ("Tel Aviv", "ISR", 32.085, 34.782),
    ("Khan Younis", "PSE", 31.346, 34.306),
    ("Sanaa", "YEM", 15.369, 44.191),
    ("New York", "USA", 40.713, -74.006),
    ("Los Angeles", "USA", 34.052, -118.244),
    ("Mexico City", "MEX", 19.433, -99.133),
    ("Port-au-Prince", "HTI", 18.594, -72.307),
    ("Bogota", "COL", 4.711, -74.072),
    ("São Paulo", "BRA", -23.551, -46.633),
    ("Buenos Aires", "ARG", -34.604, -58.382),
    ("Caracas", "VEN", 10.481, -66.904),
    ("Sydney", "AUS", -33.869, 151.209),
    ("Jakarta", "IDN", -6.208, 106.846),
    ("Manila", "PHL", 14.599, 120.984),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), WELL_KNOWN, ids=[w[0] for w in WELL_KNOWN])
def test_well_known_places_land_where_they_are(geocoder, name, country, lat, lon):
    place = geocoder.resolve(name)
    assert place is not None, name
    assert place.country == country
    assert distance_km(place.lat, place.lon, lat, lon) < TOLERANCE_KM, place


@pytest.mark.parametrize("spelling", ["Deir ez-Zor", "Deir al-Zour", "Deir ez Zor", "Dayr az-Zawr", "deir EZ-ZOR"])
def test_transliterations_of_one_town_meet(geocoder, spelling):
    place = geocoder.resolve(spelling)
    assert place is not None and place.country == "SYR"
    assert distance_km(place.lat, place.lon, 35.336, 40.140) < TOLERANCE_KM


def test_gaza_is_the_strip_unless_the_city_is_named(geocoder):
    strip = geocoder.resolve("Gaza")
    city = geocoder.resolve("Gaza City")
    assert strip.name == "Gaza Strip" and strip.country == "PSE"
    assert geocoder.resolve("the Strip").name == "Gaza Strip"
    assert city.feature == "PPL" and city.country == "PSE"
    assert distance_km(city.lat, city.lon, 31.50, 34.46) < 10


def test_rafah_follows_the_actors_side_of_the_border(geocoder):
    palestinian = geocoder.resolve("Rafah")
    egyptian = geocoder.resolve("Rafah", context_countries=["EGY"])
    assert palestinian.country == "PSE" and palestinian.admin1 == "Gaza Strip"
    assert egyptian.country == "EGY"
    assert geocoder.resolve("Rafah", context_countries=["EG"]).country == "EGY"   # ISO2 too
    assert geocoder.resolve("Rafah, Egypt").country == "EGY"


def test_georgia_is_the_country_unless_the_story_is_american(geocoder):
    assert geocoder.resolve("Georgia").country == "GEO"
    assert geocoder.resolve("Georgia", context_countries=["RUS"]).country == "GEO"
    state = geocoder.resolve("Georgia", context_countries=["USA"], doc_country="USA")
    assert state.country == "USA" and state.feature == "ADM1"
    assert 30 < state.lat < 35.1 and -85.7 < state.lon < -80.8    # inside the state's box


def test_paris_texas_needs_the_text_to_say_so(geocoder):
    assert geocoder.resolve("Paris", context_countries=["USA"], doc_country="USA").country == "FRA"
    for texan in (geocoder.resolve("Paris, Texas"), geocoder.resolve("Paris", admin_hints=["Texas"]),
                  geocoder.resolve("Paris", admin_hints=["TX"])):
        assert texan.country == "USA" and texan.admin1 == "Texas"
        assert distance_km(texan.lat, texan.lon, 33.661, -95.556) < TOLERANCE_KM


def test_a_capital_weighs_as_a_capital_by_its_own_name_only(geocoder):
    # "Philadelphia" is also an old name of Amman, a capital of 1.3M people
    philadelphia = geocoder.resolve("Philadelphia")
    assert (philadelphia.country, philadelphia.admin1) == ("USA", "Pennsylvania")
    assert geocoder.resolve("Amman").country == "JOR"
    assert geocoder.resolve("Philadelphia", context_countries=("JOR",), doc_country="JOR").country == "JOR"


def test_springfield_follows_its_state(geocoder):
    illinois = geocoder.resolve("Springfield, Illinois")
    assert distance_km(illinois.lat, illinois.lon, 39.80, -89.64) < TOLERANCE_KM
    massachusetts = geocoder.resolve("Springfield", admin_hints=["Massachusetts"])
    assert distance_km(massachusetts.lat, massachusetts.lon, 42.10, -72.59) < TOLERANCE_KM


def test_admin_chain_in_parentheses_or_commas(geocoder):
    town = geocoder.resolve("Gao (Gao region)")
    assert town.feature == "PPL" and town.country == "MLI"
    assert distance_km(town.lat, town.lon, 16.27, -0.04) < TOLERANCE_KM
    assert geocoder.resolve("Gao, Mali").country == "MLI"
    assert geocoder.resolve("Gao").country == "MLI"      # the Malian city outweighs Gao, Burkina Faso


def test_a_division_named_as_such_is_the_division(geocoder):
    region = geocoder.resolve("Gao region")
    assert region.feature == "ADM1" and region.country == "MLI"
    province = geocoder.resolve("Idlib province")
    assert province.feature == "ADM1" and province.country == "SYR"
    assert geocoder.resolve("Idlib").feature == "PPL"   # the town, which lies inside the province
    assert geocoder.resolve("Kherson oblast").admin1 == "Kherson"


@pytest.mark.parametrize(("name", "country", "south", "north", "west", "east"), [
    ("Sinai", "EGY", 27.7, 31.3, 32.3, 34.9),
    ("West Bank", "PSE", 31.3, 32.6, 34.9, 35.6),
    ("Gaza Strip", "PSE", 31.2, 31.6, 34.2, 34.6),
    ("Darfur", "SDN", 9.5, 20.0, 22.0, 27.5),
    ("Iraqi Kurdistan", "IRQ", 34.5, 37.4, 42.3, 46.4),
    ("Donbass", "UKR", 47.0, 50.1, 36.5, 40.3),
    ("Crimea", "UKR", 44.3, 46.2, 32.4, 36.7),
    ("Israel", "ISR", 29.4, 33.4, 34.2, 35.9),
    ("Syria", "SYR", 32.3, 37.4, 35.7, 42.4),
    ("Ukraine", "UKR", 44.3, 52.4, 22.1, 40.3),
    ("Mali", "MLI", 10.1, 25.0, -12.3, 4.3),
    ("United States", "USA", 24.5, 49.5, -125.0, -66.9),
])
def test_regions_and_countries_fall_inside_themselves(geocoder, name, country, south, north, west, east):
    place = geocoder.resolve(name)
    assert place is not None and place.country == country
    assert south < place.lat < north and west < place.lon < east, place


def test_unknown_or_empty_names_resolve_to_nothing(geocoder):
    assert geocoder.resolve("Qxzvbnplorf") is None
    assert geocoder.resolve("") is None
    assert geocoder.resolve(" , ") is None


@pytest.mark.skipif(not SCHEMA.exists(), reason="shared contract not beside the repository")
def test_geo_object_matches_the_export_contract(geocoder):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    geo_schema = _find_geo(schema)
    for name in ("Mosul", "Gaza", "Georgia", "Idlib province", "Red Sea"):
        jsonschema.validate(geocoder.resolve(name).geo(), geo_schema)


def _find_geo(node):
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict) and "geo" in node["properties"]:
            return node["properties"]["geo"]
        for value in node.values():
            if (found := _find_geo(value)) is not None:
                return found
    elif isinstance(node, list):
        for value in node:
            if (found := _find_geo(value)) is not None:
                return found
    return None


@settings(deadline=None, max_examples=60)
@given(name=st.text(max_size=40), hints=st.lists(st.text(max_size=15), max_size=2))
def test_any_text_resolves_to_a_valid_point_or_nothing(geocoder, name, hints):
    place = geocoder.resolve(name, admin_hints=hints, context_countries=["XX", "", "FRA"], doc_country="zz")
    if place is not None:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        assert place.country is None or len(place.country) == 3


def test_a_cached_gazetteer_answers_like_the_built_one(geocoder, tmp_path):
    path = cache.cache_file(tmp_path)
    assert cache.save(geocoder.gazetteer, path)
    cached = Geocoder(cache_dir=tmp_path)
    for name, hints in (("Deir al-Zour", ()), ("Springfield", ("IL",)), ("Gaza", ()), ("Georgia", ())):
        assert cached.resolve(name, admin_hints=hints) == geocoder.resolve(name, admin_hints=hints)
    assert len(cached.gazetteer) == len(geocoder.gazetteer)


def test_a_damaged_or_unwritable_cache_is_only_slower(geocoder, tmp_path):
    path = cache.cache_file(tmp_path)
    path.write_bytes(b"not a gazetteer")
    assert cache.load(path) is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert cache.save(geocoder.gazetteer, cache.cache_file(blocker)) is False


def test_countries_answer_to_the_names_news_uses(geocoder):
    assert geocoder.resolve("Palestine").country == "PSE"          # ISO: "Palestine, State of"
    assert geocoder.resolve("State of Palestine").country == "PSE"
    assert geocoder.resolve("Iran").country == "IRN"               # ISO: "Iran, Islamic Republic of"
    assert geocoder.resolve("South Korea").country == "KOR"


def test_continents_and_world_regions_stay_off_the_map(geocoder):
    # GeoNames has a Middle East in Maryland; an event "in the Middle East" has no point.
    for name in ("the Middle East", "Middle East", "Europe", "sub-Saharan Africa"):
        assert geocoder.resolve(name) is None, name


@pytest.mark.parametrize(("name", "country"), [("US", "USA"), ("the U.S.", "USA"), ("America", "USA"),
                                               ("UK", "GBR"), ("Britain", "GBR"), ("UAE", "ARE"), ("DRC", "COD")])
def test_short_country_names_are_countries_not_villages(geocoder, name, country):
    place = geocoder.resolve(name)
    assert place.country == country and place.feature == "PCLI"


def test_months_and_weekdays_are_not_places(geocoder):
    # "in March" / "in May" are dates, although towns bear these names.
    for name in ("March", "May", "August", "Sunday"):
        assert geocoder.resolve(name) is None, name


def test_one_word_is_not_matched_loosely(geocoder):
    # Folding vowels on one word would let "Brittan" meet Bretten (Germany) or Britten.
    assert geocoder.resolve("Sundays") is None
    assert geocoder.resolve("Brittan") is None


def test_cache_folder_follows_the_setting(monkeypatch, tmp_path):
    from newsgraph.geo import cache
    monkeypatch.setenv("NEWSGRAPH_CACHE", "off")
    assert cache.default_dir() is None
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "ng"))
    assert cache.default_dir() == tmp_path / "ng"
    monkeypatch.delenv("NEWSGRAPH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_dir() == tmp_path / "xdg" / "newsgraph"
