"""Light verbs added for agreements ("forged a peace accord", "initialled a treaty"): the event is
the noun they govern, with both signatories as sides."""
from __future__ import annotations

import pytest

from newsgraph.extract import analyse
from newsgraph.model import Document


@pytest.mark.parametrize(("text", "noun"), [
    ("Ethiopia and Eritrea forged a peace accord in 2018.", "accord"),
    ("Armenia and Azerbaijan initialled a peace treaty in Washington.", "treaty"),
])
def test_an_agreement_forged_or_initialled(text, noun, nlp, gazetteer):
    doc = nlp(text)
    analysis = analyse(Document(source="light-verb-test", text=text), doc, gazetteer)
    assert [(e.type, e.trigger) for e in analysis.events if e.type == "AGREE"] == [("AGREE", noun)]


def test_forged_documents_are_no_agreement(nlp, gazetteer):
    text = "The Serbian officials forged documents in Belgrade."
    analysis = analyse(Document(source="light-verb-test", text=text), nlp(text), gazetteer)
    assert [e.type for e in analysis.events] == []


@pytest.mark.parametrize(("text", "stated", "not_stated"), [
    # leaving talks in anger is a refusal, not an assault ("storm" alone is)
    ("The Russian delegation stormed out of the Geneva talks.", "REJECT", "ASSAULT"),
    # forces sent are deployed, not given as aid ("sent aid" is)
    ("Russia sent soldiers to the Belarus border in February.", "MOBILIZE", "AID"),
    # a vow of revenge is a threat, not a promise to cooperate
    ("Iran vowed revenge against Israel on Monday.", "THREATEN", "AGREE"),
])
def test_the_collocation_decides_the_type(text, stated, not_stated, nlp, gazetteer):
    analysis = analyse(Document(source="collocation-test", text=text), nlp(text), gazetteer)
    types = {e.type for e in analysis.events}
    assert stated in types and not_stated not in types, types
