"""Where an event happened: a place entity for every event that the text places anywhere, and
how it was found, from the strongest evidence to the weakest:

- clause: the object of an act on the ground where it is a place below a country ("jets struck Rafah",
  "troops raided Kidal in northern Mali": the town struck, raided or left is where it happened, before any
  wider place of the clause), else a place argument of the trigger's clause ("in Rafah", "near the border town
  of Rafah", "10 km north of Gao", "on the road between Gao and Ansongo", "the village of X", "X province");
- sentence: another place named in the event's sentence (not one of its actors);
- paragraph: the first place named in the event's paragraph;
- dateline: the place that opens the story ("MOSUL, Iraq (Reuters) -").

Only places are candidates: entities typed LOCATION or COUNTRY, which come from NER place labels
(GPE, LOC, FAC) or the gazetteer; a person or organisation is never a place.
"""
from __future__ import annotations

import re

from ..doctext import children, doc_text, doc_tokens
from ..model import RELATION_TYPES, Entity
from ..resolve.document import key_for_name
from ..resolve.resolution import entity_for_actor
from ..wordlists import words
from .actors import KnownActors

PLACE_PREPS = frozenset(words("place_prepositions"))
ROUTE_PREPS = frozenset(words("route_prepositions"))
DIRECTIONS = frozenset(words("compass_directions"))
PLACE_TYPES = frozenset({"LOCATION", "COUNTRY"})
# acts done on the ground, whose place object is their site ("shelled Kharkiv", "raided Jenin", "deployed
# to Kidal", "withdrew from Kherson"); a verbal act's place object is a government by metonymy ("accused
# Kyiv", "sanctioned Moscow"): no site
SITE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
# a place in an actor's name or an adjective is the actor's, not the event's ("Egypt's army")
MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# "MOSUL, Iraq (Reuters) -", "GAZA CITY, Gaza Strip (AP) —": an upper-case place opens the story
DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
                      r"(?P<chain>(?:,\s*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})*)\s*"
                      r"(?:\([A-Za-z][\w .&-]{1,30}\))?\s*(?:,[^\n—–-]{0,30})?\s*(?:[—–:-]|--)\s")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
DATELINE_REACH = 3   # paragraphs from the top where a dateline may stand (after title, byline)


def location_for(cand, res: KnownActors) -> str | None:
    """The place argument of the event's clause, or None."""
    heads = [cand.trigger]
    if cand.anchor is not None and cand.anchor.i != cand.trigger.i:
        heads.append(cand.anchor)
    if cand.object_tok is not None:
        heads.append(cand.object_tok)
    for head in heads:
        for pobj in _place_objects(head):
            for t in place_tokens(pobj):
                if (key := _place_at(t.i, res)) is not None:
                    return key
    return None


