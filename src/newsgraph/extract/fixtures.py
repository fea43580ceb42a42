"""A game between two teams named by a noun that also names a meeting or a row: "Sunday's Heineken Cup clash
with Wasps", "San Diego's first meeting with the Steelers this season", "the league encounter with Celtic". A
match or fixture is never an event (the precision audit's sport conventions), in any story: the noun's own
phrase tells it by a word of sport (a cup, a league, a season, a final; not a fan or a player) next to it. A row with a person ("his
clash with the manager") or talks ("a meeting with the minister") name no sport word and stay events; a
clash with a person is kept even beside one. Called by the sense judge (sense.no_act_between_sides)."""
from __future__ import annotations

from ..wordlists import words
from .quantities import PEOPLE, is_people

FIXTURES = words("fixture_nouns")
SPORT_WORDS = words("sport_cues")
# the words before the noun read as its phrase: "Sunday's return Heineken Cup clash"
WINDOW = 5
# the dependencies of the noun's own phrase: "first", "Saturday's", "league", "this season"
OWN_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})


def fixture(c, entity_type) -> bool:
    """The candidate's trigger noun names a game (see the module); `entity_type(key)` gives a side's entity type."""
    trigger = c.trigger
    if trigger.lemma_.lower() not in FIXTURES or not (trigger.pos_ == "NOUN" or any(
            x.dep_ in ("poss", "det") for x in trigger.children) or any(t.tag_ == "POS" for t in before(trigger))):
        return False    # "Saturday's league clash", parsed as a verb, is a noun still; not "fans clash with police"
    if c.object is not None and entity_type(c.object) == "PERSON" \
            or c.object is None and c.object_tok is not None and is_people(c.object_tok) \
            or c.object is None and c.subject is not None and entity_type(c.subject) == "PERSON" \
            or any(t is not None and t.lemma_.lower() in PEOPLE for t in (c.subject_tok, c.object_tok)):
        return False    # "his clash with the manager", "Healey's clash": a row between people
    return any((t.lemma_.lower() in SPORT_WORDS or t.lower_ in SPORT_WORDS) and not is_people(t) for t in phrase(trigger))


def phrase(trigger):
    """The noun's own words: its modifiers (not its sides nor its clauses), and the nouns and names just before it."""
    for x in trigger.children:
        if x.dep_ in OWN_DEPS:
            yield from x.subtree    # not "after the cup final" (a time) nor "between Hamas and its supporters" (the sides)
    yield from before(trigger)


def before(trigger):
    """The nouns, names and possessive marks just before the noun, within WINDOW words."""
    i = trigger.i - 1
    while i >= max(trigger.sent.start, trigger.i - WINDOW) and trigger.doc[i].pos_ in ("NOUN", "PROPN", "PART", "ADJ", "NUM"):
        yield trigger.doc[i]
        i -= 1
