"""Events from the dependency parse: who did what to whom."""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Event
from ..resolve.document import Resolution
from .lexicon import verb_types

SUBJECT_DEPS = {"nsubj"}
OBJECT_DEPS = {"dobj", "nsubjpass"}
OBJECT_PREPS = {"against", "on", "with", "to", "at"}


def actor_of(tok, res: Resolution) -> str | None:
    """The entity a noun phrase headed by `tok` refers to: the token itself, or a name inside it."""
    key = res.entity_at(tok.i)
    if key:
        return key
    for child in tok.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod"}:
            key = res.entity_at(child.i)
            if key:
                return key
    return None


def extract_events(doc, res: Resolution) -> Iterator[Event]:
    lexicon = verb_types()
    for tok in doc:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        etype = lexicon.get(tok.lemma_.lower())
        if not etype:
            continue
        subj = obj = None
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS and subj is None:
                subj = actor_of(child, res)
            elif child.dep_ in OBJECT_DEPS and obj is None:
                obj = actor_of(child, res)
            elif child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        subj = actor_of(pobj, res)
            elif child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and obj is None:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        obj = actor_of(pobj, res)
        if subj is None and obj is None:
            continue
        sent = tok.sent
        yield Event(type=etype, subject=subj, object=obj, sentence=sent.text, start=sent.start_char,
                    end=sent.end_char, trigger=tok.text, trigger_start=tok.idx,
                    trigger_end=tok.idx + len(tok.text))
