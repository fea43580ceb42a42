"""A series of acts told in a subordinate clause that the parser split after its first item: in
"soldiers looked on while the mob burned cars, attacked shops and beat passers-by" or "riots engulfed
the city as protesters tried to storm parliament, hurled petrol bombs at police and torched banks" it
joins the second item ("attacked", "hurled") to the main verb, so the onlookers or the riots would do
it. A list goes on with the nearest clause before it: a verb of the same tense that follows the
subordinate clause's last word and a comma, with no subject of its own and no "and" before it, is that
clause's next item and shares its doer (the mob, the protesters).
"""
from __future__ import annotations

from ..wordlists import words
from .misjoined import clause_read_as_phrase
from .voice import VERBAL

# the conjunctions of time that open a clause told beside the main one ("as", "while", "when" ...)
TIME_MARKS = words("series_time_conjunctions")
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
PAST = frozenset({"VBD"})


def series_host(verb):
    """The subordinate verb whose list `verb` goes on, when the parser joined `verb` to the main verb
    before that clause ("X looked on while the mob burned cars, attacked shops": "burned"); None
    otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in VERBAL or verb.tag_ not in PAST or head.i > verb.i \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != ",":
        return None
    hosts = {head.i} | {c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i}
    clauses = [t for t in doc[head.i + 1:verb.i] if t.dep_ == "advcl" and t.head.i in hosts and t.tag_ in PAST]
    if not clauses:
        return None
    clause = clauses[-1]
    told = any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in clause.children) \
        and any(c.dep_ in SUBJECTS for c in clause.children)
    if not told and clause_read_as_phrase(clause) is None:   # "stood back as gangs of youths smashed windows"
        return None
    end = clause.right_edge.i
    while end > clause.i and doc[end].is_punct:
        end -= 1
    return clause if end == verb.i - 2 else None
