"""A side that says it will not resign, apologise, stand down or back down refuses the demand that it
does (extract/refused_concessions.py, extract/giving_way.py), with the asker when the sentence names
one. A past fact, an inability, a condition, a thing quit and a plain forecast refuse nothing. Sentences
written for these tests."""
from __future__ import annotations

import pytest


def rejects(events) -> set[tuple]:
    return {(e[1], e[2]) for e in events if e[0] == "REJECT"}


@pytest.mark.parametrize("text, refuser", [
    ("Mr Okonjo said he would not resign over the affair.", "Okonjo"),
    ("Senator Marlow insisted she would not apologise for her remarks.", "Marlow"),
    ("The mayor, Mr Dervish, said he will not step down before the election.", "Dervish"),
    ("Mr Halvorsen says he will not stand down as chairman.", "Halvorsen"),
    ("Ms Tembe said she had no intention of resigning.", "Tembe"),
    ("The Liberal Democrats said they would not back down over the tax plan.", "Liberal Democrats"),
    ("Mr Castellano said he was not going to quit.", "Castellano"),
])
def test_a_concession_said_to_be_refused_is_a_refusal(events_named, text, refuser):
    found = rejects(events_named(text))
    assert any(s and refuser in s for s, _ in found), (text, found)


def test_a_quoted_refusal_is_its_speakers(events_named):
    found = rejects(events_named('"I will never apologise," Mr Okonjo told reporters.'))
    assert any(s and "Okonjo" in s for s, _ in found), found


def test_the_one_who_asks_or_pushes_is_refused(events_named):
    found = rejects(events_named("Mr Okonjo said he would not apologise even if Ms Tembe asked him to."))
    assert any(s and "Okonjo" in s and o and "Tembe" in o for s, o in found), found
    found = rejects(events_named("Mr Dervish says he will not be pushed out by the protesters."))
    assert any(s and "Dervish" in s and o and "protesters" in o for s, o in found), found


def test_refusing_to_resign_stands_without_the_asker(events_named):
    found = rejects(events_named("Mr Halvorsen refused to resign."))
    assert any(s and "Halvorsen" in s for s, _ in found), found


@pytest.mark.parametrize("text", [
    "Mr Okonjo did not resign in 2003.",                                 # a past fact
    "Mr Okonjo could not apologise in person because he was ill.",      # an inability
    "Mr Okonjo said he would not resign if he lost the vote.",          # a condition
    "Mr Okonjo said he would not quit smoking.",                        # a habit quit, no demand met
    "Mr Okonjo said he had no plans to quit Arsenal.",                  # a club left, no demand met
    "It will not rain tomorrow, Mr Okonjo said.",                       # a forecast
    "Mr Okonjo said the firm would not be forced out of the market.",   # a rival's competition
])
def test_no_concession_refused(events_named, text):
    found = {r for r in rejects(events_named(text)) if r[0] and "Okonjo" in r[0]}
    assert not found, (text, found)


def test_a_label_denied_of_a_misparsed_subject_is_still_refused(events_named):
    # the parser reads "plans" as a verb: the clause denying the label has no subject of its own
    rows = events_named("Labour plans to raise fuel duty are not unfair, Gordon Brown has said.")
    assert any(t == "REJECT" and s and "Brown" in s for t, s, _ in rows), rows


# one sentence of our own for each word of giving way (data/lexicon/words/statements.yaml)
GIVING_WAY = {
    "resign": "Mr Okonjo said he would not resign.",
    "quit": "Mr Okonjo said he would not quit.",
    "apologise": "Mr Okonjo said he would not apologise.",
    "apologize": "Mr Okonjo said he would not apologize.",
    "abdicate": "King Okonjo said he would not abdicate.",
    "relent": "Mr Okonjo said he would not relent.",
    "budge": "Mr Okonjo said he would not budge.",
    "capitulate": "Mr Okonjo said he would not capitulate.",
    "step down": "Mr Okonjo said he would not step down.",
    "step aside": "Mr Okonjo said he would not step aside.",
    "stand down": "Mr Okonjo said he would not stand down.",
    "back down": "Mr Okonjo said he would not back down.",
    "climb down": "Mr Okonjo said he would not climb down.",
    "give in": "Mr Okonjo said he would not give in.",
    "cave in": "Mr Okonjo said he would not cave in.",
    "give way": "Mr Okonjo said he would not give way.",
    "push out": "Mr Okonjo said he would not be pushed out.",
    "force out": "Mr Okonjo said he would not be forced out.",
    "hound out": "Mr Okonjo said he would not be hounded out.",
    "drive out": "Mr Okonjo said he would not be driven out.",
    "bully out": "Mr Okonjo said he would not be bullied out.",
}


