"""Types and certainty that the words around a trigger decide (session 46, typecert46), sentences of our own:
- a noun or adjective trigger that a reported clause tells ("reports that Tesco had held merger talks",
  "reports that Jones had been critical of") is reported as a verb there would be; "speculation that" alleges;
- a director "at" a body, and a title over a function of a firm ("Universal's President of Marketing"), are
  staff of the body (AFFILIATION), not its head (extract/titles.py staff_title);
- disarming one person ("officers disarmed the gunman") takes their weapon by force: COERCE, not the
  disarmament of a side (extract/seizing.py disarmed_person);
- a "not" does not reach a clause joined by "and" with a subject of its own (extract/negation_scope.py)."""
from __future__ import annotations

import pytest

from named_events import named_sides


def certainty_of(analysis, event_type: str) -> set[str]:
    return {e.certainty for e in analysis.events if e.type == event_type}


@pytest.mark.parametrize("text, event_type, certainty", [
    ("Analysts pointed to reports that Tesco had held merger talks with Carrefour.", "CONSULT", "reported"),
    ("There was speculation that Unilever held talks with Nestle about a joint venture.", "CONSULT", "alleged"),
    ("The senator was angry at reports that Senator Jones had been critical of President Obama.", "ACCUSE",
     "reported"),
    # the same acts told by the article itself stay asserted
    ("Tesco held merger talks with Carrefour in Paris.", "CONSULT", "asserted"),
    ("Senator Jones has been critical of President Obama.", "ACCUSE", "asserted"),
])
def test_a_reported_clause_reports_its_noun_and_adjective_acts(analyse_text, text, event_type, certainty):
    assert certainty_of(analyse_text(text), event_type) == {certainty}


@pytest.mark.parametrize("text, relation", [
    ('"This is a serious flaw," Jane Okafor, director at security firm Sophos, told the BBC.', "AFFILIATION"),
    ("Director at security firm Sophos, Jane Okafor said the patch was temporary.", "AFFILIATION"),
    ("Tom Bellamy, senior director at Microsoft, said sales had grown.", "AFFILIATION"),
    ("The announcement was made by Tom Bellamy, Universal's President of Marketing.", "AFFILIATION"),
    # the head of the body stays its leader
    ("Tom Bellamy, managing director at Barclays, said the bank was safe.", "LEADERSHIP"),
    ("Tom Bellamy, director of Oxfam, said the aid would arrive.", "LEADERSHIP"),
    ("Tom Bellamy, chief executive at the British Retail Consortium, said sales had grown.", "LEADERSHIP"),
    ("Tom Bellamy, President of the Republic of Kenya, said the aid would arrive.", "LEADERSHIP"),
    ("Tom Bellamy, managing director of the analysis firm Retail Banking Research, said sales had grown.",
     "LEADERSHIP"),
])
def test_a_post_inside_a_body_is_membership(analyse_text, text, relation):
    got = analyse_text(text)
    types = {e.type for e in got.events if e.type in ("AFFILIATION", "LEADERSHIP")}
    assert types == {relation}


@pytest.mark.parametrize("text, event_type", [
    ("Officers disarmed the gunman and arrested him.", "COERCE"),
    ("The gunman was disarmed by a security guard.", "COERCE"),
    ("Two deputies disarmed the woman before taking her into custody.", "COERCE"),
    # a side disarmed is a disarmament
    ("Colombia disarmed the FARC in 2017.", "RETREAT"),
    ("UN peacekeepers disarmed the militias in the east.", "RETREAT"),
])
def test_disarming_one_person_is_coercion(analyse_text, text, event_type):
    got = analyse_text(text)
    disarmed = [e for e in got.events if e.trigger and e.trigger.lower().startswith("disarm")]
    assert [e.type for e in disarmed] == [event_type]
    assert named_sides(got, event_type)


@pytest.mark.parametrize("text, event_type, negated", [
    # a clause joined by "and" with a subject of its own keeps its own polarity
    ("Mr Smith said voters did not trust the minister and the police should investigate him.", "REQUEST", False),
    ("Vince Cable said the public did not know who to believe and the National Audit Office should investigate "
     "the deal.", "REQUEST", False),
    # each clause's own "not" still denies it
    ("Russia did not condemn the coup and China did not criticise the generals.", "ACCUSE", True),
])
def test_a_not_stays_in_its_own_clause(analyse_text, text, event_type, negated):
    got = analyse_text(text)
    assert {e.negated for e in got.events if e.type == event_type} == {negated}
