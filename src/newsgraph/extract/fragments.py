"""One act told by several words of a sentence yields one event, not a full one and a fragment.

"opened fire at the office, killing one man", "was charged with murder in the shooting of X", "arrested
20 journalists during the crackdown": each word of the act is a trigger, and the word that names the
other side gives the full event (the killing of the man); the other words give the same act with that
side missing. A reader counts such a copy as an event with its object or actor left out, so the copy
goes when a word joined to it in the same act names the side. Words of separate acts joined to each
other ("bombed the town after a rocket attack") are not one act: a sequence is two; nor is a word with a
thing of its own that it struck ("shelled Kherson and hit power stations in Mykolaiv").
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .gate import trigger_token
from .targets import own_site

# arcs that join the words of one act: a verb and its object noun ("launched an attack"), its
# adverbial or conjoined verb ("opened fire, killing"), a setting ("arrested ... in a crackdown"),
# a copula's subject and attribute ("the attack was the deadliest strike"), a participle on a noun
ACT_ARCS = frozenset({"dobj", "advcl", "conj", "prep", "pobj", "xcomp", "acl", "nsubj", "nsubjpass", "attr",
                      "pcomp"})
MAX_ARCS = 3   # farther apart, the words tell another act of the story
SEQUENCE = words("act_sequence_preps")   # "after the attack", "before the raid": another act


def without_fragments(events: list[Event], doc) -> list[Event]:
    """The events less the copies with a side missing that a word of the same act names."""
    tokens = {id(e): trigger_token(e, doc) for e in events}
    return [e for e in events if not any(fragment_of(e, full, tokens) for full in events if full is not e)]


def fragment_of(part: Event, full: Event, tokens: dict) -> bool:
    """`part` tells `full`'s act from another word with a side left out that `full` names."""
    if part.type != full.type or part.start != full.start or part.trigger_start == full.trigger_start:
        return False
    if not (missing(part.object, full.object, part.subject, full.subject)
            or missing(part.subject, full.subject, part.object, full.object)):
        return False
    if any(full.quantities.get(k) != n for k, n in part.quantities.items()):
        return False   # "12 were killed and 20 were wounded": the copy carries a toll of its own
    a, b = tokens[id(part)], tokens[id(full)]
    if a is None or b is None or part.type == "ASSAULT" and own_site(a):
        # "shelled Kherson and hit power stations in Mykolaiv": a thing struck of its own is another strike
        # (as targets.share_targets reads it); a thing seized beside the people seized ("apprehending 26
        # pirates and confiscating arms") is the same act of force
        return False
    return one_act(a, b)


def missing(side, full_side, other, full_other) -> bool:
    """`side` is left out where the full event names it, and the other side agrees (or is left out too)."""
    return side is None and full_side is not None and (other == full_other or other is None)


def one_act(a, b) -> bool:
    """Two words joined in the parse through few arcs of one act, no sequence among them."""
    up_a, up_b = ancestors(a), ancestors(b)
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return False
    path = up_a[:up_a.index(common)] + up_b[:up_b.index(common)]
    return len(path) <= MAX_ARCS and all(t.dep_ in ACT_ARCS for t in path) \
        and not any(t.dep_ == "prep" and t.lower_ in SEQUENCE for t in path)


def ancestors(tok) -> list:
    """The word and its heads up to the sentence root."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain
