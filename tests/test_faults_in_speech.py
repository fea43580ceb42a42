"""Criticism told in reported speech with no accusing verb (PLOVER ACCUSE): a judging word listed after
another ("were costly and unfair", extract/evaluative.py), the doer named after "of" ("it was wrong of X
to", judged_clauses.py), the way an actor acted called a wrong when the parser hangs "as" on the clause
that tells it (evaluative.py), and an act said to send the wrong signal, which faults the maker told
before (act_makers.py, and through a worry, dismay.py). Negatives: praise, a fault with no side, the
speaker's own act, a judgement only supposed, a result of play."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words


def accusations(events_named, text):
    return {e[1:] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    # a judging word listed after one that judges nothing, each judged unless denied on its own
    ("Michael Howard said the Home Office's new rules were costly and unfair.", "Michael Howard", "Home Office"),
    ('Amnesty International said the Danish government\'s asylum rules were "not proportionate" and '
     '"discriminatory".', "Amnesty International", "Danish government"),
    ("According to Greenpeace, Shell's drilling plan is expensive, risky and irresponsible.", "Greenpeace", "Shell"),
    # the doer of the judged act named after "of"
    ("Michael Howard said it was wrong of the Home Office to cut the police budget.", "Michael Howard",
     "Home Office"),
    ("It was shameful of the Labour Party to break its promise on tuition fees, Charles Kennedy said.",
     "Charles Kennedy", "Labour Party"),
    # the way an actor acted, called a wrong, with "as" hung on the clause of the way
    ("Michael Howard described the way the Home Office handled the asylum cases as scandalous.", "Michael Howard",
     "Home Office"),
    # an act said to send the wrong signal faults its maker, named in an earlier sentence
    ("The Home Office unveiled a new policy on asylum on Monday. Amnesty International said the policy sends "
     "the wrong message to refugees.", "Amnesty International", "Home Office"),
    ("The Conservative Party announced plans to cap immigration. Oxfam said the plans would send a dangerous "
     "signal to poorer countries.", "Oxfam", "Conservative Party"),
    ("The Conservative Party unveiled a new policy on asylum on Monday. The UN refugee agency is worried the "
     "policy sends the wrong message to poorer countries.", "UNHCR", "Conservative Party"),
])
def test_a_fault_told_in_speech_accuses_the_one_at_fault(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    # praise, listed or judged through "of"
    "Michael Howard said the Home Office's new rules were fair and sensible.",
    "Michael Howard said it was generous of the Home Office to raise the police budget.",
    "Michael Howard described the way the Home Office handled the asylum cases as a model.",
    # a fault only supposed, or denied
    "Michael Howard said it would be wrong of the Home Office to cut the police budget.",
    "Michael Howard said the Home Office's new rules were not unfair and not costly.",
    "The Home Office unveiled a new policy on asylum. Amnesty International said the policy could send the "
    "wrong message to refugees.",
    # a signal that is no fault
    "The Home Office unveiled a new policy on asylum. Amnesty International said the policy sends a clear "
    "message to traffickers.",
    # a fault with no side: weather, and a thing nobody made
    "The Met Office said the storm was costly and disastrous for farmers.",
    "Forecasters said the weather sends the wrong message to gardeners.",
])
def test_no_accusation_where_nobody_is_faulted(events_named, text):
    assert not accusations(events_named, text)


def test_the_speaker_faulting_his_own_side_accuses_nobody(events_named):
    text = ("The Labour Party unveiled a new policy on asylum. The Labour Party said the policy sends the "
            "wrong message to refugees.")
    assert not {a for a in accusations(events_named, text) if a[1] == "Labour Party"}


def test_a_claim_called_false_and_misleading_is_refused_not_accused(events_named):
    text = "Pfizer said the magazine's story was false and misleading."
    assert not {a for a in accusations(events_named, text) if a[0] == "Pfizer"}


def test_a_result_of_play_called_poor_and_disappointing_faults_nobody(events_named):
    text = "Arsene Wenger said the result was poor and disappointing for the players."
    assert not accusations(events_named, text)


# a harm an act brings about, named (harm_causing_verbs): the act's maker is faulted
CAUSED = {
    "cause": ("Chile said Peru's fishing quotas would cause losses for its fleet.", "gaz:PER"),
    "create": ("Uganda said Kenya's new tax would create chaos in the markets.", "gaz:KEN"),
    "trigger": ("Egypt said Israel's decision had triggered the crisis.", "gaz:ISR"),
    "provoke": ("Pakistan said India's ban had provoked unrest in Kashmir.", "gaz:IND"),
    "fuel": ("Iran said America's sanctions fuelled instability in the region.", "gaz:USA"),
    "spark": ("Nigeria said Ghana's new tariffs would spark tension on the border.", "gaz:GHA"),
}

NOT_CAUSED = [
    "Uganda said the storm had caused chaos in the markets.",        # no act of anyone's
    "Uganda said Kenya's new tax could cause chaos in the markets.",  # a guess
    "Kenya said its new tax would cause chaos in the markets.",      # its own act
    "Uganda said Kenya's new tax would create jobs in the markets.",  # no harm
    "Uganda said Kenya's new tax would not cause chaos in the markets.",   # denied
]


def _accused(analyse_text, text) -> set:
    return {e.object for e in analyse_text(text).events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "maker"), CAUSED.values())
def test_a_harm_an_owned_act_brings_about_accuses_its_maker(analyse_text, text, maker):
    assert maker in _accused(analyse_text, text)


@pytest.mark.parametrize("text", NOT_CAUSED)
def test_no_harm_caused_by_another_accuses_nobody(analyse_text, text):
    assert not _accused(analyse_text, text) - {None}


def test_every_causing_verb_has_a_sentence():
    assert set(CAUSED) == set(words("harm_causing_verbs"))
