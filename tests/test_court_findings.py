"""What a court rules of a party (extract/rulings.court_findings): an order that it must act is a
demand on it (REQUEST), a finding that it broke the law faults it (ACCUSE); a ruling on a thing, or on
what the court itself will do, states nothing about a party. Sentences written for newsgraph."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    ("A Shanghai court ruled that Volkswagen must stop using the Jetta name.", "REQUEST", "court", "volkswagen"),
    ("The judge ruled that Samsung should pay royalties to Ericsson.", "REQUEST", "judge", "samsung"),
    ("The European Court of Human Rights ruled that Turkey had violated the journalists' rights.", "ACCUSE",
     "court", "turkey"),
    ("A Paris jury ruled that Lafarge had bribed Syrian officials.", "ACCUSE", "jury", "lafarge"),
])
def test_a_ruling_on_a_party_states_a_demand_or_a_fault(text, event_type, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), event_type)
    assert any(subject in s and other in o for s, o in sides if s and o), (text, sides)


@pytest.mark.parametrize("text", [
    "The court ruled that the recordings were admissible as evidence.",   # about a thing
    "The tribunal ruled that Deliveroo riders are self-employed.",        # a status, no act
    "The court ruled that it would hear the case in March.",              # the court's own plan
])
def test_a_ruling_on_a_thing_or_a_status_is_no_demand_or_fault(text, analyse_text):
    events = analyse_text(text).events
    assert not [e for e in events if e.type in ("REQUEST", "ACCUSE")], [(e.type, e.trigger) for e in events]
