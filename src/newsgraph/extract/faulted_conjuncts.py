"""Every actor of a conjoined side, each a side of its own.

- a faulted reported subject (PLOVER ACCUSE): "Smith said the Mayor and the Commissioner have failed to
  address the causes" faults both, as "accused the Mayor and the Commissioner" does. statements.py reads a
  reported clause about its subject's head alone; `conjoined_faulted` adds the subject's other conjuncts
  that are actors, each as its own accused;
- any event whose construction read a side phrase by its head alone (`conjoined_sides`): "South Korea and
  Japan denied they were planning a sell-off", "Smith and Jones pleaded guilty", "charged Lopez and
  Carrasquillo with her murder", "Kenteris and Thanou face charges" are the act of each, and so are an
  event noun's ("strikes on Hamas and Islamic Jihad", "a deal with Chile and Argentina"). Only a phrase that
  is the trigger's own argument (its subject or object, its anchor's, or the object of the event noun's
  preposition), read as its head's actor, gains its conjuncts: a title's
  relation ("Chancellor Schroeder and Prime Minister Berlusconi voiced concerns") holds of its own
  person only, and a conjunct already the event's other side stays so ("Fiat and GM agreed")."""
from __future__ import annotations

from dataclasses import replace

from ..model import PLOVER_TYPES
from .actors import KnownActors
from .arguments import actors_of
from .companions import apposed_list, apposed_names
from .frames import Candidate

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the side phrases whose conjuncts act or undergo with their head: a clause's subject and direct object
SIDE_DEPS = SUBJECTS | {"dobj"}


def conjoined_faulted(candidates: list[Candidate], res: KnownActors) -> list[Candidate]:
    """The copies, one per further conjunct, of the accusations whose accused is the subject of a
    clause said by the accuser ("said X and Y had failed to ...")."""
    out: list[Candidate] = []
    for c in candidates:
        tok = c.object_tok
        if c.type != "ACCUSE" or tok is None or tok.dep_ not in SUBJECTS or not tok.conjuncts:
            continue
        if not said_by(tok.head, c.trigger):
            continue
        for key, head in actors_of(tok, res):
            if key not in (c.subject, c.object) and all(o.object != key or o.trigger.i != c.trigger.i for o in out):
                out.append(replace(c, object=key, object_tok=head))
    return out


def conjoined_sides(candidates: list[Candidate], res: KnownActors) -> list[Candidate]:
    """The copies, one per further conjunct actor, of the events that took a conjoined side by its head
    alone; none where a candidate of the same type and trigger has that actor on that side already."""
    have = {(c.type, c.trigger.i, side, key) for c in candidates
            for side, key in (("subject", c.subject), ("object", c.object)) if key}
    out: list[Candidate] = []
    for c in candidates:
        if c.type not in PLOVER_TYPES:
            continue
        for side, key, tok in (("subject", c.subject, c.subject_tok), ("object", c.object, c.object_tok)):
            if key is None or not own_argument(tok, c):
                continue
            found = actors_of(tok, res)
            if not found or found[0][0] != key:
                continue   # the side was not read from the phrase's head ("a Hamas spokesman": Hamas)
            for other, head in found[1:]:
                if other in (c.subject, c.object) or (c.type, c.trigger.i, side, other) in have \
                        or not (head.pos_ == "PROPN" or head.ent_type_ or apposed_names(head)):
                    continue   # a kind listed ("a police station, shops and banks") is no party named
                have.add((c.type, c.trigger.i, side, other))
                out.append(replace(c, **{side: other, f"{side}_tok": head}))
    return out


def own_argument(tok, c: Candidate) -> bool:
    """Whether `tok` heads a conjoined subject or direct object of the candidate's trigger or anchor, of
    the verb whose preposition the trigger noun follows ("charged A and B with the murder": the murder is
    each one's), or of the verb that reports the trigger's clause ("A and B said X needed to change"); or
    the object of the trigger noun's preposition ("strikes on Hamas and Islamic Jihad", "talks with
    his counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas": each one's)."""
    if tok is not None and tok.dep_ == "pobj" and c.trigger.pos_ == "NOUN" and noun_preposition(tok.head, c.trigger):
        return bool(tok.conjuncts or apposed_list(tok))
    if tok is None or tok.dep_ not in SIDE_DEPS or not tok.conjuncts:
        return False
    heads = {c.trigger.i, *((c.anchor.i,) if c.anchor is not None else ())}
    if c.trigger.dep_ == "pobj" and c.trigger.head.dep_ == "prep":
        heads.add(c.trigger.head.head.i)
    if c.trigger.dep_ == "ccomp":
        heads.add(c.trigger.head.i)   # "A and B said Iran must stop": the sayers, each
    return tok.head.i in heads


def noun_preposition(prep, noun) -> bool:
    """Whether `prep` is the event noun's own, or hangs on the light verb whose object the noun is
    ("signed a deal with China and India": the parser hangs "with" on "signed")."""
    return prep.head.i == noun.i or noun.dep_ == "dobj" and prep.head.i == noun.head.i and prep.i > noun.i


def said_by(clause, verb) -> bool:
    """Whether `clause` is what `verb` reports: its complement, or a clause joined to that one."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.i == verb.i
