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


@pytest.mark.parametrize(("text", "awarder", "winner"), [
    # a contract awarded "to" a firm (the parser's dative) or won "from" a buyer: the deal between them
    ("The Danish defence ministry awarded a contract to Airbus for six helicopters.", "denmark", "airbus"),
    ("The Polish army awarded the first tank contracts to Hyundai Rotem.", "pol", "hyundai"),
    ("Boeing won a contract from the Indian navy for maritime patrol planes.", "boeing", "ind"),
])
def test_a_contract_awarded_or_won_is_a_deal(text, awarder, winner, nlp, gazetteer):
    analysis = analyse(Document(source="contract-test", text=text), nlp(text), gazetteer)
    names = {k: e.name for k, e in analysis.entities.items()}
    sides = [{names.get(e.subject, ""), names.get(e.object, "")} for e in analysis.events if e.type == "AGREE"]
    assert any(any(awarder in n.lower() for n in s) and any(winner in n.lower() for n in s) for s in sides), sides


def test_an_award_won_is_no_deal(nlp, gazetteer):
    text = "The Danish film won an award at the Berlin festival."
    analysis = analyse(Document(source="contract-test", text=text), nlp(text), gazetteer)
    assert [e.type for e in analysis.events if e.type == "AGREE"] == []
