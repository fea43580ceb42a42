"""A state or place that stands in, on an event's side, for the people the sentence names:
"kidnapped two French nationals" -> France, "killed three Palestinians" -> Palestine. The state is
only the nationality of private people there: the side is those people (an actor of this document,
as resolution makes for "fishermen (Yemen)"), not the state. What a state owns stays its own:
"Israeli soldiers", "Sudanese officials", "UK policy" (a thing, not people)."""
from __future__ import annotations

from dataclasses import replace

from ..model import SENTENCE_RELATION_TYPES, Entity, Event
from ..resolve.participants import FORCES, INDIVIDUAL_NOUNS
from ..wordlists import words
from .actors import KnownActors
from .arguments import MEMBER_NOUNS, PARTITIVE
from .described_sides import titled_name
from .private_sides import placed_head, private_side
from .quantities import is_people
from .vessels import flagged_vessel

PLACE_KINDS = frozenset({"COUNTRY", "LOCATION"})
# people a state has only as its nationals: "two French nationals", "British expatriates"
NATIONALS = words("nationals")
# "a Thai crew member": a member of a crew, one of the people above
MEMBER_OF = words("nationals_member_of")
# merchant and fishing vessels: a flag or owner's nationality before them names no side
CIVIL_VESSELS = words("civil_vessels")
VESSEL_MODIFIERS = words("civil_vessel_modifiers")
# the types of a state and of those who act for it
STATE_TYPES = frozenset({"COUNTRY", "MILITARY", "GOVERNMENT"})
# people who serve or speak for their state: the state acts or is acted on through them
STATE_OWNED = (MEMBER_NOUNS - INDIVIDUAL_NOUNS) | FORCES
# determiners that count or point at some of a people, not the nation: "those Americans", "many Iraqis"
TELLING_APART = words("people_kind_quantifiers") | {"those", "these"}


def side_span(text: str, event: Event, doc):
    at = event.sentence.find(text) if text else -1
    if at < 0:
        return None
    span = doc.char_span(event.start + at, event.start + at + len(text), alignment_mode="expand")
    return span if span is not None and len(span) else None


def people_head(span, key: str, res: KnownActors):
    """The people noun heading a side phrase whose state or place `key` is only their nationality
    or home ("Yemeni fishermen", "three Palestinians"), or None."""
    head = shared_head(span, key, res) or counted_of(span.root) or span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in STATE_OWNED and not crew_member(head):
        return None
    if res.token_entity.get(head.i) == key:
        # the name itself heads the phrase: only a plural nationality noun is its people
        return head if head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS") else None
    people = is_people(head) or head.lemma_.lower() in INDIVIDUAL_NOUNS | NATIONALS or crew_member(head)
    shared = head.i != span.root.i   # "Somali" is the conjunct's own nationality
    return head if people and (shared or modified_by(head, key, res)) else None


def shared_head(span, key: str, res: KnownActors):
    """The people noun that coordinated nationalities share when the parser hung the first on
    another noun and took the noun for its conjunct ("seizing 12 Somali and 11 Yemeni nationals as
    well as arms": "Somali" modifying "arms", "nationals" its conjunct; "riots against French and other
    foreign nationals": "French" taken for a noun of its own), or None."""
    for t in span:
        # a nationality parsed as a noun is a phrase of its own: the people noun follows the side's words
        alone = t.ent_type_ == "NORP" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        if res.token_entity.get(t.i) == key and (t.dep_ == "amod" or alone):
            for c in t.conjuncts:
                if (alone or c.i in range(span.start, span.end)) and c.pos_ == "NOUN" and c.tag_ == "NNS" \
                        and c.lemma_.lower() in NATIONALS | INDIVIDUAL_NOUNS:
                    return c
    return None


def nationals_only(head) -> bool:
    """Whether a people noun names those a state has only as its nationals ("two British nationals",
    "the Filipino crew"), who act in their own name; a doer named by a nationality and a role or
    as "the Russians" is as often the state ("Russian bombers", "Iranian hackers")."""
    return head.lemma_.lower() in NATIONALS or crew_member(head)


def counted_of(root):
    """The people a count heads in "thousands of Iraqis", "some of the tourists", or None."""
    if not (root.like_num or root.lower_ in PARTITIVE):
        return None
    return next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def own_name_people(head, key: str, res: KnownActors) -> bool:
    """Whether people a state names act in their own name as a subject: its nationals and crews; a people
    other than the state's own name ("British Jews complained", "Iraqi Kurds protested"); and the state's
    own people counted or told apart ("about 300 Americans", "ordinary Iraqis", "those Americans who defy
    the ban"). Not "the Russians" nor "Russian bombers", as often the state that acts."""
    if nationals_only(head):
        return True
    if res.token_entity.get(head.i) != key:
        return head.ent_type_ == "NORP" and head.pos_ == "PROPN"
    return head.dep_ == "pobj" and counted_of(head.head.head) is not None or any(c.dep_ in ("nummod", "quantmod") or c.dep_ == "amod" and not c.ent_type_
               or c.dep_ == "det" and c.lower_ in TELLING_APART for c in head.lefts)


