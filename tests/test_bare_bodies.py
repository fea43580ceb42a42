"""Bodies called by their common noun alone ("the jury", "the council", "the school" as the doer):
the one body of the kind named before, else a body of the story (resolve/bare_bodies.py).
Sentences are our own; made-up names stand for places and people nobody listed."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import table

# one sentence per body noun of bare_body_kinds, the noun acting
ACTING = {
    "jury": "The jury convicted Paul Greer of murdering his neighbour.",
    "council": "The council voted to evict the tenants of Dale Street.",
    "committee": "The committee accused the minister of misleading parliament.",
    "commission": "The commission fined the three water companies on Tuesday.",
    # a state's organs need a story with a country (country_bound_bodies)
    "ministry": "Doctors went on strike in Kenya. The ministry accused the striking doctors of endangering patients.",
    "department": "In Ghana, the department rejected the union's claim that inspectors had been bribed.",
    "school": "The school expelled two students after the fight.",
    "hospital": "The hospital sued the insurer over the unpaid bills.",
    "university": "The university suspended the lecturer pending an inquiry.",
    "college": "The college banned the society from its campus.",
}


def test_every_body_noun_has_a_sentence():
    assert set(ACTING) == {k for kinds in table("bare_body_kinds").values() for k in kinds}


@pytest.mark.parametrize("kind", sorted(ACTING))
def test_a_bare_body_noun_acting_is_a_body_of_its_type(resolved_entity, kind):
    entity = resolved_entity(ACTING[kind], kind)
    expected = next(t for t, kinds in table("bare_body_kinds").items() if kind in kinds)
    assert entity is not None and entity.type == expected and entity.name == kind


@pytest.mark.parametrize("text, subject, obj", [
    ("The jury convicted Paul Greer of murdering his neighbour.", "jury", "Paul Greer"),
    ("After a week of evidence the jury found Sarah Lund guilty of fraud.", "jury", "Sarah Lund"),
    ("The school expelled two students after the fight.", "school", "students"),
])
def test_the_bare_body_is_the_doer_of_the_event(events_named, text, subject, obj):
    doers = {(e[1], e[2]) for e in events_named(text) if e[0] in ("SANCTION", "COERCE")}
    assert any(s == subject and (obj is None or o == obj) for s, o in doers), doers


def test_a_body_named_before_is_the_bare_noun_however_far_back(resolved_name):
    text = ("Harwick Borough Council served notice on the families in the Dale Street flats. "
            + "The families held a meeting. " * 12
            + "The council said it would evict the tenants next month.")
    assert resolved_name(text, "council") == "Harwick Borough Council"


def test_an_unnamed_body_described_before_is_the_bare_noun(resolved_entity):
    text = "The city council met on Monday. Residents later accused the council of ignoring them."
    first, later = resolved_entity(text, "council", 0), resolved_entity(text, "council", 1)
    assert first is not None and later is not None and later.key == first.key


def test_two_bodies_of_the_kind_named_before_leave_it_unresolved(resolved_entity):
    text = ("Harwick Borough Council and Tenby Borough Council disagreed over the bypass. "
            "The council voted against it.")
    assert resolved_entity(text, "council") is None


def test_the_same_jury_is_the_jury(resolved_entity):
    text = "The jury convicted Paul Greer on Monday. The same jury sentenced him to life in prison."
    first, later = resolved_entity(text, "jury", 0), resolved_entity(text, "jury", 1)
    assert first is not None and later is not None and later.key == first.key


def test_the_story_country_is_the_body_country(resolved_entity):
    text = ("Police in Kenya arrested a man in Nairobi. Kenya's courts are slow; "
            "in Kenya the jury system was abolished. The jury convicted him.")
    entity = resolved_entity(text, "jury", 1)
    assert entity is not None and entity.country == "KEN"


@pytest.mark.parametrize("text, word, nth", [
    ("Tenants on the council estate complained about the lifts.", "council", 0),      # a modifier
    ("They were given a council house in 2010.", "council", 0),                        # indefinite, a modifier
    ("The government will freeze council tax next year.", "council", 0),                # a modifier
    ("The council of elders met under the tree.", "council", 0),                        # named by its "of" phrase
    ("The jury is still out on whether the plan will work.", "jury", 0),                # the idiom: nothing decided
    ("The town's council rejected the plan.", "council", 0),                            # its owner says which
    ("A council spokesman declined to comment.", "council", 0),                         # a modifier
    ("Gunmen attacked the school on Tuesday.", "school", 0),                            # a building, not the doer
    ("Two shells hit the hospital in the night.", "hospital", 0),                       # a building
    ("The jury foreman read the verdict.", "jury", 0),                                  # a modifier
])
def test_other_uses_of_a_body_noun_make_no_bare_body(resolved_entity, text, word, nth):
    entity = resolved_entity(text, word, nth)
    assert entity is None or entity.reason != "description"


def test_a_body_inside_a_longer_name_is_that_name(resolved_entity):
    entity = resolved_entity("The Council of Europe criticised the new law.", "Council")
    assert entity is None or entity.reason != "description"


def test_a_jury_named_after_its_place_is_a_state_body_and_the_bare_jury(resolved_entity):
    text = "A Texas grand jury indicted Warren Jeffs in July. Jeffs later asked the jury to acquit him."
    named, bare = resolved_entity(text, "jury", 0), resolved_entity(text, "jury", 1)
    assert named is not None and named.type == "GOVERNMENT" and bare is not None and bare.key == named.key


def test_the_group_is_not_the_jury_named_since(resolved_name):
    text = ("The Fundamentalist Church of Jesus Christ of Latter Day Saints runs a ranch near Eldorado. "
            "A Texas grand jury indicted Warren Jeffs in July. Jeffs later asked the jury to acquit him. "
            "Police brought charges against several men from the group.")
    assert resolved_name(text, "group") != "Texas grand jury"


def test_a_committee_described_before_is_the_bare_committee(resolved_entity):
    text = ("The environment select committee criticised the draft bill on Monday. "
            "The committee urged ministers to rewrite it.")
    first, later = resolved_entity(text, "committee", 0), resolved_entity(text, "committee", 1)
    assert first is not None and first.name == "environment select committee"
    assert later is not None and later.key == first.key


def test_a_described_body_is_preferred_to_the_bare_one_made_before_it(resolved_entity):
    text = ("The committee reached its conclusions on Monday. "
            "The minister said the select committee would agree with him. "
            "The committee urged ministers to rewrite the bill.")
    described, later = resolved_entity(text, "committee", 1), resolved_entity(text, "committee", 2)
    assert described is not None and described.name == "select committee"
    assert later is not None and later.key == described.key


def test_a_ministry_named_before_is_the_bare_ministry(events_named):
    text = ("Vardan police detained 30 nurses at a rally in the capital on Monday. The health ministry said the rally "
            "was illegal. The ministry accused the nurses' union of staging the protest.")
    assert ("ACCUSE", "health ministry") in {(e[0], e[1]) for e in events_named(text)}


def test_an_unnamed_ministry_is_the_story_country_s(resolved_entity):
    text = ("Kenya's parliament passed the budget in Nairobi on Tuesday. President Kibaki signed the bill into law. "
            "Kenya's finance minister said growth would rise. The ministry accused the opposition of lying.")
    entity = resolved_entity(text, "ministry")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.country == "KEN"


def test_a_department_named_before_is_the_bare_department(resolved_name):
    text = ("The Department of Health said hospitals would get more money next year. Nurses welcomed the plan. "
            "The department rejected criticism from the unions.")
    assert resolved_name(text, "department", 1) == "Department of Health"


def test_a_ministry_of_a_story_with_no_country_is_no_body(resolved_entity):
    assert resolved_entity("The ministry said the figures were wrong.", "ministry") is None


@pytest.mark.parametrize("text, word, nth", [
    # another country's ministry, named: its own name, no bare body
    ("Kenya's parliament passed the budget. Uganda's ministry of finance rejected the plan.", "ministry", 0),
    # a ministry that is a modifier or owned says which
    ("A ministry spokesman declined to comment on the arrests.", "ministry", 0),
    ("The ministry's figures showed a rise in exports.", "ministry", 0),
    # two ministries named before: which one is not clear
    ("The health ministry and the finance ministry disagreed over the budget. The ministry said it would appeal.",
     "ministry", 2),
])
def test_other_ministries_make_no_bare_body(resolved_entity, text, word, nth):
    entity = resolved_entity(text, word, nth)
    assert entity is None or entity.reason != "description of a body"
