"""One-sided requests and agreements that are news with their other side unsaid: a request that names
the kind of body asked and what it is to do, or the conduct asked ("urged restraint"); an agreement
that ends a legal matter (a fine paid, a lawsuit settled); a person leaving an office. Advice to the
public and a firm's purchases stay out."""
from __future__ import annotations


def types_by(events, subject: str) -> set[str]:
    return {e[0] for e in events if e[1] == subject}


def test_a_body_asked_to_act_makes_a_request(events_named):
    found = events_named("The Ferrytown Dockers Union called on the port authority to reopen the northern gate.")
    assert "REQUEST" in types_by(found, "Ferrytown Dockers Union")
    found = events_named("Senator Alma Ruiz urged rich nations to write off the debts of the poorest states.")
    assert "REQUEST" in types_by(found, "Alma Ruiz")


def test_advice_to_the_public_is_no_request(events_named):
    found = events_named("Lumora Software urged customers to install the update before Friday.")
    assert "REQUEST" not in types_by(found, "Lumora Software")


def test_conduct_asked_of_unnamed_others_is_a_request(events_named):
    found = events_named("The Andean Bishops Conference urged restraint after the disputed count.")
    assert "REQUEST" in types_by(found, "Andean Bishops Conference")


def test_a_legal_matter_settled_by_a_firm_is_an_agreement(events_named):
    found = events_named("Harlow Chemicals agreed to pay $4m to settle a lawsuit over the river spill.")
    assert "AGREE" in types_by(found, "Harlow Chemicals")
    found = events_named("Brightwater Insurance has agreed to pay a fine of $900,000 for misleading clients.")
    assert "AGREE" in types_by(found, "Brightwater Insurance")


def test_a_sum_paid_in_penalties_settles_a_legal_matter(events_named):
    found = events_named("Norvale Shipping has agreed to pay $12m in civil penalties after admitting the oil dumping.")
    assert "AGREE" in types_by(found, "Norvale Shipping")
    found = events_named("Norvale Shipping has agreed to pay $12m in port fees for the new berth.")
    assert "AGREE" not in types_by(found, "Norvale Shipping")


def test_a_firm_agreeing_to_pay_for_a_purchase_is_no_event(events_named):
    found = events_named("Harlow Chemicals agreed to pay $4m for a warehouse near the port.")
    assert "AGREE" not in types_by(found, "Harlow Chemicals")


def test_a_person_leaving_an_office_retreats(events_named):
    found = events_named("Marta Velasquez resigned as chair of the Harbour Trust after the audit.")
    assert "RETREAT" in types_by(found, "Marta Velasquez")
    found = events_named("Labour councillor Sarah Jones will stand down at the May election.")
    assert "RETREAT" in types_by(found, "Sarah Jones")


def test_a_person_withdrawing_money_is_no_retreat(events_named):
    found = events_named("Marta Velasquez withdrew her savings from the bank.")
    assert "RETREAT" not in types_by(found, "Marta Velasquez")


def test_a_resignation_forced_or_announced_is_one(events_named):
    assert "RETREAT" in types_by(events_named("Dan Roberts was forced to resign after the scandal."), "Dan Roberts")
    assert "RETREAT" in types_by(events_named("Dan Roberts said he would resign as party chairman."), "Dan Roberts")


def test_a_resignation_asked_or_disowned_is_none(events_named):
    for text in ("The party challenged Dan Roberts to stand down as an MEP.",
                 "Dan Roberts said he had no intention of resigning."):
        assert "RETREAT" not in types_by(events_named(text), "Dan Roberts"), text


def test_an_exhortation_to_politicians_at_large_is_no_request(events_named):
    found = events_named("Bishop Alan Mercer urged politicians to avoid negative campaigning.")
    assert "REQUEST" not in types_by(found, "Alan Mercer")
