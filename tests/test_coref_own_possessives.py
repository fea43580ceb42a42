"""A "his"/"her" on the direct object of a named subject's verb, or in an adverbial clause before the
main clause's named subject, is that subject's (resolve/own_possessives.py); an object of a
preposition on the verb, a person joined to the object, a receiver and a subject that is no name are
left to the other rules. Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.resolve.document import resolve_document


def owners(nlp, gazetteer, text: str, word: str = "his") -> list[str | None]:
    doc = nlp(text)
    res = resolve_document(doc, gazetteer)
    found = {m.start: res.entities[m.entity].name for m in res.mentions if m.text.lower() == word}
    return [found.get(t.idx) for t in doc if t.lower_ == word]


def test_the_doer_of_the_verb_owns_its_object(nlp, gazetteer):
    text = ("Coach Dan Meyer praised the defence after the game on Sunday. "
            "Olof Halvorsen completed his first twelve passes before the break.")
    assert owners(nlp, gazetteer, text)[0] in ("Olof Halvorsen", None)


def test_the_doer_owns_an_object_counted_out_of_his_things(nlp, gazetteer):
    text = ("Referee Paul Kemp stopped the bout twice in the third round. "
            "Later Viktor Sarkov landed 30 of his 70 punches.")
    assert owners(nlp, gazetteer, text)[0] in ("Viktor Sarkov", None)


def test_a_phrase_before_the_subject_is_the_subject_s(nlp, gazetteer):
    text = ("Paul Riggs was hurt in training last week. "
            "After spraining his ankle on Tuesday, Dean Fowler was placed on the injured list.")
    assert owners(nlp, gazetteer, text) == ["Dean Fowler"]


def test_a_phrase_before_the_subject_may_be_another_person_s(nlp, gazetteer):
    text = ("Tom Reed denies the charges. "
            "At his trial on Monday, prosecutor Paul Barr said the case was strong.")
    assert owners(nlp, gazetteer, text) != ["Paul Barr"]


def test_a_person_joined_to_the_object_keeps_the_object_s_owner(nlp, gazetteer):
    text = "Police say Mark Dunn argued with a neighbour on Sunday. Later Dunn attacked Paul Carver and his wife."
    assert owners(nlp, gazetteer, text) != ["Mark Dunn"]


def test_a_subject_of_the_other_sex_does_not_own_his(nlp, gazetteer):
    text = ("Tom Reed coached the side for ten years. "
            "After his retirement, Mrs Anna Colby took over the team.")
    assert owners(nlp, gazetteer, text) != ["Anna Colby"]


def test_a_subject_that_is_no_name_leaves_the_rule_out(nlp, gazetteer):
    text = ("Tom Reed died in hospital in May. "
            "After his death, the widow sued the hospital for negligence.")
    assert owners(nlp, gazetteer, text) == ["Tom Reed"]


def test_an_abbreviation_subject_leaves_the_owner_to_the_other_rules(nlp, gazetteer):
    text = "The free agent QB who spurned the Chiefs, Tom Harlan, now leads his Broncos against them."
    assert owners(nlp, gazetteer, text) != [None]



@pytest.mark.parametrize("text", [
    "Dmitri Halvorsen criticised the new court surface on Monday. Tennis Norway's Ivo Brekke rejected his comments.",
    "Dmitri Halvorsen made a fresh approach to buy Rosenborg, which could value the club at 80m. "
    "Rosenborg turned down his offer.",
])
def test_a_thing_answered_is_left_to_the_other_rules(nlp, gazetteer, text):
    # the comments and the offer are the one named before; the subject-owns-it rule would leave "his" open
    assert owners(nlp, gazetteer, text) == ["Dmitri Halvorsen"]


def test_an_its_in_a_fronted_non_finite_clause_is_the_main_subject_s(nlp, gazetteer):
    # the body that the non-finite clause's understood subject is, named after the pronoun
    text = ("Senators met the Treasury on Monday. "
            "Under pressure from the Senate to end its audit, the Federal Reserve delayed the report.")
    assert owners(nlp, gazetteer, text, "its") == ["Federal Reserve"]


def test_an_its_in_a_fronted_phrase_without_a_clause_is_left_to_the_other_rules(nlp, gazetteer):
    # another's act answered: no non-finite clause the main subject controls, so the rule stays out
    from newsgraph.resolve.own_possessives import fronted_body
    doc = nlp("In answer to its vote, the Federal Reserve delayed the report.")
    res = resolve_document(doc, gazetteer)
    its = next(t for t in doc if t.lower_ == "its")
    assert fronted_body(its, res) == (False, None)
