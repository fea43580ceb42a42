"""Extraction from a parsed document: resolution, then events with their attribution,
certainty, time, place and quantities."""
from __future__ import annotations

from ..model import Analysis, Document
from ..resolve.document import resolve_document
from ..resolve.gazetteer import Gazetteer
from .events import extract_events
from .lexicon import fix_lemmas


def analyse(document: Document, doc, gaz: Gazetteer) -> Analysis:
    """Everything newsgraph learns from one parsed document."""
    doc.user_data["published"] = document.published
    fix_lemmas(doc)
    res = resolve_document(doc, gaz)
    events = list(extract_events(doc, res, gaz))
    return Analysis(document=document, entities=res.entities, mentions=res.mentions, events=events)
