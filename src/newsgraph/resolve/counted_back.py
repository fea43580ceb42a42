""""The nine", "the three" as a side: the group the story has just counted with that number ("Nine
suppliers were charged ... The nine now charged are accused of"). The group is the one described
with the same number in this sentence or the WINDOW before; none where two groups were given it,
or where the number is counted out of something ("the two of them", "the three of us": a part)."""
from __future__ import annotations

from ..doctext import doc_sents, tokens_with_pos
from .resolution import ResolutionDraft

# sentences before the number in which its group is looked for
WINDOW = 2
SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def counted_back(doc, res: ResolutionDraft) -> None:
    """Make each bare "the nine" a mention of the group counted so just before."""
    starts = [s.start for s in doc_sents(doc)]
    for tok in (doc[i] for i in tokens_with_pos(doc, ("NUM",))):   # a Token for numbers only
        if tok.dep_ not in SIDE_DEPS or tok.i in res.token_entity \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        here = max(k for k, s in enumerate(starts) if s <= tok.i)
        first = starts[max(0, here - WINDOW)]
        # every group counted so, one no pass resolved included ("three men and three women": either)
        keys = {res.mention_head.get(t.head.i) for t in doc[first:tok.i] if t.dep_ == "nummod" and t.lower_ == tok.lower_}
        if len(keys) == 1 and None not in keys:
            key = keys.pop()
            det = next(c for c in tok.children if c.dep_ == "det")
            res.add_mention(doc[det.i:tok.i + 1], res.entities[key], "coreference", label="COREF", alias=False,
                            head=tok.i)
