"""One person named by a nationality is that person, not the country (resolve/participants.py
nationality_person, session 34): "the murder of one Chilean", "killed a Briton". The country's own
name, its adjective before a body and its people as a whole stay the country's."""
import pytest


def objects(analyse_text, text, kind):
    analysis = analyse_text(text)
    return [analysis.entities[ev.object].type if ev.object else None for ev in analysis.events if ev.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("The general is charged over the murder of one Chilean in 1974.", "ASSAULT"),
    ("Gunmen shot dead one Briton outside the hotel on Tuesday.", "ASSAULT"),
    ("Police in Madrid arrested a Nigerian at the airport.", "COERCE"),
])
def test_one_national_is_a_person(analyse_text, text, kind):
    assert objects(analyse_text, text, kind) == ["PERSON"]


@pytest.mark.parametrize("text, kind", [
    ("Rebels attacked Chile on Monday.", "ASSAULT"),
    ("The Chilean army attacked the rebels' camp.", "ASSAULT"),
])
def test_a_country_or_its_body_stays(analyse_text, text, kind):
    assert "PERSON" not in objects(analyse_text, text, kind)
