"""Clubs named after their town in a sport story: the recogniser labels "Birmingham", "Southampton" or
"Newcastle" a place, so the club's bid, offer, fine or refusal loses a side or gets a town as its side.

A town's name is the club's throughout a sport story (domain.Context) where one of its mentions acts as a
team does and a place cannot:
- it takes a plural verb though its name is singular, as British writers agree a team ("Birmingham have
  confirmed the bid", "Newcastle are ready to sell"; never "Birmingham has a new airport");
- it owns an offer, a bid or a move ("Southampton's offer for Reid", "Birmingham's £6m bid").
At each mention the name is then the club, save where it only says where ("played in Birmingham",
"arrived at Newcastle"); a move or bid "to" the town still goes to the club ("rejected a move to
Birmingham").
"""
from __future__ import annotations

from ..doctext import children, doc_ents, kept, token_texts
from ..domain import Context
from ..wordlists import words

# what a club owns, offers or makes and a town never does: "Southampton's offer", "a move to Birmingham"
CLUB_OFFERS = words("contract_nouns") | words("refused_offer_nouns")
PLACE_PREPOSITIONS = words("metonym_place_prepositions")
# the labels the recogniser gives a town's club, now a place, now an organisation ("Southampton's offer")
CLUB_LABELS = frozenset({"GPE", "LOC", "ORG"})
_KEY = ("newsgraph", "town_clubs")


def town_club(span) -> bool:
    """Whether the place-labelled name `span` stands for a club named after the town (see the module)."""
    doc = span.doc
    if span.text not in kept(doc, _KEY, club_towns):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        offer = root.head.head   # "a move to Birmingham", not "in Birmingham" nor "moved to Birmingham" (a home)
        return offer.pos_ == "NOUN" and offer.lemma_.lower() in CLUB_OFFERS
    return True


def club_towns(doc) -> frozenset[str]:
    """The names of the towns that act as clubs somewhere in a sport story (see the module)."""
    if Context.of(doc).domain != "sport":
        return frozenset()
    # the name's every mention, the recogniser's or not: it often misses one opening a sentence ("Southampton have")
    by_last: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if ent.label_ in CLUB_LABELS and ent.root.i == ent.end - 1:
            by_last.setdefault(ent.root.text, set()).add(ent.text)
    texts = token_texts(doc)
    found = set()
    for i, w in enumerate(texts):
        for name in by_last.get(w, ()):
            n = name.count(" ")
            if i >= n and " ".join(texts[i - n:i + 1]) == name and acts_as_club(doc[i]):
                found.add(name)     # "Stoke City have": the whole name, not a "City" of another
    return frozenset(found)


def acts_as_club(root) -> bool:
    """A singular name agreed with a plural verb, or owning an offer (see the module)."""
    if root.tag_ != "NNP" or any(c.dep_ == "conj" for c in children(root)) or root.dep_ == "conj":
        return False    # "Leeds and Hull are": two places may be
    if root.dep_ == "poss" or root.i + 1 < len(root.doc) and root.doc[root.i + 1].tag_ == "POS":
        owned = owned_noun(root)
        return owned is not None and owned.lemma_.lower() in CLUB_OFFERS
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return any(v.tag_ == "VBP" for v in (verb, *(c for c in children(verb) if c.dep_ in ("aux", "auxpass"))))


# what stands between an owner and its noun: "Birmingham's £6m offer", "Leeds' improved three-year offer"
SUMS = frozenset({"$", "CD", "JJ", "HYPH"})
SUM_WORDS = frozenset({"m", "bn", "million", "billion", "k"})


def owned_noun(owner):
    """The noun an owner's "'s" is put before, past a sum and adjectives: read in text order, since the
    parser often hangs the owner on the sum ("Birmingham's £6m offer")."""
    doc = owner.doc
    i = owner.i + 2
    while i < min(len(doc), owner.i + 7) and (doc[i].tag_ in SUMS or doc[i].lower_ in SUM_WORDS):
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "NOUN" else None
