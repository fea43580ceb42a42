"""A name that only ever names a thing: "the Crossrail plan", "a Breathalyzer test", "its Encarta
encyclopaedia", "the Brixton riots". The NER often takes such a one-word name for a person, and a
person's name before a thing ("the Tomlinson proposals", "Brown's plan") says whose it is; but a person
is named on their own somewhere in the story ("Mike Tomlinson said"), while a project, product, place
or test is named only before the thing it names. Such a name owns nothing and is acted on by no one
(a site it names is: "the raid on the Eldorado compound").
"""
from __future__ import annotations

from ..resolve.gazetteer import load_gazetteer
from ..resolve.participants import COLLECTIVE_TYPE
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_type
from .quantities import is_people

# groups of kin a surname before them does stand for ("the Daya family")
KIN_GROUPS = words("thing_names_kin_groups")
# people and bodies a name before them stands for ("the Bush administration", "the Murdoch newspapers")
BODIES = words("member_nouns") | words("standing_heads") | frozenset(COLLECTIVE_TYPE) | KIN_GROUPS
# places and sites a name before them names, which a raid or an attack is on ("the Eldorado compound")
SITES = words("place_nouns") | words("held_sites")


def names_only_things(name_tok, thing, key: str, res: KnownActors) -> bool:
    """Whether `key`, which the name at `name_tok` before the noun `thing` refers to, is a person
    the document never names on their own, only before things: then the name is the thing's own."""
    if key.startswith("gaz:") or entity_type(key, res) != "PERSON" or not before_thing(name_tok, thing):
        return False
    if (res.gazetteer or load_gazetteer()).country_of_demonym(name_tok.text):
        return False   # "Moldovan wine", tagged a person: a nationality says whose the thing is
    doc = name_tok.doc
    heads = [i for i, k in res.mention_head.items() if k == key]
    return bool(heads) and all(before_thing(doc[i], doc[i].head) for i in heads if i < len(doc))


def before_thing(name_tok, thing) -> bool:
    """A name compounded with common nouns for no person or body: "Crossrail" in "the Crossrail
    transport plan", not "Bush" in "a Bush administration regulation"."""
    if name_tok.dep_ != "compound" or name_tok.head.i == name_tok.i or thing.pos_ != "NOUN":
        return False
    between = name_tok.doc[name_tok.i + 1:thing.i + 1]
    return not any(is_people(t) or t.lemma_.lower() in BODIES | SITES for t in between)
