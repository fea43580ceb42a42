"""Contacts that are no consultation between actors (PLOVER CONSULT: meetings, visits and talks
between the parties to a matter), read from the parse around the trigger (called by idle_acts.idle):

- a visit to a place that resolved to no state ("the Lib Dem leader visits Manchester and Shrewsbury",
  "will visit Auschwitz"): a tour of towns, sites and constituencies, where no host is met; a visit
  to a country ("visited China", "visited Kyiv": a capital stands for its state) stays, as PLOVER codes it. The
  recogniser often takes a town for a person or a firm, so a town is also known by its name being a
  city's (GeoNames);
- a witness, victim or suspect speaking to the police, or the police speaking to them ("when police
  approached to speak with the young man", "she pushed through the crowd to speak with officers"):
  questioning and statements at a scene or in an inquiry, not talks between parties;
- talking to people the sentence names by no name and no office ("was talking to 100 teenagers in
  the Highlands", "spoke to residents outside the hall"): an audience or a chance encounter, no party
  consulted (talking to "union leaders" or "the Iranian foreign minister" stays);
- a state's body, or a body of any kind named as a council, committee or court, meeting with no one
  else ("the city council will meet to decide", "cabinet members held their last meeting", "the
  federation's council meets in March"): its own session, where no other party is consulted (members
  of a union of states meeting, "EU finance ministers meet", are states consulting each other).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..model import Event
from ..resolve.gazetteer import load_gazetteer
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_type, unnamed

# verbs and nouns of a visit, whose object is the place gone to
VISITING = words("visit_words")
# verbs of talking, whose other side is whom one talks with
SPEAKING = words("speaking_verbs")
# words that name the police by their office, in a side's phrase ("the police", "two detectives")
POLICE = words("police_words")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# verbs and nouns of a meeting, whose session a body may hold alone
MEETING = words("idle_contacts_meeting")
# bodies named by their kind, whose own meeting is a session ("the council", "the committee")
SITTING_BODIES = words("referring_body_kinds")
STATE_PREFIX = "gaz:"
# people in the largest place of a name from which the name is a town's in news ("Manchester", "Shrewsbury")
TOWN_POPULATION = 50_000


def idle_contact(event: Event, trigger, res: KnownActors) -> str | None:
    """The name of the rule that finds the consultation no contact between actors, or None."""
    if event.type != "CONSULT" or trigger is None:
        return None
    if visited_place(event, trigger, res):
        return "place visited"
    if police_contact(event, trigger):
        return "police contact"
    if crowd_addressed(event, trigger):
        return "crowd talked to"
    if own_session(event, trigger, res):
        return "body's own session"
    return "persuasion" if talked_into(trigger) else None


def talked_into(trigger) -> bool:
    """"talked the gunman into surrendering", "talked him out of shooting": one side persuading another
    to act, no talks between parties."""
    return trigger.lemma_.lower() == "talk" and any(x.dep_ == "dobj" for x in trigger.children) and any(
        x.dep_ == "prep" and x.lower_ in ("into", "out") for x in trigger.children)


def own_session(event: Event, trigger, res: KnownActors) -> bool:
    """A meeting with no one else, held by a state's body or by a body named as a council, committee
    or court: the body sitting, not consulting another actor."""
    if event.object is not None or event.subject is None or trigger.lemma_.lower() not in MEETING:
        return False
    head = (event.subject_text or "").lower().split()[-1:]
    return entity_type(event.subject, res) == "GOVERNMENT" or bool(head) and head[0] in SITTING_BODIES


def visited_place(event: Event, trigger, res: KnownActors) -> bool:
    """A visit whose object the sentence writes as a place (a town, a region, a site) and that resolved
    to no state of the gazetteer: the place itself, not a host."""
    if trigger.lemma_.lower() not in VISITING or event.object is None or event.object.startswith(STATE_PREFIX):
        return False
    named = [t for t in trigger.sent if res.entity_at(t.i) == event.object]
    if not named:
        return False
    entity = res.entities.get(event.object)
    if entity is None or (res.gazetteer or load_gazetteer()).country_of_capital(entity.name) is not None:
        return False    # a capital stands for its state ("visited Kyiv"), even where it resolved to none
    return all(t.ent_type_ in PLACE_LABELS for t in named) or town_population(entity.name) >= TOWN_POPULATION


@lru_cache(maxsize=4096)
def town_population(name: str) -> int:
    """The people in the largest city or region (GeoNames) called `name`, or 0 below TOWN_POPULATION."""
    from ..geo.names import name_key  # noqa: PLC0415

    return _towns().get(name_key(name), 0)


@lru_cache(maxsize=1)
def _towns() -> dict[str, int]:
    """Every GeoNames name key of a city or region of TOWN_POPULATION people or more, with the largest
    one's population: a small table kept in the cache folder (geo.geocoder.derived_table), so that a worker
    loads no gazetteer of its own for it."""
    from ..geo.geocoder import derived_table  # noqa: PLC0415  (loaded only for a visit's object)

    return derived_table("town_populations", Path(__file__), town_populations)


def town_populations(gaz) -> dict[str, int]:
    """Name key -> population of its largest city or region, for those of TOWN_POPULATION or more."""
    from ..geo.gazetteer import ADMIN1, PLACE  # noqa: PLC0415

    table = {}
    for key in gaz.by_key:
        people = max((gaz.population[r] for r in gaz.rows(key) if gaz.feature[r] in (ADMIN1, PLACE)), default=0)
        if people >= TOWN_POPULATION:
            table[key] = people
    return table


def crowd_addressed(event: Event, trigger) -> bool:
    """A verb of speaking whose other side is people named by no name and no office, an unnamed
    collective ("talking to 100 teenagers", "spoke to residents"): an audience, not a party consulted."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in SPEAKING and unnamed(event.object)


def police_contact(event: Event, trigger) -> bool:
    """Talking with the police, or the police talking with someone: a verb of speaking one of whose
    sides the sentence names as police."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in SPEAKING:
        return False
    return any(police_phrase(text, trigger) for text in (event.subject_text, event.object_text))


def police_phrase(text: str, trigger) -> bool:
    """The side's phrase, as the sentence writes it, holds a word for the police."""
    if not text:
        return False
    sent = trigger.sent
    at = sent.text.find(text)
    if at < 0:
        return False
    span = trigger.doc.char_span(sent.start_char + at, sent.start_char + at + len(text), alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in POLICE or t.lower_ in POLICE for t in span)
