"""Discipline inside a sport (the convention of session 45). In a document the domain classifier finds to be
about sport (domain.Context), a sport's own body (a league, FA, federation, anti-doping agency, sport tribunal or
panel, IOC, IAAF, UEFA, FIFA ...) or a club charging, investigating, banning, suspending or fining a player, coach,
official or club ("the federation banned the runner for two years", "the FA charged the striker with violent
conduct", "was found guilty of stamping on an opponent"; a charge told with no doer may be a prosecutor's and
stays) is the sport's internal business: no PLOVER event, as an employer suspending its employee. A state's, a court's, the police's or a state regulator's act on the same people
(an arrest, a prosecution, a conviction, a government's ban of a team) is judged as in any news: a doer of that kind,
or a court, the police or a crime named in the sentence, keeps the event. Called by the sense judge
(extract/sense.py) with the other tests of no act between sides.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import LAW_ENFORCEMENT, POLITICAL, SPORT_ROLES, lemma_in
from .sport_play import GOVERNING_BODIES

SPORT_BODIES = GOVERNING_BODIES | words("sport_discipline_bodies")
DISCIPLINE_ACTS = words("discipline_acts")
LAW_CUES = words("law_cues")
# penalties are discipline whatever their word; a charge or an inquiry only by its word (criticism stays words)
PENALTY_TYPES = frozenset({"SANCTION"})
DISCIPLINE_TYPES = frozenset({"SANCTION", "ACCUSE", "COERCE"})
# the parts of a body's name: "the Court of Arbitration for Sport", "the Kenyan Athletics Federation"
NAME_PARTS = frozenset({"compound", "amod", "nmod", "pobj", "prep"})
# sides that are no one inside the sport: a government, its forces, the press (a country in a sport story is its team)
OUTSIDERS = POLITICAL | {"MEDIA"}


def internal_discipline(c, domain: str | None, entity_type) -> bool:
    """The candidate is a sport's own discipline of those inside it (see the module)."""
    if domain != "sport" or c.type not in DISCIPLINE_TYPES or c.object is None:
        return False
    if c.type not in PENALTY_TYPES and not lemma_in(c.trigger, DISCIPLINE_ACTS):
        return False    # "UEFA criticised the club", "the fans attacked the coach": no discipline
    if entity_type(c.object) in OUTSIDERS:
        return False    # "the federation banned the newspaper's reporters"
    if c.subject_tok is None:   # "Chambers was banned for two years", "was found guilty of stamping"; not "was
        # banned from driving", nor a charge with no doer, as often a prosecutor's ("were charged with distributing
        # steroids")
        return c.type != "ACCUSE" and not law_named(c)
    # "the FA charged the striker", "the Court of Arbitration for Sport banned her"; not "the government banned
    # the team", "police charged the striker"
    return sport_body(c.subject_tok) and not lemma_in(c.subject_tok, LAW_ENFORCEMENT)


def sport_body(tok) -> bool:
    """A sport's body or a club by a word of its name ("the Kenyan Athletics Federation", "the IAAF", "the Court
    of Arbitration for Sport", "a disciplinary panel") or a player's team ("his club", "the team")."""
    parts = [tok]
    for part in parts:
        parts.extend(x for x in part.children if x.dep_ in NAME_PARTS and (x.dep_ != "prep" or x.lower_ in ("of", "for")))
    return any(lemma_in(t, SPORT_BODIES) for t in parts) or lemma_in(tok, SPORT_ROLES)


def law_named(c) -> bool:
    """A court, prison, prosecution or crime in the sentence of an act told with no doer: the act is the state's or
    a court's ("was banned from driving for a year", "was found guilty of assault at the Crown Court"). Wider than
    legal_process.before_the_law, which reads only the act's own phrase: a doer-less penalty has no other clue."""
    return any(lemma_in(t, LAW_CUES) and not (t.lower_ == "court" and (t.head.lower_ == "on" or sport_body(t)))
               for t in c.trigger.sent)   # not "on court" (play) nor "the Court of Arbitration for Sport"


STATE_ACTS = frozenset({"SANCTION", "COERCE"})


def state_act(c, entity_type) -> bool:
    """A penalty or restraint by a state body, a court or the police ("a court in Leeds convicted the striker", "the
    government banned the national team from the tournament"): judged as in any news, not as the game's."""
    if c.type not in STATE_ACTS or c.subject_tok is None or sport_body(c.subject_tok):
        return False    # "the Court of Arbitration for Sport" is the sport's
    return entity_type(c.subject) == "GOVERNMENT" or lemma_in(c.subject_tok, LAW_ENFORCEMENT | LAW_CUES)
