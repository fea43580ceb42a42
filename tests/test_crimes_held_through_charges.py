"""The one held to a crime named through a charge or a crime noun, or found guilty by a verdict the
parser reads as a modifier, is the crime's doer: "arrested on charges of murdering X", "convicted in
Georgia of the crime of killing X", "found X guilty of the murder of Y", "charged in the case of the
killing of X". An arrest or a charge makes the act alleged, a conviction a finding (a jury's, reported).
Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, target, certainty", [
    ("Ray Lund was arrested on charges of murdering a prison guard in Dayton.", "lund", "guard", "alleged"),
    ("Omar Haddad, convicted in Ohio of the crime of murdering a police officer, died in prison on Friday.",
     "haddad", "officer", "asserted"),
    ("A jury in Leeds found Mark Dole guilty of the murder of his neighbour, Tom Ashby.", "dole", "ashby",
     "reported"),
    ("Police in Perth charged Jess Moreau with the offence of stabbing a taxi driver, Ian Kerr.", "moreau", "kerr",
     "alleged"),
    ("Ray Lund was charged on Monday in the case of the killing of a prison guard, Sam Ortega.", "lund", "ortega",
     "alleged"),
])
def test_the_one_held_to_a_crime_through_its_charge_is_its_doer(text, doer, target, certainty, analyse_text,
                                                                 gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, doer) and answers_to(o, target) and c == certainty for s, o, c in found), found


@pytest.mark.parametrize("text", [
    "The charge of murdering a prison guard in Dayton carries a life sentence in Ohio.",
    "The crime of stabbing a taxi driver shocked the town of Perth last year.",
    "Ray Lund, a lawyer in Ohio of the old school, spoke about the murder of a prison guard.",
    "In the case of the murder of a prison guard, Sam Ortega, police said on Sunday that Ray Lund had fled.",
])
def test_a_crime_no_one_is_held_to_names_no_doer(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert all(not s for s, _ in found), found
