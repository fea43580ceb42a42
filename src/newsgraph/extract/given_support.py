"""Backing given is a stance, not aid (PLOVER SUPPORT: endorse, back): "Robin Cook gave his support to
Gordon Brown", "the communist parties give crucial support to the coalition government", "pledged their
backing to the president". A verb of giving reads as AID (material help) by its word alone; with a noun of
backing as what it gives, the event is the backing, and the one it goes to ("to", "for", "behind") the one
backed. Support named as material ("military support", "financial support") stays aid, and a noun of backing
named as material or counted in money is aid however it is told: "Britain increased its financial support for
the Afghan army", "extending its ongoing financial support", "had increased support for Africa from $1.6bn to
$3.2bn" (PLOVER AID: money, weapons, training given; a stance of backing is SUPPORT). The words are data
(words/construction_types.yaml: giving verbs, material kinds)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .frames import Candidate
from .noun_frames import noun_frame

GIVING = words("support_giving_verbs")
MATERIAL = words("material_support_kinds")
# where the one backed is named: "gave its support to X", "threw its backing behind X", "support for X"
BACKED_PREPS = words("backing_prepositions")


def given_support(candidates: list[Candidate], res: KnownActors, lex) -> None:
    """Each aid whose giving verb gives a noun of backing becomes SUPPORT of the one it goes to, and each
    backing told by a noun of material support or of money becomes AID (in place)."""
    for c in candidates:
        if c.type == "SUPPORT" and material_backing(c.trigger, lex):
            c.type = "AID"
    for c in candidates:
        verb = c.trigger
        if c.type != "AID" or verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING:
            continue
        backing = next((o for o in verb.children if o.dep_ == "dobj" and backing_noun(o, lex)), None)
        if backing is None:
            continue
        c.type = "SUPPORT"
        c.object, c.object_tok = backed(verb, backing, res, c.subject)


def backing_noun(noun, lex) -> bool:
    """A noun of backing ("support", "backing", "blessing") not named as material ("military support")."""
    frame = noun_frame(noun, lex)
    return frame is not None and frame.type == "SUPPORT" and not any(
        m.dep_ in ("amod", "compound") and m.lemma_.lower() in MATERIAL for m in noun.children)


def backed(verb, backing, res: KnownActors, exclude: str | None) -> tuple[str | None, object]:
    """The one the backing goes to, named on the verb or on the noun after "to", "for" or "behind"."""
    for head in (verb, backing):
        for p in head.children:
            if p.dep_ in ("prep", "dative") and p.lower_ in BACKED_PREPS:
                for o in (x for x in p.children if x.dep_ == "pobj"):
                    key = actor_of(o, res) or generic_actor(o, res)
                    if key is not None and key != exclude:
                        return key, o
    return None, None


def material_backing(noun, lex) -> bool:
    """A noun of backing named as material ("financial support", "military backing") or counted in money,
    on itself or on the verb that has it ("increased support for Africa from $1.6bn to $3.2bn", "$50m in
    support"): aid, not a stance."""
    if noun.pos_ != "NOUN" or (frame := noun_frame(noun, lex)) is None or frame.type != "SUPPORT":
        return False
    if any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in MATERIAL for m in noun.children):
        return True
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass", "pobj") else [noun]
    return any(money(p) for h in holders for p in h.children if p.dep_ == "prep") \
        or noun.dep_ == "pobj" and noun.head.lower_ == "in" and money_word(noun.head.head)


def money(prep) -> bool:
    """A preposition whose object is a sum: "by $5bn", "from $1.6bn to $3.2bn"."""
    return any(money_word(o) or any(money(q) for q in o.children if q.dep_ == "prep")
               for o in prep.children if o.dep_ == "pobj")


def money_word(tok) -> bool:
    """A sum, or the head of one ("$500m", whose number the parser may hang below it)."""
    return tok.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in tok.children)
