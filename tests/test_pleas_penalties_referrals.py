"""Proceedings in law seen from the side that undergoes or passes them on: a plea of guilt is a
concession (extract/denials.py), a penalty only faced is no sanction yet, a case referred to
prosecutors is the referring body's accusation (extract/proceedings.py), an investigation faced is an
accusation with its investigator unnamed (clause_links.undergone_events), and discrimination against a
group is repression (verbs.yaml). Sentences written for newsgraph."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "subject"), [
    ("Siemens pleaded guilty to bribery charges in a Washington court.", "siemens"),
    ("Boeing will plead guilty to fraud, the Justice Department said.", "boeing"),
    ("The former trader Kweku Adoboli pleaded guilty to two counts of fraud.", "adoboli"),
])
def test_a_plea_of_guilt_is_a_concession(text, subject, analyse_text):
    sides = event_sides(analyse_text(text), "CONCEDE")
    assert any(subject in s for s, _ in sides), (text, sides)


def test_a_plea_of_guilt_names_the_accuser_when_the_charges_name_it(analyse_text):
    sides = event_sides(analyse_text("Siemens pleaded guilty to charges brought by the Justice Department."), "CONCEDE")
    assert any("siemens" in s and "justice" in o for s, o in sides), sides


@pytest.mark.parametrize("text", [
    "Siemens pleaded not guilty to the charges brought by prosecutors.",   # a refusal (REJECT)
    "Ukraine pleaded with the United Nations for more aid.",                # an appeal
])
def test_no_concession_from_a_plea_of_innocence_or_an_appeal(text, analyse_text):
    assert not event_sides(analyse_text(text), "CONCEDE"), text


@pytest.mark.parametrize("text", [
    "Siemens could face a fine of up to 10% of its turnover.",
    "Deutsche Bank may face penalties, the regulator said.",
])
def test_a_penalty_only_faced_is_a_prospect_not_a_sanction(text, analyse_text):
    assert not event_sides(analyse_text(text), "SANCTION"), text


@pytest.mark.parametrize(("text", "referrer", "accused"), [
    ("The regulator transferred its investigation into Siemens to the public prosecutor.", "regulator", "siemens"),
    ("Consob referred the case to prosecutors in Milan.", "consob", None),
])
def test_a_case_referred_to_prosecutors_is_an_accusation_by_the_referrer(text, referrer, accused, analyse_text):
    analysis = analyse_text(text)
    sides = event_sides(analysis, "ACCUSE")
    assert any(referrer in s and (accused in o if accused else True) for s, o in sides), (text, sides)
    assert not event_sides(analysis, "AID"), text   # handing a case on is no aid to the prosecutor


def test_a_transfer_of_goods_to_a_prosecutor_is_no_referral(analyse_text):
    sides = event_sides(analyse_text("Russia transferred the weapons to Syria's army."), "ACCUSE")
    assert not sides, sides


def test_an_investigation_faced_is_an_accusation_with_its_investigator_unnamed(analyse_text):
    sides = event_sides(analyse_text("Three Barclays managers are facing a criminal investigation in London."), "ACCUSE")
    assert any(not s and "barclays" in o for s, o in sides), sides


def test_an_investigation_that_may_come_is_not_yet_an_accusation(analyse_text):
    assert not event_sides(analyse_text("Barclays could face an investigation, analysts said."), "ACCUSE")


def test_discrimination_against_a_group_is_repression(analyse_text):
    sides = event_sides(analyse_text("Hungary's border police discriminated against Roma travellers at the Austrian crossing."),
                        "COERCE")
    assert any("hungary" in s for s, _ in sides), sides
    assert not event_sides(analyse_text("Voters cannot discriminate between the two parties."), "COERCE")


@pytest.mark.parametrize(("text", "finder"), [
    ("Auditors found irregularities in the accounts of Parmalat.", "auditors"),
    ("Police uncovered evidence of vote rigging in Birmingham.", "police"),
    ("Police said they had found evidence of fraud.", "police"),
])
def test_wrongdoing_found_by_a_body_is_its_accusation(text, finder, analyse_text):
    sides = event_sides(analyse_text(text), "ACCUSE")
    assert any(finder in s for s, _ in sides), (text, sides)


@pytest.mark.parametrize("text", [
    "The Commission found no evidence of collusion between the airlines.",   # a finding that clears
    "Scientists found evidence of water on Mars.",                             # no wrongdoing
    "A reporter found evidence of fraud at the charity.",                      # a person, not an inquiry
])
def test_no_accusation_from_a_clearing_finding_or_no_wrongdoing(text, analyse_text):
    assert not event_sides(analyse_text(text), "ACCUSE"), text
