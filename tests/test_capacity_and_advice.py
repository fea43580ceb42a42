"""Acts one can do, not done (mood.capacity; the gate's `capacity` rule), and advice to a kind of
actor read as a request (extract/advice.py). Sentences of our own; each dropped one is checked to be
made by the extractor without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import gate, sense


@pytest.fixture()
def ungated(analyse_without):
    """The analysis without the two rules (and the sense judge's reading of a right a rule grants,
    framing.permitted, which drops some of the same): what the constructions make."""
    return lambda text: analyse_without(
        text, (gate, "RULES", tuple(r for r in gate.RULES if r[0] != "capacity")),
        (gate, "advice_to_a_kind", lambda *a: False), (sense, "permitted", lambda t: False))


@pytest.mark.parametrize("text, event", [
    # an infinitive on a noun of power or right: what the holder may do
    ("The ethics panel has the power to expel Senator Jones from the chamber.", ("SANCTION", "expel")),
    ("The tribunal has the power to expel Vodafone from the market.", ("SANCTION", "expel")),
    # an unnegated "can" over two acts: what the doer is able or allowed to do (a "can" on the trigger
    # itself is the sense judge's: hypothetical)
    ("Under the decree, the Egyptian army can question or detain Mr Hale without charge.", ("COERCE", "detain")),
    ("Under the new law, the Venezuelan government can tax or seize idle ranches.", ("COERCE", "seize")),
    # able, free or empowered to act, or a course named as an option (mood.stated_capacity)
    ("Under the bill, judges will be able to quash the control orders of Mr Clarke.", ("REJECT", "quash")),
    ("The new law empowers the Indian navy to pursue Somali pirates.", ("COERCE", "pursue")),
    ("Mr Smith was at liberty to verify the claim by talking to Harold Wilson.", ("CONSULT", "talking")),
    ("One option is to impose sanctions on Iran, a diplomat said.", ("SANCTION", "sanctions")),
    ("The European Union has the option of imposing sanctions on Iran.", ("SANCTION", "sanctions")),
])
def test_a_capacity_is_no_act(text, event, analyse_text, ungated):
    assert event in type_triggers(ungated(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # the capacity put to use: the act is done
    ("The Senate used its power to expel Senator Jones from the chamber.", ("SANCTION", "expel")),
    ("The club exercised its right to suspend Rooney for two matches.", ("SANCTION", "suspend")),
    # done, and the past of a capacity
    ("The tribunal expelled Vodafone from the market.", ("SANCTION", "expelled")),
    ("Under the decree, the Egyptian army detained Mr Hale without charge.", ("COERCE", "detained")),
    # an ability told in the past is one put to use; an option taken is an act
    ("British judges were able to quash the control orders of Mr Clarke.", ("REJECT", "quash")),
    ("The European Union chose to impose sanctions on Iran.", ("SANCTION", "sanctions")),
])
def test_a_capacity_used_or_an_act_done_stays(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # what any member of a trade ought to do, in a vendor's or an analyst's words
    ('"Retailers really need to start using this software to reach shoppers," said John Smith, a '
     'spokesman for Acme.', ("REQUEST", "need")),
    ('"Banks should stop selling these loans," said Ann Lee, an analyst at Rabobank.', ("REQUEST", "should")),
])
def test_advice_to_a_kind_is_no_request(text, event, analyse_text, ungated):
    assert event in type_triggers(ungated(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a named body, a people, a named actor's members: a request of an actor
    ("Mr Prettejohn said the Financial Services Authority should scrap the levy.", ("REQUEST", "should")),
    ("Greek workers must accept the cuts, Prime Minister George Papandreou said.", ("REQUEST", "must")),
    ("Lufthansa pilots must now accept the pay offer, said the union's leader Hans Weber.", ("REQUEST", "must")),
])
def test_a_request_of_an_actor_stays(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a governing body asked by the name of its kind
    ("The chief constable said police should make sure that the new law is enforced.", ("REQUEST", "should")),
])
def test_a_body_asked_by_its_kind_stays(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


def test_a_needed_act_is_no_act(analyse_text, ungated):
    text = "Ministers hope electronic tagging will end the need to detain terror suspects in prison."
    assert ("COERCE", "detain") in type_triggers(ungated(text))
    assert ("COERCE", "detain") not in type_triggers(analyse_text(text))


def test_a_judgement_of_what_a_class_did_stays(analyse_text):
    # "should have": the conduct of the story's officers faulted, not advice to any officer
    text = "The judge said border guards should have treated all the travellers in the same way."
    assert ("REQUEST", "should") in type_triggers(analyse_text(text))
