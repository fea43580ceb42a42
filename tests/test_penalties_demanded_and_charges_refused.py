"""Demands that another be punished (extract/demanded_sides.py), measures a speaker says it may take
(extract/said_threats.py) and charges refused by saying they do not hold (extract/refuted_labels.py).
Sentences written for newsgraph."""
import pytest

from named_events import has_row as _has


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The Federal Reserve is pressing for tough penalties against Goldman Sachs.", "federal reserve", "goldman"),
    ("Germany demanded tougher sanctions on Belarus.", "germany", "belarus"),
    ("Tesla sought an injunction against Ford.", "tesla", "ford"),
    ("The Kenyan government has given instructions for severe penalties to be imposed on Safaricom.", "kenya",
     "safaricom"),
])
def test_a_penalty_demanded_concerns_the_one_to_be_punished(text, subject, other, events_named):
    rows = events_named(text)
    assert _has(rows, "REQUEST", subject, other), rows
    assert not any(t == "AID" for t, _, _ in rows), rows     # an instruction given is no gift


def test_a_penalty_demanded_of_nobody_named_takes_no_side(events_named):
    rows = events_named("Germany demanded tougher fines for polluters in Belarus.")
    assert not _has(rows, "REQUEST", "germany", "belarus"), rows


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Tesla said it may take legal action against Ford.", "tesla", "ford"),
    ("The Kremlin said it might take countermeasures against Lithuania.", "russia", "lithuania"),
])
def test_a_measure_the_speaker_may_take_is_a_threat(text, subject, other, events_named):
    assert _has(events_named(text), "THREATEN", subject, other)


def test_force_the_speaker_could_use_is_still_a_guess(events_named):
    rows = events_named("Hezbollah said it may attack Israel.")
    assert not _has(rows, "THREATEN", "hezbollah", "israel"), rows


@pytest.mark.parametrize("text", [
    "The Kenyan government said its decision was not illegal.",
    "Interior Minister Grant Shapps said the new rules were not racist.",
])
def test_saying_a_charge_does_not_hold_refuses_it(text, events_named):
    rows = events_named(text)
    assert any(t == "REJECT" and s for t, s, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The Kenyan government did not say its decision was not illegal.",
    "The Kenyan government said its decision was illegal.",
    "The Kenyan government said its decision was not popular.",
])
def test_no_refusal_without_a_charge_denied(text, events_named):
    rows = events_named(text)
    assert not any(t == "REJECT" for t, _, _ in rows), rows


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The Home Office told Martin Mubanga that he would not be allowed a passport.", "home office", "mubanga"),
    ("The Chinese government said Reuters would not be granted a licence.", "chinese government", "reuters"),
    ("The Indian government said Martin Mubanga's visa would not be issued.", "indian government", "mubanga"),
])
def test_a_permission_an_authority_says_it_withholds_is_a_refusal(text, subject, other, events_named):
    assert _has(events_named(text), "REJECT", subject, other)


@pytest.mark.parametrize("text", [
    "Analysts said Greece would not be allowed to default.",                     # a forecast, not an authority
    "The Indian government said Pakistan would be allowed to send observers.",  # granted, not refused
    "The Indian government did not say Pakistan would not be allowed to send observers.",
])
def test_no_refusal_of_permission_without_an_authority_withholding_it(text, events_named):
    assert not any(t == "REJECT" for t, _, _ in events_named(text))


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Vodafone's response to the Commission's letter was defiant.", "vodafone", "commission"),
    ("Iran's reply to Germany was uncompromising.", "iran", "germany"),
])
def test_an_answer_called_defiant_refuses_the_one_answered(text, subject, other, events_named):
    assert _has(events_named(text), "REJECT", subject, other)


@pytest.mark.parametrize("text", ["Iran's reply to Germany was not defiant.", "Iran's reply to Germany was swift."])
def test_an_answer_not_called_defiant_refuses_nobody(text, events_named):
    assert not any(t == "REJECT" for t, _, _ in events_named(text))


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The Chinese government warned that Reuters would be expelled.", "chinese government", "reuters"),
    ("Trump said he would sue the New York Times.", "trump", "new york times"),
])
def test_a_state_leaving_its_hand_unnamed_and_a_suit_foretold_are_threats(text, subject, other, events_named):
    assert _has(events_named(text), "THREATEN", subject, other)


@pytest.mark.parametrize("text", [
    "Amnesty International said Reuters would be expelled.",     # no state: a forecast
    "The Chinese government said Reuters would not be expelled.",
    "The Chinese government said Reuters would be expelled by Russia.",  # another's hand
])
def test_a_passive_harm_foretold_by_others_is_no_threat(text, events_named):
    rows = events_named(text)
    assert not any(t == "THREATEN" and o and "reuters" in o.lower() for t, _, o in rows), rows


def test_an_act_pleaded_for_is_asked_not_done(events_named):
    rows = events_named("Ukraine pleaded with Germany to send tanks.")
    assert _has(rows, "REQUEST", "ukraine", "germany"), rows
    assert not any(t == "AID" for t, _, _ in rows), rows


def test_a_penalty_a_noun_demands_is_asked_not_imposed(events_named):
    rows = events_named("Germany backed France's demand for sanctions against Iran.")
    assert _has(rows, "REQUEST", "france", "iran"), rows
    assert not any(t == "SANCTION" for t, _, _ in rows), rows
    assert any(t == "SANCTION" for t, _, _ in events_named("The European Union imposed sanctions against Iran."))


def test_a_warning_that_harm_is_to_come_is_a_threat_and_one_of_trouble_is_not(events_named):
    assert _has(events_named("The RMT union warned Network Rail that there would be more strikes."), "THREATEN",
                "rmt", "network rail")
    rows = events_named("The RMT union warned Network Rail that there would be delays.")
    assert not any(t == "THREATEN" for t, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Turkey insisted it would not bow to demands to recognise Cyprus.",
    "Turkey said it would not give in to pressure.",
])
def test_demands_a_speaker_will_not_yield_to_are_refused_whoever_made_them(text, events_named):
    assert _has(events_named(text), "REJECT", "turkey", None)


@pytest.mark.parametrize("text", [
    "Turkey said it would bow to demands to recognise Cyprus.",     # yielding, not refusing
    "Turkey said Greece would not bow to demands.",                 # another's stance, told
])
def test_no_refusal_where_the_speaker_yields_or_tells_of_another(text, events_named):
    rows = events_named(text)
    assert not any(t == "REJECT" and s and "turkey" in s.lower() for t, s, _ in rows), rows
