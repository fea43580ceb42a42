"""Events on the map: the seeds (the sample corpus) give points in Sinai, Gaza and Israel; the
CSV carries lat/lon, the GeoJSON export opens as an RFC 7946 FeatureCollection."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import CSV_COLUMNS, csv_rows
from newsgraph.geojson import feature_collection
from test_geo_assets import OUTLINE, _country_at

SUEZ_CANAL_LON = 32.35          # Sinai is Egypt east of the canal
GAZA_STRIP = (34.2, 31.2, 34.6, 31.6)   # lon/lat box: at 1:110m the outline has no Gaza polygon


def _in_sinai_gaza_or_israel(outline: dict, lon: float, lat: float) -> bool:
    country = _country_at(outline, lon, lat)
    west, south, east, north = GAZA_STRIP
    return (country in ("Israel", "Palestine") or (country == "Egypt" and lon > SUEZ_CANAL_LON)
            or (west <= lon <= east and south <= lat <= north))


def test_seed_events_are_mapped_where_the_seeds_happen(sample_export):
    collection = feature_collection(sample_export)
    points = [f["geometry"]["coordinates"] for f in collection["features"]]
    assert len(points) >= 5
    outline = json.loads(OUTLINE.read_text(encoding="utf-8"))
    inside = sum(_in_sinai_gaza_or_israel(outline, lon, lat) for lon, lat in points)
    assert inside / len(points) >= 0.8, f"{inside} of {len(points)} points in Sinai, Gaza or Israel"


def test_seed_points_carry_the_claim(sample_export):
    feature = feature_collection(sample_export)["features"][0]
    props = feature["properties"]
    for key in ("event_id", "event_type", "quad_class", "actors", "date", "certainty", "source_name", "sentence"):
        assert key in props
    assert feature["id"] == props["event_id"] and props["sentence"]


def test_csv_has_coordinates_of_placed_events(sample_export):
    assert CSV_COLUMNS[-2:] == ("lat", "lon") and "location_method" in CSV_COLUMNS
    places = {e["id"]: e.get("geo") for e in sample_export["entities"]}
    rows = list(csv_rows(sample_export))
    placed = [r for r in rows if places.get(r["location_id"])]
    assert placed
    for row in placed:
        geo = places[row["location_id"]]
        assert (row["lat"], row["lon"]) == (geo["lat"], geo["lon"])
    assert all(r["lat"] == "" for r in rows if not places.get(r["location_id"]))


def test_cli_exports_geojson(sample_db, tmp_path):
    out = tmp_path / "events.geojson"
    result = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "geojson", "-o", str(out)])
    assert result.exit_code == 0, result.output
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    csv_out = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "csv"])
    header = next(csv.reader(io.StringIO(csv_out.output)))
    assert header[-2:] == ["lat", "lon"]
