"""An indirect question of why, how or what takes its act as done (extract/wh_clauses.py): the verb of
asking, a saying denied or a modal over the question does not make the act possible, alleged or denied."""
import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("The senator asked why Turkey had attacked the aid convoy near Idlib.", "ASSAULT"),
    ("Ministers did not say why police arrested the two reporters in Minsk.", "COERCE"),
    ("The inquiry will examine how the soldiers killed the three farmers.", "ASSAULT"),
])
def test_an_act_asked_about_is_done(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(c in ("asserted", "reported") and not negated for c, negated in found), found


def test_a_question_keeps_its_own_modal(analyse_text):
    found = claims(analyse_text("Lawmakers asked why Kenya would deport the three activists next week."), "COERCE")
    assert found and all(c == "possible" for c, _ in found), found


def test_a_thing_named_by_what_is_no_question(analyse_text):
    text = "Mr Kiir accused Sudan of threatening what he called a military invasion of South Sudan."
    found = claims(analyse_text(text), "ASSAULT")
    assert found and all(c == "possible" for c, _ in found), found
