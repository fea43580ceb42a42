"""The one a clause holds in custody, under arrest, in the dock or serving a sentence for a crime
named in a phrase of its own is the crime's doer: "is in custody over the stabbing of X", "is due in
court over the murder of X", "appeared in court charged with killing X", "was serving a life sentence
for the murder of X". Custody, arrest and the dock make the act alleged; a sentence served is a
court's finding. Anyone else in court, or a sentence handed down by a judge, holds no one to it.
Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, target, certainty", [
    ("Mark Dunn is in custody over the stabbing of Tom Hale in Leeds.", "dunn", "hale", "alleged"),
    ("Two brothers from Derby are under arrest for the murder of a taxi driver, Ian Kerr.", "brothers", "kerr",
     "alleged"),
    ("Ray Lund is due in court on Monday over the killing of a prison guard, Sam Ortega.", "lund", "ortega",
     "alleged"),
    ("Jess Moreau appeared in court in Perth charged with the murder of her neighbour, Ann Kerr.", "moreau", "kerr",
     "alleged"),
    ("Omar Haddad was serving a life sentence for the murder of a police officer in Ohio.", "haddad", "officer",
     "asserted"),
    ("Ray Lund was remanded in custody over the shooting of a shopkeeper in Dayton.", "lund", "shopkeeper",
     "alleged"),
])
def test_the_one_held_for_a_crime_is_its_doer(text, doer, target, certainty, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, doer) and answers_to(o, target) and c == certainty for s, o, c in found), found


@pytest.mark.parametrize("text", [
    "The lawyer Ann Price was in court in Leeds for the killing of Tom Hale.",
    "The judge in Leeds handed Mark Dunn a life sentence for the murder of Tom Hale.",
    "The mother of Tom Hale was in court on Monday over the murder of her son.",
])
def test_others_in_court_are_no_doers(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert all(not answers_to(s, "price") and not answers_to(s, "judge") and not answers_to(s, "mother")
               for s, _ in found), found
