"""Group names in time: the dated names of armed groups and the groups they came from.

A renaming keeps one group (one gazetteer id) with dated names: Ansar Bayt al-Maqdis until
2014-11, then Sinai Province. A split or a successor is a separate group linked by a standing
relation: `split_from` (ISWAP split from Boko Haram) or `successor_of` (HTS from Jabhat Fateh
al-Sham). The data lives in data/gazetteer/history/groups.yaml and is loaded once, on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..wordlists import parse_yaml
from .names import fold
from .offices import earliest, partial_date, span_covers

RELATIONS = {"successor_of": "SUCCESSOR_OF", "split_from": "SPLIT_FROM"}   # model.DATA_RELATION_TYPES


@dataclass(frozen=True, slots=True)
class DatedName:
    name: str
    start: str | None = None     # None: since the group's beginning
    until: str | None = None     # None: still in use

    def covers(self, date: str) -> bool:
        return span_covers(self.start, self.until, date)


@dataclass(frozen=True, slots=True)
class Link:
    """A standing relation from the group to an earlier one: SUCCESSOR_OF or SPLIT_FROM."""
    relation: str
    target: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class GroupHistory:
    id: str
    names: tuple[DatedName, ...]
    links: tuple[Link, ...] = ()
    note: str | None = None

    def name_on(self, date: str) -> str | None:
        """The name the group went by on `date`; None when two names may apply."""
        found = [n.name for n in self.names if n.covers(partial_date(date, f"{self.id} date"))]
        return found[0] if len(found) == 1 else None


def _name(entry, origin: str) -> DatedName:
    if isinstance(entry, str):
        return DatedName(entry)
    if not isinstance(entry, dict) or not entry.get("name"):
        raise ConfigError(f"{origin}: a name is {{name, from, until}}, got {entry!r}")
    start = None if entry.get("from") is None else partial_date(entry["from"], f"{origin} {entry['name']} from")
    until = None if entry.get("until") is None else partial_date(entry["until"], f"{origin} {entry['name']} until")
    if start and until and earliest(until) < earliest(start):
        raise ConfigError(f"{origin}: {entry['name']}: until ({until}) before from ({start})")
    return DatedName(str(entry["name"]), start, until)


def _links(spec: dict, origin: str) -> tuple[Link, ...]:
    links = []
    for key, relation in RELATIONS.items():
        value = spec.get(key)
        for item in ([value] if isinstance(value, (str, dict)) else value or []):
            if isinstance(item, str):
                links.append(Link(relation, item))
            elif isinstance(item, dict) and item.get("id"):
                date = None if item.get("date") is None else partial_date(item["date"], f"{origin} {key} date")
                links.append(Link(relation, str(item["id"]), date))
            else:
                raise ConfigError(f"{origin}: {key} is a group id or {{id, date}}, got {item!r}")
    return tuple(links)


def parse(text: str, origin: str) -> dict[str, GroupHistory]:
    try:
        data = parse_yaml(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: invalid YAML ({' '.join(str(exc).split())})") from exc
    if isinstance(data, list) and all(isinstance(e, dict) and e.get("id") for e in data):
        # a gazetteer file: its actors with names in time or links
        data = {e["id"]: e for e in data if any(k in e for k in ("names", *RELATIONS))}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: a group history file maps group ids to their history"
                          " (or is a gazetteer list of actors with ids)")
    out = {}
    for gid, spec in data.items():
        where = f"{origin}: {gid}"
        if not isinstance(spec, dict):
            raise ConfigError(f"{where}: expected names, successor_of, split_from")
        names = tuple(_name(n, where) for n in spec.get("names") or [])
        out[str(gid)] = GroupHistory(str(gid), names, _links(spec, where), spec.get("note"))
    return out


@lru_cache(maxsize=8)
def group_histories(extra: tuple[str, ...] = ()) -> dict[str, GroupHistory]:
    """The bundled group histories, then the user's files (a group id read again replaces it)."""
    text = resources.files("newsgraph").joinpath("data/gazetteer/history/groups.yaml").read_text(encoding="utf-8")
    out = parse(text, "history/groups.yaml")
    for path in extra:
        try:
            out.update(parse(Path(path).read_text(encoding="utf-8"), str(path)))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read group history ({exc.strerror or exc})") from exc
    return out


def group_history(group_id: str) -> GroupHistory | None:
    return group_histories().get(group_id)


def name_on(group_id: str, date: str) -> str | None:
    """The name group `group_id` used on `date` ("ISIS_SINAI", "2013" -> "Ansar Bayt al-Maqdis")."""
    history = group_history(group_id)
    return history.name_on(date) if history else None


def group_of_name(name: str) -> list[tuple[str, DatedName]]:
    """The groups that went by `name` at some time, with the dated name."""
    key = fold(name)
    return [(h.id, n) for h in group_histories().values() for n in h.names if fold(n.name) == key]
