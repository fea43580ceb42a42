"""A rebellion or revolt by members of a house (MPs, senators, a party's backbenchers) is a vote against
their own side's line, not violence: "the bill passed despite a rebellion by 34 Labour MPs", "the prime
minister faces a backbench revolt over tuition fees". PLOVER codes such defiance as REJECT; an armed
rebellion ("the M23 launched a rebellion against Congo") stays ASSAULT."""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

HOUSE_REVOLTS = words("house_revolt_nouns")
HOUSE_MEMBERS = words("house_member_nouns")


def house_revolt(c) -> str | None:
    """"REJECT" for a revolt noun whose rebels, or the word before it, are members of a house; else None."""
    if c.type != "ASSAULT" or c.trigger.lemma_.lower() not in HOUSE_REVOLTS:
        return None
    members = lemma_in(c.subject_tok, HOUSE_MEMBERS) or any(
        t.dep_ in ("compound", "amod", "nmod") and lemma_in(t, HOUSE_MEMBERS) for t in c.trigger.lefts)
    return "REJECT" if members else None
