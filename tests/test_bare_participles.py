"""A bare past participle hung on a clause ("X is on trial, accused of fraud", "Accused of bribery, X
resigned") is passive: the subject of the clause it hangs on is the one the act is done to, not its
doer (extract/clause_links.py shared_patient). Sentences written for newsgraph."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("The former governor Kofi Mensah is on trial, accused of embezzling public funds.", "ACCUSE", "mensah"),
    ("Accused of bribery, Carlos Mendes resigned from the board of the bank.", "ACCUSE", "mendes"),
    ("Carlos Mendes fled abroad last year, charged with tax fraud.", "ACCUSE", "mendes"),
    ("Arrested in 2019, the opposition leader Ana Duarte spent two years in prison.", "COERCE", "duarte"),
])
def test_the_clause_subject_undergoes_a_bare_participle(text, kind, name, analyse_text):
    sides = event_sides(analyse_text(text), kind)
    assert any(name in o for _, o in sides), (text, sides)
    assert not any(name in s for s, _ in sides), (text, sides)


def test_a_bare_participle_keeps_its_own_doer_from_a_by_phrase(analyse_text):
    sides = event_sides(analyse_text("Backed by Russia, the rebels attacked the town of Kramatorsk."), "SUPPORT")
    assert any("russia" in s and "rebels" in o for s, o in sides), sides


def test_a_participle_after_if_is_no_act_done(analyse_text):
    # "if convicted": a condition, not a conviction (the participle has its own marker)
    sides = event_sides(analyse_text("If convicted of fraud, Carlos Mendes faces ten years in prison."), "SANCTION")
    assert not any("mendes" in o for _, o in sides), sides


def test_a_verb_of_a_list_the_parser_hangs_on_the_first_is_no_bare_participle(analyse_text):
    sides = event_sides(analyse_text("Soldiers surrounded, searched and detained the villagers."), "COERCE")
    assert sides and not any("soldiers" in o for _, o in sides), sides


def test_a_participle_after_the_object_is_left_to_describe_the_object(analyse_text):
    analysis = analyse_text("The new government has accused its predecessor, led by Viktor Orlov, of corruption.")
    assert not any("orlov" in s and "government" in o for s, o in event_sides(analysis, "LEADERSHIP")), analysis.events
