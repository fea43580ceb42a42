"""Sides news names by a count and a kind, and pronouns that go on being acted on. Firms of a kind
counted by a number ("nine food suppliers", "two banks") are firms of the story, a described group,
where no kind of firm stands for them; firms already told ("the two banks") stay unresolved.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, obj", [
    ("Prosecutors charged seven grain suppliers with bribery.", "ACCUSE", "grain suppliers"),
    ("Regulators fined three lenders over the loan scandal.", "SANCTION", "lenders"),
    ("Police arrested four suppliers of the retailer in Lyon.", "COERCE", "suppliers of the retailer"),
])
def test_counted_firms_are_a_described_side(events_named, text, typ, obj):
    assert any(t == typ and o == obj for t, _, o in events_named(text))


def test_counted_firms_are_organisations(analyse_text):
    analysis = analyse_text("Prosecutors charged seven grain suppliers with bribery.")
    # named by their kind, and known too by the count they are told of by
    assert any(e.name == "grain suppliers" and e.type == "ORGANIZATION" and "seven grain suppliers" in e.aliases
               for e in analysis.entities.values())


@pytest.mark.parametrize("text", [
    "Ortex and Velmar were fined. The regulator fined the two lenders again in May.",
    "The regulator fined these three lenders in May.",
])
def test_firms_already_told_are_no_new_group(events_named, text):
    assert not any(o == "lenders" for _, _, o in events_named(text))


def test_a_counted_casualty_stays_people(events_named):
    assert any(t == "ASSAULT" and o == "people" for t, _, o in events_named("Raiders killed eleven people near Jos."))


@pytest.mark.parametrize("text, nth, name", [
    ("Border guards detained four smugglers, with reports that they were being questioned.", 0, "smugglers"),
    ("Inspectors stopped two hauliers' drivers and said they had been fined twice before.", 0, "drivers"),
    ("Tax officers raided six traders in Kano after reports that they were being investigated.", 0, "traders"),
])
def test_they_acted_on_under_a_clause_acting_on_a_plural(resolved_entity, text, nth, name):
    # acted on in a clause under one acting on a plural: the plural, not the acting body
    ent = resolved_entity(text, "they", nth)
    assert (ent.name.split(" (")[0] if ent else None) == name


def test_they_acting_keeps_the_subject(resolved_entity):
    # "they" acting, not acted on: the rule does not apply; the subject body is still "they"
    ent = resolved_entity("The unions sued two hospitals, and they said the hospitals had cut pay.", "they")
    assert ent is None or ent.name != "hospitals"


@pytest.mark.parametrize("text, typ, obj", [
    ("Police arrested two brokers after the raid in Accra.", "COERCE", "brokers"),
    ("Seven contractors were detained near the dam.", "COERCE", "contractors"),
    ("The court convicted three salesmen of fraud.", "SANCTION", "salesmen"),
])
def test_people_counted_by_an_act_on_persons_are_a_side(events_named, text, typ, obj):
    # whatever noun says what they are: only people are arrested, detained or convicted
    assert any(t == typ and o and o.lower().endswith(obj) for t, _, o in events_named(text))


def test_an_amount_taken_is_no_group(events_named):
    assert not any(o == "fees" for _, _, o in events_named("The bank charged 5 fees to its customers."))


def test_words_on_the_count_are_no_part_of_the_name(events_named):
    # "at least", "only" say how many, not who they are
    objects = {o for _, _, o in events_named("Police arrested at least 14 brokers after the raid in Accra.")}
    assert "brokers" in objects


@pytest.mark.parametrize("text, name", [
    ("The protesters smashed shop windows in Athens before they were dispersed by riot police.", "protesters"),
    ("Rioters burned cars and looted shops in Lyon before they were arrested by police.", "rioters"),
    ("Gunmen stormed two villages in Zamfara after they were wounded in a clash.", "gunmen"),
])
def test_a_passive_only_people_undergo_is_not_the_things_acted_on(resolved_entity, text, name):
    # "dispersed", "arrested", "wounded" are done to people: "they" goes on with the people who acted
    ent = resolved_entity(text, "they")
    assert (ent.name.split(" (")[0] if ent else None) == name


@pytest.mark.parametrize("text", [
    "Troops seized two trawlers in the gulf after they were spotted near the coast.",
    "Police seized two trucks in Kano after they were spotted near the border.",
])
def test_a_passive_anything_may_undergo_stays_the_things_acted_on(resolved_entity, text):
    # "spotted" may be done to trucks: "they" is the trucks, no actor, not the troops or police
    assert resolved_entity(text, "they") is None


def test_a_people_passive_still_goes_on_with_people_acted_on(resolved_entity):
    ent = resolved_entity("Border guards stopped four smugglers, and later they were detained in Kano.", "they")
    assert ent is None or ent.name.split(" (")[0] != "Border guards"
