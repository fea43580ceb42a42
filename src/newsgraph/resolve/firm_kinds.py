"""Kinds of firm that act as one in business and political news: "tobacco companies denied
conspiring", "the government sued the country's biggest tobacco firms", "banks were accused of
overcharging", "mobile operators rejected the plan". A bare or qualified plural of a firm noun
(generic_kinds ORGANIZATION in data/lexicon/words/extract.yaml) is one collective organisation
named by its industry ("tobacco companies"; resolve/participants.py adds the place: "banks (Japan)").

Left alone, because they are no kind but firms of the story or no actor at all:
- a plural pointing at firms already told ("the banks", "the two companies", "these firms",
  "their lenders", "other banks", "companies such as Shell and BP", "Shell and BP, two oil firms");
- a possessive or a predicate ("banks' profits", "they are oil companies"); "the banks of the
  river" and "its banks" point back as the first case does; singulars ("the company" refers back: resolve/kinds.py).
"""
from __future__ import annotations

from ..wordlists import words

# words before a firm kind that say how many or how big, not what kind ("many firms", "big banks")
SIZE_WORDS = words("firm_size_words")
# words before a plural that point at firms already told ("the two banks", "other lenders")
TOLD = words("firm_kinds_told")
# firm nouns that name no kind of their own: "companies" alone are any firms ("oil companies", "banks" are a kind)
ANY_FIRM = words("firm_kinds_any_firm")
# nouns that count the firms of an "of" phrase ("a number of companies", "a host of banks")
COUNTING = words("group_counting_nouns")
# participles whose agent names the body that defines the firms ("firms led by ONGC", "banks owned by the state")
DEFINING = words("firm_kinds_defining")
# prepositions after a plural that list the firms it stands for ("firms such as BP", "banks including HSBC")
LISTING = words("firm_kinds_listing")


def firm_kind(tok, res) -> tuple[str, str, str] | None:
    """(kind, what news calls it, "ORGANIZATION") for a plural firm noun `tok` that names a kind
    of firm, or None (see the module's docstring)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ in ("poss", "attr", "appos", "compound", "npadvmod"):
        return None
    lefts = list(tok.lefts)
    if any(c.lower_ in TOLD or c.dep_ == "nummod" or c.like_num for c in lefts):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in lefts):
        return None   # "its banks", "their lenders": whose, told before (or a river's)
    if lists_firms(tok) or counted_out(tok) or defined_by_name(tok, res):
        return None
    qualifiers = [c for c in lefts if c.dep_ in ("amod", "compound", "nmod") and qualifies(c, res)]
    if not qualifiers and not placed(tok, res) and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in lefts):
        return None   # "the banks", "the companies": those of the story
    if not qualifiers and tok.lemma_.lower() in ANY_FIRM and not placed(tok, res) and not located(tok, res):
        return None   # "companies", "businesses" alone: any firms, mostly those of the story
    kind = [qualifier_words(c) for c in qualifiers]
    lemma = tok.lemma_.lower()
    return " ".join((*kind, lemma)), " ".join((*kind, tok.lower_)), "ORGANIZATION"


def qualifies(c, res) -> bool:
    """Whether a modifier says what kind of firm ("tobacco", "mobile", "foreign"), not how many or
    how big ("many", "biggest"), nor a name or a place (the place is added apart)."""
    if c.i in res.token_entity or c.ent_type_ or c.tag_ in ("JJS", "JJR", "RBS") or c.lower_ in SIZE_WORDS:
        return False
    hyphened = c.i >= 1 and c.doc[c.i - 1].text == "-"   # "low-cost", "state-owned"
    return (c.pos_ in ("NOUN", "ADJ") or hyphened and c.tag_ == "VBN") and (c.text.islower() or c.is_sent_start)


def qualifier_words(c) -> str:
    """A qualifier as written, with the words hyphened to it ("low-cost", "state-owned")."""
    doc = c.doc
    start = c.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and doc[start - 2].head.i in (c.i, start - 1) or start >= 2 and doc[start - 1].text == "-" \
            and doc[start - 1].head.i == c.i:
        start -= 2
    return doc[start:c.i + 1].text.lower()


def located(tok, res) -> bool:
    """Whether a nationality or place says whose firms they are: "European firms", "companies in India"."""
    if any(c.ent_type_ in ("NORP", "GPE", "LOC") for c in tok.lefts):
        return True
    return any(p.i in res.token_entity or p.ent_type_ in ("GPE", "LOC")
               for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "from") for p in c.children)


def placed(tok, res) -> bool:
    """Whether a place or another word before the plural sets it apart from firms already told:
    "the country's biggest banks", "the largest lenders", "the Japanese banks"."""
    return any(c.tag_ in ("JJS", "RBS") or c.i in res.token_entity or c.dep_ == "poss"
               for c in tok.lefts if c.dep_ != "det")


def lists_firms(tok) -> bool:
    """"firms such as BP", "banks including HSBC", "Shell and other firms": the plural stands for
    the firms named with it."""
    for c in tok.rights:
        if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in LISTING:
            return True
    return tok.dep_ == "conj" and bool(tok.head.ent_type_)


def counted_out(tok) -> bool:
    """"two of the largest airlines", "a number of companies", "49 banks": firms counted out of a
    kind are firms of the story (named or not), not the kind."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    counter = tok.head.head
    return counter.like_num or counter.tag_ == "CD" or counter.lemma_.lower() in COUNTING


def defined_by_name(tok, res) -> bool:
    """"firms led by ONGC", "banks owned by Mr Ortiz": the firms a named body or person has."""
    for clause in (c for c in tok.rights if c.dep_ == "acl" and c.lemma_.lower() in DEFINING):
        agents = [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if any(t.i in res.token_entity or t.ent_type_ for p in agents for t in p.subtree):
            return True
    return False
