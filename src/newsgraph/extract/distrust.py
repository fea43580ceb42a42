"""Distrust said of another actor (PLOVER ACCUSE, disapprove): a reported clause that denies the actor
a virtue a side is expected to have, "said Labour could not be trusted with the economy", "said Iran
was not serious about the talks", "said Moscow was not sincere". Denying a fault clears the actor
("had not violated the rules"); denying a virtue faults it. The words are data:
data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from ..wordlists import words

# virtues whose denial faults the one denied them: "was not serious", "is not committed to peace"
VIRTUES = words("denied_virtues")
# what is withheld from the one faulted: "could not be trusted"
TRUSTING = words("withheld_trust")


def distrusted(clause) -> bool:
    """Whether the negated reported `clause` denies its subject a virtue: trust in the passive ("cannot
    be trusted") or a virtue as predicate ("was not serious about the talks")."""
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_.lower() in TRUSTING:
        return any(c.dep_ == "auxpass" for c in clause.children)
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in VIRTUES for c in clause.children)
