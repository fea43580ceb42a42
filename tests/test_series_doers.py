"""Doers the parser put in the wrong clause (session 48, actors48): a list of acts in a clause of time that
the parser split after its first item keeps that clause's doer (extract/series_clauses.py); a clause after
"as" or "while" read as a phrase, its subject "gangs of youths", keeps its subject (misjoined.py); a
describing participle after "and" ("masked youths") read as a verb leaves its noun the doer of the next
verb (extract/modifier_verbs.py). Sentences of our own."""
from __future__ import annotations


def attacks(analysis, sentence_start: str) -> list[tuple[str | None, str | None]]:
    """(attacker name, victim name) of the ASSAULT events of the sentence that starts so."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events
            if e.type == "ASSAULT" and e.sentence.startswith(sentence_start)]


def doers(analysis, sentence_start: str, etype: str) -> list[str | None]:
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [name(e.subject) for e in analysis.events if e.type == etype and e.sentence.startswith(sentence_start)]


def test_the_second_act_of_a_list_in_a_clause_of_time_is_that_clauses_doers(analyse_text):
    found = analyse_text("Troops looked on as militiamen surrounded the village, attacked the villagers and "
                         "burned their homes.")
    assert ("militiamen", "villagers") in attacks(found, "Troops looked")
    assert all(a != "troops" for a, _ in attacks(found, "Troops looked"))


def test_onlookers_do_none_of_the_acts_listed_after_while(analyse_text):
    found = analyse_text("Soldiers looked on while the mob burned cars, attacked shops and beat passers-by.")
    assert all(a != "soldiers" for a, _ in attacks(found, "Soldiers looked"))


def test_an_act_joined_after_a_comma_and_and_stays_the_main_clauses(analyse_text):
    found = analyse_text("Police fired tear gas as protesters threw stones, and arrested 20 people.")
    assert "police" in doers(found, "Police fired", "COERCE")


def test_a_clause_after_as_read_as_a_phrase_keeps_its_subject(analyse_text):
    found = analyse_text("Officers watched as members of the militia attacked the convoy.")
    assert [a for a, _ in attacks(found, "Officers watched")] == ["militia"]
    found = analyse_text("Residents stood back as gangs of youths smashed windows, torched cars and attacked "
                         "passers-by.")
    assert attacks(found, "Residents stood") and all(a != "residents" for a, _ in attacks(found, "Residents stood"))


def test_a_describing_participle_after_and_leaves_its_noun_the_doer(analyse_text):
    found = analyse_text("Workers marched through the capital and hooded youths clashed with police.")
    assert ("youths", "police") in attacks(found, "Workers marched")
    found = analyse_text("Students marched on the ministry and masked men attacked the police with stones.")
    assert all(a != "students" for a, _ in attacks(found, "Students marched"))


def test_a_verb_after_and_with_its_own_object_is_no_description(analyse_text):
    found = analyse_text("Rebels attacked the town and killed civilians sheltering in a school.")
    assert ("rebels", "civilians") in attacks(found, "Rebels attacked")
