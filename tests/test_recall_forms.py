"""Forms of news English the extractor used to miss (session 17): whom a restriction on trade hits
("the embargo on arms exports to China"), who holds one ordered to stay in custody ("was ordered to
remain in custody by a magistrate"), and backing out of a deal ("bailed out of the deal"). Sentences
written for these tests, parsed by the pipeline's model."""
from __future__ import annotations

import pytest

from named_events import named_sides
from newsgraph.extract import analyse
from newsgraph.model import Document


def sides(nlp, gazetteer, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    return named_sides(analyse(Document(source="recall-forms-test", text=text), nlp(text), gazetteer), etype)


@pytest.mark.parametrize(("text", "etype", "expected"), [
    ("Washington imposed a ban on chip exports to China in October.", "COERCE", ("United States government", "China")),
    ("The European Union banned oil imports from Russia in 2022.", "SANCTION", ("European Union", "Russia")),
    # the lifting of such a restriction concedes to the same side
    ("Washington lifted its ban on chip exports to China.", "CONCEDE", ("United States government", "China")),
])
def test_a_restriction_on_trade_hits_the_trading_partner(text, etype, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, etype)


def test_goods_without_a_partner_name_no_side(nlp, gazetteer):
    # the exports go nowhere named: no side is made up from the goods
    found = sides(nlp, gazetteer, "The European Union banned oil exports in 2022.", "SANCTION")
    assert all(obj is None for _, obj in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan pastor was ordered to remain in custody by a Mombasa magistrate.",
     ("Mombasa magistrate", "Kenyan pastor")),
    ("The banker was ordered by a Paris judge to remain in custody.", ("Paris judge", "banker")),
])
def test_who_ordered_the_custody_holds(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "COERCE")


def test_custody_with_no_one_ordering_keeps_its_holder_unnamed(nlp, gazetteer):
    assert sides(nlp, gazetteer, "The suspect was ordered to remain in custody.", "COERCE") == {(None, "suspect")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vivendi bailed out of its merger deal with Telecom Italia.", ("Vivendi", "Telecom Italia")),
    ("Russia pulled out of the grain deal with Ukraine in July.", ("Russia", "Ukraine")),
    ("The Malaysian government backed out of a rail deal with Singapore.", ("Malaysian government", "Singapore")),
])
def test_backing_out_of_a_deal_refuses_it(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "REJECT")


def test_bailing_out_a_bank_is_still_aid(nlp, gazetteer):
    text = "The International Monetary Fund bailed out Sri Lanka in 2023."
    assert sides(nlp, gazetteer, text, "REJECT") == set()
    assert ("International Monetary Fund", "Sri Lanka") in sides(nlp, gazetteer, text, "AID")


@pytest.mark.parametrize(("text", "doer"), [
    ("The teacher was beaten by police in Lagos.", "police"),
    ("The student was badly beaten by security guards.", "security guards"),
])
def test_a_passive_beating_has_its_agent_as_doer(text, doer, nlp, gazetteer):
    found = sides(nlp, gazetteer, text, "ASSAULT")
    assert any(subject and subject.startswith(doer) for subject, _ in found), found


@pytest.mark.parametrize("text", [
    "The champion was beaten by his rival in the final.",
    "The English side were beaten by France at Twickenham.",
])
def test_beaten_by_a_rival_or_a_team_is_a_defeat(text, nlp, gazetteer):
    assert sides(nlp, gazetteer, text, "ASSAULT") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft was fined 497m euros by the European Commission.", ("European Commission", "Microsoft")),
    ("Meta was fined 1.2bn euros by Ireland's data regulator.", ("data regulator (Ireland)", "Meta")),
])
def test_who_fined_when_the_parser_hangs_by_on_the_sum(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "SANCTION")


def test_a_firm_backing_out_of_its_deal_is_news_without_the_other_side(nlp, gazetteer):
    text = "Vodafone said it would pull out of the $2bn deal."
    assert ("Vodafone", None) in sides(nlp, gazetteer, text, "REJECT")


def test_a_firm_leaving_a_country_is_no_refusal(nlp, gazetteer):
    assert sides(nlp, gazetteer, "Vodafone pulled out of Japan in 2006.", "REJECT") == set()


@pytest.mark.parametrize(("text", "victim"), [
    ("A gunman shot a police officer in Dallas.", "police officer"),
    ("Smith was convicted of killing a police officer in 1998.", "police officer"),
])
def test_a_harmed_officer_is_the_victim(text, victim, nlp, gazetteer):
    assert any(obj == victim for _, obj in sides(nlp, gazetteer, text, "ASSAULT"))


def test_an_officer_who_acts_is_the_force(nlp, gazetteer):
    found = sides(nlp, gazetteer, "A 17-year-old was shot by a police officer during a traffic stop in Nanterre.",
                  "ASSAULT")
    assert any(subject and "police" in subject and "officer" not in subject for subject, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # split in three, "ex", "-" and "husband" made the victim the attacker
    ("The nurse was stabbed by her ex-husband in Leeds.", ("her ex-husband", "nurse")),
    ("A Texas man shot his ex-wife on Sunday.", ("Texas man", "his ex-wife")),
])
def test_a_former_partner_is_one_person(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "ASSAULT")
    assert any(t.text.startswith("ex-") for t in nlp(text))   # one token


def test_hit_with_a_penalty_is_a_sanction(nlp, gazetteer):
    text = "Russia was hit with new sanctions by the European Union."
    assert ("European Union", "Russia") in {(s, o) for s, o in sides(nlp, gazetteer, text, "SANCTION")}
    assert sides(nlp, gazetteer, text, "ASSAULT") == set()


def test_hit_with_rockets_stays_violence(nlp, gazetteer):
    assert sides(nlp, gazetteer, "The rebels hit the convoy with rockets.", "SANCTION") == set()


def test_an_extradition_is_with_the_state_the_person_goes_to(nlp, gazetteer):
    text = "Argentina extradited the former officer to Italy, where he faces charges."
    assert sides(nlp, gazetteer, text, "COOPERATE") == {("Argentina", "Italy")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants used roadside bombs against vehicles operated by the Egyptian army.", ("militants", "Egyptian Armed Forces")),
    ("Houthi rebels fired missiles at a tanker owned by a Greek company.", ("Houthis", "Greek company")),
])
def test_an_attack_on_a_thing_hits_its_owner_or_operator(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "ASSAULT")


@pytest.mark.parametrize(("text", "etype", "expected"), [
    ("Iran's support for Hezbollah has alarmed Israel.", "SUPPORT", ("Iran", "Hezbollah")),
    ("Japan's apology to South Korea was welcomed in Seoul.", "CONCEDE", ("Japan", "South Korea")),
])
def test_an_owned_act_with_its_other_side_is_an_event(text, etype, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, etype)


def test_an_owned_act_without_another_actor_is_none(nlp, gazetteer):
    # support for a thing, not for an actor: no event without a light verb
    assert sides(nlp, gazetteer, "Iran's support for the plan surprised diplomats.", "SUPPORT") == set()
