"""Precision rules (session 48, not an event): a measure held "hostage" (extract/held_hostage.py), a resource
"freed up" (freed_up.py), an "attack" on rights or freedoms (attacked_values.py), the dead and injured a
hazard left (hazard_tolls.py), all through
everyday_acts.py in the sense judge; and an act a noun of a rule clause names or the main clause after one
tells (generic_acts.clause_verb, follows_rule). Sentences of our own; each dropped event is checked to be made
without the rule, and the acts the rules must leave are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import everyday_acts, generic_acts
from newsgraph.wordlists import words


@pytest.fixture()
def without_rules(analyse_without):
    return lambda text: analyse_without(text, (everyday_acts, "thing_held_hostage", lambda c: False),
                                        (everyday_acts, "freed_up", lambda c: False),
                                        (everyday_acts, "value_attacked", lambda c: False),
                                        (everyday_acts, "hazard_toll", lambda c: False),
                                        (generic_acts, "clause_verb", lambda t: t),
                                        (generic_acts, "follows_rule", lambda t: False))


@pytest.mark.parametrize("text, event", [
    # a measure or an economy held hostage: a party's leverage, no one seized
    ("Republicans in the Senate held the spending bill hostage for three weeks.", ("ASSAULT", "held")),
    ("The governor said the unions were holding the state budget hostage.", ("ASSAULT", "holding")),
    # "free up" makes a resource available
    ("The government freed up two billion pounds for hospitals last year.", ("RETREAT", "freed")),
    ("Police freed up officers for patrols by cutting paperwork.", ("RETREAT", "freed")),
    # an attack on rights or freedoms is a judgement of a measure
    ("The opposition said the bill was an attack on the rights of pensioners.", ("ASSAULT", "attack")),
    ("Union leaders called the pay cuts savage attacks on nurses' rights.", ("ASSAULT", "attacks")),
    # the dead and injured a hazard left, told beside the troops of the rescue
    ("Troops joined the rescue after a cyclone hit the coast on Friday, leaving 15 people injured.",
     ("ASSAULT", "injured")),
    # a rule of what follows a case: the act its clause's noun names, the act of the main clause
    ("Where a defendant is convicted of murder, the judge must pass a life sentence.", ("ASSAULT", "murder")),
    ("When an officer is charged with assault, he is suspended at once.", ("SANCTION", "suspended")),
])
def test_figures_and_rule_cases_are_dropped(text, event, analyse_text, without_rules):
    assert event in type_triggers(without_rules(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # people held hostage are hostages
    ("The gunman held two bank tellers hostage for six hours.", ("ASSAULT", "held")),
    ("Pirates held the ship's crew hostage for a month.", ("ASSAULT", "held")),
    # freeing captives is a release
    ("The rebels freed two hostages on Monday.", ("RETREAT", "freed")),
    ("Israel freed 900 Palestinian prisoners under the deal.", ("RETREAT", "freed")),
    # an attack on people or positions is violence
    ("Rebels launched an attack on the army's positions near the town.", ("ASSAULT", "attack")),
    ("The mob's attack on the journalists was condemned.", ("ASSAULT", "attack")),
    # the dead and injured armed men left are their victims
    ("Gunmen stormed the hotel, leaving 20 people injured.", ("ASSAULT", "injured")),
    # a clause of when about one case in the past tells acts done
    ("When the officer was charged with assault, he was suspended.", ("SANCTION", "suspended")),
    ("When the officer was charged with assault, he was suspended.", ("ACCUSE", "charged")),
])
def test_hostages_releases_attacks_and_past_cases_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


def test_the_words_belong_to_their_senses():
    assert {"budget", "bill", "economy"} <= words("figurative_hostages")
    assert not {"crew", "staff", "family", "passengers"} & words("figurative_hostages")
    assert {"rights", "freedom"} <= words("public_values") | words("taken_rights")
