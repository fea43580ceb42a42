"""A speaker's denial of its own part in a wrong, told without a denying verb (extract/disowned_parts.py,
wrong_parts.py): "said it had played no part in the bombing" is the speaker's refusal of an accusation
(PLOVER REJECT) with its maker unnamed; a part owned, a part of someone else, or a part in no wrong
refuses nothing. After "denied that ...", the part claimed is what is denied (denied_acts.py)."""
from __future__ import annotations

import pytest


def refusals(events_named, text):
    return {e[1] for e in events_named(text) if e[0] == "REJECT"}


@pytest.mark.parametrize(("text", "denier"), [
    ("Hezbollah said it had played no part in the kidnapping of the two soldiers.", "Hezbollah"),
    ("The Taliban said they had nothing to do with the bombing of the market.", "Taliban"),
    ("The Defence Ministry insisted it was not involved in the shelling of the port.", "Defence Ministry"),
    ("Hamas said it bore no responsibility for the deaths of the workers.", "Hamas"),
    ("Hezbollah said it was not behind the attack on the embassy.", "Hezbollah"),
    ("Vladimir Putin said he had played no role in the murder of the dissident.", "Vladimir Putin"),
    ("Siemens denied that it had played any part in the bribery scandal.", "Siemens"),
])
def test_a_part_in_a_wrong_disowned_refuses_the_charge(events_named, text, denier):
    assert denier in refusals(events_named, text)


@pytest.mark.parametrize("text", [
    "Hezbollah said it had played a part in the talks on the prisoners.",
    "Hezbollah said Iran had no part in the kidnapping of the two soldiers.",
    "Hezbollah said it had nothing to do with the new cabinet.",
    "Hamas said it was not responsible for the budget of the ministry.",
])
def test_no_refusal_from_a_part_owned_another_s_or_in_no_wrong(events_named, text):
    assert not refusals(events_named, text)
