"""The sides of events: an adjunct clause without a subject takes the main clause's surface
subject (extract/adjuncts.py), and bodies' names the recogniser cuts at "of"/"for" are joined
(resolve/cut_names.py). Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, attacker, victim", [
    # active adjunct of a passive main clause: its subject, not its by-agent
    ("The assailant was shot by officers after stabbing two commuters at the station.", "assailant", "commuters"),
    ("The protesters were dispersed by troops after hurling rocks at the soldiers.", "protesters", "soldiers"),
    ("A guard was detained by the army after beating a prisoner in Homs.", "guard", "prisoner"),
    # passive adjunct: it acts on the main clause's subject
    ("The journalist died in hospital after being shot by gunmen in Mosul.", "gunmen", "journalist"),
    ("The farmer was taken to hospital after being attacked by a mob.", "mob", "farmer"),
    # an adjunct after a time noun ("minutes after") is the time's verb's
    ("The gunman was shot by soldiers minutes after stabbing a nurse.", "gunman", "nurse"),
])
def test_an_adjunct_takes_the_surface_subject_of_its_clause(analyse_text, text, attacker, victim):
    got = named_sides(analyse_text(text), "ASSAULT", lower=True)
    assert any(s is not None and attacker in s and o is not None and victim in o for s, o in got), got


def test_the_by_agent_of_the_main_clause_is_not_the_adjuncts_actor(analyse_text):
    got = named_sides(analyse_text("The assailant was shot by officers after stabbing two commuters."), "ASSAULT", lower=True)
    assert not any(s == "officers" and o is not None and "commuters" in o for s, o in got), got


def test_a_thing_acted_on_leaves_the_adjunct_to_the_by_agent(analyse_text):
    got = named_sides(analyse_text("The village was seized by rebels after fighting the army for two days."), "ASSAULT", lower=True)
    assert any(s is not None and "rebels" in s for s, _ in got) and not any(
        s is not None and "village" in s for s, _ in got), got


def test_an_active_main_clause_still_gives_its_subject(analyse_text):
    got = named_sides(analyse_text("Soldiers shelled the village before storming a school in Idlib."), "ASSAULT", lower=True)
    assert any(s == "soldiers" for s, _ in got), got


@pytest.mark.parametrize("text, name", [
    ("The Ghana Federation of Labour called a general strike on Monday.", "Ghana Federation of Labour"),
    ("The Uganda Association of Reporters condemned the raid on the newspaper.",
     "Uganda Association of Reporters"),
    ("The Bank of Canada raised its main rate on Wednesday.", "Bank of Canada"),
    ("Officials at the Nigerian Council for Arts said the festival would go ahead.", "Nigerian Council for Arts"),
    ("A spokesman for the National Front for Justice of Chad denied the claim.", "National Front for Justice of Chad"),
])
def test_a_body_name_cut_at_of_or_for_is_whole(analyse_text, text, name):
    analysis = analyse_text(text)
    assert name in {e.name for e in analysis.entities.values()}, [e.name for e in analysis.entities.values()]


@pytest.mark.parametrize("text, kept", [
    ("She entered Parliament for Bristol West in 2005.", "Bristol West"),       # a seat, not a name
    ("The Labour Party of Tony Blair won in 1997.", "Tony Blair"),             # a person is no part of a name
])
def test_names_that_are_not_cut_bodies_stay_apart(analyse_text, text, kept):
    names = {e.name for e in analyse_text(text).entities.values()}
    assert not any(kept in n and n != kept for n in names), names


def test_an_office_of_a_country_is_no_body(analyse_text):
    analysis = analyse_text("The President of Ghana met the Foreign Minister of Togo.")
    assert not any(e.type == "ORGANIZATION" and "Ghana" in e.name for e in analysis.entities.values())


@pytest.mark.parametrize("text, word, party", [
    ("A Conservative spokeswoman said the scheme would cost jobs in Kent.", "Conservative", "Conservative Party"),
    ("Labour has attacked Conservative spending plans for schools.", "Conservative", "Conservative Party"),
])
def test_a_party_adjective_the_recogniser_tags_as_a_name_is_the_party(resolved_entity, text, word, party):
    found = resolved_entity(text, word, 0)
    assert found is not None and found.name == party, found


def test_the_party_adjective_of_another_country_is_not_the_british_party(resolved_entity):
    found = resolved_entity("Canada's Conservative leader criticised the Liberal government in Ottawa.", "Conservative", 0)
    assert found is None or found.name != "Conservative Party", found


def test_a_hyphenated_number_is_no_part_of_a_group_s_name(analyse_text):
    analysis = analyse_text("Forty-one people were arrested in Dhaka after the clashes.")
    names = {analysis.entities[e.object].name for e in analysis.events if e.object in analysis.entities}
    assert "people" in names and not any(n.startswith("-") for n in names), names


@pytest.mark.parametrize("text, kind, doer, done_to", [
    # an active verb joined to a passive one shares its surface subject, not its by-agent
    ("Gazprom was criticised by the European Commission last year but has agreed a new supply deal with Ukraine.",
     "AGREE", "Gazprom", "Ukraine"),
    ("The opposition leader Alexei Navalny was questioned by police for six hours on Monday and later accused "
     "the Kremlin of harassment.",
     "ACCUSE", "Alexei Navalny", "Russian government"),
])
def test_an_active_conjunct_of_a_passive_acts_for_its_subject(events_named, text, kind, doer, done_to):
    found = events_named(text)
    assert (kind, doer, done_to) in found, found
    assert not any(t == kind and s in ("European Commission", "police") for t, s, _ in found), found


def test_a_bare_participle_joined_to_a_passive_shares_its_agent(events_named):
    # "and charged": a participle of the same passive (was arrested and [was] charged), not Okoro's act
    found = events_named("Mr Okoro was arrested by police in Lagos and charged with fraud.")
    assert not any(t == "ACCUSE" and s == "Okoro" for t, s, _ in found), found


def test_a_noun_read_as_a_verb_after_a_passive_takes_no_subject(events_named):
    # "clash" tagged a verb with no "and" before it: the fixture, not Evans's act
    found = events_named("Mark Evans has been named in the Wales squad for Sunday's Six Nations clash with France.")
    assert not any(s == "Mark Evans" for _, s, _ in found), found


def test_a_thing_made_by_the_agent_leaves_the_criticism_to_its_maker(events_named):
    # the tariff cannot be criticised as an actor: criticism of the ministry's act, as before
    found = events_named("The new tariff was proposed by the Indian Commerce Ministry in May and drew fierce "
                         "criticism from the European Union.")
    assert ("ACCUSE", "European Union", "Indian Commerce Ministry") in found, found
