"""Precision rules (session 10): a title that names a trade or one holder among several
(extract/titles.py, gate.as_member), a speech to an audience as no talks (sense_cooperative.audience),
a party's pledge to no one (gate rules), places 'worst hit' (everyday.py), and the held-back rule on a request missing its named addressee.
Sentences of our own; each dropped or retyped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import everyday, gate, idle_contacts, sense, sense_cooperative, titles, trips

NEW_RULES = ("trade title", "party pledge")
FILM_REVIEW = ("Blue Harbour director Jo Lee won the best film award at the festival on Sunday. The movie, "
               "a drama starring the actress Ann Marsh, drew fans and critics to its premiere, and the "
               "film's song tops the music chart.")


@pytest.fixture()
def without_new_rules(analyse_without):
    return lambda text: analyse_without(
        text, (gate, "RULES", tuple(r for r in gate.RULES if r[0] not in NEW_RULES)),
        (gate, "as_member", lambda event, doc: event),
        (sense_cooperative, "audience", lambda tok: False), (sense, "pledge", lambda c: False),
        # session 37's rule on talk to an unnamed crowd drops the audience too
        (idle_contacts, "crowd_addressed", lambda event, trigger: False),
        # session 52's rule on a speaking participle as the occasion of remarks drops it too (trips.py)
        (trips, "remarks_occasion", lambda trigger: False))


@pytest.mark.parametrize("text, event", [
    # a trade with the holder's nationality: no country led
    ("British director Sean Reed won the jury prize at the festival in Venice.", ("LEADERSHIP", "director")),
    # in a document about film, a director named by a work made it
    (FILM_REVIEW, ("LEADERSHIP", "director")),
    # a speech to a chamber, a class or an outlet's programme is a statement, not talks
    ("Speaking to Parliament on Tuesday, the home secretary said the law would change.", ("CONSULT", "Speaking")),
    ("The first minister was speaking to more than 200 students at a school in Perth.", ("CONSULT", "speaking")),
    # a party's promise to no one: a campaign pledge
    ("The Liberal Democrats are promising to cut income tax for low earners.", ("AGREE", "promising")),
    ("The Tories have pledged to abolish the tax on inheritances.", ("AGREE", "pledged")),
])
def test_new_rules_drop_their_class(text, event, analyse_text, without_new_rules):
    assert event in type_triggers(without_new_rules(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # the office, with a qualifier or a body "of"
    ("Paula Grant, managing director of Harbour Foods, said sales had risen.", ("LEADERSHIP", "director")),
    ("Jim Cole, director of the Wildlife Society, said the ban was lifted.", ("LEADERSHIP", "director")),
    # talks with a person
    ("The prime minister spoke to President Putin by telephone on Sunday.", ("CONSULT", "spoke")),
    # a state's pledge stands alone
    ("Britain has pledged to pay half of the debt owed by Kenya.", ("AGREE", "pledged")),
])
def test_events_outside_the_new_classes_are_kept(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event, dropped", [
    # the addressee named, one and definite, and missing from the event
    ("Labour MPs urged the board to drop the tax rise.", ("REQUEST", "urged"), True),
    # no one in particular, or several bodies: the object stays empty
    ("Britain urged other donors to match its pledge.", ("REQUEST", "urged"), False),
    ("The union called on the warring parties in Chad to stop fighting.", ("REQUEST", "called"), False),
])
def test_held_back_addressee_rule(text, event, dropped, analyse_text, without_new_rules, monkeypatch):
    assert event in type_triggers(without_new_rules(text))
    monkeypatch.setattr(gate, "RULES", gate.RULES + gate.HELD_BACK)
    assert (event not in type_triggers(analyse_text(text))) is dropped


def test_one_director_among_several_is_a_member(analyse_text, without_new_rules):
    text = "Tom Leary, a director of the Halden Bank, resigned on Monday."
    assert ("LEADERSHIP", "director") in type_triggers(without_new_rules(text))
    assert ("AFFILIATION", "director") in type_triggers(analyse_text(text))
    assert ("LEADERSHIP", "director") not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, several", [
    ("Tom Leary, a director of the bank, resigned.", True),
    ("Ann Cole, an ecologist and executive director of the trust, spoke.", False),
    ("Ann Cole, the director of the trust, spoke.", False),
])
def test_an_indefinite_title_is_one_of_several(text, several, nlp):
    doc = nlp(text)
    title = next(t for t in doc if t.lower_ == "director")
    assert titles.one_of_several(title) is several


def test_places_worst_hit_are_no_attackers(analyse_text, monkeypatch):
    text = "The storm left 300 people dead, with Haiti, Cuba and Jamaica worst hit."
    assert ("ASSAULT", "hit") not in type_triggers(analyse_text(text))
    monkeypatch.setattr(everyday, "impact_suffered", lambda trigger: False)
    assert ("ASSAULT", "hit") in type_triggers(analyse_text(text))
