"""A passive in a relative clause on the act it happened in ("a raid in which six men were detained")
is done by whoever carried out that act: the doer its noun names, or the subject of its light verb
(extract/passive_agents.py setting_noun, relative_setting_doer); the noun the clause hangs on names no
one acted on (passive_patients.py). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, etype, doer, undergoer", [
    ("Eight people died in a Taliban ambush during which two engineers were kidnapped.", "ASSAULT",
     "taliban", "engineer"),
    ("A raid by Ugandan troops in which nine poachers were detained ended on Friday.", "COERCE",
     "uganda", "poacher"),
    ("Ghanaian police launched a raid on the market in which thirty traders were arrested.", "COERCE",
     "police", "trader"),
])
def test_the_passive_of_a_setting_relative_takes_the_acts_doer(text, etype, doer, undergoer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, etype)
    assert any(answers_to(subj, doer) and answers_to(obj, undergoer) for subj, obj in found), found


@pytest.mark.parametrize("text, etype, undergoer", [
    # a storm is no one's act, and a convoy no act at all: the passive keeps no doer
    ("The storm in which four fishermen were killed reached the coast at night.", "ASSAULT", "fisherm"),
    ("Rebels later ambushed a convoy in which three aid workers were killed.", "ASSAULT", "worker"),
])
def test_a_relative_on_no_ones_act_names_no_doer(text, etype, undergoer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, etype)
    assert not any(subj and answers_to(obj, undergoer) for subj, obj in found), found
