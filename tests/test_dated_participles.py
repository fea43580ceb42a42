"""A participle with a date on an event noun tells when the act was done ("the attack carried out on
Monday", "the demand filed in 1999"), not a plan (extract/mood.expected_act): only a word of plan or
expectation with a date puts the act ahead ("the strike scheduled for Friday")."""
import pytest


def certainties(analysis, trigger: str) -> list[str]:
    return [e.certainty for e in analysis.events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The raid carried out by Turkish jets on Sunday killed six fighters near Qamishli.", "raid"),
    ("The lawsuit brought by Oracle against Google in 2010 was finally settled.", "lawsuit"),
    ("The demand for compensation, filed by the Kenyan government in 2010, was rejected.", "demand"),
])
def test_a_dated_act_is_done(analyse_text, text, trigger):
    found = certainties(analyse_text(text), trigger)
    assert found and "possible" not in found, found


def test_a_dated_plan_is_ahead(analyse_text):
    found = certainties(analyse_text("The strike planned for Friday by teachers in Nairobi was called off."), "strike")
    assert found and all(c == "possible" for c in found), found
