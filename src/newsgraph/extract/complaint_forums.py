"""The body a complaint is made to, not the one complained of.

"lodged a complaint with the Equal Employment Opportunity Commission", "complained in letters to a
Colorado newspaper", "lodged a complaint with the Security Council against South Sudan": a complaint
"with" or "to" a court, a regulator, the police, the United Nations or the press is brought before it,
and whoever it is against is the accused. Before this rule the forum became the ACCUSE event's object.
A complaint to the party complained of stays theirs ("Japan complained to China about the ban"), as
does a forum named as the one complained about ("complained about the regulator").
"""
from __future__ import annotations

import re

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .frames import Candidate

FORUM_WORDS = words("ruling_bodies") | words("complaint_forums")
COMPLAINT_WORDS = words("complaint_words")
FORUM_ALTERNATIVES = "|".join(sorted(map(re.escape, FORUM_WORDS), key=len, reverse=True))
FORUM_PATTERN = re.compile(rf"\b(?:{FORUM_ALTERNATIVES})s?\b")


def addressed_complaint(c: Candidate):
    """The word of complaint whose "with"/"to" phrase holds the candidate's object, or None: the
    trigger itself ("complained to"), its object noun ("lodged a complaint with") or a noun the
    phrase hangs on ("complained in letters to")."""
    tok = c.object_tok
    if c.type != "ACCUSE" or tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "to"):
        return None
    holder = tok.head.head
    trigger = c.trigger
    own_nouns = [x for x in trigger.children if x.dep_ in ("dobj", "nsubjpass") and x.lemma_.lower() in COMPLAINT_WORDS]
    if trigger.lemma_.lower() not in COMPLAINT_WORDS and not own_nouns:
        return None
    near = {trigger.i, *(x.i for x in own_nouns)}
    if holder.i in near or holder.lemma_.lower() in COMPLAINT_WORDS and holder.head.head.i in near:
        return holder
    return None


def is_forum(tok, key: str, res: KnownActors) -> bool:
    """Whether the addressee is a body that hears complaints against others: its words or name hold a
    court, a regulator, the police, the United Nations, the press."""
    entity = res.entities.get(key)
    texts = [tok.doc[tok.left_edge.i:tok.i + 1].text, entity.name if entity is not None else ""]
    return any(FORUM_PATTERN.search(t.lower()) for t in texts)


def complained_against(word, forum, res: KnownActors) -> tuple[str | None, object]:
    """The actor of an "against" phrase on the complaint's words, or on the forum where the parser hangs it
    there: "a complaint with the UN against Israel", "a complaint with the regulator against Shell"."""
    heads = (word, word.head, forum, *(x for x in word.children if x.dep_ in ("dobj", "nsubjpass")))
    for p in (p for h in heads for x in h.children if x.dep_ == "prep" and x.lower_ == "against"
              for p in x.children if p.dep_ == "pobj"):
        key = actor_of(p, res) or generic_actor(p, res)
        if key:
            return key, p
    return None, None


def unforum_complaints(candidates: list[Candidate], res: KnownActors) -> None:
    """Take the forum off as the accused of a complaint made to it, for the "against" party if named."""
    for c in candidates:
        word = addressed_complaint(c)
        if word is None or c.object is None or not is_forum(c.object_tok, c.object, res):
            continue
        key, tok = complained_against(c.trigger, c.object_tok, res)
        if key is not None and key == c.subject:
            key, tok = None, None
        c.object, c.object_tok = key, tok
