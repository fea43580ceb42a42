"""The offline map's assets ship with the package: Leaflet, marker clustering and a world outline
whose borders put known cities inside their own countries."""
from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsgraph"
VENDOR = PACKAGE / "web" / "static" / "vendor"
OUTLINE = VENDOR / "world" / "countries-110m.geojson"
ASSETS = ["leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/images/marker-icon.png", "leaflet/LICENSE",
          "leaflet.markercluster/leaflet.markercluster.js", "leaflet.markercluster/MarkerCluster.css",
          "leaflet.markercluster/MarkerCluster.Default.css", "leaflet.markercluster/LICENSE",
          "world/countries-110m.geojson", "world/LICENSE-world-atlas", "README.md"]


@pytest.mark.parametrize("asset", ASSETS)
def test_asset_is_vendored_and_packaged(asset):
    path = VENDOR / asset
    assert path.is_file() and path.stat().st_size > 0
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["newsgraph"]
    relative = path.relative_to(PACKAGE).as_posix()
    assert any(fnmatch(relative, p) for p in patterns), f"{relative} not in package-data"


def test_leaflet_is_the_pinned_release():
    assert 'version="1.9.4"' in (VENDOR / "leaflet" / "leaflet.js").read_text(encoding="utf-8")


def _inside(lon: float, lat: float, ring: list) -> bool:
    """Ray casting: does the ring enclose the point?"""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _country_at(outline: dict, lon: float, lat: float) -> str | None:
    for feature in outline["features"]:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for outer, *holes in polygons:
            if _inside(lon, lat, outer) and not any(_inside(lon, lat, h) for h in holes):
                return feature["properties"]["name"]
    return None


def test_world_outline_is_small_geojson_with_countries_in_place():
    assert OUTLINE.stat().st_size < 1_000_000
    outline = json.loads(OUTLINE.read_text(encoding="utf-8"))
    assert outline["type"] == "FeatureCollection" and len(outline["features"]) > 150
    # Interior points, far from borders (lon, lat): Lyon, Mosul, Alice Springs, Brasilia, Kansas.
    assert _country_at(outline, 4.8, 45.7) == "France"
    assert _country_at(outline, 43.1, 36.3) == "Iraq"
    assert _country_at(outline, 133.9, -23.7) == "Australia"
    assert _country_at(outline, -47.9, -15.8) == "Brazil"
    assert _country_at(outline, -98.0, 38.5) == "United States of America"
    assert _country_at(outline, -30.0, 30.0) is None                 # the Atlantic
