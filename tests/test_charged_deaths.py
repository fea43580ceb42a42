"""A charge of violence names its victim on the death it is brought over: "charged with murder in the
death of X" (extract/charged_deaths.py)."""
import pytest


def assault_objects(analysis):
    return sorted(analysis.entities[e.object].name for e in analysis.events if e.type == "ASSAULT" and e.object)


@pytest.mark.parametrize(("text", "victim"), [
    ("A lorry driver was charged with manslaughter in the death of Maria Delgado.", "Maria Delgado"),
    ("Kevin Hart was found guilty of murder and two counts of assault in the killing of Tom Reeve.",
     "Tom Reeve"),
    ("The nurse was convicted of three counts of murder for the poisoning of Mary Jones.", "Mary Jones"),
    ("Prosecutors charged Luis Ortega with homicide in the stabbing of Peter Lund.", "Peter Lund"),
])
def test_the_victim_of_the_death_is_the_object_of_the_charge(analyse_text, text, victim):
    assert victim in assault_objects(analyse_text(text))


@pytest.mark.parametrize("text", [
    # the "of" phrase of a case or a fortune names no victim
    "A lorry driver was charged with manslaughter in the case of the missing lorry.",
    # an offence that is no violence gets no victim from a death
    "The accountant was charged with fraud in the death of his family firm.",
])
def test_other_phrases_name_no_victim(analyse_text, text):
    assert assault_objects(analyse_text(text)) == []
