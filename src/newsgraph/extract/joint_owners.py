"""Members of two named sides in one noun phrase: "delegations from Armenia and Azerbaijan",
"Japanese and South Korean leaders", "officials of Iran and Saudi Arabia", "Indian and Chinese troops".
The phrase stands for both sides; the first is the one the phrase's own reading finds (arguments.actor_of).
Forces that resolution gave one country ("Indian and Chinese troops" read as China's army) are each
named country's forces of that kind."""
from __future__ import annotations

from ..resolve.gazetteer import load_gazetteer
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
    if tok.tag_ != "NNS" or not (is_people(tok) or tok.lemma_.lower() in MEMBERS):
        return []   # plural common nouns for people or units: "ministers", "delegations" (not "the UK and US charts")
    if entity_of_token(tok, res):
        return joint_forces(tok, first_key, res)
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


def joint_forces(tok, first_key: str, res) -> list[tuple[str, object]]:
    """The other countries' bodies of the same kind in "Indian and Chinese troops", "Armenian and
    Azerbaijani forces", when the phrase was read as one country's (`first_key`, a listed body such as
    China's military): each other country its coordinated adjectives name, by that country's body."""
    gaz = res.gazetteer or load_gazetteer()
    body = gaz.actor_of_key(first_key)
    country = gaz.actors.get(body.country) if body is not None and body.country else None
    sector = next((name for name, aid in country.sectors if aid == body.id), None) if country is not None else None
    if sector is None or entity_of_token(tok, res) != first_key:
        return []
    out = []
    for mod in (c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")):
        if len(mod.conjuncts) > 1:
            continue   # a list of three or more is a gathering, not two sides
        for word in (mod, *mod.conjuncts):
            named = gaz.actor_of_key(owner_of(word, res))
            other = gaz.actors.get(named.country or named.id) if named is not None else None
            found = gaz.sector(other.id, sector) if other is not None and other.id != country.id else None
            if found is not None and all(found.key != k for k, _ in out):
                res.add_actor(found)
                out.append((found.key, word))
    return out
