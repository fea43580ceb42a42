"""A reported wrong that others suffer at a party's hands accuses the party, never the one who suffered
it (extract/suffered_wrongs.py): "said voters had been misled by the Conservatives", "said the public
felt let down by Labour". Our own sentences."""
from __future__ import annotations

import pytest

ACCUSED = [
    ("Tony Blair said voters had been misled by the Conservatives.", "Conservative Party"),
    ("Tony Blair said pensioners had been failed by the Conservatives.", "Conservative Party"),
    ("Charles Kennedy said the British public felt let down by Labour.", "Labour Party"),
    ("Charles Kennedy said he felt let down by Labour.", "Labour Party"),
    ("Unison said nurses felt betrayed by the British government.", "British government"),
    ("Amnesty International said the refugees had been abandoned by the United Nations.", "United Nations"),
    ("Oxfam claimed that farmers had been cheated by the European Union.", "European Union"),
]

NOT_ACCUSED = [
    # a thing abandoned is nobody let down
    "Microsoft said the project had been abandoned by Intel.",
    # denied, guessed at or foretold
    "Tony Blair said voters had not been misled by the Conservatives.",
    "Tony Blair said voters could be misled by the Conservatives.",
    "Charles Kennedy said the public would feel let down by Labour.",
]


def _accusations(analyse_text, text) -> list:
    return [e for e in analyse_text(text).events if e.type == "ACCUSE"]


def _name(analysis, key):
    entity = analysis.entities.get(key)
    return entity.name if entity is not None else key


@pytest.mark.parametrize(("text", "doer"), ACCUSED)
def test_the_doer_of_a_wrong_others_suffer_is_accused(analyse_text, text, doer):
    analysis = analyse_text(text)
    accused = {_name(analysis, e.object) for e in analysis.events if e.type == "ACCUSE"}
    assert doer in accused


@pytest.mark.parametrize(("text", "sufferer"), [
    ("Defence lawyers said Richard Scrushy had been deceived by other executives.", "Richard Scrushy"),
    ("Tony Blair said voters had been misled by the Conservatives.", "voters"),
])
def test_the_one_who_suffered_a_wrong_is_not_accused(analyse_text, text, sufferer):
    analysis = analyse_text(text)
    assert sufferer not in {_name(analysis, e.object) for e in analysis.events if e.type == "ACCUSE"}


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_no_accusation_of_a_wrong_not_suffered_by_a_party(analyse_text, text):
    assert not _accusations(analyse_text, text)
