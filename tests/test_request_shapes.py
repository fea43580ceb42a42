"""Requests the parse hides: a perfect joined to a passive ("was detained and has appealed to X"), a
past participle the tagger reads on a root name ("Cable, for the Liberal Democrats, called on X to"),
and an act asked for in a "for" clause ("called for the tariffs to be restored")."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab


def requests(found):
    return {(s, o) for t, s, o in found if t == "REQUEST"}


@pytest.mark.parametrize(("text", "pair"), [
    ("The opposition leader was detained on Monday and has appealed to the Supreme Court for his release.",
     ("opposition leader", "Supreme Court")),
    ("The Liberal Democrats have not been drawn into the argument but have called for a review of the treaty.",
     ("Liberal Democrats", None)),
])
def test_a_perfect_joined_to_a_passive_is_done_by_the_passives_undergoer(events_named, text, pair):
    assert pair in requests(events_named(text))


def test_a_bare_participle_joined_to_a_passive_stays_passive(events_named):
    found = events_named("Five soldiers were searched and detained by the rebels.")
    assert not any(s is not None and "soldiers" in s.lower() for t, s, _ in found if t == "COERCE"), found


def tagged(words, heads, deps, tags, lemmas=None):
    pos = ["VERB" if t.startswith("VB") else "PUNCT" if t in (",", ".") else "ADP" if t == "IN" else
           "PART" if t == "TO" else "PROPN" if t == "NNP" else "NUM" if t == "CD" else "NOUN" for t in tags]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas or [w.lower() for w in words])


def test_a_participle_on_a_root_name_that_asks_someone_named_to_act_is_the_names_act():
    from newsgraph.extract.opener_doers import finite_modifier_doer
    # "Lopez, for the Greens, urged the mayor to resign." as the tagger may give it: "urged" a participle
    words = ["Lopez", ",", "for", "the", "Greens", ",", "urged", "the", "mayor", "to", "resign", "."]
    heads = [0, 0, 0, 4, 2, 0, 0, 8, 6, 10, 6, 0]
    deps = ["ROOT", "punct", "prep", "det", "pobj", "punct", "acl", "det", "dobj", "aux", "xcomp", "punct"]
    tags = ["NNP", ",", "IN", "DT", "NNPS", ",", "VBN", "DT", "NN", "TO", "VB", "."]
    lemmas = [w.lower() for w in words[:6]] + ["urge", *words[7:]]
    assert finite_modifier_doer(tagged(words, heads, deps, tags, lemmas)[6]).text == "Lopez"


def test_a_participle_on_a_root_name_with_no_one_asked_is_done_to_the_name():
    from newsgraph.extract.opener_doers import finite_modifier_doer
    # a headline: "Farmer, 30, ordered to pay damages." (the farmer is ordered)
    words = ["Farmer", ",", "30", ",", "ordered", "to", "pay", "damages", "."]
    heads = [0, 0, 0, 0, 0, 6, 4, 6, 0]
    deps = ["ROOT", "punct", "appos", "punct", "acl", "aux", "xcomp", "dobj", "punct"]
    tags = ["NN", ",", "CD", ",", "VBN", "TO", "VB", "NNS", "."]
    lemmas = [w.lower() for w in words[:4]] + ["order", *words[5:]]
    assert finite_modifier_doer(tagged(words, heads, deps, tags, lemmas)[4]) is None


@pytest.mark.parametrize("text", [
    "The farmers' leader appealed for the import tariffs to be restored.",
    "The union's lawyer called for the charges against the strikers to be dropped.",
])
def test_an_act_asked_for_in_a_for_clause_is_a_request(events_named, text):
    assert any(s is not None for s, _ in requests(events_named(text))), events_named(text)


@pytest.mark.parametrize("text", [
    "The mayor called for a taxi after the dinner.",
    "The reporter asked whether the union would strike.",
])
def test_a_call_that_asks_no_act_of_anyone_is_no_request(events_named, text):
    assert not requests(events_named(text))


def test_a_request_owned_by_one_side_and_made_to_another_names_both(events_named):
    found = events_named("Nigeria's request to Britain for military help was refused.")
    assert ("Nigeria", "United Kingdom") in requests(found), found


def test_a_request_for_comment_is_no_request(events_named):
    assert not requests(events_named("The ministry's request for comment went unanswered."))


def test_a_not_before_but_is_not_the_next_clauses(events_named):
    found = events_named("Russia has not been invited to the summit but has urged France to reconsider.", "negated")
    assert ("REQUEST", "Russia", "France", False) in found, found


def test_a_not_before_or_is_shared(events_named):
    found = events_named("Egypt did not condemn or criticise Israel.", "negated")
    assert found and all(negated for *_, negated in found), found


def test_a_noun_the_parser_made_a_verb_borrows_no_passive_doer(analyse_text):
    # "picked ... for the clash with France": no "and"/"but" joins a clause to the passive, so the one
    # picked does not clash with anyone (merge of session 34)
    text = "Ronan Byrne has been picked in the Ireland squad for Sunday's Six Nations clash with France."
    assert not [e for e in analyse_text(text).events if e.subject_text == "Ronan Byrne"]
