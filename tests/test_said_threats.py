"""Threats made by saying what one will do (extract/said_threats.py): a speaker's own attack,
coercion or sanction foretold against another actor is a threat (PLOVER THREATEN) made by the
saying; a forecast of someone else's act, a denial, a guess or violence under way is none.
Sentences written for newsgraph."""
import pytest


def _typed(analysis):
    names = analysis.entities
    def name(key):
        return (names[key].name if key in names else key or "").lower() or None
    return {(e.type, name(e.subject), name(e.object)) for e in analysis.events}


def _has(found, event_type, subject, other):
    return any(t == event_type and s and o and subject in s and other in o for t, s, o in found)


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Hezbollah said it would attack Israel.", "hezbollah", "israel"),
    ("The Russian foreign ministry said it would expel Polish diplomats.", "russia", "pol"),
    ("North Korea warned it will shell South Korea.", "north korea", "south korea"),
    ("Washington said it would impose sanctions on Iran.", "washington", "iran"),
    ("Hezbollah said it plans to attack Israel.", "hezbollah", "israel"),
    ("Russia announced that it would cut gas supplies to Ukraine.", "russia", "ukraine"),
    ("The Iraqi government said it would arrest the leaders of the Mahdi Army.", "iraqi", "mahdi"),
])
def test_own_harm_foretold_is_a_threat(text, subject, other, analyse_text):
    found = _typed(analyse_text(text))
    assert _has(found, "THREATEN", subject, other), (text, found)
    assert not any(t == "ASSAULT" and o and other in o for t, s, o in found), (text, found)


@pytest.mark.parametrize(("text", "other"), [
    ("Hezbollah said it would not attack Israel.", "israel"),                  # denied
    ("The Israeli army said Hezbollah would attack Israel.", "israel"),       # another's act: a forecast
    ("Hezbollah said it could attack Israel.", "israel"),                     # a guess, not a threat
    ("Hezbollah did not say it would attack Israel.", "israel"),
    ("Hezbollah said it does not intend to attack Israel.", "israel"),
    ("The Israeli army said Hezbollah planned to attack Israel.", "israel"),
])
def test_denied_foretold_by_others_or_guessed_is_no_threat(text, other, analyse_text):
    found = _typed(analyse_text(text))
    assert not _has(found, "THREATEN", "hezbollah", other), (text, found)


def test_violence_under_way_is_no_threat(analyse_text):
    found = _typed(analyse_text("Israel's defence minister said the army would continue its offensive against Hamas."))
    assert not any(t == "THREATEN" for t, _, _ in found), found


def test_a_threat_made_is_reported_not_possible(analyse_text):
    events = analyse_text("Hezbollah said it would attack Israel.").events
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.certainty == "reported" and not e.negated for e in threats), threats


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Beijing warned that it would take countermeasures against Lithuania.", "chin", "lithuania"),
    ("Tesla said it would take legal action against Ford.", "tesla", "ford"),
    ("Samsung said it intends to take legal action against Apple.", "samsung", "apple"),
    ("The Kremlin said Russia would take retaliatory steps against the European Union.", "russia", "european union"),
])
def test_measures_the_speaker_will_take_against_another_are_a_threat(text, subject, other, analyse_text):
    found = _typed(analyse_text(text))
    assert _has(found, "THREATEN", subject, other), (text, found)


@pytest.mark.parametrize("text", [
    "Tesla said it would not take legal action against Ford.",
    "Tesla said Ford would take legal action against Toyota.",
    "The Japanese government said it would take measures to protect the yen.",
])
def test_measures_denied_of_another_or_aimed_at_nobody_are_no_threat(text, analyse_text):
    found = _typed(analyse_text(text))
    assert not any(t == "THREATEN" for t, _, _ in found), (text, found)
