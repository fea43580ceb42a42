"""Attackers of attacks a story names again, and attacks undergone in a copula clause (session 46, attackers46):
a definite attack noun just after the attack told with its attacker is that attack, even where the attacker
fights a state or an armed side (extract/told_back.py); "was under attack from X" is X's attack
(clause_links.undergone_events). Sentences of our own."""
from __future__ import annotations


def attacks(analysis, sentence_start: str) -> list[tuple[str | None, str | None]]:
    """(attacker name, victim name) of the ASSAULT events of the sentence that starts so."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events
            if e.type == "ASSAULT" and e.sentence.startswith(sentence_start)]


def test_the_attack_named_again_is_by_the_armed_group_that_made_it(analyse_text):
    found = analyse_text("Separatist rebels attacked a police post near the border on Monday. "
                         "The attack killed 12 policemen, officials said.")
    assert any(a == "rebels" for a, _ in attacks(found, "The attack killed"))


def test_an_ambush_named_again_after_the_verb_is_the_ambushers(analyse_text):
    found = analyse_text("Insurgents ambushed an army convoy in the north on Friday. "
                         "Six soldiers died in the ambush.")
    assert any(a == "insurgents" for a, _ in attacks(found, "Six soldiers"))


def test_no_attacker_named_back_where_the_other_side_fires_too(analyse_text):
    found = analyse_text("Separatist rebels attacked a police post near the border on Monday. "
                         "Police returned fire and shot two rebels. The attack lasted an hour.")
    assert all(a is None for a, _ in attacks(found, "The attack lasted"))


def test_an_attack_that_only_dates_takes_no_attacker_back(analyse_text):
    found = analyse_text("Separatist rebels attacked a police post near the border on Monday. "
                         "Hours after the attack, the governor visited the town.")
    assert not attacks(found, "Hours after")


def test_a_bare_passive_after_an_attack_on_the_state_stays_unattributed(analyse_text):
    found = analyse_text("Separatist rebels attacked a police post near the border on Monday. "
                         "Two farmers were killed in a nearby village.")
    assert all(a is None for a, _ in attacks(found, "Two farmers"))


def test_under_attack_from_an_armed_side_is_its_attack(analyse_text):
    found = analyse_text("The village has been under attack by rebels since Monday.")
    assert any(a == "rebels" for a, _ in attacks(found, "The village"))
    found = analyse_text("The tanker was under attack from pirates when the frigate arrived.")
    assert any(a == "pirates" for a, _ in attacks(found, "The tanker"))


def test_a_state_of_attack_with_no_doer_named_takes_no_doer(analyse_text):
    found = analyse_text("The Indian Navy sank a trawler used by the pirates and rescued two tankers that were under attack.")
    assert all(o is not None for a, o in attacks(found, "The Indian Navy") if a is not None)


def test_under_investigation_in_a_copula_clause_makes_no_attack(analyse_text):
    found = analyse_text("The company is under investigation by the regulator.")
    assert not attacks(found, "The company")


def test_a_rebel_attack_is_by_the_rebels(analyse_text):
    found = analyse_text("A rebel attack on the town killed ten civilians on Sunday.")
    assert any(a == "rebels" for a, _ in attacks(found, "A rebel attack"))
    found = analyse_text("A militant ambush killed four policemen in the district.")
    assert any(a == "militants" for a, _ in attacks(found, "A militant ambush"))


def test_a_label_of_the_attack_or_its_target_names_no_doer(analyse_text):
    found = analyse_text("A terrorist attack killed 20 people at the station.")
    assert all(a is None for a, _ in attacks(found, "A terrorist attack"))
    found = analyse_text("The attack on rebel bases killed 30 fighters.")
    assert all(a is None for a, _ in attacks(found, "The attack on rebel"))


def test_the_subject_before_a_reduced_relative_of_belief_is_the_attacker(analyse_text):
    found = analyse_text("Gunmen believed to be members of a drug cartel shot a mayor in the north on Friday.")
    assert any(a == "gunmen" for a, _ in attacks(found, "Gunmen believed"))


def test_a_belief_with_a_clause_of_its_own_keeps_that_clause_subject(analyse_text):
    found = analyse_text("Police believed the man shot his neighbour after a quarrel.")
    assert not any(a == "police" for a, _ in attacks(found, "Police believed"))


def test_an_attack_the_law_holds_someone_to_is_no_game_shot(analyse_text):
    found = analyse_text("A jury on Friday convicted a woman charged in a 2009 shooting at a Denver bakery.")
    assert any(a == "woman" for a, _ in attacks(found, "A jury"))


def test_weapons_thrown_at_a_site_a_place_owns_are_an_attack(analyse_text):
    found = analyse_text("Rioters threw petrol bombs at Lyon's main courthouse on Sunday.")
    assert any(a == "rioters" for a, _ in attacks(found, "Rioters threw"))
    found = analyse_text("Fans threw flowers at Lyon's main courthouse on Sunday.")
    assert not attacks(found, "Fans threw")


def test_a_clause_after_after_read_as_a_phrase_keeps_its_own_subject(analyse_text):
    found = analyse_text("The fire began after hooded youths broke a window and hurled petrol bombs inside, officials said.")
    assert [a for a, _ in attacks(found, "The fire began")] == ["youths"]
