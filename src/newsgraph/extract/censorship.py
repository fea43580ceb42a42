"""A ban of the press by those who rule: "the junta banned two opposition newspapers", "the government
banned the independent daily". The sense judge reads "ban" on a proposition as a rejection ("banned the
plan"), and outlets of the press are such objects when they are attacked in words ("attacked the
newspaper's coverage"); a state, a ruling army or an armed group that bans an outlet censors it, which
PLOVER codes as COERCE (mode censor), as "closed the newspaper" already is (verbs.yaml). A ban by anyone
else ("the club banned the tabloid from its ground") is left to the sense judge."""
from __future__ import annotations

from ..wordlists import words
from .sense_words import STATES, lemma_in

MEDIA = words("banned_media")
# verbs of banning whose figurative sense is a rejection (sense.yaml figurative_senses)
BANNING = frozenset({"ban"})


def censored(c, entity_type) -> bool:
    """The candidate is a ban of a press outlet by a state, a ruling army or an armed group."""
    return c.trigger.lemma_.lower() in BANNING and lemma_in(c.object_tok, MEDIA) \
        and entity_type(c.subject) in STATES
