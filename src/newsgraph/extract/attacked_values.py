"""An "attack" or "assault" on rights, freedoms or a public good is a figure of judgement, no violence:
"union leaders called the cuts savage attacks on workers' rights", "an assault on press freedom", "the bill
attacks the rights of pensioners". The words of the judgement (evaluative.py) make the speaker's
criticism; the candidate of violence (PLOVER ASSAULT) on the rights' owners is no act, and the sense judge
(extract/sense.py, through everyday_acts.py) drops it. What is attacked is words("public_values") or
words("taken_rights"); an attack on people, a place or a body ("an attack on the army's positions") stays."""
from __future__ import annotations

from ..wordlists import words

ASSAILING = words("assailing_nouns")
VALUES = words("public_values") | words("taken_rights")


def value_attacked(c) -> bool:
    """An ASSAULT whose attack noun or verb has for every target a right, a freedom or a public good."""
    trigger = c.trigger
    if c.type != "ASSAULT" or trigger.lemma_.lower() not in ASSAILING:
        return False
    if trigger.pos_ == "VERB":
        targets = [x for x in trigger.children if x.dep_ == "dobj"]
    else:
        targets = [p for x in trigger.children if x.dep_ == "prep" and x.lower_ in ("on", "upon", "against")
                   for p in x.children if p.dep_ == "pobj"]
    targets += [t for x in targets for t in x.conjuncts]
    return bool(targets) and all(t.ent_type_ == "" and (t.lemma_.lower() in VALUES or t.lower_ in VALUES)
                                 for t in targets)
