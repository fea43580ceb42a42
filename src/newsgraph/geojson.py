"""GeoJSON (RFC 7946) of events: one Point Feature per event whose location has coordinates,
for QGIS, kepler.gl and the explorer's map.

Properties are the CSV export's flat columns (the same names, so a user can join the two), plus
the place's GeoNames id, feature code, admin1 and country. Coordinates are [lon, lat] in WGS 84,
rounded to 5 decimals (about a metre), as RFC 7946 section 11.2 recommends.
"""
from __future__ import annotations

import json
from typing import IO

from .export import build_export, csv_rows
from .store import Store

PRECISION = 5


def point(lat: float, lon: float) -> dict:
    """A GeoJSON Point: longitude first (RFC 7946 section 3.1.1)."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: lat {lat}, lon {lon}")
    return {"type": "Point", "coordinates": [round(float(lon), PRECISION), round(float(lat), PRECISION)]}


def feature_collection(export: dict) -> dict:
    """The export (the contract's JSON document) as a FeatureCollection of its placed events.

    Events without a location, or whose location entity has no `geo`, are left out; their number
    is in the collection's `unplaced` member (a foreign member, which RFC 7946 section 6.1 allows).
    """
    places = {e["id"]: e["geo"] for e in export.get("entities", ()) if e.get("geo")}
    features, unplaced = [], 0
    for row in csv_rows(export):
        geo = places.get(row["location_id"])
        if geo is None:
            unplaced += 1
            continue
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}   # in the geometry
        properties["actors"] = [n for n in (row["subject_name"], row["object_name"]) if n]
        properties.update({f"place_{k}": geo.get(k) for k in ("geonames_id", "feature", "admin1", "admin2", "country")})
        features.append({"type": "Feature", "id": row["event_id"], "geometry": point(geo["lat"], geo["lon"]),
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features, "unplaced": unplaced}


def write_geojson(store: Store, out: IO[str]) -> None:
    """`newsgraph export --format geojson`: the store's placed events."""
    json.dump(feature_collection(build_export(store)), out, ensure_ascii=False, indent=1)
    out.write("\n")
