"""Every actor of a faulted clause's conjoined subject (PLOVER ACCUSE): "Smith said the Mayor and the
Commissioner have failed to address the causes" faults both, as "accused the Mayor and the
Commissioner" does. statements.py reads a reported clause about its subject's head alone; this
stage adds the subject's other conjuncts that are actors, each as its own accused."""
from __future__ import annotations

from dataclasses import replace

from .actors import KnownActors
from .arguments import actors_of
from .frames import Candidate

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


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


def said_by(clause, verb) -> bool:
    """Whether `clause` is what `verb` reports: its complement, or a clause joined to that one."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.i == verb.i
