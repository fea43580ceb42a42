"""A verb of asking over a question is words put to someone, not a request that they act
(extract/asked_acts.py `asks_a_question`)."""
import pytest


def requests(analysis):
    return [e for e in analysis.events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "How was it right that the poorest families paid more tax than the richest, the Labour leader asked.",
    "Why should farmers pay for the mistakes of bankers, the union chief asked.",
])
def test_a_question_asked_is_no_request(analyse_text, text):
    assert not requests(analyse_text(text))


@pytest.mark.parametrize("text", [
    "The union asked the government to raise pay.",
    "The mayor asked residents to stay indoors until the curfew ends.",
])
def test_asking_someone_to_act_stays_a_request(analyse_text, text):
    assert requests(analyse_text(text))
