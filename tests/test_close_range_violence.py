"""Violence at close range: blows, strangling, slashing, killing "to death", pulling a knife on
someone (a threat, as pulling a gun is; data/lexicon/verbs.yaml), and the sense judge's view of a blow to a firm's people
(extract/sense.py, extract/sense_words.py). Sentences of our own; the same words in sport, trade
and weather senses stay no violence."""
from __future__ import annotations

import pytest


def assaults(analysis) -> list[tuple[str | None, str | None]]:
    name = lambda key: analysis.entities[key].name.lower() if key in analysis.entities else None  # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, attacker, victim", [
    ("Two men punched and kicked a Sikh taxi driver in Leeds, police said.", "men", "sikh taxi driver"),
    ("The suspect strangled his wife at their home in Ohio.", "suspect", "his wife"),
    ("Prison guards battered an inmate in Belmarsh, his lawyer said.", "guards", "inmate"),
    ("An attacker slashed a woman with a knife outside a Paris metro station.", "attacker", "woman"),
    ("A man bludgeoned his neighbour to death with a hammer in Essex.", "man", "his neighbour"),
    ("Machete-wielding gunmen hacked five villagers to death in Plateau state.", "gunmen", "villagers"),
    ("A mob set a Christian man on fire in Punjab province.", "mob", "christian man"),
    ("Police said the man kicked his girlfriend in the head.", "man", "his girlfriend"),
    ("The husband doused his wife in petrol and set her on fire.", "husband", "his wife"),
])
def test_blows_at_close_range_are_assaults_with_both_sides(analyse_text, text, attacker, victim):
    got = assaults(analyse_text(text))
    assert any(s is not None and attacker in s and o is not None and victim in o for s, o in got), got


def test_pulling_a_knife_on_someone_is_a_threat_like_pulling_a_gun(analyse_text):
    analysis = analyse_text("A man pulled a knife on a bus driver in Glasgow.")
    assert [e.type for e in analysis.events] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "A man shot his former boss in Dallas.",             # a firm's people: a shot is still a shot
    "A former employee shot his boss in Houston on Monday.",
])
def test_a_blow_to_a_firms_people_is_violence(analyse_text, text):
    assert any(s is not None for s, _ in assaults(analyse_text(text)))


@pytest.mark.parametrize("text", [
    # sport
    "Liverpool beat Arsenal 2-0 on Sunday.",
    "Kane kicked a penalty wide in the second half.",
    "Brighton punched above their weight again this season.",
    "Arsenal kicked Chelsea out of the cup.",
    "The new rules kick in next month, the league said.",
    "Ireland conceded a penalty and Scotland kicked it to touch.",
    "United were beaten 3-1 by City.",
    # business
    "Tesco slashed prices on 500 products.",
    "The company slashed 2,000 jobs last year.",
    "The start-up burned cash at an alarming rate.",
    "The drought choked supply of grain to the region.",
    "The board slashed the chief executive's pay.",
    "Sterling was clubbed by traders after the vote.",
    # figurative, weather, accidents, a boardroom
    "Coastal towns were battered by storms over the weekend.",
    "Storm Ciaran battered the coast of Cornwall.",
    "Such promises leave the government a hostage to fortune.",
    "Three children burned to death in a house fire in Lagos.",
    "Shareholders ousted the chairman of Barclays.",
    "Activist investors targeted the board of Disney.",
    # a blow not to the body
    "A man emotionally battered his wife for years, a court in Leeds heard.",
    "A mother was emotionally battered by her husband, a court in Leeds heard.",
    "A passenger verbally assaulted a flight attendant on a flight to Malaga.",
])
def test_the_same_words_in_sport_trade_and_weather_are_no_violence(analyse_text, text):
    assert assaults(analyse_text(text)) == []
