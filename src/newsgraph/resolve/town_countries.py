"""The country of a town the gazetteer of actors does not know, from GeoNames (geo/): a local story
names only its towns ("A man was shot in Leicester ... Police arrested two teenagers"), and its bare
"police" or "the council" are those of the country the towns are in (resolve/story_country.py).

A name answers only where it is a city or a region of CITY_POPULATION people or more, and its
largest namesake in that country is LEAD times larger than any namesake elsewhere ("Birmingham" is
Britain's, not Alabama's; "Bristol", with large namesakes in America, answers to none). A wrong country is worse than none: the
recogniser's place may be a club, a band or a firm named after a town, which only counts as a
mention of that country, never as an actor."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CITY_POPULATION = 100_000
LEAD = 5


@lru_cache(maxsize=4096)
def town_country(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country the town or region `name` is in, or None."""
    from ..geo.names import name_key  # noqa: PLC0415

    return _towns().get(name_key(name))


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Every GeoNames name key that answers, with its country (some 60,000), derived once and kept
    in the cache folder beside the gazetteer: an extraction worker holds this small table, never a
    gazetteer of its own (the writer's, for event places, is the process's shared one)."""
    from ..geo.geocoder import derived_table  # noqa: PLC0415  (loaded only for a document naming an unknown town)

    return derived_table("towns", Path(__file__), town_table)


def town_table(gaz) -> dict[str, str]:
    """Name key -> ISO3 for every key of the geo gazetteer `gaz` that names a town or region of one country."""
    from ..geo.gazetteer import ADMIN1, PLACE  # noqa: PLC0415

    features = frozenset({ADMIN1, PLACE})
    table = {}
    for key in gaz.by_key:
        if country := _leading_country(gaz, gaz.rows(key), features):
            table[key] = country
    return table


def _leading_country(gaz, rows: tuple[int, ...], features: frozenset[str]) -> str | None:
    biggest: dict[str, int] = {}
    for row in rows:
        country = gaz.country[row]
        if gaz.feature[row] in features and country:
            biggest[country] = max(biggest.get(country, 0), gaz.population[row])
    ranked = sorted(biggest.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < CITY_POPULATION:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
