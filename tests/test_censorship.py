"""A ban of the press by those who rule is censorship (extract/censorship.py): COERCE, not the rejection
that "ban" on a proposition is."""
import pytest


def types_of(analysis, trigger: str) -> list[str]:
    return [e.type for e in analysis.events if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "Myanmar's junta banned two opposition newspapers on Monday.",
    "The Thai junta banned three independent weekly magazines in Bangkok.",
])
def test_a_ruler_banning_the_press_coerces(analyse_text, text):
    found = types_of(analyse_text(text), "banned")
    assert found == ["COERCE"], found


def test_a_ban_of_a_plan_is_no_censorship(analyse_text):
    found = types_of(analyse_text("The Thai junta banned the opposition plan for a referendum."), "banned")
    assert "COERCE" not in found, found
