"""A local story names only its towns: its bare "police" are the police of the country the towns are
in (GeoNames), where the town's name is a city's, and one country's far more than any other's.
Sentences are our own."""
from __future__ import annotations

from pathlib import Path

from newsgraph.resolve.town_countries import town_country


def test_a_city_answers_with_its_country():
    assert town_country("Leicester") == "GBR"
    assert town_country("Karachi") == "PAK"


def test_a_name_of_small_or_shared_towns_answers_with_none():
    assert town_country("Portishead") is None     # a town of 25,000 (and a band)
    assert town_country("Portland") == "USA"      # Oregon's and Maine's: one country either way
    assert town_country("Qwertyville") is None


def test_police_of_a_local_story_are_its_countrys(events_named):
    found = events_named("A man was shot dead in Leicester on Saturday. Police arrested two teenagers on Sunday.")
    assert any(t == "COERCE" and s == "British police" for t, s, _ in found), found


def test_a_town_beside_known_places_counts_for_nothing(events_named):
    # GeoNames has no English counties: "Kent" would be a town in Washington state
    found = events_named("Hunting with dogs is now banned in England and Wales. Protesters clashed with "
                         "hunt supporters in Kent on Saturday. Police arrested four men on Sunday.")
    assert not any(s == "American police" for t, s, _ in found), found


def _gazetteer(*places):
    from newsgraph.geo.gazetteer import PLACE, Gazetteer

    gaz = Gazetteer()
    gaz.iso3 = {"GB": "GBR", "US": "USA", "AU": "AUS"}
    for name, country2, population in places:
        gaz.add(name, 0.0, 0.0, feature=PLACE, country2=country2, population=population)
    gaz.freeze()
    return gaz


def test_the_town_table_keeps_only_names_one_country_leads():
    from newsgraph.resolve.town_countries import town_table

    table = town_table(_gazetteer(("Northam", "GB", 400_000), ("Northam", "US", 30_000),     # 13 times larger
                                  ("Eastwick", "GB", 300_000), ("Eastwick", "AU", 200_000),  # too close
                                  ("Smallby", "US", 40_000)))                                 # too small
    assert table == {"northam": "GBR"}


def test_a_cached_town_table_reads_back_and_is_named_after_its_builder(tmp_path):
    from newsgraph.geo import cache

    table = {"northam": "GBR"}
    path = cache.table_file(tmp_path, "towns", Path(__file__))
    assert cache.save_table(table, path) and cache.load_table(path) == table
    other = tmp_path / "builder.py"
    other.write_text("# another way to derive it\n")
    assert cache.table_file(tmp_path, "towns", other) != path
    path.write_bytes(b"not marshal data")
    assert cache.load_table(path) is None


def test_a_worker_reads_the_cached_town_table_and_loads_no_gazetteer(monkeypatch, tmp_path):
    from newsgraph.geo import cache
    from newsgraph.geo.geocoder import Geocoder
    from newsgraph.resolve import town_countries

    def no_gazetteer(self):
        raise AssertionError("the whole GeoNames table was loaded")

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(Geocoder, "_load", no_gazetteer)
    cache.save_table({"northam": "GBR"}, cache.table_file(tmp_path, "towns", Path(town_countries.__file__)))
    town_countries._towns.cache_clear()
    town_countries.town_country.cache_clear()
    try:
        assert town_country("Northam") == "GBR" and town_country("Leicester") is None
    finally:
        town_countries._towns.cache_clear()
        town_countries.town_country.cache_clear()


def test_the_writers_places_and_the_town_table_share_one_geocoder():
    from newsgraph.geo.geocoder import shared_geocoder
    from newsgraph.geo.places import EventPlaces

    assert EventPlaces().geocoder is shared_geocoder() is EventPlaces().geocoder


def test_the_town_population_table_keeps_towns_of_its_size_and_a_worker_reads_it(monkeypatch, tmp_path):
    # extract/idle_contacts.py: a visit to a town is no consultation; which names are towns comes from
    # a small table derived from GeoNames, cached like the towns' countries, never a worker's own gazetteer
    from newsgraph.extract import idle_contacts
    from newsgraph.geo import cache
    from newsgraph.geo.geocoder import Geocoder

    table = idle_contacts.town_populations(_gazetteer(("Northam", "GB", 400_000), ("Northam", "US", 30_000),
                                                      ("Smallby", "US", 40_000)))
    assert table == {"northam": 400_000}

    def no_gazetteer(self):
        raise AssertionError("the whole GeoNames table was loaded")

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(Geocoder, "_load", no_gazetteer)
    cache.save_table(table, cache.table_file(tmp_path, "town_populations", Path(idle_contacts.__file__)))
    idle_contacts._towns.cache_clear()
    idle_contacts.town_population.cache_clear()
    try:
        assert idle_contacts.town_population("Northam") == 400_000 and idle_contacts.town_population("Smallby") == 0
    finally:
        idle_contacts._towns.cache_clear()
        idle_contacts.town_population.cache_clear()
