"""Dated offices: who held an office of a country, organisation or armed group on a date.

The data lives in data/gazetteer/roles/*.yaml (one file per region, plus organisations and
armed groups), the title words in data/lexicon/offices.yaml. Both are loaded once, on first use.

Dates are partial ISO dates: "2016", "2016-07" or "2016-07-13". A term runs from its start to its
end; a full-day end is the day the successor took over and is exclusive, a partial end ("2016-07")
is taken as reaching to the end of that month, so that an unsure boundary makes a date ambiguous
rather than wrongly attributed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..wordlists import parse_yaml
from .names import fold, person_key

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ALL_TIME = dt.date.max


def partial_date(value: object, origin: str = "date") -> str:
    """A partial ISO date as text ("2016", "2016-07", "2016-07-13"); YAML dates and years are
    accepted. Raises ConfigError naming `origin` for anything else."""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    m = _PARTIAL_DATE.match(text)
    if not m:
        raise ConfigError(f"{origin}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ConfigError(f"{origin}: {value!r} is not a valid date ({exc})") from exc
    return text


def earliest(date: str) -> dt.date:
    """The first day a partial date can mean."""
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest(date: str) -> dt.date:
    """The last day a partial date can mean."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def span_covers(start: str | None, end: str | None, date: str) -> bool:
    """Whether a term from `start` to `end` (None: open) may cover any day of `date`."""
    first = earliest(start) if start else dt.date.min
    if end is None:
        stop = _ALL_TIME
    elif len(end) == 10:
        stop = earliest(end)                      # the handover day belongs to the successor
    else:
        stop = latest(end) + dt.timedelta(days=1)
    return first <= latest(date) and earliest(date) < stop


@dataclass(frozen=True, slots=True)
class Role:
    """One term of one person in one office: `body` is a gazetteer id (country, organisation or
    armed group), `office` one of the offices in data/lexicon/offices.yaml."""
    name: str
    body: str
    office: str
    title: str
    start: str
    end: str | None = None               # None: in office as of the data's date
    aliases: tuple[str, ...] = ()
    acting: bool = False                 # acting or caretaker: may overlap a full term

    def covers(self, date: str) -> bool:
        return span_covers(self.start, self.end, date)


Holder = Role   # office_holder() answers with the holder's term


@dataclass(frozen=True, slots=True)
class Offices:
    """Title words per office: `universal` titles name the office in any country ("foreign
    minister"), `defaults` apply where a body declares no titles of its own."""
    universal: dict[str, tuple[str, ...]]
    defaults: dict[str, tuple[str, ...]]
    negators: frozenset[str]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.universal)


@dataclass(frozen=True, slots=True)
class RoleBook:
    roles: dict[tuple[str, str], tuple[Role, ...]]          # (body, office) -> terms by start
    titles: dict[str, dict[str, tuple[str, ...]]]           # body -> office -> folded titles
    by_person: dict[str, tuple[Role, ...]]                  # person_key -> terms
    same_as: frozenset[tuple[str, str]] = frozenset()       # offices held by the holder of another office
                                                            # of the same body (a president who heads
                                                            # the government): their titles are that office's
    all_titles: frozenset[str] = frozenset()                # every folded title any office answers to

    @property
    def bodies(self) -> set[str]:
        return {body for body, _ in self.roles}


