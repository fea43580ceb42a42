"""Attackers named near an attack stated without one (extract/responsibility.py): the agent of
the weapon, the agent shared by coordinated passives, a later claim of responsibility, and a
definite unnamed armed group that refers back to a named one. Sentences written for these tests."""
import pytest

from named_events import folded_subjects
from newsgraph.resolve.names import fold


@pytest.mark.parametrize("text, attacker", [
    # the weapon's agent
    ("A landmine laid by ISWAP fighters killed four farmers near Monguno.", "islamic state west africa province"),
    ("Rockets fired by Hezbollah hit Kiryat Shmona, wounding two residents.", "hezbollah"),
    # coordinated passives share the agent
    ("A trader was robbed and shot by bandits near Gusau.", "bandits"),
    # a later claim of responsibility, with or without "for", or for "the attack"
    ("A suicide blast tore through a market in Mogadishu, killing 9. Al-Shabaab claimed responsibility.",
     "al-shabaab"),
    ("An explosion hit a bus in Peshawar, killing six. The Pakistani Taliban claimed responsibility for the attack.",
     "tehrik-i-taliban pakistan"),
    # a definite unnamed armed group refers back to the group named before it
    ("ISWAP fighters stormed a military base in Marte. The insurgents killed five soldiers.",
     "islamic state west africa province"),
])
def test_the_attacker_named_nearby_is_the_subject(text, attacker, analyse_text, gazetteer):
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(fold(attacker) in names for names in found), found


@pytest.mark.parametrize("text", [
    # no claimant: no one claimed it
    "A car bomb exploded in Baidoa, killing seven people. No group claimed responsibility.",
    # a claim for another, new attack does not reach back
    "A bomb exploded in a market in Kabul, killing five. Separately, the Taliban claimed responsibility "
    "for an ambush in Helmand that killed two soldiers.",
])
def test_no_attacker_is_borrowed_from_elsewhere(text, analyse_text, gazetteer):
    analysis = analyse_text(text)
    opening = text.split(". ")[0]
    first = [e for e in analysis.events if e.type == "ASSAULT" and e.sentence.startswith(opening)]
    assert first and all(e.subject is None for e in first), [(e.trigger, e.subject) for e in first]
