"""Anger shown in a reaction (extract/angry_reactions.py): "reacted angrily to the EU's decision" is the
reacting side's criticism (PLOVER ACCUSE) of the side reacted to or of whoever made the act reacted to;
a calm reaction, or anger at a thing of nobody's making, accuses no one."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Dairy farmers reacted angrily to the European Commission's decision to cut milk quotas.", None,
     "European Commission"),
    ("The Labour Party responded furiously to Michael Howard's remarks on asylum.", "Labour Party",
     "Michael Howard"),
    ("Beijing reacted with outrage to the meeting held by President Obama.", None, "Barack Obama"),
    ("Seoul responded with anger to Japan's decision on the disputed islands.", None, "Japan"),
])
def test_an_angry_reaction_faults_the_side_reacted_to(events_named, text, accuser, accused):
    found = accusations(events_named, text)
    assert any((accuser is None or s == accuser) and o == accused for s, o in found), found


@pytest.mark.parametrize("text", [
    "Dairy farmers reacted calmly to the European Commission's decision to cut milk quotas.",
    "Residents of New Orleans reacted angrily to the floods.",
    "The Labour Party did not react angrily to Michael Howard's remarks on asylum.",
])
def test_no_accusation_from_a_calm_reaction_or_anger_at_nobody(events_named, text):
    assert not accusations(events_named, text)
