"""An attack a story names again by a bare noun ("the shooting occurred at 10 a.m.", "Tuesday's
bombing", "charged in the shooting") takes the attacker the story names near it, and the one charged
for it is its attacker (extract/story_attack_nouns.py, story_attackers.py); collocations of attack
(drop bombs on, sink a ship, spray gunfire). Sentences of our own."""
from __future__ import annotations

from test_attackers_across_sentences import attacks


def test_a_bare_attack_noun_takes_the_story_attacker_and_victim(analyse_text):
    found = analyse_text("A fired accountant, Dale Pruitt, shot his former boss Alan Voss at an office in Dayton "
                         "on Monday. The shooting occurred shortly after 10 a.m. in the second-floor suite, police said.")
    assert ("Dale Pruitt", "Alan Voss") in attacks(found, "The shooting occurred")


def test_an_attack_dated_by_its_day_is_the_story_attack(analyse_text):
    found = analyse_text("Rita Kowalski stabbed her landlord Peter Brandt in Graz on Tuesday. "
                         "Tuesday's stabbing in the Lend district shocked neighbours.")
    assert ("Rita Kowalski", "Peter Brandt") in attacks(found, "Tuesday's stabbing")


def test_an_attack_that_only_dates_something_is_no_event(analyse_text):
    found = analyse_text("Dale Pruitt shot his former boss Alan Voss at an office in Dayton on Monday. "
                         "Hours after the shooting, officers closed Main Street in Dayton.")
    assert attacks(found, "Hours after the shooting") == []


def test_a_bare_attack_noun_with_no_attacker_named_stays_no_event(analyse_text):
    found = analyse_text("Two men were found dead at a bar in Leeds on Sunday. "
                         "The shooting occurred at about 2 a.m. in Kirkgate, police said.")
    assert all(a is None for a, _ in attacks(found, "The shooting occurred"))


def test_no_story_attacker_where_two_attackers_are_named_near(analyse_text):
    found = analyse_text("Omar Haddad stabbed a guard at the museum in Lyon. Lena Morel shot a cashier at a bank "
                         "in Lyon. The attack in the Presqu'ile district was over in minutes, police said.")
    assert all(a is None for a, _ in attacks(found, "The attack in"))


def test_the_nearest_attacker_not_the_first_of_the_story(analyse_text):
    found = analyse_text(
        "Mark Ellis shot a shopkeeper, Ravi Patel, in Leeds in March. Ellis was jailed for life in October. "
        "The court heard he had debts. His family did not attend. The shop has since reopened. "
        "Police have also been investigating a second case. Jordan Fisk stabbed a bus driver, Ann Lowe, in York "
        "on Friday. The stabbing happened near York station, witnesses said.")
    assert ("Jordan Fisk", "Ann Lowe") in attacks(found, "The stabbing happened")


def test_the_one_charged_with_a_killing_is_the_attacker_of_the_story_killing(analyse_text):
    found = analyse_text("Mark Owens, 31, was charged with the murder of his neighbour Gary Platt. "
                         "The killing took place at a farm near Hexham on Sunday, police said.")
    assert ("Mark Owens", "Gary Platt") in attacks(found, "The killing took place")


def test_the_one_accused_in_the_shootings_is_their_attacker(analyse_text):
    found = analyse_text("Rosa Diaz shot two co-workers, Ann Kell and Bo Tran, at a bakery in Fresno on Thursday. "
                         "Diaz, accused in the bakery shootings, appeared in court in Fresno on Friday.")
    assert any(a == "Rosa Diaz" and v is not None for a, v in attacks(found, "Diaz, accused"))


def test_bombs_dropped_on_a_place_and_ships_sunk_are_attacks(analyse_text):
    found = analyse_text("Sudan's air force dropped bombs on the town of Kauda in South Kordofan on Monday.")
    assert any(a is not None and "Sudan" in a for a, _ in attacks(found, "Sudan's air force"))
    found = analyse_text("The Indian navy sank a pirate mother ship off Somalia in November.")
    assert any(a is not None and "Indian" in a for a, _ in attacks(found, "The Indian navy"))


def test_a_ship_that_sank_by_itself_is_no_attack(analyse_text):
    assert attacks(analyse_text("A fishing boat sank in a storm off Lampedusa on Monday."), "A fishing boat") == []


def test_gunfire_sprayed_at_a_place_is_an_attack(analyse_text):
    found = analyse_text("Gang members sprayed gunfire at a crowded bar in Guanajuato on Saturday.")
    assert any(a is not None for a, _ in attacks(found, "Gang members"))


def test_blame_in_a_relative_clause_names_the_attacker(analyse_text):
    found = analyse_text("Al-Shabaab, which claimed the bombing in Mogadishu, said it had targeted officials.")
    assert any(a is not None and "Shabaab" in a for a, _ in attacks(found, "Al-Shabaab"))
    found = analyse_text("The gunman, who opened fire on worshippers in Quetta, was later killed by police.")
    assert ("gunman", "worshippers") in attacks(found, "The gunman")


def test_a_bare_attack_noun_with_its_attacker_but_no_one_victim_is_kept(analyse_text):
    # the victims are no one person the noun can take, but the story told the attack with its attacker
    found = analyse_text("Police said Dale Hunt, 40, opened fire on his coworkers at the plant, killing two. "
                         "The shooting took place just after 8 p.m. Hunt was arrested at the scene.")
    assert ("Dale Hunt", None) in attacks(found, "The shooting took place")


def test_a_bare_attack_noun_after_an_attack_on_no_one_named_is_kept(analyse_text):
    found = analyse_text("Jose Marin, 27, opened fire on the crowd at a warehouse in Fresno on Monday, police said. "
                         "He was arrested an hour later. The shooting was followed by confusion as deputies "
                         "searched the area.")
    assert ("Jose Marin", None) in attacks(found, "The shooting was followed")
