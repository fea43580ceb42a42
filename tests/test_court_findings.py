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


@pytest.mark.parametrize(("text", "ruler"), [
    ("Judge Helen Carter ruled that the Home Office had broken the law.", "carter"),   # a judge by name
    ("The Court of Appeal ruled that the Home Office had broken the law.", "court"),   # a named court
    ("An employment tribunal ruled that the Home Office had broken the law.", "tribunal"),
    ("A panel of three judges ruled that the Home Office had broken the law.", "panel"),
])
def test_whoever_rules_faults_the_party_found_at_fault(text, ruler, analyse_text):
    sides = event_sides(analyse_text(text), "ACCUSE")
    assert any(ruler in s and "office" in o for s, o in sides if s and o), (text, sides)


@pytest.mark.parametrize("text", [
    "The court ruled that the recordings were admissible as evidence.",   # about a thing
    "The tribunal ruled that Deliveroo riders are self-employed.",        # a status, no act
    "The court ruled that it would hear the case in March.",              # the court's own plan
])
def test_a_ruling_on_a_thing_or_a_status_is_no_demand_or_fault(text, analyse_text):
    events = analyse_text(text).events
    assert not [e for e in events if e.type in ("REQUEST", "ACCUSE")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("text", "event_type"), [
    ("A Paris court found Lafarge guilty of financing terrorism.", "SANCTION"),
    ("A jury found Dana Whitlock guilty of killing her business partner.", "SANCTION"),
    ("The court found that Google had abused its monopoly.", "ACCUSE"),
    ("A federal judge ruled that Google had abused its monopoly.", "ACCUSE"),
])
def test_a_courts_verdict_is_its_asserted_act(text, event_type, analyse_text):
    # "found" reports, but a court finding is the court's deed, not a claim it makes
    verdicts = [e for e in analyse_text(text).events if e.type == event_type]
    assert verdicts and all(e.certainty == "asserted" and e.source is None for e in verdicts), verdicts


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The court found that the soldiers had tortured the detainees.", "tortured", "court"),   # what it found
    ("A jury found Dana Whitlock guilty of killing her business partner.", "killing", "jury"),
    ("Prosecutors accused Google of abusing its monopoly.", "accused", "Prosecutors"),   # an accuser's claim
])
def test_what_a_court_finds_stays_its_report_and_an_accusers_claim_stays_his(text, trigger, source, analyse_text):
    event = next(e for e in analyse_text(text).events if e.trigger == trigger)
    assert event.certainty == "reported" and event.source is not None and source in event.source.text, event
