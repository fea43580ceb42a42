"""Whom a criticism of an act or a failing faults: the act's doer, never those who suffered it
("condemned the killing of protesters by troops": the troops), a state the act was done in, or the
one a failing is found in ("a lack of transparency in Gazprom's accounts"); "blamed X on Y": Y."""
from __future__ import annotations


def accusations(found):
    return [e for e in found if e[0] == "ACCUSE"]


def test_the_doer_named_by_by_is_faulted_not_the_victims(events_named):
    found = accusations(events_named("Amnesty International denounced the torture of detainees by Egyptian police."))
    assert found and all(e[2] != "detainees" for e in found)
    assert any("Egypt" in (e[2] or "") for e in found)


def test_an_act_done_to_people_in_a_state_faults_the_state(events_named):
    found = accusations(events_named("The European Union condemned the harassment of reporters in Belarus."))
    assert ("ACCUSE", "European Union", "Belarus") in found


def test_an_act_done_to_people_with_no_doer_faults_nobody_named(events_named):
    found = accusations(events_named("The United Nations criticised the mistreatment of refugees."))
    assert found and all(e[2] is None for e in found)


def test_a_failing_faults_whoever_it_is_found_in(events_named):
    found = accusations(events_named("The IMF criticised a lack of transparency in Gazprom's accounts."))
    assert ("ACCUSE", "International Monetary Fund", "Gazprom") in found


def test_what_is_blamed_on_an_actor_accuses_that_actor(events_named):
    found = accusations(events_named("Pakistan blamed the deaths of the soldiers on India."))
    assert ("ACCUSE", "Pakistan", "India") in found


def test_one_accused_by_a_verb_is_an_actor_even_when_tagged_a_place(events_named):
    found = accusations(events_named("The Justice Department accused Titan of bribing officials in Benin."))
    assert any(e[2] == "Titan" for e in found), found


def test_an_accused_capital_still_stands_for_its_state(events_named):
    found = accusations(events_named("Britain accused Moscow of meddling in the election."))
    assert ("ACCUSE", "United Kingdom", "Russian government") in found or any(
        e[2] and "Russia" in e[2] for e in found), found


def test_unnamed_critics_of_an_actor_who_say_something_accuse_it(events_named):
    found = accusations(events_named("Critics of Ryanair say it hides its fees."))
    assert any(e[2] == "Ryanair" for e in found), found


def test_critics_named_before_are_not_described_anew(events_named):
    found = accusations(events_named("The critics of Ryanair say it hides its fees."))
    assert not any(e[1] and "critics" in e[1].lower() for e in found), found


def test_an_actors_critics_who_say_something_accuse_it(events_named):
    found = accusations(events_named("Ryanair's critics argue that it hides its fees."))
    assert any(e[2] == "Ryanair" for e in found), found
    assert not accusations(events_named("Ryanair's critics were not invited to the launch."))


def test_critics_who_accuse_another_do_not_accuse_their_owner(events_named):
    found = accusations(events_named("Ryanair's critics accused the regulator of bias."))
    assert not any(e[2] == "Ryanair" for e in found), found


def test_supporters_who_say_something_state_no_support(events_named):
    found = events_named("Supporters of the governor said the police had beaten two students.")
    assert not any(e[0] == "SUPPORT" for e in found), found
