"""The story's time from the terms of the office holders it names (resolve/story_era.py)."""
from newsgraph.resolve.names import person_key
from newsgraph.resolve.offices import Role
from newsgraph.resolve.story_era import era_choice, terms_meet

PM_A = Role("Ann Alder", "XXX", "head_of_government", "prime minister", "2001-01-10", "2006-03-01")
PM_B = Role("Bo Birch", "XXX", "head_of_government", "prime minister", "2006-03-01", "2010-05-01")
FIN_B = Role("Bo Birch", "XXX", "finance_minister", "finance minister", "2001-01-10", "2006-03-01")
LEAD_C = Role("Cy Cole", "XXX-PARTY", "leader", "leader", "2003", "2005-06")


def test_a_handover_day_is_the_successors():
    assert not terms_meet(PM_A, PM_B)
    assert terms_meet(PM_A, FIN_B) and terms_meet(LEAD_C, PM_A)


def test_the_reading_met_by_most_other_named_people_is_chosen():
    people = {person_key("Bo Birch"): (FIN_B, PM_B), person_key("Cy Cole"): (LEAD_C,), person_key("Ann Alder"): (PM_A,)}
    assert era_choice({"A": [PM_A], "B": [PM_B]}, people) == "A"
    assert era_choice({"fin": [FIN_B], "pm": [PM_B]}, people) == "fin"


def test_a_holders_own_terms_are_no_evidence():
    # Bo Birch's own terms meet each of his offices: only other people date the story
    assert era_choice({"fin": [FIN_B], "pm": [PM_B]}, {person_key("Bo Birch"): (FIN_B, PM_B)}) is None


def test_no_other_named_holder_or_a_tie_chooses_nothing():
    assert era_choice({"A": [PM_A], "B": [PM_B]}, {person_key("Ann Alder"): (PM_A,), person_key("Bo Birch"): (PM_B,)}) is None
    assert era_choice({"A": [PM_A]}, {}) is None
