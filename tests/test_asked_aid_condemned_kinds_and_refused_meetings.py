"""Session 45 (accuse45) shapes of ACCUSE, REJECT and REQUEST built from the PLOVER definitions:
help asked for with its giver unsaid (REQUEST, assist), an act called a kind of wrong ("an act of
war", "a form of blackmail": ACCUSE), a meeting a side says it will stay away from (REJECT, meet),
membership applied for (REQUEST); and a harm blamed on a named storm, which accuses no one."""
from __future__ import annotations


def types_by(events, subject: str) -> set[str]:
    return {e[0] for e in events if e[1] == subject}


def test_help_asked_for_with_no_giver_named_is_a_request(events_named):
    found = events_named("Prime Minister Lina Tavita renewed her plea for more tanks.")
    assert "REQUEST" in types_by(found, "Lina Tavita")
    found = events_named("The Mozambican government sought emergency assistance after the cyclone.")
    assert any(e[0] == "REQUEST" for e in found)


def test_everyday_help_asked_for_is_no_request(events_named):
    assert not any(e[0] == "REQUEST" for e in events_named("The boy asked for help with the puzzle."))


def test_an_act_called_a_kind_of_wrong_is_condemned(events_named):
    found = events_named("Lithuania called Russia's cut in gas supplies a form of blackmail.")
    assert ("ACCUSE", "Lithuania", "Russia") in {e[:3] for e in found}
    found = events_named("The Cuban foreign ministry called the blockade an act of war.")
    assert any(e[0] == "ACCUSE" for e in found)


def test_a_kind_of_story_condemns_nothing(events_named):
    found = events_named("The director called the film a kind of war story.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_harm_blamed_on_a_named_storm_accuses_no_one(events_named):
    assert not any(e[0] == "ACCUSE" for e in events_named("Insurers blamed the losses on Hurricane Otis."))
    found = events_named("The minister blamed the riots on Moscow.")
    assert any(e[0] == "ACCUSE" and e[2] == "Russia" for e in found)


def test_a_meeting_a_side_says_it_will_not_attend_is_refused(events_named):
    found = events_named("Belarus said it would not attend the conference in Vienna.")
    assert "REJECT" in types_by(found, "Belarus")
    found = events_named("Belarus said it would attend the conference in Vienna.")
    assert "REJECT" not in types_by(found, "Belarus")


def test_membership_applied_for_is_a_request(events_named):
    found = events_named("Finland applied for NATO membership in May.")
    assert "REQUEST" in types_by(found, "Finland")


def test_proceedings_opened_against_a_side_accuse_it(events_named):
    found = events_named("The Dutch regulator opened proceedings against Uber over its drivers' pay.")
    assert any(e[0] == "ACCUSE" and e[2] == "Uber" for e in found)
    assert not any(e[0] == "ACCUSE" for e in events_named("The judge adjourned the proceedings until Monday."))
    found = events_named("Mayor Ellen Drost opened proceedings with a minute's silence for the flood victims.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_person_named_as_a_suspect_is_accused(events_named):
    found = events_named("French investigators named Claude Marnier as a suspect in the bribery case.")
    assert any(e[0] == "ACCUSE" and e[2] == "Claude Marnier" for e in found)
    assert not any(e[0] == "ACCUSE" for e in events_named("Police named the dead man as a local farmer."))


def test_a_vote_said_to_be_not_free_or_fair_faults_whoever_held_it(events_named):
    found = events_named("The OSCE said the referendum in Azerbaijan was not free and fair.", "negated", "certainty")
    assert ("ACCUSE", "OSCE", "Azerbaijan", False, "reported") in found
    found = events_named("Human Rights Watch said Belarus's election was neither free nor fair.")
    assert ("ACCUSE", "Human Rights Watch", "Belarus") in {e[:3] for e in found}


def test_a_vote_said_to_be_fair_or_unfair_only_if_is_no_accusation(events_named):
    for text in ("The OSCE said the referendum in Azerbaijan was free and fair.",
                 "The OSCE said the referendum would not be fair if the opposition was barred.",
                 "The mayor said the weather was not fair for the parade."):
        assert not any(e[0] == "ACCUSE" for e in events_named(text)), text


def test_help_sought_for_a_purpose_is_asked_of_its_giver(events_named):
    found = events_named("Mali sought Turkish help to push back the rebels.")
    assert ("REQUEST", "Mali", "Turkey") in {e[:3] for e in found}
    found = events_named("Investigators are seeking to trace the money behind the scheme.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_an_aim_sought_for_a_purpose_is_no_request(events_named):
    found = events_named('"The point is that Brussels seeks political union to move every decision away from '
                         'the national parliaments," Ms Harlow said.')
    assert not any(e[0] == "REQUEST" for e in found)
