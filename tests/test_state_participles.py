"""A participle of an act undergone completing a verb of state ("stands accused of", "remains accused",
"stood charged with") is a passive: the state verb's subject is the one acted on, the doer only a "by"
agent (extract/voice.py state_participle). Sentences are our own."""
from __future__ import annotations

import pytest


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


@pytest.mark.parametrize(("text", "doer", "undergoer"), [
    ("Russia stands accused by Ukraine of war crimes in Bucha.", "ukraine", "russia"),
    # the parser may read "stands" as the participle's passive auxiliary
    ("The former Peruvian president Alejandro Toledo stands accused of corruption by Peruvian prosecutors.",
     "prosecutor", "toledo"),
    ("Evo Morales stood charged with terrorism by Bolivian prosecutors.", "prosecutor", "evo morales"),
])
def test_the_state_verbs_subject_undergoes_the_act(text, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), "ACCUSE")
    assert any(s and doer in s and o and undergoer in o for s, o in found), found


def test_without_an_agent_the_accused_is_no_accuser(analyse_text):
    # "remains accused of taking bribes": Toledo is accused, not accusing
    found = roles(analyse_text("Alejandro Toledo remains accused of taking bribes from Odebrecht."), "ACCUSE")
    assert not any(s and "toledo" in s for s, _ in found), found


def test_a_stance_completing_a_state_verb_stays_active(analyse_text):
    # "remained opposed to": a stance held, not an act undergone
    found = roles(analyse_text("Germany remained opposed to the French plan for a eurozone budget."), "REJECT")
    assert not any(o and "germany" in o for _, o in found), found
