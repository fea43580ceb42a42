"""Members of two named sides in one noun phrase: "delegations from Armenia and Azerbaijan",
"Japanese and South Korean leaders", "officials of Iran and Saudi Arabia". The phrase stands for
both sides; the first is the one the phrase's own reading finds (arguments.actor_of)."""
from __future__ import annotations

from ..wordlists import words
from .entity_lookup import entity_of_token, entity_type
from .quantities import is_people

# nouns for those who act for a side: members and units ("delegations", "troops") and office holders ("ministers")
MEMBERS = words("member_nouns") | words("office_nouns")

# a place or a person named beside the first owner is where the members are, or someone else
NOT_OWNERS = frozenset({"LOCATION", "PERSON"})


def joint_owners(tok, first_key: str, res) -> list[tuple[str, object]]:
    """The other named sides a plural noun for members belongs to, with their tokens: the conjuncts of
    the name in its "of"/"from" phrase or of the name before it, when that name is the side the phrase
    was read as (`first_key`; "the victims of X and Y" are no one's members). [] when it names one side."""
    if tok.tag_ != "NNS" or entity_of_token(tok, res) or not (is_people(tok) or tok.lemma_.lower() in MEMBERS):
        return []   # plural common nouns for people or units: "ministers", "delegations" (not "the UK and US charts")
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for p in c.children if p.dep_ == "pobj"]
    owners += [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    out = []
    for first in owners:
        if owner_of(first, res) != first_key:
            continue   # "officers from Kent and Sussex": from places, whatever the second is taken for
        if len(first.conjuncts) > 1:
            continue   # "representatives from Switzerland, France, Cyprus and Israel": a gathering, not two sides
        for conj in first.conjuncts:
            key = owner_of(conj, res)
            if key and all(key != k for k, _ in out):
                out.append((key, conj))
    return out


def owner_of(tok, res) -> str | None:
    """The named side a word of the phrase stands for ("Armenia", "South Korean"), not a place or a person."""
    key = next((k for t in tok.subtree if (k := entity_of_token(t, res))), None)
    return key if key and entity_type(key, res) not in NOT_OWNERS else None