def modified_by(head, key: str, res: KnownActors) -> bool:
    """Whether the state or place `key` is named by a modifier of `head` ("Yemeni fishermen")."""
    return any(res.token_entity.get(t.i) == key for c in head.lefts
               if c.dep_ in ("amod", "compound", "nmod", "nummod") for t in c.subtree)   # "9 Iranian and 4 Pakistani nationals"


def crew_member(head) -> bool:
    """"a Thai crew member": a member of a ship's people, not of a state's body."""
    return head.lemma_.lower() == "member" and any(
        c.dep_ == "compound" and c.lemma_.lower() in MEMBER_OF for c in head.lefts)


def state_side(event: Event, side: str, res: KnownActors) -> bool:
    """Whether the other side is a state or its forces or government: a navy seizing a foreign
    fishing boat, a state holding a foreign tanker is a matter between the two states, where pirates
    or gunmen seizing one are not."""
    other = res.entities.get((event.subject if side == "object" else event.object) or "")
    return other is not None and other.type in STATE_TYPES


def civil_vessel(span, key: str, res: KnownActors) -> bool:
    """Whether a side phrase is a merchant or fishing vessel that its flag or owner's nationality
    `key` modifies ("a Greek tanker", "a Thai fishing trawler", "a Panamanian cargo ship"): the state
    is no side of what is done to it."""
    head = span.root
    lemma = head.lemma_.lower()
    civil = lemma in CIVIL_VESSELS or lemma in ("ship", "boat", "vessel") and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in VESSEL_MODIFIERS for c in head.lefts)
    return head.pos_ == "NOUN" and civil and modified_by(head, key, res)


def people_actor(head, key: str, res: KnownActors) -> str:
    """The key of the people `head` names, of the state `key`: "French nationals" -> "nationals
    (France)", "Palestinians" -> "Palestinians"."""
    state = res.entities[key]
    if res.token_entity.get(head.i) == key:
        name, kind = head.text, head.lower_
    else:
        # a people keeps its capital: "Jews (United Kingdom)"; a kind is written small: "nationals (France)"
        plural = head.text if head.pos_ == "PROPN" else head.lower_
        words = f"crew {plural}" if crew_member(head) else plural
        name, kind = f"{words} ({state.name})", ("crew " if crew_member(head) else "") + head.lemma_.lower()
    entity = Entity(key=f"GENERIC:{kind}:{key}", name=name, type="OTHER", country=state.country,
                    reason="generic description", aliases={head.text})
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ in ("det", "nummod", "quantmod", "advmod", "punct"):
        start += 1
    res.add_mention(head.doc[start:head.i + 1], entity, "nationals of a state", label="GENERIC")
    return entity.key


def people_for_state(event: Event, doc, res: KnownActors) -> Event:
    """The event with each side that a state or place stands in for the people there replaced by
    those people ("two British nationals threw stones" -> "nationals (United Kingdom)"), a side
    that is a civil vessel of the state's flag the vessel as object ("pirates seized a Greek tanker")
    and empty as subject, or as it is."""
    # "a French national" is one of France's: a relation's object stays the state; its subject does not
    # ("two French nationals joined Islamic State": the nationals joined, not France)
    sides = (("object", event.object_text), ("subject", event.subject_text))
    event = private_for_state(event, sides, doc, res)
    for side, text in sides[1:] if event.type in SENTENCE_RELATION_TYPES else sides:
        key = getattr(event, side)
        ent = res.entities.get(key) if key else None
        if ent is None or ent.type not in PLACE_KINDS:
            continue
        span = side_span(text, event, doc)
        if span is not None and civil_vessel(span, key, res) and not state_side(event, side, res):
            # the ship acted on is the side, not its flag ("pirates seized a Greek tanker"; vessels.py)
            event = replace(event, **{side: flagged_vessel(span.root, res) if side == "object" else None})
            continue
        head = people_head(span, key, res) if span is not None else None
        if head is not None and side == "subject" and not own_name_people(head, key, res):
            continue   # "the Russians vetoed it", "Russian bombers pounded": as often their state that acts
        if head is not None:
            # "give US tycoon Malcolm Glazer access": the person the description titles, not "tycoon (United States)"
            event = replace(event, **{side: titled_name(head, res) or people_actor(head, key, res)})
    return event


def private_for_state(event: Event, sides, doc, res: KnownActors) -> Event:
    """The event with each side that a state only places replaced by the person or firm it places
    ("the American legend" -> "legend (United States)", "France's Total" -> Total; private_sides.py)."""
    for side, text in sides:
        key = getattr(event, side)
        ent = res.entities.get(key) if key else None
        span = side_span(text, event, doc) if ent is not None and ent.type in PLACE_KINDS else None
        head = placed_head(span, key, res) if span is not None else None
        if head is not None:
            event = replace(event, **{side: private_side(head, key, res, people_actor)})
    return event
