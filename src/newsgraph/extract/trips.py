"""Whether a visit or a "meeting" read as CONSULT meets anyone (PLOVER CONSULT: talks, meetings, visits
between sides).

A state's, an office holder's or an organisation's visit to a place is diplomacy ("Straw is to visit
Thailand", "the IMF team visited Athens"); a crowd's trip to a place ("thousands of fans are expected to
travel to the festival", "tourists visited Phuket") is travel. (A named person's trip is left alone: an
office is not always named where the visit is.) A client seeing a doctor or a lawyer ("met with Dr. Andrews",
"shook hands with his defence lawyers") uses a service; no sides meet. A ball, a
cross or a shot "met" by a player is play, whatever the page is about. "Speaking to the BBC, X said"
and "Speaking at the trial, X said" name the occasion of the remarks that follow (an interview, a
speech, a testimony), not talks with anyone; one speaking "with" someone may be on the phone to him.
Called by `sense_cooperative.cooperative`.
"""
from __future__ import annotations

from ..wordlists import words
from .noun_phrases import prep_objects
from .quantities import is_people
from .sense_words import LAW_ENFORCEMENT, Dropped, lemma_in, object_kind

TRIP_VERBS = words("trip_verbs")
# the lay crowds that travel: "153,000 people", "thousands of fans", "tourists"
TRAVELLERS = words("travelling_crowds")
PLACES = frozenset({"GPE", "LOC", "FAC"})
HEALERS = words("healing_professions")
COUNSEL = words("counsel_nouns")
SPEAKING = words("remark_occasion_verbs")     # "Speaking to reporters, ..."
SAYING = words("speech_verbs")


def no_meeting(c) -> Dropped | None:
    """A CONSULT candidate that meets no one, as a `Dropped`: a private trip or play met; None otherwise."""
    if c.type != "CONSULT":
        return None
    lemma = c.trigger.lemma_.lower()
    if lemma in TRIP_VERBS and private_trip(c):
        return Dropped("private trip")
    if remarks_occasion(c.trigger):
        return Dropped("occasion of remarks")   # "Speaking to the BBC's Westminster Hour, Mr Kennedy said"
    if lemma == "meet" and any(object_kind(t) == "play" for t in met_things(c)):
        return Dropped("play met")   # "Carlisle's cross was met by Scott", "met the free-kick with a header"
    if serving(c.object_tok) and not lemma_in(c.subject_tok, LAW_ENFORCEMENT):
        return Dropped("service used")   # "met with Dr. Andrews", "consulted her lawyer" (not "prosecutors met")
    return None


def remarks_occasion(trigger) -> bool:
    """A participle of speaking set before a verb of saying, as the occasion of what is said ("Speaking to
    reporters in Geneva, the minister warned", "Speaking at the trial of his former boss, he said"); not
    one speaking "with" someone ("Speaking by phone with Mr Hu, Mr Bush said")."""
    return lemma_in(trigger, SPEAKING) and trigger.tag_ == "VBG" and trigger.dep_ == "advcl" \
        and lemma_in(trigger.head, SAYING) and not prep_objects(trigger, "with")


def serving(tok) -> bool:
    """A doctor, by noun or title ("Dr. James Andrews"), or one's own or a defence lawyer ("her lawyers",
    "his defence lawyers"; "lawyers for the families" may speak for a side)."""
    if tok is None:
        return False
    named = [tok, *(x for x in tok.children if x.dep_ in ("compound", "appos"))]
    return any(lemma_in(t, HEALERS) for t in named) or lemma_in(tok, COUNSEL) and any(
        x.dep_ == "poss" and x.pos_ == "PRON" or x.lower_ in ("defence", "defense") for x in tok.children)


def private_trip(c) -> bool:
    """A visit or journey to a place (a town, a country, a farm: no person, people or body) by a lay
    crowd ("people", "fans", "tourists", or "thousands of" them)."""
    place, crowd = c.object_tok, c.subject_tok
    if place is None or crowd is None:
        return False
    crowd = next((o for p in crowd.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"), crowd)   # "thousands of fans"
    if not lemma_in(crowd, TRAVELLERS):
        return False
    if is_people(place) or place.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False        # "visited the victims' families", "visit the Atlanta Hawks"
    return place.ent_type_ in PLACES or place.pos_ == "NOUN"


def met_things(c) -> list:
    """What "meet" meets: its direct object or passive subject ("the cross was met by"), each through a
    partitive ("met all of its promises" -> promises), and the candidate's object."""
    found = [t for t in c.trigger.children if t.dep_ in ("dobj", "nsubjpass")]
    found += [o for t in found for o in prep_objects(t, "of")]
    return found + ([c.object_tok] if c.object_tok is not None else [])

