"""Demands made as nouns with their maker and what they ask ("Germany's call for a new treaty"), and
refusals said without a refusing verb ("said no to", a claim of one's own innocence) or aimed at the
side a refused act would be done to ("declined to sell its bonds to China")."""
from __future__ import annotations

import pytest


def typed(found, kind):
    return [e for e in found if e[0] == kind]


def test_a_call_with_its_maker_and_what_it_asks_is_a_demand(events_named):
    assert ("REQUEST", "Germany", None) in events_named("Germany's call for a new treaty was welcomed in Paris.")
    assert ("REQUEST", "Chinese government", None) in events_named("Beijing repeated its call for restraint.")


def test_a_request_that_another_side_act_is_a_demand_on_that_side(events_named):
    assert ("REQUEST", "Spain", "United Kingdom") in events_named(
        "Spain's request that Britain return Gibraltar was rejected.")


def test_the_maker_of_a_demand_may_be_named_after_it(events_named):
    found = events_named("There were demands from Austria for Turkey to free the journalists.")
    assert ("REQUEST", "Austria", "Turkey") in found
    assert not typed(found, "RETREAT")   # the release is asked for, not done


def test_a_request_for_comment_asks_nothing(events_named):
    assert not typed(events_named("Reuters' request for comment went unanswered."), "REQUEST")


def test_a_refused_request_keeps_the_one_asked(events_named):
    assert ("REQUEST", "Israel", "Egypt") in events_named("Egypt rebuffed Israel's request for talks.")


def test_saying_no_to_a_plan_refuses_its_maker(events_named):
    assert ("REJECT", "Sweden", "Germany") in events_named("Sweden has said no to Germany's plan.")
    assert ("REJECT", "Norway", None) in events_named("Norway said no to the treaty.")


def test_no_one_said_is_no_refusal(events_named):
    assert not typed(events_named("Norway said no one had asked for the treaty."), "REJECT")


def test_claiming_ones_own_innocence_rejects_the_accusation(events_named):
    assert ("REJECT", "Israel", None) in events_named("Israel insisted it had done nothing wrong.")
    assert ("REJECT", "Iran", None) in events_named("Iran said it was innocent of the charges.")


@pytest.mark.parametrize("text", [
    "Israel believes it did nothing wrong.",
    "Iran hopes it has broken no rules.",
])
def test_believing_in_ones_innocence_is_no_refusal(events_named, text):
    assert not typed(events_named(text), "REJECT")


def test_saying_another_did_nothing_wrong_is_no_refusal_by_the_speaker(events_named):
    assert not typed(events_named("Israel said Egypt had done nothing wrong."), "REJECT")


def test_a_refused_act_is_a_refusal_of_the_side_it_would_be_done_to(events_named):
    assert ("REJECT", "Japan", "China") in events_named("Japan declined to sell its bonds to China.")
    assert ("REJECT", "Syria", "Lebanon") in events_named("Syria refused to hand over the suspects to Lebanon.")


def test_access_or_permission_denied_is_a_refusal_of_the_one_denied(events_named):
    assert ("REJECT", "Israel", "Amnesty International") in events_named(
        "Israel denied Amnesty International permission to visit Gaza.")


def test_an_offer_told_before_is_refused_with_its_maker(events_named):
    assert ("REJECT", "Serbia", "Germany") in events_named(
        "Germany offered to host talks between the two sides. Serbia turned down the offer.")
    assert ("REJECT", "China", "Japan") in events_named(
        "Japan proposed joint patrols. Russia said it would study the plan. China rejected the plan.")


def test_a_refusal_answers_the_request_made_of_the_refuser_only(events_named):
    asked = "The EU asked Turkey to recognise Cyprus. "
    assert ("REJECT", "Turkey", "European Union") in events_named(asked + "Turkey refused.")
    assert ("REJECT", "Greece", "European Union") not in events_named(asked + "Greece refused.")


def test_a_refusal_answers_a_call_made_of_no_one_named(events_named):
    called = "The Liberal Democrats called for a public inquiry into the deaths. "
    assert ("REJECT", "Home Office", "Liberal Democrats") in events_named(called + "The Home Office refused.")
    # a refusal of something else named is no answer to the call
    assert ("REJECT", "Home Office", "Liberal Democrats") not in events_named(called + "The Home Office refused to comment.")


def test_the_one_who_grants_or_faces_a_demand_is_the_one_asked(events_named):
    assert ("REQUEST", "Peru", "Chile") in events_named("Chile agreed to consider Peruvian requests for more water.")
    assert ("REQUEST", "Germany", "Greece") in events_named("Greece faced German calls for deeper cuts.")


def test_a_demanded_release_or_withdrawal_asks_the_one_who_would_do_it(events_named):
    assert ("REQUEST", "Australia", "Myanmar") in events_named(
        "Australia pressed for the release of two journalists detained by Myanmar.")
    assert ("REQUEST", "Canada", "Iran") in events_named("Canada demanded the release of its citizens held by Iran.")


def test_an_acceptance_one_will_not_give_is_a_refusal(events_named):
    found = events_named("Hungary will not accept the European Commission's conditions.")
    assert ("REJECT", "Hungary", "European Commission") in found
    assert not [e for e in events_named("Chile cannot accept the Bolivian plan.", "negated") if e[0] == "REJECT" and e[-1]]


def test_an_act_not_done_in_the_past_is_no_refusal(events_named):
    assert not typed(events_named("Iran did not sign the treaty."), "REJECT")


def test_saying_one_acted_lawfully_or_broke_no_rules_rejects_the_accusation(events_named):
    assert ("REJECT", "Norway", None) in events_named("Norway said it had broken no rules.")
    assert not typed(events_named("Norway said it had broken the rules."), "REJECT")


def test_a_demand_refused_in_the_passive_was_made_of_the_refuser(events_named):
    found = events_named("Germany's call for a new treaty was rejected by France.")
    assert ("REQUEST", "Germany", "France") in found and ("REJECT", "France", "Germany") in found


def test_a_call_renewed_or_repeated_is_as_sure_as_its_verb(events_named):
    assert ("REQUEST", "Chinese government", None, "possible") in events_named(
        "Beijing may repeat its call for restraint.", "certainty")
    assert ("REQUEST", "Egypt", "Israel", "asserted") in events_named(
        "Israel is likely to approve Egyptian requests to bolster forces in Sinai.", "certainty")


def test_a_conditional_or_reported_non_acceptance_is_not_read_again(events_named):
    assert not typed(events_named(
        "If Brussels insists, Hungary will not accept the European Commission's conditions."), "REJECT")
    said = events_named("Hungary said it would not accept the European Commission's conditions.", "certainty")
    assert [e[-1] for e in said if e[0] == "REJECT"] == ["reported"]   # the speech's refusal, once
