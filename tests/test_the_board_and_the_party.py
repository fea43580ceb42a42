""""The board" acts for the company the story last called one; "the school board" is another body;
"the party" after a sentence naming several parties is that sentence's subject. Sentences are our own;
made-up names stand for companies nobody listed."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def entity_of(resolved_entity):
    def run(text: str, word: str, nth: int = 0):
        entity = resolved_entity(text, word, nth)
        return entity.name if entity else None
    return run


def test_the_board_is_the_company_named_before(entity_of):
    assert entity_of("Tesco said sales fell. The board approved a plan to close forty stores.", "board") == "Tesco"


def test_a_board_that_names_its_company_is_that_companys(entity_of):
    # the story's company is Tesco, but "the board of Sainsbury" says whose board acts
    text = "Tesco said sales fell. Tesco shares dropped 3%. The board of Sainsbury rejected a bid from Tesco."
    assert entity_of(text, "board") == "Sainsbury"


@pytest.mark.parametrize("text", [
    "Tesco said sales fell. The school board rejected the plan.",
    "The board rejected the plan to close forty schools.",
])
def test_another_board_or_no_company_stays_unresolved(entity_of, text):
    assert entity_of(text, "board") is None


def test_the_party_after_several_parties_is_the_nearest_subject(analyse_text):
    analysis = analyse_text("Labour and the Conservatives clashed over taxes on Monday. The Liberal Democrats "
                            "accused Labour of misleading voters. The party also rejected the budget.")
    rejecting = {analysis.entities[e.subject].name for e in analysis.events
                 if e.trigger == "rejected" and e.subject in analysis.entities}
    assert rejecting == {"Liberal Democrats"}


def test_the_management_is_the_company_named_before(entity_of):
    # a company's management acts for it, as its board does: "the union called on the management"
    text = "Staff at Vandrel Holdings voted to strike. The union called on the management to withdraw the notices."
    assert entity_of(text, "management") == "Vandrel Holdings"


@pytest.mark.parametrize("text", [
    "The union called on the management to withdraw the notices.",             # no company named
    "Vandrel Holdings cut jobs. The union will meet senior management on Friday.",   # a part, undetermined
])
def test_a_management_of_no_named_company_stays_unresolved(entity_of, text):
    assert entity_of(text, "management") is None