def _place_objects(head):
    """Objects of the head's place prepositions, also behind a direction ("north of X") and
    inside a route ("on the road between X and Y")."""
    for c in children(head):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"on"}:
            for pobj in (p for p in children(c) if p.dep_ == "pobj"):
                if c.lower_ in PLACE_PREPS:
                    yield pobj
                yield from _route_objects(pobj)
        elif c.lower_ in DIRECTIONS:
            for of in (p for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"):
                yield from (p for p in children(of) if p.dep_ == "pobj")


def _route_objects(pobj):
    """The places of a route: "the road between X and Y", "the highway from X to Y"."""
    for inner in children(pobj):
        if inner.dep_ == "prep" and inner.lower_ in ROUTE_PREPS:
            for p in (p for p in children(inner) if p.dep_ == "pobj"):
                yield p
                yield from (cj for cj in children(p) if cj.dep_ == "conj")


def place_tokens(pobj):
    """The noun phrase naming a place, not clauses inside it: "northern Sinai", "the town of
    Sheikh Zuweid", "the southern Israeli city of Eilat" (the city, before the country)."""
    out = []
    for c in children(pobj):
        if c.dep_ == "prep" and c.lower_ == "of":
            out.extend(p for p in children(c) if p.dep_ == "pobj")
    out.append(pobj)
    out.extend(c for c in children(pobj) if c.dep_ in ("compound", "appos"))
    return out


def _place_at(i: int, res: KnownActors) -> str | None:
    key = res.entity_at(i)
    ent = res.entities.get(key) if key else None
    return key if ent is not None and ent.type in PLACE_TYPES else None


def place_for(cand, res: KnownActors, clause_place: str | None, gaz=None) -> tuple[str | None, str | None]:
    """(place key, how it was found: one of model.LOCATION_METHODS) for an event, or (None, None). A standing
    relation (affiliation, leadership) holds everywhere: it gets a place only from its clause."""
    if cand.type in RELATION_TYPES:
        return (clause_place, "clause") if clause_place is not None else (None, None)
    site = res.entities.get(cand.object) if cand.object and cand.type in SITE_TYPES else None
    if site is not None and site.type == "LOCATION":
        return cand.object, "clause"   # a country object is a state acted on, not a site
    if clause_place is not None:
        return clause_place, "clause"
    sent = cand.trigger.sent
    actors = {cand.subject, cand.object}
    if (key := _first_place(sent, res, actors)) is not None:
        return key, "sentence"
    doc = sent.doc
    start, end = _paragraph(doc_text(doc), sent.start_char)
    paragraph = doc.char_span(start, end, alignment_mode="expand")
    if paragraph is not None and (key := _first_place(paragraph, res, set())) is not None:
        return key, "paragraph"
    if (key := dateline_place(doc, res, gaz)) is not None:
        return key, "dateline"
    return None, None


def _first_place(span, res: KnownActors, actors: set) -> str | None:
    """The first place named in `span` that is not one of `actors` nor a modifier of a noun;
    a named place before a whole country."""
    country = None
    dateline = dateline_span(span.doc)
    for tok in doc_tokens(span.doc)[span.start:span.end]:   # the shared Tokens (iterating a Span builds each)
        if dateline is not None and dateline[0] <= tok.idx < dateline[2]:
            continue      # the dateline is the weakest evidence, taken last
        key = _place_at(tok.i, res)
        if key is None or key in actors:
            continue
        if res.mention_head.get(tok.i) != key or tok.dep_ in MODIFIER_DEPS:
            continue      # not the head of its mention, or the mention modifies a noun
        if res.entities[key].type == "LOCATION":
            return key
        country = country or key
    return country


def _paragraphs(text: str):
    """(start, end) of each paragraph (blank-line separated) of `text`."""
    start = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The character span of the paragraph holding `offset`."""
    return next((s, e) for s, e in _paragraphs(text) if e >= offset)


def dateline_span(doc) -> tuple[int, int] | None:
    """Character span of the dateline's upper-case place name, or None (memoised on the doc)."""
    if "dateline" not in doc.user_data:
        found = None
        for i, (p_start, p_end) in enumerate(_paragraphs(doc_text(doc))):
            if i > DATELINE_REACH:
                break
            if m := DATELINE.match(doc_text(doc), p_start, p_end):
                found = (m.start("city"), m.end("city"), m.end())
                break
        doc.user_data["dateline"] = found
    return doc.user_data["dateline"]


def dateline_place(doc, res: KnownActors, gaz=None) -> str | None:
    """The place of the story's dateline, as an entity of the document (added when the parser
    did not see the upper-case name as one), or None."""
    found = dateline_span(doc)
    if found is None:
        return None
    start, end, _ = found
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if (key := _place_at(span.root.i, res)) is not None:
        return key
    name = doc_text(doc)[start:end].title()
    key = key_for_name(name, gaz, "GPE") if gaz is not None else f"LOCATION:{name.lower()}"
    if key is None or not key.startswith(("LOCATION:", "gaz:")):
        return None
    if key in res.entities:
        return key if res.entities[key].type in PLACE_TYPES else None
    actor = gaz.actors.get(key[4:]) if gaz is not None and key.startswith("gaz:") else None
    if actor is not None and actor.type not in PLACE_TYPES:
        return None
    entity = entity_for_actor(actor) if actor is not None else Entity(key=key, name=name, type="LOCATION")
    res.add_mention(span, entity, "dateline", "GPE")
    return key
