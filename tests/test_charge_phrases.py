"""The "of" phrase the parser hangs on the one charged names the charge, not whose they are
(resolve/participants.py `charge_of`)."""
import pytest


def objects(analysis, kind):
    return [analysis.entities[e.object].name for e in analysis.events if e.type == kind and e.object]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Police accused the driver of manslaughter.", "ACCUSE", "driver"),
    ("A court in Denver convicted the former officer of fraud.", "SANCTION", "former officer"),
])
def test_the_charge_is_not_part_of_the_name(analyse_text, text, kind, name):
    assert objects(analyse_text(text), kind) == [name]


def test_an_owner_stays_part_of_the_name(analyse_text):
    assert objects(analyse_text("Police arrested the former mayor of Detroit."), "COERCE") == ["former mayor of Detroit"]


def test_an_of_phrase_after_other_verbs_is_whose_they_are(analyse_text):
    found = analyse_text("Police arrested two leaders of a religious sect in Ontario.")
    assert objects(found, "COERCE") == ["leaders of a religious sect"]
