"""Coordinates for the places where a document's events happened, in the writer process: each
place entity an event is located at is geocoded once per document, with what the document says
around it, and identical questions are answered from a cache (news repeats its places).

The evidence handed to the geocoder: the admin chain written after a mention of the place
("Gao (Gao region)", "Springfield, Illinois"), the countries of the actors of the events located
there, and the document's country (the country it names most often).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Analysis
from .geocoder import Geocoder, shared_geocoder

# ", Illinois", " (Gao region)", ", Gao region, Mali": up to three capitalised names after a mention
_NAME = r"[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,3}"
ADMIN_CHAIN = re.compile(rf"\s*(?:,|\()\s*(?P<first>{_NAME})(?:\s*,\s*(?P<second>{_NAME}))?\s*\)?")
PLACE_TYPES = ("LOCATION", "COUNTRY")
CACHE_SIZE = 65536


class EventPlaces:
    """Sets `geo` on the place entities of analyses. One per writer process."""

    def __init__(self, geocoder: Geocoder | None = None) -> None:
        self.geocoder = geocoder or shared_geocoder()
        self._resolve = lru_cache(maxsize=CACHE_SIZE)(self._resolve_uncached)

    def _resolve_uncached(self, name: str, hints: tuple[str, ...], countries: tuple[str, ...],
                          doc_country: str | None) -> dict | None:
        place = self.geocoder.resolve(name, context_countries=countries, admin_hints=hints,
                                      doc_country=doc_country)
        return place.geo() if place is not None else None

    def geocode(self, analysis: Analysis) -> None:
        located = {ev.location for ev in analysis.events if ev.location}
        if not located:
            return
        entities = analysis.entities
        countries: dict[str, set[str]] = {key: set() for key in located}
        for ev in analysis.events:
            if ev.location in countries:
                countries[ev.location].update(c for c in (_country(entities, ev.subject), _country(entities, ev.object)) if c)
        doc_country = document_country(analysis)
        text = analysis.document.text
        for key in sorted(located):
            entity = entities.get(key)
            if entity is None or entity.type not in PLACE_TYPES:
                continue
            hints = admin_hints(text, [(m.start, m.end) for m in analysis.mentions if m.entity == key])
            if entity.country and entity.type == "LOCATION":   # a gazetteer place knows its country
                hints.add(entity.country)
            hints = tuple(sorted(hints))
            entity.geo = self._resolve(entity.name, hints, tuple(sorted(countries[key])), doc_country)


def _country(entities, key: str | None) -> str | None:
    entity = entities.get(key) if key else None
    return entity.country if entity is not None else None


def document_country(analysis: Analysis) -> str | None:
    """The country the document names most often (ties: the first named), or None."""
    counts: Counter = Counter()
    for m in analysis.mentions:
        entity = analysis.entities.get(m.entity)
        if entity is not None and entity.type == "COUNTRY" and entity.country:
            counts[entity.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def admin_hints(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The names of larger areas written right after mentions of a place."""
    hints: set[str] = set()
    for _, end in spans:
        if m := ADMIN_CHAIN.match(text, end, min(len(text), end + 80)):
            hints.update(h for h in (m.group("first"), m.group("second")) if h)
    return hints
