"""Which frame an event noun evokes: a compound first ("rocket fire"), and demand nouns only with
a demand's complement ("calls for a ceasefire", not "made calls to landlines")."""
from __future__ import annotations

from ..doctext import token_memo
from ..wordlists import table, words
from .entry_words import last_words
from .lexicon import Frame

TIME_LABELS = frozenset({"DATE", "TIME"})


@token_memo   # many passes ask about the same nouns
def noun_frame(noun, lex) -> Frame | None:
    """A noun's frame, trying "compound noun" first ("rocket fire"); a noun that is an event only with
    its verb's complement ("calls for a ceasefire", not "made calls to landlines") only with it."""
    lemma = noun.lemma_.lower()
    if lemma.rsplit(" ", 1)[-1] not in last_words(lex.nouns) and noun.lower_ not in lex.nouns:
        return None   # most nouns end no entry: their modifiers need not be read
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod"):   # "rocket fire", "martial law", "general strike"
            # the modifier as written too: "shooting death" (a gerund's lemma is its verb's, "shoot")
            f = lex.nouns.get(f"{c.lemma_.lower()} {noun.lemma_.lower()}") or lex.nouns.get(
                f"{c.lower_} {noun.lemma_.lower()}")
            if f:
                return f
    if lemma in COMPLEMENT_DEMANDS and not demand_complement(noun, COMPLEMENT_DEMANDS[lemma]):
        return None
    return lex.nouns.get(lemma) or lex.nouns.get(noun.lower_)


# nouns that are demands only with their verb's complement: {"call": ["for", "on", "upon"]}
COMPLEMENT_DEMANDS = table("complement_demand_nouns")
# verbs whose to-infinitive after a demand is the demand's ("rejected calls from France to free them",
# "faced calls to resign"), not their own purpose ("made calls to check on them")
DEMAND_TAKERS = words("answering_verbs") | words("demand_facing_verbs")
PRICED = words("priced_nouns")


def demand_complement(noun, marks) -> bool:
    """Whether a noun has the complement of a demand: "calls for his resignation", "a call on Iran to",
    "calls to resign",
    "calls for Israel to withdraw" (the parser may hang the clause on the noun, or the phrase on the verb
    whose object the noun is: "ignored calls from Poland for his release"), not "calls for a fee", "a
    call on Monday"."""
    misplaced = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ == "dobj" else []
    for c in (*noun.children, *misplaced):
        if c.dep_ == "prep" and c.lower_ in marks and any(
                p.dep_ == "pobj" and p.ent_type_ not in TIME_LABELS | {"MONEY"} and p.lemma_.lower() not in PRICED
                and not any(x.dep_ == "nummod" or x.ent_type_ == "MONEY" for x in p.children)
                for p in c.children):
            return True
        if c.dep_ in ("acl", "advcl", "relcl") and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            return True
        if (c.dep_ == "acl" or c.dep_ in ("advcl", "xcomp") and c.head.lemma_.lower() in DEMAND_TAKERS) and c.i > noun.i \
                and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True   # "calls to resign"; "rejected calls from France to free them" (on the verb)
    return False
