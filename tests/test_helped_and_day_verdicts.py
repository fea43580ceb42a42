"""Three recall shapes of politics, courts and world news (session 35, tuning part AH): a verdict
whose day sits between "guilty" and the crime ("found X guilty Friday of ..."), where the parser
makes "guilty" a modifier of the day (extract/judgements.py); and an act done "with the help,
assistance, support or backing of" someone, who aids or backs the doer (extract/cooperative_acts.py);
and aid handed over by the owner of "provision", "delivery" or "supply" (extract/noun_agents.py).
Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, convicted", [
    ("A jury found Dana Whitlock guilty Friday of stealing from her employer.", "Dana Whitlock"),
    ("A state jury found Ben Carter guilty Monday of fraud and forgery.", "Ben Carter"),
    ("The court found Maria Lopez guilty on Tuesday of fraud.", "Maria Lopez"),
])
def test_a_verdict_with_its_day_is_a_sanction_of_the_one_found_guilty(events_named, text, convicted):
    assert any(t == "SANCTION" and o == convicted for t, _, o in events_named(text)), events_named(text)


@pytest.mark.parametrize("text", [
    "The judge found Ahmed Khan not guilty Wednesday of fraud.",       # an acquittal
    "Inspectors found the factory Friday in a poor state.",            # no verdict
    "Dana Whitlock found a guilty look Monday on her brother's face.",  # "guilty" describes a thing
])
def test_no_sanction_without_a_verdict_against_someone(events_named, text):
    assert not any(t == "SANCTION" for t, _, _ in events_named(text)), events_named(text)


@pytest.mark.parametrize("text, kind, helper, helped", [
    ("Kenya held the elections with the assistance of the European Union.", "AID", "European Union", "Kenya"),
    ("Mali organised the referendum with the help of the United Nations.", "AID", "United Nations", "Mali"),
    ("Chad retook the border town with the backing of France.", "SUPPORT", "France", "Chad"),
    ("Peru rebuilt the bridges with the support of Japan.", "SUPPORT", "Japan", "Peru"),
    ("Nepal trained its election officials with help from India.", "AID", "India", "Nepal"),
])
def test_the_helper_named_in_a_with_phrase_aids_the_doer(events_named, text, kind, helper, helped):
    found = events_named(text)
    assert (kind, helper, helped) in found, found


@pytest.mark.parametrize("text", [
    "The police found the body with the help of a dog.",             # a helper that is no actor
    "Kenya asked for help from the European Union.",                 # asked, not helped
    "Mali voted with the support of most of its people in mind.",    # no party named
])
def test_no_help_event_without_an_actor_helping_a_doer(events_named, text):
    found = events_named(text)
    assert not any(t in ("AID", "SUPPORT") and s and o for t, s, o in found), found


@pytest.mark.parametrize("text, giver, receiver", [
    ("The Commission is investigating France's provision of a loan to Alstom.", "France", "Alstom"),
    ("Japan's provision of emergency aid to Haiti was praised.", "Japan", "Haiti"),
    ("Norway's delivery of food aid to Sudan resumed in May.", "Norway", "Sudan"),
])
def test_the_owner_of_a_handing_over_gives_the_aid(events_named, text, giver, receiver):
    found = events_named(text)
    assert ("AID", giver, receiver) in found, found


@pytest.mark.parametrize("text", [
    "Kenya's provision of water is poor.",                  # no aid named
    "The provision of loans to Opel was questioned.",       # no giver named
])
def test_no_handed_aid_without_an_owner_and_aid(events_named, text):
    found = events_named(text)
    assert not any(t == "AID" and s and o for t, s, o in found), found