def _strings(value, origin: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    raise ConfigError(f"{origin}: expected a name or a list of names, got {value!r}")


@lru_cache(maxsize=1)
def offices() -> Offices:
    text = resources.files("newsgraph").joinpath("data/lexicon/offices.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text) or {}
    universal = {o: tuple(fold(t) for t in _strings(v, f"offices.yaml: {o}"))
                 for o, v in (data.get("universal") or {}).items()}
    defaults = {o: tuple(fold(t) for t in _strings(v, f"offices.yaml: {o}"))
                for o, v in (data.get("defaults") or {}).items()}
    return Offices(universal, defaults, frozenset(fold(w) for w in data.get("not_the_holder", ())))


def _term(entry, body: str, office: str, title: str, origin: str) -> Role:
    where = f"{origin}: {body} {office}"
    if isinstance(entry, list) and 3 <= len(entry) <= 4:
        extra = entry[3] if len(entry) == 4 else {}
        entry = {"name": entry[0], "start": entry[1], "end": entry[2], **(extra or {})}
    if not isinstance(entry, dict) or not entry.get("name") or entry.get("start") is None:
        raise ConfigError(f"{where}: a term is [name, start, end] or {{name, start, end, aliases, acting}},"
                          f" got {entry!r}")
    name = str(entry["name"])
    start = partial_date(entry["start"], f"{where} {name} start")
    end = None if entry.get("end") is None else partial_date(entry["end"], f"{where} {name} end")
    if end is not None and latest(end) < earliest(start):
        raise ConfigError(f"{where} {name}: ends ({end}) before it starts ({start})")
    return Role(name=name, body=body, office=office, title=title, start=start, end=end,
                aliases=_strings(entry.get("aliases"), where), acting=bool(entry.get("acting")))


def _body_roles(body: str, spec: dict, origin: str, known: Offices) -> dict[str, list]:
    """The offices of one body as raw term lists or references ("head_of_state", "GBR.head_of_state")."""
    out = {}
    for office, value in spec.items():
        if office == "titles":
            continue
        if office not in known.universal:
            raise ConfigError(f"{origin}: {body}: unknown office {office!r} (one of {', '.join(known.names)})")
        if not isinstance(value, (list, str)):
            raise ConfigError(f"{origin}: {body} {office}: a list of terms or a reference like 'head_of_state'")
        out[office] = value
    return out


def _parse_files(texts: list[tuple[str, str]]) -> tuple[dict, dict]:
    known = offices()
    raw: dict[tuple[str, str], tuple[object, str]] = {}
    titles: dict[str, dict[str, tuple[str, ...]]] = {}
    for origin, text in texts:
        try:
            data = parse_yaml(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{origin}: invalid YAML ({' '.join(str(exc).split())})") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{origin}: a roles file maps body ids to their offices")
        for body, spec in data.items():
            if not isinstance(spec, dict):
                raise ConfigError(f"{origin}: {body}: expected a mapping of offices")
            declared = spec.get("titles") or {}
            titles.setdefault(str(body), {}).update(
                {o: _strings(t, f"{origin}: {body} titles") for o, t in declared.items()})
            for office, value in _body_roles(str(body), spec, origin, known).items():
                raw[(str(body), office)] = (value, origin)
    return raw, titles


def _resolve(raw: dict, titles: dict) -> dict[tuple[str, str], tuple[Role, ...]]:
    roles: dict[tuple[str, str], tuple[Role, ...]] = {}

    def terms(key: tuple[str, str], seen: tuple) -> tuple[Role, ...]:
        if key in roles:
            return roles[key]
        value, origin = raw[key]
        body, office = key
        title = (titles.get(body, {}).get(office) or offices().defaults.get(office) or (office,))[0]
        if isinstance(value, str):
            ref = tuple(value.split(".", 1)) if "." in value else (body, value)
            if ref not in raw or ref in seen:
                raise ConfigError(f"{origin}: {body} {office}: reference {value!r} names no list of terms")
            found = tuple(Role(r.name, body, office, title, r.start, r.end, r.aliases, r.acting)
                          for r in terms(ref, (*seen, key)))
        else:
            found = tuple(_term(e, body, office, title, origin) for e in value)
        roles[key] = tuple(sorted(found, key=lambda r: earliest(r.start)))
        return roles[key]

    for key in raw:
        terms(key, ())
    return roles


def build(texts: list[tuple[str, str]]) -> RoleBook:
    """A role book from (origin, YAML text) pairs; later bodies replace earlier ones office by office."""
    raw, titles = _parse_files(texts)
    roles = _resolve(raw, titles)
    same_as = frozenset(key for key, (value, _) in raw.items()
                        if isinstance(value, str) and "." not in value)
    # deduplicated in book order (not through a set, whose order changes between runs) so that roles
    # starting on the same date keep one order in every export
    by_person: dict[str, list[Role]] = {}
    for terms in roles.values():
        for r in terms:
            for n in dict.fromkeys((r.name, *r.aliases)):
                by_person.setdefault(person_key(n), []).append(r)
    folded = {b: {o: tuple(fold(t) for t in ts) for o, ts in per.items()} for b, per in titles.items()}
    known = offices()
    all_titles = {t for per in folded.values() for ts in per.values() for t in ts}
    all_titles |= {t for ts in (*known.universal.values(), *known.defaults.values()) for t in ts}
    return RoleBook(roles, folded,
                    {k: tuple(sorted(dict.fromkeys(v), key=lambda r: earliest(r.start))) for k, v in by_person.items()},
                    same_as, frozenset(all_titles))


def bundled_texts() -> list[tuple[str, str]]:
    folder = resources.files("newsgraph").joinpath("data/gazetteer/roles")
    return [(f"roles/{e.name}", e.read_text(encoding="utf-8"))
            for e in sorted(folder.iterdir(), key=lambda p: p.name) if e.name.endswith((".yaml", ".yml"))]


@lru_cache(maxsize=8)
def role_book(extra: tuple[str, ...] = ()) -> RoleBook:
    """The bundled roles, then the user's role files (`extra`), which replace whole offices."""
    texts = bundled_texts()
    for path in extra:
        try:
            texts.append((str(path), Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read roles file ({exc.strerror or exc})") from exc
    return build(texts)


def office_holder(body: str, office: str, date: str, book: RoleBook | None = None) -> Holder | None:
    """The holder of `office` of `body` on `date` (YYYY, YYYY-MM or YYYY-MM-DD); None when
    nobody is recorded or the date could fall in two terms."""
    book = book or role_book()
    date = partial_date(date, "office_holder date")
    found = [r for r in book.roles.get((body, office), ()) if r.covers(date)]
    if len(found) > 1:
        found = [r for r in found if not r.acting]
    return found[0] if len(found) == 1 else None


def offices_of(person_name: str, book: RoleBook | None = None) -> list[Role]:
    """Every recorded term of the person so named (any spelling the name normalisation joins)."""
    book = book or role_book()
    return list(book.by_person.get(person_key(person_name), ()))


def holders(body: str, office: str, book: RoleBook | None = None) -> tuple[Role, ...]:
    """All terms of an office, in order."""
    return (book or role_book()).roles.get((body, office), ())


def _title_and_place(words: list[str], titles: frozenset[str]) -> tuple[str, str] | None:
    """("prime minister", "spain") from "spain prime minister" or "prime minister of spain"."""
    for i, w in enumerate(words):
        if w == "of" and 0 < i < len(words) - 1 and " ".join(words[:i]) in titles:
            return " ".join(words[:i]), " ".join(words[i + 1:])
    for i in range(1, len(words)):
        if " ".join(words[i:]) in titles:
            return " ".join(words[i:]), " ".join(words[:i])
    return None


def _office_for(title: str, body: str, is_country: bool, book: RoleBook) -> str | None:
    """The office `title` names for `body`. A country's office answers to its own titles (or the
    defaults) and the universal ones; an organisation's or group's to its own titles only, when it
    declares any ("EU chief" is not the European Council president)."""
    known = offices()
    declared = book.titles.get(body, {})
    if is_country:
        candidates = [o for o in COUNTRY_OFFICES if (body, o) not in book.same_as]
    else:
        candidates = [o for o in known.names if (body, o) in book.roles]
    for office in candidates:
        if is_country:
            names = (*(declared.get(office) or known.defaults.get(office, ())), *known.universal[office])
        else:
            names = declared.get(office) or known.universal[office]
        if title in names:
            return office
    return None


# a country's offices; those no universal title names (finance, interior) answer to the titles the
# country declares only ("the chancellor" is Britain's finance minister, Germany's head of government)
COUNTRY_OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                   "finance_minister", "interior_minister")


def parse_office(phrase: str, book: RoleBook | None = None, gazetteer=None) -> tuple[str, str] | None:
    """(body id, office) named by an office phrase: "the Kenyan president" -> ("KEN",
    "head_of_state"), "Britain's foreign secretary" -> ("GBR", "foreign_minister"), "UN
    Secretary-General" -> ("UN", "leader"). None when the phrase names no known office, or names
    a past or future holder ("former", "-elect")."""
    from .gazetteer import load_gazetteer  # noqa: PLC0415  (the gazetteer is only needed here)

    book = book or role_book()
    gaz = gazetteer or load_gazetteer()
    known = offices()
    words = fold(phrase).split()
    if not words or any(w in known.negators for w in words):
        return None
    found = _title_and_place(words, book.all_titles)
    if found is None:
        return None
    title, place = found
    country = gaz.country_named(place)
    if country is not None:
        return (country.id, office) if (office := _office_for(title, country.id, True, book)) else None
    actor = gaz.lookup(place) or gaz.of_adjective(place)    # "Tory leader", "Conservative leader"
    if actor is None or actor.id not in book.bodies:
        return None
    office = _office_for(title, actor.id, False, book)
    return (actor.id, office) if office else None


@dataclass(frozen=True, slots=True)
class OfficeMention:
    """What an office phrase denotes: the office always, its holder when a date settles it."""
    body: str
    office: str
    holder: Role | None = None
    date: str | None = None          # the date the holder was looked up on


def resolve_office(phrase: str, *dates: str | None, book: RoleBook | None = None,
                   gazetteer=None) -> OfficeMention | None:
    """The office a phrase names and its holder on the first known date among `dates` (the
    event's date, then the document's): "Spain's prime minister", "2020-03" -> Pedro Sánchez.
    Without a date, or where the date falls between terms, the office alone (never a guess)."""
    book = book or role_book()
    found = parse_office(phrase, book, gazetteer)
    if found is None:
        return None
    body, office = found
    date = next((d for d in dates if d), None)
    if date is None:
        return OfficeMention(body, office)
    return OfficeMention(body, office, office_holder(body, office, date, book), date)

