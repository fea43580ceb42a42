"""Analysis of a parsed document: resolution (resolve/) returns a finished value, extraction
returns the events and the actors it had to create, and `analyse` combines the two."""
from __future__ import annotations

from ..doctext import forget
from ..model import Analysis, Document
from ..resolve.document import resolve_document
from ..resolve.gazetteer import Gazetteer
from ..resolve.office_pass import redate_office_holders
from .events import extract_events
from .initial_nouns import restore_initial_nouns
from .lexicon import fix_lemmas
from .proposals import find_proposals
from .split_subjects import rejoin_split_subjects


def analyse(document: Document, doc, gaz: Gazetteer) -> Analysis:
    """Everything newsgraph learns from one parsed document."""
    doc.user_data["published"] = document.published
    fix_lemmas(doc)
    restore_initial_nouns(doc)   # "Gunmen, who ..., killed": a noun, not a name
    rejoin_split_subjects(doc)   # "Chargers wide receiver Vincent Jackson was arrested": one subject
    forget(doc)   # nothing read before the corrections is kept
    resolution = resolve_document(doc, gaz)
    extraction = extract_events(doc, resolution, gaz)
    # new actors never share a key with resolved ones: they follow them, in the order found
    entities = {**resolution.entities, **extraction.new_entities}
    mentions = [*resolution.mentions, *extraction.new_mentions]
    # an office phrase in an event with its own date names the holder on that date
    events, mentions = redate_office_holders(extraction.events, entities, mentions, gaz)
    analysis = Analysis(document=document, entities=entities, mentions=mentions, events=events,
                        proposals=find_proposals(doc, mentions))
    forget(doc)   # the per-document reads (doctext) hold a string per word: a worker keeps a batch of docs
    return analysis
