"""Objects read from what the object phrase says, not from a word inside it (session 30, precision30).
Sentences written for newsgraph.

- the "of" phrase of a death names the one who died, not whom an inquiry or a protest is about
  (extract/frames.thing_of_owner);
- a state's name before a business open to the public ("UK casinos") places the business, it is no side
  (extract/private_sides.py, story_country.yaml private_firms)."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "etype", "name"), [
    # "the 31-year-old" points back to a person named before: coreference says who, not the age
    ("Maria Lopez, 31, was stopped on Friday. Officers arrested the 31-year-old for drink-driving.",
     "COERCE", "Maria Lopez"),
    # an age on a noun leaves the noun the side
    ("Police arrested a 45-year-old man at his home in Leeds.", "COERCE", "45-year-old man"),
])
def test_an_age_on_a_named_or_described_person_keeps_the_person(text, etype, name, analyse_text):
    found = named_sides(analyse_text(text), etype)
    assert any(o == name for _, o in found), (text, found)


def test_an_age_as_a_predicate_is_no_side(analyse_text):
    found = named_sides(analyse_text("The suspect, who is a 20-year-old, was arrested by police."), "COERCE")
    assert not any(o == "20-year-old" for _, o in found), found


@pytest.mark.parametrize(("text", "etype", "victim"), [
    ("The committee opened an inquiry into the death of Peter Hammond last year.", "ACCUSE", "peter hammond"),
    ("Lawyers demanded an investigation into the deaths of Anna Berg and her son.", "REQUEST", "anna berg"),
])
def test_the_one_who_died_is_not_the_one_looked_into(text, etype, victim, analyse_text):
    found = named_sides(analyse_text(text), etype, lower=True)
    assert not any(o is not None and victim in o for _, o in found), (text, found)


def test_an_inquiry_into_the_conduct_of_a_body_still_names_it(analyse_text):
    text = "MPs launched an inquiry into the conduct of the Serious Fraud Office last week."
    found = named_sides(analyse_text(text), "ACCUSE", lower=True)
    assert any(o is not None and "serious fraud office" in o for _, o in found), found


@pytest.mark.parametrize(("text", "etype", "side"), [
    ("New UK casinos will be banned from offering free drinks to gamblers.", "COERCE", 1),
    ("The regulator fined two Italian restaurants for breaking hygiene rules.", "SANCTION", 1),
    ("Police raided a British hotel in Marbella on Friday.", "COERCE", 1),
    ("The authorities fined two Chinese shops for selling fake goods.", "SANCTION", 1),
    ("The council fined three Irish pubs for serving alcohol after hours.", "SANCTION", 1),
    ("Police raided a Russian nightclub in Berlin.", "COERCE", 1),
])
def test_a_state_before_a_business_is_no_side(text, etype, side, analyse_text):
    found = named_sides(analyse_text(text), etype)
    states = ("United Kingdom", "Italy", "China", "Ireland", "Russia")
    assert found and not any(row[side] in states for row in found), (text, found)


@pytest.mark.parametrize(("text", "etype", "state"), [
    # a state's own plant or a state's forces stay the state's
    ("Israeli jets bombed a Lebanese power plant on Tuesday.", "ASSAULT", "Lebanon"),
    ("Rebels attacked a Nigerian army base near the border.", "ASSAULT", "Nigeria"),
])
def test_a_state_before_its_own_things_stays_the_side(text, etype, state, analyse_text):
    found = named_sides(analyse_text(text), etype)
    assert any(o is not None and state in o for _, o in found), (text, found)


@pytest.mark.parametrize(("text", "etype", "name"), [
    # a nationality the parser took for a noun of its own, coordinated with the people it describes
    ("The ruling sparked attacks against Chinese and other foreign nationals in the capital.", "ASSAULT",
     "nationals (China)"),
])
def test_a_nationality_before_its_people_gives_way_to_them(text, etype, name, analyse_text):
    found = named_sides(analyse_text(text), etype)
    assert any(o == name for _, o in found), (text, found)


def test_a_nationality_before_forces_stays_the_state(analyse_text):
    found = named_sides(analyse_text("British and American troops attacked the town."), "ASSAULT")
    assert {s for s, _ in found} >= {"British Armed Forces", "United States Armed Forces"}, found
