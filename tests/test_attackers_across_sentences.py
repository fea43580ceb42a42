"""Attackers news names once and leaves out of the other sentences of the attack (extract/story_attackers.py,
attack_agents.unbound_pronoun), killings in the words of crime news (slay, slaying), and gunfire on
people in a music or film story (sense.harm_to_people). Sentences of our own."""
from __future__ import annotations

from test_sense import FILM_REVIEW, MATCH_REPORT


def attacks(analysis, sentence_start: str) -> list[tuple[str | None, str | None]]:
    """(attacker name, victim name) of the ASSAULT events of the sentence that starts so."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events
            if e.type == "ASSAULT" and e.sentence.startswith(sentence_start)]


def test_an_attack_told_without_its_attacker_is_by_the_one_the_story_names(analyse_text):
    found = analyse_text("Mark Ellis shot his neighbour Tom Reed outside a bar in Leeds on Friday. "
                         "Two other customers were also shot, police said.")
    assert any(a == "Mark Ellis" for a, _ in attacks(found, "Two other customers"))


def test_no_story_attacker_where_two_sides_attack(analyse_text):
    found = analyse_text("Soldiers attacked rebels near Goma on Monday. The rebels shot Captain Paul Mbeki. "
                         "Four villagers were shot dead in Rutshuru, residents said.")
    assert attacks(found, "Four villagers") and all(a is None for a, _ in attacks(found, "Four villagers"))


def test_no_story_attacker_for_a_storm(analyse_text):
    found = analyse_text("Hurricane Dora hit the coast in 2001. Dora killed 900 people in Honduras. "
                         "Four fishermen were killed near La Ceiba.")
    assert all(a is None for a, _ in attacks(found, "Four fishermen"))


def test_an_open_pronoun_subject_is_not_the_victim_its_clause_names(analyse_text):
    found = analyse_text("Deputy Tom Ortiz was questioning a woman when Mark Ellis ran out of the house. "
                         "He shot Ortiz twice in the chest.")
    assert ("Mark Ellis", "Tom Ortiz") in attacks(found, "He shot")


def test_a_pronoun_bound_to_the_victim_its_clause_names_is_the_other_person(analyse_text):
    found = analyse_text("Sergeant Tom Ortiz was questioning a driver when Mark Ellis stepped out of the car. "
                         "He shot Ortiz twice in the stomach.")
    assert ("Mark Ellis", "Tom Ortiz") in attacks(found, "He shot")


def test_a_pronoun_left_open_between_two_others_stays_open(analyse_text):
    found = analyse_text("Tom Reed and Sam Cole were at the bar when Dan Hill arrived. He shot Hill.")
    assert all(a is None for a, _ in attacks(found, "He shot"))


def test_slaying_and_slain_are_killings(analyse_text):
    found = analyse_text("Police arrested Dana Moss, the main suspect in the slaying of Carl Diaz.")
    assert ("Dana Moss", "Carl Diaz") in attacks(found, "Police arrested")
    found = analyse_text("A shopkeeper was slain by two robbers in Memphis on Sunday.")
    assert attacks(found, "A shopkeeper")


def test_gunfire_wounding_people_in_a_music_story_is_violence(analyse_text):
    found = analyse_text(FILM_REVIEW + "The singer's bodyguard was shot in the leg outside the studio in May.")
    assert attacks(found, "The singer's bodyguard")


def test_filming_people_in_a_film_story_is_no_violence(analyse_text):
    found = analyse_text(FILM_REVIEW + "The crew shot Tom Cruise on a rooftop in Paris for the final scene.")
    assert not attacks(found, "The crew")


def test_a_person_shot_and_stabbed_in_a_film_story_is_attacked(analyse_text):
    # another act of violence in any domain (a stabbing) says the shooting is one too, with no wound named
    found = analyse_text(FILM_REVIEW + "The producer Anna Berg was shot and stabbed by a stranger in Rome last year.")
    assert attacks(found, "The producer Anna Berg")


def test_a_player_shot_at_in_a_match_report_with_no_violence_is_no_attack(analyse_text):
    found = analyse_text(MATCH_REPORT + "The winger shot at Petr Cech twice before the break.")
    assert not any(e.type == "ASSAULT" for e in found.events)


def test_a_person_shot_after_threats_over_his_film_is_attacked(analyse_text):
    # the film is what the threats were about, not what was shot
    found = analyse_text(FILM_REVIEW + "The novelist Karl Dorn was shot and killed in Utrecht after threats "
                                       "he received about his film.")
    assert attacks(found, "The novelist Karl Dorn")


def test_an_attack_told_as_a_habit_takes_no_story_attacker(analyse_text):
    found = analyse_text("Ron Dale, 31, shot a deputy outside a motel in Fresno on Monday, police said. "
                         "These officers are constantly getting shot at, the sheriff said.")
    assert all(a != "Ron Dale" for a, _ in attacks(found, "These officers are constantly"))
