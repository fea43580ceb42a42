"""A side's claim that its enemy struck it accuses the enemy (PLOVER ACCUSE: "accuse, allege, blame"):
"Ukraine said Russian forces shelled Kharkiv" is Ukraine's ACCUSE of the Russian forces besides the
shelling (ASSAULT, sourced to Ukraine), as "Hamas said Israeli jets struck a school in Gaza" is Hamas's
ACCUSE of Israel's air force. The speaker is a party (a state, its government or forces, an armed group,
or a person who speaks for one) on the struck side: the attack's target is the speaker's own or of its
country, or the attack's place is in its country. A neutral teller makes the act only: police telling of
a crime, a witness, an agency or the outlet ("police said gunmen attacked the bank"); so does a third
state reporting others' fighting, which may be its ally's ("the US said Israeli jets struck Hamas").
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..model import ARMED_TYPES
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_type, unnamed
from .frames import Candidate
from .place import location_for
from .speaker_bodies import body_of
from .statements import speaker_of

# parties to a fight: those who strike and those who speak for a struck side
PARTIES = ARMED_TYPES | frozenset({"COUNTRY", "GOVERNMENT"})
# police tell of crimes, they are no side in them ("police said the gang attacked the van")
POLICE = words("police_words")
# how an attack's clause hangs under the verb that reports it: "said X shelled Y and (X) killed Z"
CHAINED = frozenset({"conj", "xcomp"})


def enemy_claims(candidates: list[Candidate], res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """ACCUSE by the struck side's speaker of the doer of each attack it is said to have suffered."""
    for c in candidates:
        if c.type != "ASSAULT" or c.frame is not None and c.frame.symmetric or not _party(c.subject, res):
            continue
        verb = _reporting_verb(c.trigger, lex)
        if verb is None:
            continue
        speaker = speaker_of(verb, res, attributor)
        if speaker is None or unnamed(speaker[0]) or speaker[0] == c.subject:
            continue
        body = body_of(speaker[0], res, verb.doc)
        if _party(body, res) and _opposed(body, c.subject, res) and _struck_side(c, body, res):
            yield Candidate("ACCUSE", verb, speaker[0], c.subject, speaker[1], c.subject_tok, None, verb)


def _reporting_verb(trigger, lex):
    """The verb of saying whose reported clause tells the attack ("said Russian forces shelled ..."), or
    None: an attack told as a noun, negated, or in a clause of its own."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in children(trigger)):
        return None
    t = trigger
    while t.dep_ in CHAINED and t.head.i != t.i:
        t = t.head
    head = t.head
    if t.dep_ != "ccomp" or head.lemma_.lower() not in lex.reporting or any(c.dep_ == "neg" for c in children(head)):
        return None
    return head


def _party(key: str | None, res: KnownActors) -> bool:
    """A named state, government, force or armed group, not a police force."""
    ent = res.entities.get(key) if key else None
    return ent is not None and not unnamed(key) and not key.startswith("OTHER:") and ent.type in PARTIES \
        and not POLICE & set(ent.name.lower().split())


def _country(key: str | None, res: KnownActors) -> str | None:
    ent = res.entities.get(key) if key else None
    return ent.country if ent is not None else None


def _opposed(body: str, doer: str, res: KnownActors) -> bool:
    """Whether the speaker's side is not the doer's: another state, or an armed group and a state's forces
    ("the army said Boko Haram attacked the village"), never a force of the speaker's own state."""
    if body == doer or res.entities[doer].parent == body or res.entities[body].parent == doer:
        return False
    if "ARMED_GROUP" in (entity_type(body, res), entity_type(doer, res)):
        return True
    return _country(body, res) is not None and _country(body, res) != _country(doer, res)


def _struck_side(c: Candidate, body: str, res: KnownActors) -> bool:
    """Whether the attack struck the speaker's side: its target is the speaker or of its country, or its
    clause places it in the speaker's country. An armed group struck is another side, wherever it is:
    "Iraq said US jets struck Islamic State positions in Mosul" reports an ally's strike on its enemy."""
    country = _country(body, res)
    if c.object == body:
        return True
    if entity_type(c.object, res) == "ARMED_GROUP" or country is None:
        return False
    return country in (_country(c.object, res), _country(location_for(c, res), res))
