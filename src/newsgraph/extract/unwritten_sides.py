"""Sides a clause leaves unwritten where the parse puts them: the counted victims of a bare harm
participle ("three employees wounded"), and the object two coordinated verbs share ("shot and killed
a guard")."""
from __future__ import annotations

from .voice import is_passive

# verbs of harm whose bare participle after counted people lists casualties ("three employees wounded")
HARMED = frozenset({"wound", "injure", "hurt", "kill", "maim", "burn"})
FINITE_OR_BARE = frozenset({"VBD", "VBZ", "VBP", "VB"})
VERBAL = frozenset({"VERB", "AUX"})


def counted_victims(verb):
    """The counted people of a harm verb written bare after them, as in a list of casualties: "left
    three dead and three employees wounded", "with two soldiers injured" (a reduced passive the
    parser reads as active); they are harmed, not harming. None for any other verb."""
    if verb.lemma_.lower() not in HARMED or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent", "ccomp", "xcomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not any(c.dep_ == "nummod" for c in subject.children):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return subject if after is None or after.is_punct or after.dep_ == "cc" else None


def raised_object(verb, passive: bool) -> list:
    """The object two coordinated verbs share, written once after the second ("shot and killed a
    guard", "arrested and charged two men"): for the first verb, when it has no object of its own
    and the second has no subject of its own."""
    if passive or verb.tag_ not in FINITE_OR_BARE \
            or any(c.dep_ in ("dobj", "dative", "obj", "ccomp", "xcomp") for c in verb.children):
        return []   # a gerund may be another sense ("striking and injuring a woman")
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in VERBAL or conj.i - verb.i > 3 or is_passive(conj) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        between = verb.doc[verb.i + 1:conj.i]
        if not all(t.dep_ in ("cc", "advmod", "punct") for t in between) or any(t.lower_ == "or" for t in between):
            continue   # only "shot and killed", "arrested, then charged"; "suspend or bar" are alternatives
        return [c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i]
    return []
