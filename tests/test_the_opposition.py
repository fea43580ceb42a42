""""The opposition": a country's opposition when the phrase names the country ("the Kenyan
opposition", "Georgia's opposition"), or when the story names one country only; never the state
itself, and never the stance ("opposition to the war"). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def subjects(nlp, gazetteer):
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    def run(text: str):
        analysis = analyse(Document(source="test", text=text), nlp(text), gazetteer)
        return {analysis.entities[e.subject].name for e in analysis.events if e.subject in analysis.entities}
    return run


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan opposition rejected the law.", "Kenyan opposition"),
    ("Georgian opposition parties called for new elections.", "Georgian opposition"),
    ("Kenya's president signed the new tax law on Monday. The opposition rejected the law.", "Kenyan opposition"),
    ("The main opposition boycotted the vote in Kenya.", "Kenyan opposition"),
])
def test_the_opposition_of_the_country(subjects, text, expected):
    assert expected in subjects(text)


def test_the_opposition_is_not_the_state(subjects):
    assert "Kenya" not in subjects("The Kenyan opposition rejected the law.")


@pytest.mark.parametrize("text", [
    # two countries named: whose opposition is not clear
    "Ruto met Kenyan officials. The opposition accused the government of rigging the vote, and Uganda said it would watch.",
    # no country named
    "The opposition accused the president of corruption.",
])
def test_the_opposition_stays_unresolved_when_unclear(subjects, text):
    assert not any(name.endswith("opposition") for name in subjects(text))


@pytest.mark.parametrize("text", [
    "British opposition to the war hardened after the bombing.",
    "Kenya's opposition leader Wanjiku Mbeki accused the commission of fraud.",
])
def test_a_stance_or_a_modifier_is_no_opposition_body(nlp, gazetteer, text):
    from newsgraph.resolve.document import resolve_document
    doc = nlp(text)
    res = resolve_document(doc, gazetteer)
    assert all(not ent.name.endswith("opposition") for ent in res.entities.values())
