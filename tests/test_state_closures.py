"""Closures by a state or force (PLOVER COERCE, mode restrict): an airport, port or place of
worship closed by troops, police or a government; weather, a firm or a council closing a
road or its own office is no coercion. Closures named by the noun with no maker named are in
test_everyday_closures.py."""
import pytest


@pytest.mark.parametrize("text", [
    "Burmese soldiers closed the airport in Sittwe after the clashes.",
    "Eritrean troops closed the port of Assab on Monday.",
    "Tajik authorities closed a mosque in Dushanbe last week.",
])
def test_closures_by_a_state_or_force_are_coercion(analyse_text, text):
    assert any(ev.type == "COERCE" and ev.subject for ev in analyse_text(text).events)


@pytest.mark.parametrize("text", [
    "Thick fog closed the airport in Milan for three hours.",
    "The bank closed its office in Vilnius last year.",
    "The airline closed its ticket office at the port.",
])
def test_closures_by_weather_or_a_firm_are_no_coercion(analyse_text, text):
    assert not [ev for ev in analyse_text(text).events if ev.type == "COERCE"]
