"""The death a charge of violence is brought over: "charged with murder in the death of X", "convicted of
manslaughter for the slaying of X", "found guilty of two counts of assault in the shootings of X". The
victim is named on the death, not on the charge's word, and the parser hangs the "in"/"for" phrase on the
charge, on its count or on the verb that brings it. Read by frames.noun_object."""
from __future__ import annotations

from ..wordlists import ordered, words
from .noun_phrases import prep_objects
from .offences import offence

# the nouns of a death or a wounding that a charge is brought over (not "in the case of X", "for the
# benefit of X": the "of" phrase of those names no victim)
DEATH_NOUNS = words("charged_death_nouns")
# the phrases that link a charge to its death: "murder in the death of", "murder for the slaying of"
LINKS = ordered("charged_deaths_links")
# the links between the charge's word and what brings it: "counts of murder", "charged with murder",
# "guilty of murder", "murder and assault"
CHAIN = frozenset({"pobj", "prep", "conj", "cc", "oprd", "acomp"})


def charged_deaths(noun) -> list:
    """The death nouns of a charge of violence (an offence word): those in an "in"/"for" phrase on the
    charge or on the words that hold it up to its verb ("charged with murder in the death of X")."""
    if not offence(noun):
        return []
    holders, tok = [noun], noun
    while tok.dep_ in CHAIN and tok.head is not tok:
        tok = tok.head
        holders.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("oprd", "acomp"):
            break
    return [d for h in holders for link in LINKS for d in prep_objects(h, link)
            if d.lemma_.lower() in DEATH_NOUNS or d.lower_ in DEATH_NOUNS]
