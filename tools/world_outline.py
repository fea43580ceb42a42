"""Convert world-atlas's Natural Earth TopoJSON (npm world-atlas@2, countries-110m.json) to the
small GeoJSON country outline the explorer's offline map draws.

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python tools/world_outline.py package/countries-110m.json \
        src/newsgraph/web/static/vendor/world/countries-110m.geojson

Run once by hand when the outline is refreshed; nothing at install or run time needs it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

DECIMALS = 2   # ~1 km, finer than the 1:110m source


def decode_arcs(topology: dict) -> list[list[list[float]]]:
    """Absolute lon/lat positions of every arc (delta-decoded and de-quantized when quantized)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([list(map(float, p[:2])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    rounded = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in points]
    deduped = [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]
    if deduped[0] != deduped[-1]:
        deduped.append(deduped[0])
    return deduped


def geometry(geom: dict, arcs: list) -> dict | None:
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in geom["arcs"]]}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in poly] for poly in geom["arcs"]]}
    return None


def convert(topology: dict, layer: str = "countries") -> dict:
    arcs = decode_arcs(topology)
    features = []
    for geom in topology["objects"][layer]["geometries"]:
        shape = geometry(geom, arcs)
        if shape is not None:
            features.append({"type": "Feature", "id": geom.get("id"),
                             "properties": {"name": (geom.get("properties") or {}).get("name")},
                             "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = map(Path, argv)
    collection = convert(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{target}: {len(collection['features'])} countries, {target.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
