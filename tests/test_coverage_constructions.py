"""Constructions that left whole sentences without an event (session 15): a passive infinitive acts
on the subject that controls it ("the embargo is likely to be lifted"); a role after "as" on a verb
that installs someone ("was sworn in as president") and a head of state's title after a copula
("X became president") state leadership; a gathering that turned violent took place as a protest.
Sentences written for these tests."""
import pytest

from newsgraph.evaluation.probes import names_of
from newsgraph.resolve.names import fold


def found(analysis, gazetteer, etype):
    return [(names_of(analysis, e.subject, gazetteer), names_of(analysis, e.object, gazetteer), e)
            for e in analysis.events if e.type == etype]


def named(names, word):
    return word is None or any(fold(word) in n for n in names)


@pytest.mark.parametrize("text, etype, doer, other, certainty", [
    ("Sanctions on Belarusian potash are likely to be eased by the European Union next year.", "CONCEDE",
     "european union", "belarus", "possible"),
    ("The arms embargo on Vietnam is expected to be lifted by Washington.", "CONCEDE", "united states",
     "vietnam", "possible"),
    ("The ban on Moldovan wine is set to be lifted by Russia in the spring.", "CONCEDE", "russia",
     "moldova", "possible"),
])
def test_a_passive_infinitive_acts_on_its_controller(text, etype, doer, other, certainty, analyse_text, gazetteer):
    events = found(analyse_text(text), gazetteer, etype)
    assert any(named(s, doer) and named(o, other) and e.certainty == certainty for s, o, e in events), events


@pytest.mark.parametrize("text, leader, body", [
    ("Claudia Sheinbaum was sworn in as Mexico's president in October.", "sheinbaum", "mexico"),
    ("Parliament elected Alexander Stubb as president of Finland.", "stubb", "finland"),
    ("Kenneth Kaunda served as the first president of Zambia.", "kaunda", "zambia"),
    ("Recep Tayyip Erdogan became president in 2014.", "erdogan", "turkey"),
    ("Vladimir Putin was sworn in as president for a fifth term.", "putin", "russia"),
])
def test_a_role_taken_up_states_leadership(text, leader, body, analyse_text, gazetteer):
    events = found(analyse_text(text), gazetteer, "LEADERSHIP")
    assert any(named(s, leader) and named(o, body) for s, o, e in events), events


@pytest.mark.parametrize("text", [
    "He was named as a suspect in the killing.",
    "The minister stepped down as president of the party in March.",
    "Her patience will serve her well as the new director of the agency.",
])
def test_no_role_without_an_installing_verb_or_a_holder(text, analyse_text, gazetteer):
    assert not found(analyse_text(text), gazetteer, "LEADERSHIP")


@pytest.mark.parametrize("text", [
    "A candlelight vigil for the slain teenager turned violent in Soweto on Monday night.",
    "The vigil outside the embassy in Lima became unruly after midnight.",
])
def test_a_gathering_that_turned_violent_is_a_protest(text, analyse_text, gazetteer):
    assert found(analyse_text(text), gazetteer, "PROTEST")


@pytest.mark.parametrize("text", [
    "The debate in the Kenyan parliament turned ugly on Thursday.",
    "The weather turned violent overnight as the typhoon reached Manila.",
])
def test_a_gathering_only_named_or_weather_is_no_protest(text, analyse_text, gazetteer):
    assert not found(analyse_text(text), gazetteer, "PROTEST")


@pytest.mark.parametrize("text, etype, doer, undergoer", [
    ("Hundreds of protesters were searched and detained by police on their way to the summit in Genoa.",
     "COERCE", "police", "protesters"),
    ("Two villagers were abducted and later killed by suspected rebels in North Kivu.", "ASSAULT", "rebels",
     "villagers"),
    ("Dozens of students were arrested and questioned by Iranian security forces in Tehran.", "COERCE", "iran",
     "students"),
])
def test_passive_verbs_joined_by_and_share_their_sides(text, etype, doer, undergoer, analyse_text, gazetteer):
    events = found(analyse_text(text), gazetteer, etype)
    assert events and all(named(s, doer) and named(o, undergoer) for s, o, e in events), events


def test_a_passive_clause_of_its_own_keeps_its_agent_to_itself(analyse_text, gazetteer):
    events = found(analyse_text("The activist was arrested and his house was searched by police in Minsk."),
                   gazetteer, "COERCE")
    arrests = [(s, o) for s, o, e in events if e.trigger == "arrested"]
    assert all(not s for s, o in arrests), events


def test_a_head_of_state_title_with_an_of_phrase_names_no_country_by_itself(analyse_text, gazetteer):
    # "the youngest premier of the century": the "of" phrase names no body, so no country is guessed
    text = "In 1997 Tony Blair became the youngest premier of the century."
    assert not found(analyse_text(text), gazetteer, "AFFILIATION")
