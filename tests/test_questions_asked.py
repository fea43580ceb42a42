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


def plover(analysis):
    return [(e.type, e.trigger) for e in analysis.events if e.type not in ("AFFILIATION", "LEADERSHIP")]


@pytest.mark.parametrize("text", [
    "\"Will the rebels free the hostages before the talks in Geneva?\" the mediator asked.",
    "\"Did the army attack the village of Kiwanja last week?\" one resident wondered.",
    "\"Fraudsters are paid by the phone firms, so are these fraudsters followed up and prosecuted ?\" he said.",
    "The question on the ballot will be: \"Should Scotland approve the new treaty with Norway?\"",
    "\"Has Russia ever threatened Estonia?\" she asked.",
])
def test_an_act_asked_about_in_a_quoted_yes_or_no_question_is_no_event(analyse_text, text):
    # (extract/asked_acts.py `asked_about`): neither done nor to come, only asked about
    assert not plover(analyse_text(text))


@pytest.mark.parametrize("text, kind", [
    ("Did the army attack the village of Kiwanja last week?", "ASSAULT"),
    ("Will the rebels free the hostages before the talks in Geneva?", "RETREAT"),
])
def test_a_question_told_outside_quotes_is_a_possible_act(analyse_text, text, kind):
    # attribution's reading of a question outside quotes: it asserts nothing, the act is possible
    found = [e for e in analyse_text(text).events if e.type == kind]
    assert found and all(e.certainty == "possible" for e in found)


@pytest.mark.parametrize("text, kind", [
    ("The rebels freed the hostages before the talks in Geneva.", "RETREAT"),
    ("Did you see it? The army attacked the village of Kiwanja last week.", "ASSAULT"),
    ("Why did police arrest the opposition leader Jan Kowal?", "COERCE"),
    ("Never before had Russian troops attacked Georgian villages so close to Tbilisi.", "ASSAULT"),
])
def test_a_statement_or_a_question_about_a_fact_keeps_its_event(analyse_text, text, kind):
    assert kind in {t for t, _ in plover(analyse_text(text))}
