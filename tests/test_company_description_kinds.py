""""The company" and "the firm" refer to a body that is a company (resolve/kinds.py,
resolve/org_descriptions.py): not a regulator or another body the document names in full and then
by its initials ("the Financial Conduct Authority (FCA) ... the FCA said the company"), and the short
form of a company's legal name is that company ("Corvane Telecom Plc ... Corvane Telecom"). Sentences
of our own; each is checked to be resolved otherwise without the rule."""
from __future__ import annotations

import pytest

from newsgraph.resolve import kinds, org_descriptions

NO_ACRONYMS = ((kinds, "stands_for_other_body", lambda name, res: False),
               (org_descriptions, "stands_for_other_body", lambda name, res: False))


@pytest.fixture()
def name_without(resolved_name, monkeypatch):
    def run(text, word, *patches):
        with monkeypatch.context() as m:
            for module, attr, value in patches:
                m.setattr(module, attr, value)
            return resolved_name(text, word)
    return run


def test_the_company_is_not_a_regulator_named_by_its_initials(resolved_name, name_without):
    text = ("Ostrava Mining agreed to pay a fine to the UK Financial Conduct Authority (FCA) on Tuesday. "
            "The FCA said the company had broken its rules.")
    assert name_without(text, "company", *NO_ACRONYMS) == "FCA"
    assert resolved_name(text, "company") == "Ostrava Mining"


def test_the_firm_is_not_a_council_named_by_its_initials(resolved_name, name_without):
    text = "The Pacific Fisheries Council (PFC) fined Kestrel Seafoods. A week later the PFC said the firm had paid."
    assert name_without(text, "firm", *NO_ACRONYMS) == "PFC"
    assert resolved_name(text, "firm") != "PFC"


def test_an_acronym_of_no_body_named_in_full_may_be_the_company(resolved_name):
    text = "BGX reported record profits on Monday. The company said sales rose in Asia."
    assert resolved_name(text, "company") == "BGX"


def test_the_short_form_of_a_legal_name_is_the_company(resolved_name, name_without):
    text = ("Corvane Telecom Plc said a fault had cut traffic to Egypt. Halvard Cable Ltd., a Corvane Telecom unit, "
            "operates the line. Corvane Telecom does not know what happened, said Ann Lodge, head of the "
            "company's network centre.")
    assert name_without(text, "company", (kinds, "short_names", lambda res: set())) == "Halvard Cable Ltd."
    assert resolved_name(text, "company") == "Corvane Telecom"


def test_a_nearer_firm_of_no_known_kind_outweighs_a_company_named_in_passing(resolved_name, name_without):
    text = ("Regulators criticised Corran Housing Finance, the mortgage giant, and KPMG was replaced as its auditor. "
            "Shares fell sharply. Investors were angry. Corran Housing Finance is the largest player in the "
            "mortgage market. The firm operates under a charter from Congress.")
    assert name_without(text, "firm", (kinds, "nearer_open_firm", lambda *args: False)) == "KPMG"
    assert resolved_name(text, "firm") == "Corran Housing Finance"


def test_the_one_company_of_the_window_stays_when_no_other_firm_is_near(resolved_name):
    text = ("Dunmore Bank raised its savings rates on Monday. Savers welcomed the move. Brokers expect rivals to "
            "follow. Prices rose again in March. The bank said it expected more savers.")
    assert resolved_name(text, "bank") == "Dunmore Bank"


def test_a_nearer_firm_set_beside_another_is_no_reason_to_leave_the_company(resolved_name, name_without):
    text = ("Brandt Holdings sold its chip arm on Monday. Shares rose. Analysts were pleased. Orrin Chen will run "
            "a new unit at Talvex, the Cloud Server Solutions group. Talvex bought the company for its patents.")
    assert name_without(text, "company", (kinds, "told_of", lambda tok: True)) == "Cloud Server Solutions"
    assert resolved_name(text, "company") != "Cloud Server Solutions"


@pytest.mark.parametrize(("text", "word", "meant"), [
    ("The NBRA sued Harwick Bank over hidden fees. The lender rejected the complaint.", "lender", "Harwick Bank"),
    ("Inspectors from the DGAC grounded two jets of Norvale Airways. The carrier called the move unfair.",
     "carrier", "Norvale Airways"),
])
def test_a_kind_of_firm_takes_the_body_known_as_that_kind(resolved_name, text, word, meant):
    # a body of no known kind (the agency's initials) is nearer, or the subject; the kind decides
    assert resolved_name(text, word) == meant


def test_a_kind_of_firm_with_no_body_known_as_that_kind_still_takes_an_open_one(resolved_name):
    assert resolved_name("Vantor Holdings reported record profits on Monday. The lender said loans rose in Asia.",
                         "lender") == "Vantor Holdings"
