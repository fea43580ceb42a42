"""Violence words of play in a sport story. In a document the domain classifier finds to be about sport
(domain.Context), a word of violence that names a player's position ("moved from shooting guard
to point guard") or a blow of the ring ("bombed him with a right hand", "floored him with a left hook")
is the game, not an attack, though the word is one that is violence in any other story. Called by the
sense judge (extract/sense.py) before the conflict senses, which keep literal violence in every domain.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import SPORT_ROLES, lemma_in

POSITIONS = words("sport_positions") | SPORT_ROLES
RING_BLOWS = words("ring_blows")
SPOKEN_JUDGEMENTS = words("spoken_judgements")
SAID_DECEITS = words("said_deceits")
# what such words make: criticism or blame, praise, a claim rejected
JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
GOVERNING_BODIES = words("sport_governing_bodies")
# a penalty that a governing body, a court or a state deals, never a club to its own player
BANS = frozenset({"ban"})
# penalties and charges whose lifting or reversal a player, club or lawyer asks for
PENALTIES = words("appealed_penalties")
CROWDS = words("crowd_nouns")
CROWD_MISSILES = words("crowd_missiles")


def sport_play(c, domain: str | None) -> bool:
    """The candidate's trigger is play in a sport story (see the module)."""
    if domain != "sport":
        return False
    trigger = c.trigger
    if trigger.dep_ in ("amod", "compound") and trigger.head.i != trigger.i and lemma_in(trigger.head, POSITIONS):
        return True     # "a shooting guard"
    position = c.object_tok
    if position is not None and position.i == trigger.i + 1 and trigger.tag_ == "VBG" and lemma_in(position, POSITIONS) \
            and not any(x.dep_ in ("det", "poss") for x in position.children):
        return True     # "moved from shooting guard to point guard", parsed as a gerund and its object
    if any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and lemma_in(o, RING_BLOWS)
                                                           for o in p.children) for p in trigger.children):
        return True     # "floored him with a left hook"
    return crowd_abuse(c)


def crowd_abuse(c) -> bool:
    """Fans who single out a player, manager or referee ("Gronkjaer has been targeted by the home fans", "the
    crowd targeted the referee all afternoon"): jeers and chants, no attack, unless the sentence tells a thing
    thrown or a blow ("was targeted by a fan with a coin", "targeted by fans and needed treatment for an injury")."""
    trigger = c.trigger
    if c.type != "ASSAULT" or trigger.lemma_.lower() != "target" or not lemma_in(c.subject_tok, CROWDS):
        return False
    return not any(p.dep_ == "prep" and p.lower_ == "with" for p in trigger.children) \
        and not any(lemma_in(t, CROWD_MISSILES) for t in trigger.sent)


def spoken_judgement(c) -> bool:
    """Criticism, blame or praise of someone by someone, in words no game uses for play ("Robinson lambasted the
    referee", "paid tribute to his striker", "rejected Wenger's claims"): an event in a sport story too."""
    said = [c.trigger, *(x for x in c.trigger.children if x.dep_ == "dobj")]   # "lodged a complaint against"
    # both sides actors: "rejected claims that she is a declining force" names no one who claimed
    return c.type in JUDGEMENT_TYPES and c.subject is not None and c.object is not None \
        and (any(lemma_in(t, SPOKEN_JUDGEMENTS) for t in said) or said_deceit(c))


def said_deceit(c) -> bool:
    """An accusation that the other lied or cheated, told by what the speaker said or claimed ("said
    Mourinho had lied", "Bellamy's claim that Souness had lied"): conduct, not play."""
    return c.type == "ACCUSE" and any(x.dep_ in ("ccomp", "acl") and lemma_in(x, SAID_DECEITS)
                                      for x in c.trigger.children)


def governing_penalty(c) -> bool:
    """A governing body's penalty on someone ("the league fined the winger", "UEFA banned Rangers") that is not
    the sport's own discipline of those inside it (which the sense judge drops first since session 45:
    extract/sport_discipline.py), as one on a side outside the sport: a SANCTION in a sport story too; a club
    fining its own player is the employer's business and stays the sense judge's. A ban told with no doer ("Chambers was
    banned for two years", "the decision to ban him from the Olympics") is a governing body's (or a
    court's) too: a club fines, suspends or drops its own player, it does not ban him."""
    if c.object is None or not (c.type == "SANCTION" or lemma_in(c.trigger, BANS)):
        return False
    return lemma_in(c.subject_tok, GOVERNING_BODIES) or lemma_in(c.trigger, BANS) and c.subject_tok is None


def penalty_appealed(c) -> bool:
    """A request about a penalty or charge an authority deals ("called for the doping charges to be dropped",
    "urged the federation to lift his ban", "says the association should reverse the decision to ban him"): a
    request about an authority's decision, by the sport conventions of the precision audit, not team talk."""
    return c.type == "REQUEST" and any(t.i != c.trigger.i and t.pos_ == "NOUN" and lemma_in(t, PENALTIES)
                                       for t in c.trigger.subtree)   # not "to charge down the kick"
