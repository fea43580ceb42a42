"""The word classes the sense judge reads (extract/sense.py, extract/sense_cooperative.py): what an
event acts on (a proposition, a work, a game, a market, a show) and who plays a game; and `Dropped`,
the judge's verdict that a candidate is no event, with the test that failed. The document's domain
(match report, film review, business or tech story) is newsgraph/domain.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..wordlists import words

# the first class that holds an object noun is its class
OBJECT_KINDS = {"proposition": words("proposition_nouns"), "work": words("work_nouns"),
                "play": words("play_nouns"), "market": words("market_nouns"), "show": words("show_nouns")}
SPORT_ROLES = words("sport_roles")
FIRM_ROLES = words("firm_roles")
BODILY_BLOWS = words("bodily_blows")
# the natural hazards ("a quake on an island that killed 10": sense.hazard_clause), and with them every cause that is
# not an actor ("an earthquake hit Indonesia", "inflation hit consumers")
NATURAL_HAZARDS = words("natural_hazards")
NOT_ACTORS = NATURAL_HAZARDS | words("not_actors")
# police, prosecutors and regulators: who acts for the law, in a match report as anywhere
LAW_ENFORCEMENT = words("law_enforcement")
# a result: "4-2", "6-3 6-4", "31-24" (years and ranges have more digits; "12-13 May" is a date)
# (a split vote of judges or members is no score: "rejected in a 2-1 decision", "a 5-4 ruling")
SCORE = re.compile(r"(?<![\d/-])(?<!\d[.,])\d{1,2}-\d{1,2}(?![\d/-]|[.,]\d|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                   r"|\s+(?:decision|ruling|vote|verdict|majority|judgment|judgement|split)s?\b)")
# in a match report a country is its team; these are political whatever the page is about
POLITICAL = frozenset({"GOVERNMENT", "MILITARY", "ARMED_GROUP"})
# what extraction calls a person the document gives an office in a state, government or armed group
# when they make a statement ("Greek President X condemned the violence"): they speak for it
OFFICE_HOLDER = "OFFICE_HOLDER"
STATES = POLITICAL | {"COUNTRY"}


@dataclass(frozen=True, slots=True)
class Dropped:
    """The sense judge's verdict that a candidate is no event, and why: the name of the test that
    failed ("sport domain", "hypothetical"), which the funnel shows (extract/fates.py)."""
    reason: str


def object_kind(tok) -> str | None:
    """The semantic class of what an event acts on: proposition, work, play, market or show."""
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    for kind, nouns in OBJECT_KINDS.items():
        if lemma in nouns or tok.lower_ in nouns:
            return kind
    return None


def lemma_in(tok, nouns) -> bool:
    return tok is not None and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def played(c, roles=None) -> bool:
    """A side of the event is a player, coach or team (or, but for a blow to the body, a firm's
    chairman or board): the violence word is a game's or a boardroom's."""
    if roles is None:
        roles = SPORT_ROLES if lemma_in(c.trigger, BODILY_BLOWS) else SPORT_ROLES | FIRM_ROLES
    return any(lemma_in(t, roles) for t in (c.subject_tok, c.object_tok))
