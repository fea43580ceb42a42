"""People of a kind that news reports as a side without a name ("foreign investors criticised",
"parents accused", "member states condemned"; resolve/people_kinds.py) are unnamed collectives, so
the event is proposed and judged like one with "protesters"; people of the story ("the investors"),
people a name owns ("Unilever shareholders") and people of a pronoun's body ("its staff") are not."""
from __future__ import annotations

import pytest

# (event type, the collective's name, a news sentence of our own)
KINDS = [
    ("ACCUSE", "foreign investors", "Foreign investors criticised the sudden tax rise on mining profits."),
    ("ACCUSE", "parents", "Parents accused the education ministry of closing rural schools."),
    ("REQUEST", "charities", "Charities urged the finance minister to restore the aid budget."),
    ("REJECT", "creditors", "Creditors rejected the airline's restructuring plan."),
    ("PROTEST", "staff", "Staff at the hospital went on strike over unpaid wages."),
    ("ACCUSE", "member states", "Member states condemned the shelling of the embassy."),
    ("REJECT", "neighbouring countries", "Neighbouring countries rejected the refugee quota."),
    # a state's bodies of a kind, many acting alike
    ("ACCUSE", "local councils", "Local councils accused the transport minister of starving rural buses of money."),
    ("ACCUSE", "parliamentary committees", "Parliamentary committees criticised the defence ministry over the tender."),
    ("REJECT", "regional ministries", "Regional ministries rejected the finance minister's demand for spending cuts."),
]


@pytest.mark.parametrize(("typ", "name", "text"), KINDS)
def test_people_of_a_kind_are_a_side(events_named, typ, name, text):
    subjects = {s for t, s, *_ in events_named(text) if t == typ}
    assert any(s is not None and s.startswith(name) for s in subjects), subjects


def test_a_quantified_kind_keeps_the_words_news_calls_it(resolved_entity):
    ent = resolved_entity("Several other senior executives in South Korea were detained on Friday.", "executives")
    assert ent is not None and ent.key.startswith("GENERIC:senior executive:")   # which kind, not how many
    assert ent.name.startswith("senior executives") and "several other senior executives" in {a.lower() for a in ent.aliases}
    assert ent.country == "KOR"


@pytest.mark.parametrize(("text", "word"), [
    ("The investors sued the bank for fraud.", "investors"),             # people of the story
    ("Two executives resigned after the audit.", "executives"),          # counted: a described group
    ("Unilever shareholders rejected the bid.", "shareholders"),         # a name owns them
    ("Its staff walked out on Monday.", "staff"),                        # a pronoun's body
    ("Countries agreed to cut emissions.", "Countries"),                 # states of no kind
    ("Zorvex executives denied the report.", "executives"),              # a name the recogniser missed
    ("Kenyan and Ugandan leaders met in Kampala.", "leaders"),           # their countries' leaders
    ("They are investors in the new bank.", "investors"),                # a predicate
    ("The firm sought protection from creditors.", "creditors"),         # no side's preposition
    ("Firms moved jobs to cheaper countries.", "countries"),             # a comparison, not a kind
    ("Ministries refused to comment on the report.", "Ministries"),     # bodies of no kind
    ("The two committees accused each other of delay.", "committees"),  # counted: bodies of the story
    ("Elections for local councils will be held in May.", "councils"),  # no side's preposition
    ("On Monday, Kenyan councils rejected the plan.", "councils"),      # a name says whose
])
def test_people_of_the_story_or_of_a_name_are_no_kind(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or not ent.key.startswith("GENERIC:"), ent


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("Foreign investors sold shares in the mining group.", "investors", "ORGANIZATION"),   # market people act as firms
    ("Top executives were questioned by regulators.", "executives", "ORGANIZATION"),
    ("Parents accused the school of hiding the report.", "Parents", "OTHER"),
])
def test_people_of_firms_and_money_are_typed_as_firms(resolved_entity, text, word, typ):
    ent = resolved_entity(text, word)
    assert ent is not None and ent.type == typ


def objects_of(events_named, text, typ):
    return {o for t, _, o, *_ in events_named(text) if t == typ}


@pytest.mark.parametrize(("text", "name"), [
    ("The World Bank urged other donors to match its pledge for the flood victims.", "donors"),
    ("The finance minister called on rich nations to write off the debts of the poorest states.", "rich nations"),
    ("Defence lawyers urged jurors to acquit the former mayor of bribery.", "jurors"),
])
def test_people_of_a_kind_asked_to_act_are_the_requests_other_side(events_named, text, name):
    objects = objects_of(events_named, text, "REQUEST")
    assert any(o is not None and o.startswith(name) for o in objects), objects


@pytest.mark.parametrize(("text", "word"), [
    ("The coach led all parents through the new stadium.", "parents"),          # a plain object, no act asked
    ("Regulators fined investors for insider trading.", "investors"),           # an act done to them, no infinitive
    ("The chairman urged shareholders not to worry about the merger.", "shareholders"),   # reassurance
])
def test_people_of_a_kind_as_a_plain_object_are_no_kind(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or not ent.key.startswith("GENERIC:"), ent
