"""Imprisonment told by the time spent in it ("spent five years in prison", "served nine years in jail",
"landed in jail": extract/custody.py), and a repression entry that names its object noun ("shut down
newspaper") keeping that noun's literal sense in the sense judge (extract/sense_conflict.py), where
the noun elsewhere is a proposition ("attacked the newspaper" is criticism), and the negatives of the
restriction and arrest words added with them ("prohibit", "forbid", "roundup", "surveillance": their
examples in the lexicon). Sentences written for these tests."""
import pytest


def coerced(found) -> set:
    return {o for t, _, o in found if t == "COERCE"}


@pytest.mark.parametrize("text, held", [
    ("Mario Benedetti spent four years in prison.", "Benedetti"),
    ("Amira Haddad served three years in jail for insulting the president.", "Haddad"),
    ("Luc Martens landed in jail for embezzlement.", "Martens"),
])
def test_time_spent_in_prison_is_custody_of_the_one_held(events_named, text, held):
    assert any(o and held in o for o in coerced(events_named(text))), events_named(text)


@pytest.mark.parametrize("text", [
    "The Greek shipowner Nikos Vardakis could end up in prison if he is convicted.",   # only supposed
    "The Danish singer Mette Lund spent the summer in Aarhus.",                        # no custody phrase
    "The Irish chaplain Sean Boyle spent twenty years working in the prison.",         # a job there
])
def test_time_spent_elsewhere_or_only_supposed_is_no_custody(events_named, text):
    assert not coerced(events_named(text)), events_named(text)


def test_shutting_down_a_newspaper_is_repression_not_a_figure(events_named):
    found = events_named("The Belarusian government shut down the independent newspaper on Tuesday.")
    assert any(t == "COERCE" and s == "Belarusian government" for t, s, _ in found), found


def test_attacking_a_newspaper_in_words_stays_no_repression(events_named):
    found = events_named("The Hungarian prime minister attacked the newspaper in a speech on Tuesday.")
    assert not any(t == "COERCE" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The new Danish law prohibits the sale of fireworks to minors.",          # a law forbids, a thing forbidden
    "The Lisbon school prohibited pupils from using mobile phones in class.",  # a body's own rules
    "The BBC's roundup of the news is broadcast at six.",                      # no people rounded up
    "Security cameras kept the Oslo car park under surveillance.",            # no one watched
])
def test_forbidding_rules_and_roundups_of_news_are_no_repression(events_named, text):
    assert not coerced(events_named(text)), events_named(text)
