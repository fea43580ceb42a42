"""Accusations named by what is alleged, investigated or criticised rather than by a verb of accusing
(PLOVER ACCUSE, modes allege, investigate, disapprove): extract/allegations.py, "critical of"
(adjectives.yaml), "scrutiny" and "levelled allegations" (the lexicon). Sentences of our own."""
from __future__ import annotations


def accusations(found) -> set[tuple]:
    return {e[:3] for e in found if e[0] == "ACCUSE"}


def test_an_allegations_content_clause_names_whom_it_is_against(events_named):
    found = events_named("The Liberal Democrats' allegations that the Conservatives misled voters were dismissed.")
    assert ("ACCUSE", "Liberal Democrats", "Conservative Party") in found


def test_an_unowned_allegation_denied_is_against_its_clauses_doer(events_named):
    found = events_named("Serbia has denied allegations that it armed the rebels in Kosovo.")
    assert ("ACCUSE", None, "Serbia") in accusations(found)


def test_a_passive_allegation_names_no_one_accused(events_named):
    found = events_named("Amnesty International's allegations that prisoners were tortured in Egypt were ignored.")
    assert not [e for e in accusations(found) if e[2] is not None]


def test_a_claim_denied_by_the_one_it_is_about_is_an_accusation_by_its_maker(events_named):
    found = events_named("Vietnam denied China's claims that it had rammed the fishing boats.")
    assert ("ACCUSE", "China", "Vietnam") in found


def test_a_claim_about_a_third_side_rejected_is_against_that_side(events_named):
    found = events_named("Germany rejected Russia's claims that Poland was planning an invasion.")
    assert ("ACCUSE", "Russia", "Poland") in accusations(found)


def test_claims_to_territory_or_of_cooperation_are_no_accusation(events_named):
    assert not accusations(events_named("Vietnam rejected China's claims to the Paracel Islands."))
    assert not accusations(events_named("Israel rejected Hezbollah's claim that it had agreed to a truce."))


def test_a_claim_with_no_maker_denied_is_no_accusation(events_named):
    assert not accusations(events_named("Toyota denied claims that it would close the plant in Derby."))


def test_alleged_to_have_is_an_accusation_by_someone_unnamed(events_named):
    found = events_named("Siemens is alleged to have paid bribes to officials in Nigeria.")
    assert ("ACCUSE", None, "Siemens") in accusations(found)


def test_under_investigation_by_a_body_is_investigated_by_it(events_named):
    found = events_named("Airbus is under investigation by the Serious Fraud Office.")
    assert ("ACCUSE", "Serious Fraud Office", "Airbus") in found


def test_under_investigation_alone_is_an_investigation_by_someone_unnamed(events_named):
    found = events_named("Credit Suisse remains under investigation in Switzerland.")
    assert ("ACCUSE", None, "Credit Suisse") in accusations(found)


def test_under_scrutiny_needs_who_scrutinises(events_named):
    assert not accusations(events_named("Credit Suisse remains under scrutiny."))
    found = events_named("Tesla came under scrutiny from the National Highway Traffic Safety Administration.")
    assert ("ACCUSE", "National Highway Traffic Safety Administration", "Tesla") in accusations(found)


def test_investigating_whether_names_the_clauses_doer(events_named):
    found = events_named("The Securities and Exchange Commission is investigating whether Nikola misled investors.")
    assert ("ACCUSE", "Securities and Exchange Commission", "Nikola") in accusations(found)


def test_an_inquiry_into_allegations_is_into_their_doer(events_named):
    found = events_named("Ofcom opened an inquiry into allegations that the BBC breached its impartiality rules.")
    assert ("ACCUSE", "Ofcom", "BBC") in accusations(found)


def test_critical_of_is_an_accusation(events_named):
    found = events_named("The Nigerian president has been openly critical of both France and Britain.")
    assert {("ACCUSE", "France"), ("ACCUSE", "United Kingdom")} <= {(e[0], e[2]) for e in found}
    assert not accusations(events_named("Foreign aid remains critical to Malawi."))


def test_allegations_of_a_wrong_against_a_side_are_against_it(events_named):
    found = events_named("Greenpeace levelled allegations of illegal logging against Brazil.")
    assert ("ACCUSE", "Greenpeace", "Brazil") in found


def test_a_state_under_fire_from_an_unarmed_body_is_criticised(events_named):
    found = events_named("Hungary came under fire from the European Commission over the asylum law.")
    assert ("ACCUSE", "European Union", "Hungary") in found or ("ACCUSE", "European Commission", "Hungary") in found
    assert not [e for e in found if e[0] == "ASSAULT"]
    shot = events_named("Israel came under fire from Hezbollah near the border.")
    assert [e for e in shot if e[0] == "ASSAULT"]


def test_alleged_to_have_said_is_words_reported_not_a_wrong_alleged(events_named):
    assert not accusations(events_named("Jacob Zuma is alleged to have told the cabinet that the report was false."))


def test_an_allegation_names_no_one_by_a_thing_of_theirs(events_named):
    assert not accusations(events_named("Ryanair is appealing against allegations that its Irish fares are unfair."))


def test_under_investigation_in_a_relative_clause_is_the_antecedents(events_named):
    found = events_named("Lance Armstrong, who was under investigation by the US Anti-Doping Agency, retired.")
    assert ("ACCUSE", "United States Anti-Doping Agency", "Lance Armstrong") in found or any(
        e[0] == "ACCUSE" and e[2] == "Lance Armstrong" and e[1] is not None for e in found)


def test_under_a_bodys_scrutiny_is_scrutinised_by_it(events_named):
    found = events_named("Google has come under the European Commission's scrutiny again.")
    assert any(e[0] == "ACCUSE" and e[1] == "European Commission" for e in found)


def test_the_subject_of_an_inquiry_is_investigated_by_someone_unnamed(events_named):
    found = events_named("Rolls-Royce, the subject of an inquiry, declined to comment.")
    assert ("ACCUSE", None, "Rolls-Royce") in accusations(found)
