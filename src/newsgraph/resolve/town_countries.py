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

CITY_POPULATION = 100_000
LEAD = 5


@lru_cache(maxsize=1)
def _geonames():
    from ..geo.gazetteer import ADMIN1, PLACE  # noqa: PLC0415
    from ..geo.geocoder import Geocoder  # noqa: PLC0415  (loaded only for a document naming an unknown town)
    return Geocoder().gazetteer, frozenset({ADMIN1, PLACE})


@lru_cache(maxsize=4096)
def town_country(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country the town or region `name` is in, or None."""
    from ..geo.names import name_key  # noqa: PLC0415
    gaz, features = _geonames()
    biggest: dict[str, int] = {}
    for row in gaz.rows(name_key(name)):
        country = gaz.country[row]
        if gaz.feature[row] in features and country:
            biggest[country] = max(biggest.get(country, 0), gaz.population[row])
    ranked = sorted(biggest.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < CITY_POPULATION:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