def test_every_word_of_giving_way_has_a_sentence():
    from newsgraph.wordlists import words
    assert set(GIVING_WAY) == words("giving_way_verbs") | words("ousting_verbs")


@pytest.mark.parametrize("word", sorted(GIVING_WAY))
def test_each_word_of_giving_way_refused(events_named, word):
    found = rejects(events_named(GIVING_WAY[word]))
    assert any(s and "Okonjo" in s for s, _ in found), (word, found)


@pytest.mark.parametrize("text, refuser, refused", [
    ("Norway will not sign the EU's fishing treaty, Norwegian foreign minister Jonas Gahr Store said.", "Norway", "European Union"),
    ("Greece will not recognise Macedonia, Greek Prime Minister Costas Karamanlis said.", "Greece", "Macedonia"),
])
def test_a_body_said_by_its_office_holder_to_refuse_refuses(events_named, text, refuser, refused):
    found = rejects(events_named(text))
    assert any(s and refuser in s and o and refused in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Analysts said Greece would not recognise Macedonia.",                        # a forecast by others
    "Greece had not recognised Macedonia, Greek Prime Minister Costas Karamanlis said.",   # a past fact
])
def test_no_refusal_said_for_a_body_by_others_or_of_the_past(events_named, text):
    assert not rejects(events_named(text)), text


def test_a_proposal_the_speaker_will_not_take_up_is_refused_whoever_made_it(events_named):
    found = rejects(events_named("The Liberal Democrats said they would not support the plans."))
    assert any(s and "Liberal Democrats" in s for s, _ in found), found


def test_a_proposal_taken_up_or_turned_down_in_the_past_is_no_stance(events_named):
    assert not rejects(events_named("The Liberal Democrats said they would support the plans."))
    assert not rejects(events_named("The Liberal Democrats said they had not supported the plans."))


def test_a_refusal_told_by_a_verb_the_parser_left_without_subject_is_the_antecedents(events_named):
    found = rejects(events_named("Mr Okonjo has said his remarks may have been clumsy but were not racist, "
                                 "and said earlier this week he would not apologise even if Ms Tembe asked."))
    assert any(s and "Okonjo" in s and o and "Tembe" in o for s, o in found), found


@pytest.mark.parametrize("text", [
    "We will not be holding a rally this weekend, the Green Party said.",   # its own plans, nothing asked
    "The Green Party said it would not hold a conference this year.",
])
def test_a_speakers_own_plans_refuse_nothing(events_named, text):
    assert not rejects(events_named(text)), text


def test_must_of_necessity_demands_nothing(events_named):
    rows = events_named("The patient must rest for two weeks, doctors at the Royal Free Hospital said.")
    assert not [r for r in rows if r[0] == "REQUEST"], rows


def test_a_refusal_whose_askers_the_speech_names_is_one_event(analyse_text):
    found = analyse_text("Mr Dervish said he would not resign despite calls from the Liberal Democrats.")
    assert len([e for e in found.events if e.type == "REJECT"]) == 1, found.events


@pytest.mark.parametrize("text, refuser", [
    ("Prime Minister Helen Carlsen will not resign, her spokesman said.", "Carlsen"),
    ("Mr Okafor said he would never apologise to the board.", "Okafor"),
    ("President Arvane will not step down, the palace said.", "Arvane"),
])
def test_a_refused_concession_is_the_refusal_alone(events_named, text, refuser):
    rows = events_named(text)
    assert any(s and refuser in s for s, _ in rejects(rows)), (text, rows)
    # the refusal is the event: not also a resignation or apology denied
    assert not [r for r in rows if r[0] in ("RETREAT", "CONCEDE", "YIELD")], (text, rows)


def test_a_concession_merely_not_made_is_no_refusal_and_not_covered(events_named):
    rows = events_named("Prime Minister Helen Carlsen resigned on Monday, her spokesman said.")
    assert any(r[0] == "RETREAT" for r in rows), rows
    assert not rejects(rows), rows
