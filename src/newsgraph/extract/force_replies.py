"""Force used in answer to others, told by the means: "police responded with tear gas and water cannon",
"the troops replied with live fire", "officers reacted to the stone-throwing with stun grenades". The verb of
answering is no attack by itself ("the ministry responded with a statement"); the weapon after "with" makes it
one (PLOVER ASSAULT, as "fired tear gas at protesters" is). Whom it answers: the people after "to" ("responded
to the protesters with tear gas"), or, when the answer is told in a relative clause on those the others acted
against ("protesters threw stones at officers, who responded with tear gas"), those others."""
from __future__ import annotations

from ..wordlists import words
from .arguments import subject_token

REPLYING = words("force_replying_verbs")
REPLY_MEANS = words("force_reply_means")
# what an act on the answerers is aimed with: "threw stones at officers", "clashed with police"
AIMED_AT = words("force_replies_aimed_at")


def force_reply(verb, lex) -> tuple[object, object] | None:
    """(the weapon, whom the force answers or None) when `verb` is answering with a weapon, else None."""
    if verb.lemma_.lower() not in REPLYING:
        return None
    weapon = next((w for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj" for m in (o, *o.conjuncts) for w in measured(m)
                   if w.lemma_.lower() in REPLY_MEANS or w.lower_ in REPLY_MEANS), None)
    if weapon is None:
        return None
    return weapon, answered(verb, lex)


def measured(tok) -> list:
    """What a word after "with" says was used: what a measure measures ("barrages of tear gas", "volleys of
    rubber bullets"; "a round of applause", "a shot of their own" are none), else the word itself."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"] or [tok]


def answered(verb, lex):
    """Whom the answer is to: "responded to the protesters", else the doer of the act the answerers underwent:
    one aimed at them ("threw stones at officers, who", "clashed with police, who"), or an attack on them."""
    to = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj"), None)
    if to is not None:
        return to if to.pos_ in ("NOUN", "PROPN", "PRON") else None   # (an act answered has no side: no actor)
    if verb.dep_ != "relcl":
        return None
    antecedent = verb.head   # "threw stones at officers, who responded": the officers
    acted = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent.head
    if acted.pos_ != "VERB" or not (antecedent.dep_ == "pobj" and antecedent.head.lower_ in AIMED_AT or (
            antecedent.dep_ == "dobj" and (frame := lex.verbs.get(acted.lemma_.lower())) is not None
            and frame.type == "ASSAULT")):
        return None   # "masked youths, who responded" (the parser's "masked" a verb): nothing done to them
    return subject_token(acted)
