"""A ban of the press by those who rule is censorship (extract/censorship.py): COERCE, not the rejection
that "ban" on a proposition is; sabotage of a proposal is its obstruction (sense.yaml figurative_senses)."""
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Hardliners in the Iranian parliament sabotaged the reform bill.", "REJECT"),   # a proposal: obstruction
    ("Rebels sabotaged the oil pipeline near Kirkuk on Sunday.", "ASSAULT"),          # a thing: violence
])
def test_sabotage_of_a_proposal_is_obstruction(analyse_text, text, expected):
    found = types_of(analyse_text(text), "sabotaged")
    assert found == [expected], found
