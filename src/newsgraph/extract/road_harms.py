"""Deaths and injuries on the road told with the words of driving, whoever took part (called by the
sense judge, extract/sense_conflict.py, beside everyday.traffic_death and run_down, below):

- a killing or a blow in a sentence that names an offence of driving ("was charged with third-degree
  murder and vehicular homicide", "the hit-and-run driver who killed a woman", "charged with DWI after
  he struck and killed a pedestrian"): the charge of murder or the blow is a road death's;
- a blow in a sentence where a vehicle is what strikes ("struck her as she walked, when the car struck
  her and fled"): a collision (not "rioters struck a police van");
- a death "in a car accident" even in a story of police or troops, whose side the story may have
  filled in ("his brother was killed in a car accident two years ago");
- a blow by impact in a story whose words of vehicles and offences of driving come at least three times
  and outnumber its words of weapons and attack (run_down counts vehicles alone).

None holds with a weapon or a word of attack in the sentence ("hit-and-run attacks by rebels", "rammed
the crowd in a terror attack"), nor for a verb of shooting or stabbing ("the trooper shot a suspect of
drunken driving").
"""
from __future__ import annotations

import re

from ..doctext import doc_text, kept, lemma_lowers, token_lowers, tokens_with_pos
from ..wordlists import words
from . import everyday
from .everyday import accident_phrase, armed
from .sense_words import lemma_in

ROAD_OFFENCES = words("road_offences")
# the words of harm a road death is told with besides the blow by impact: a killing, a charge of murder
ROAD_HARMS = words("road_harms")
_OFFENCE = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in ROAD_OFFENCES), key=len, reverse=True)) + r")\b")


def road_death(c, security: bool) -> bool:
    """The ASSAULT candidate `c` is a death or blow on the road (see the module's docstring); a story's
    words count only when no side is police, troops or armed men (`security`)."""
    if c.type != "ASSAULT" or not lemma_in(c.trigger, ROAD_HARMS | everyday.IMPACT_VERBS):
        return False
    sent = c.trigger.sent
    if any(armed(t) for t in sent):
        return False
    if offence_named(sent.text) or accident_phrase(c.trigger):
        return True
    return impact_in(sent) and (vehicle_collision(sent) or not security and road_story(c.trigger.doc, offences=True))


def impact_in(sent) -> bool:
    """A verb of impact in the sentence, the harm's own or the one that tells how it came ("struck and
    killed her", "was killed Wednesday night when LaSalle struck and killed her")."""
    return any(t.pos_ == "VERB" and lemma_in(t, everyday.IMPACT_VERBS) for t in sent)


def offence_named(text: str) -> bool:
    """The text names an offence of driving."""
    return _OFFENCE.search(plain(text)) is not None


def plain(text: str) -> str:
    """The text as offences are listed: lower case, hyphens and "&" read as spaces and "and"."""
    return re.sub(r"\s+", " ", re.sub(r"-", " ", text.lower().replace("&", " and ")))


def vehicle_collision(sent) -> bool:
    """A vehicle strikes in the sentence: "the car struck her", "was hit by a lorry"."""
    return any(lemma_in(t, everyday.IMPACT_VERBS) and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and lemma_in(c, everyday.VEHICLES) or c.dep_ == "agent" and any(lemma_in(o, everyday.VEHICLES) for o in c.children)
        for c in t.children) for t in sent)


def run_down(c) -> bool:
    """Someone striking or running over another in a story of a road death ("LaSalle hit and killed a
    woman walking out of a store", "after hitting her, the suspect sideswiped a parked car"): a verb of
    impact with no weapon or word of attack in its sentence, in a story whose words of vehicles come at
    least three times and outnumber its words of weapons and attack (police, who tell of road deaths too,
    are no sign either way). A driver who rams a crowd is told with such words ("in a terror attack",
    "deliberately drove into")."""
    if c.type != "ASSAULT" or not everyday.driven_into(c.trigger) or any(armed(t) for t in c.trigger.sent):
        return False
    return road_story(c.trigger.doc)


def road_story(doc, offences: bool = False) -> bool:
    """A story of the road: its words of vehicles (with its offences of driving named, `offences`) come at
    least three times and outnumber its words of weapons and attack. The counts are read once per document:
    each ASSAULT candidate asks."""
    vehicles, arms = kept(doc, _ROAD_COUNTS, road_counts)
    road = vehicles + (kept(doc, _OFFENCE_COUNT, lambda d: len(_OFFENCE.findall(plain(doc_text(d))))) if offences else 0)
    return road >= 3 and road > arms


_ROAD_COUNTS = ("newsgraph", "road story counts")
_OFFENCE_COUNT = ("newsgraph", "road offences named")
_VERB = frozenset({"VERB"})


def road_counts(doc) -> tuple[int, int]:
    """How many of the story's words are of vehicles, and how many are of weapons and attack (`armed`),
    read once per document from its lemma, word and part-of-speech arrays (each ASSAULT candidate asks)."""
    verbs = set(tokens_with_pos(doc, _VERB))
    vehicles = arms = 0
    for i, (lemma, lower) in enumerate(zip(lemma_lowers(doc), token_lowers(doc), strict=True)):
        vehicles += lemma in everyday.VEHICLES or lower in everyday.VEHICLES
        arms += i not in verbs and (lemma in everyday.ARMS or lower in everyday.ARMS)
    return vehicles, arms
