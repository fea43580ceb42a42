"""A denial negates what it denies (its content clause), not a clause of time or cause beside it nor
another act joined to it (attribution's walk, clause_walk.beside_denial). Sentences of our own."""
from __future__ import annotations


def rows(result, kind: str) -> set[tuple[str, str, bool]]:
    names = {k: e.name for k, e in result.entities.items()}
    return {(names.get(e.subject), names.get(e.object), e.negated) for e in result.events if e.type == kind}


def test_a_clause_of_time_beside_a_dismissal_keeps_its_own_polarity(analyse_text):
    found = analyse_text("As Labour leader Tony Blair opened the conference in Brighton, Conservative leader "
                         "Michael Howard dismissed the government as tired.")
    assert all(not neg for _, _, neg in rows(found, "LEADERSHIP"))
    found = analyse_text("When police arrested the protesters, the mayor rejected their demands.")
    assert rows(found, "COERCE") and all(not neg for _, _, neg in rows(found, "COERCE"))


def test_an_act_joined_to_a_denial_is_not_denied(analyse_text):
    found = analyse_text("The interior ministry denied the report and detained two journalists in Minsk.")
    assert rows(found, "COERCE") and all(not neg for _, _, neg in rows(found, "COERCE"))


def test_the_content_of_a_denial_stays_negated(analyse_text):
    found = analyse_text("The ministry denied that police had detained the two journalists.")
    assert rows(found, "COERCE") and all(neg for _, _, neg in rows(found, "COERCE"))
    found = analyse_text("Sudan denied that its jets bombed the refugee camp.")
    assert rows(found, "ASSAULT") and all(neg for _, _, neg in rows(found, "ASSAULT"))
