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
