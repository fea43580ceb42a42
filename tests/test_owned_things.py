"""A nominal event done to a thing is done to the thing's owner, named with "of" as with a possessive
(extract/frames.thing_of_owner): "a crackdown on the activities of the Brotherhood". Sentences written
for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "etype", "doer", "target"), [
    ("Egypt's crackdown on the activities of the Muslim Brotherhood intensified in March.",
     "COERCE", "egypt", "muslim brotherhood"),
    ("Germany's criticism of the policies of Viktor Orban grew louder after the vote.",
     "ACCUSE", "germany", "viktor orban"),
    ("The Kremlin's clampdown on the political ambitions of Alexei Navalny alarmed investors.",
     "COERCE", "russia", "alexei navalny"),
])
def test_the_owner_of_a_thing_undergoes_the_event(text, etype, doer, target, analyse_text):
    found = named_sides(analyse_text(text), etype, lower=True, both=True)
    assert any(doer in s and target in o for s, o in found), (text, found)


@pytest.mark.parametrize(("text", "etype"), [
    # a place owns its streets, but restricting them coerces no city
    ("Egypt imposed new restrictions on the streets of Alexandria.", "COERCE"),
    # an event's "of" names its own side, not the owner of a thing
    ("Britain's criticism of the handling of the crisis grew.", "ACCUSE"),
])
def test_no_owner_for_places_and_events(text, etype, analyse_text):
    found = named_sides(analyse_text(text), etype, lower=True, both=True)
    assert found == set(), (text, found)


def test_a_partner_phrase_names_no_owner(analyse_text):
    # "with the exception of X's deal" is no deal with X
    text = "The Yankees rarely extend contracts to veterans, with the exception of Derek Jeter's deal."
    found = named_sides(analyse_text(text), "AGREE", lower=True)
    assert not any(o is not None and "jeter" in o for _, o in found), (text, found)
