"""Acts told by a participle of any one of a kind, in a clause that says what such people do, not an act of
anyone in particular: "divorced parents seeking access to their children are often disadvantaged", "landlords
threatening tenants usually escape punishment", "you find trade unions fighting change". The noun is any one
of its kind (a bare plural: mood.any_one) and its clause is in the simple present with an adverb of how often
(mood.habitual) or with a generic "you" presenting the kind (data/lexicon/words/mood.yaml,
kind_presenting_verbs). A past or progressive clause tells acts ("protesters throwing stones clashed with
police", "militants fighting the army have seized the town"), and so does a present with no such mark
("rebels fighting the government control the north"). Called by the sense judge (sense.hypothetical).
"""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .mood import any_one, habitual, simple_present

PRESENTING = words("kind_presenting_verbs")
# how a noun a participle modifies hangs under the clause that tells what the kind does or undergoes
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def kind_participle(verb) -> bool:
    """The participle `verb` tells what any one of a kind does (see the module)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl":   # "parents seeking access ... are often disadvantaged"
        noun = verb.head
        clause = noun.head if noun.dep_ in NOUN_SLOTS and noun.head.i != noun.i else None
    elif verb.dep_ in ("ccomp", "xcomp", "oprd"):   # "you find trade unions fighting change"
        noun = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        clause = verb.head
    else:
        return False
    if noun is None or clause is None or not any_one(noun) or not simple_present(clause):
        return False
    return habitual(clause) or clause.lemma_.lower() in PRESENTING and any(
        c.dep_ == "nsubj" and c.lower_ == "you" for c in children(clause))
