"""The one an act of law falls on, named through a relative pronoun or a plural that stands for people
named before: "X, who was arrested and charged", "They were charged", "prosecutors charged them", "the
two were convicted" (extract/clause_links.passive_subject, arguments.held_pronoun, pair_nouns.pair_phrase)."""
import pytest

from named_events import named_sides

PAIR = "Kevin Marsh and Laura Pike were arrested at the port on Monday. "


@pytest.mark.parametrize(("text", "name"), [
    ("Maria Lopez, who has been arrested and charged with the shooting of two colleagues, appeared in court.",
     "Maria Lopez"),
    ("Police said Daniel Green, who was detained and later charged with arson, would appear in court.",
     "Daniel Green"),
])
def test_who_on_a_conjoined_passive_is_its_antecedent(analyse_text, text, name):
    assert name in {o for _, o in named_sides(analyse_text(text), "ACCUSE")}


@pytest.mark.parametrize(("text", "kind"), [
    (PAIR + "They were charged with smuggling on Tuesday.", "ACCUSE"),
    (PAIR + "Prosecutors charged them with smuggling on Tuesday.", "ACCUSE"),
    (PAIR + "The two were later convicted of smuggling.", "SANCTION"),
])
def test_a_plural_for_two_people_named_together_is_both(analyse_text, text, kind):
    objects = {o for _, o in named_sides(analyse_text(text), kind)}
    assert {"Kevin Marsh", "Laura Pike"} <= objects


def test_they_for_a_crowd_stays_the_crowd(analyse_text):
    text = "Kevin Marsh met Laura Pike in Leeds. Police later arrested 12 protesters. They were charged with disorder."
    objects = {o for _, o in named_sides(analyse_text(text), "ACCUSE")}
    assert not objects & {"Kevin Marsh", "Laura Pike"}


def test_they_for_two_firms_is_no_pair_of_people(analyse_text):
    objects = {o for _, o in named_sides(analyse_text("Acme and Zenith lost the case. They were fined $5m."), "SANCTION")}
    assert not objects - {None}


def test_people_named_after_the_pair_are_the_likelier_antecedent(analyse_text):
    text = ("Police asked judges Ann Roe and Bob Lee to overturn the finding that officers had breached the "
            "marchers' rights by detaining them.")
    objects = {o for _, o in named_sides(analyse_text(text), "COERCE")}
    assert not objects & {"Ann Roe", "Bob Lee"}
