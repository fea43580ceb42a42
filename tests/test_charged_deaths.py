"""A charge of violence names its victim on the death it is brought over: "charged with murder in the
death of X" (extract/charged_deaths.py)."""
import pytest

CHARGES = {"murder", "manslaughter", "homicide", "assault"}


def charge_objects(analysis):
    """The objects of the ASSAULT events whose trigger is the charge's word."""
    return sorted(e.object_text for e in analysis.events
                  if e.type == "ASSAULT" and (e.trigger or "").lower() in CHARGES and e.object_text)


@pytest.mark.parametrize(("text", "victim"), [
    ("Carl Hobbs was charged with first-degree murder in the death of Maria Delgado.", "Maria Delgado"),
    ("Kevin Hart was found guilty of second-degree murder in the death of Tom Reeve.", "Tom Reeve"),
    ("The nurse was convicted of three counts of murder for the poisoning of Mary Jones.", "Mary Jones"),
    ("Luis Ortega was charged with attempted murder in the shooting of Peter Lund.", "Peter Lund"),
])
def test_the_victim_of_the_death_is_the_object_of_the_charge(analyse_text, text, victim):
    assert victim in charge_objects(analyse_text(text))


@pytest.mark.parametrize("text", [
    # the "of" phrase of a case names no victim
    "Carl Hobbs was charged with first-degree murder in the case of the missing lorry.",
    # nor does the death of a thing under a charge that is no violence
    "The accountant was charged with fraud in the death of his family firm.",
])
def test_other_phrases_name_no_victim(analyse_text, text):
    assert charge_objects(analyse_text(text)) == []
