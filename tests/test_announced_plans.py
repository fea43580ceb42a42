"""An act not yet done that its doer announces ("announced their imminent withdrawal") is a plan: kept
with certainty "possible", as "will withdraw" is; the same noun that nobody announces stays dropped."""
import pytest

from newsgraph.extract import framing


@pytest.mark.parametrize("text", [
    "Belgium and Norway have announced their imminent withdrawal from Mali.",
    "Hungary has announced a planned withdrawal of its soldiers from Kosovo.",
    "Chile confirmed its expected pullout from the peacekeeping force.",
])
def test_an_announced_withdrawal_is_a_possible_retreat(analyse_text, text):
    found = [ev for ev in analyse_text(text).events if ev.type == "RETREAT"]
    assert found and all(ev.certainty == "possible" and ev.subject for ev in found)


def test_both_announcers_of_a_withdrawal_are_sides(analyse_text):
    found = [ev for ev in analyse_text("Belgium and Norway have announced their imminent withdrawal from Mali.").events
             if ev.type == "RETREAT"]
    assert len({ev.subject for ev in found}) == 2


@pytest.mark.parametrize("text", [
    "Commentators debated the imminent withdrawal of troops from Mali.",
    "The envoy spoke about a proposed withdrawal from the buffer zone.",
])
def test_an_unrealised_act_nobody_announces_is_dropped(analyse_text, text):
    assert not [ev for ev in analyse_text(text).events if ev.type == "RETREAT"]


def test_police_announcing_a_possible_attack_make_no_attacker(analyse_text):
    text = "Police in Oslo announced a possible attack on the embassy."
    assert not [ev for ev in analyse_text(text).events if ev.type == "ASSAULT" and ev.subject]


def test_the_announcement_is_what_keeps_the_plan(analyse_without):
    text = "Hungary has announced a planned withdrawal of its soldiers from Kosovo."
    found = analyse_without(text, (framing, "announced_plan", lambda trigger, conflict: False)).events
    assert not [ev for ev in found if ev.type == "RETREAT"]
