"""The people an act on a craft falls on: the ones it carries ("intercepted three boats with 26
Somali pirates", "ambushed a bus carrying pilgrims") or the kind of crew its name says ("sank a
pirate ship", "a migrant boat was seized"). A craft is no side; news names the people on it as the
target, and a vehicle of no one named ("hit a minibus") stays no target (targets.py)."""
from __future__ import annotations

from ..resolve.participants import COLLECTIVE_TYPE, collective_entity
from ..wordlists import words
from .actors import KnownActors

CRAFTS = words("crafts")
CARRYING = words("carrying_verbs")
# kinds of people a craft is named for: armed or criminal crews and private travellers, not the
# officials or forces a state's vessel carries (a force's craft is its holder's: targets.site_holder)
CREW_TYPES = frozenset({"ARMED_GROUP", "OTHER"})


def carried(craft) -> list:
    """The words for the people a craft carries: "a bus carrying pilgrims", "boats with pirates"
    (the parser often hangs the "with" on the verb: then only right after the craft)."""
    out = [p for c in craft.children if c.dep_ == "prep" and c.lower_ == "with"
           for p in c.children if p.dep_ == "pobj"]
    out += [o for c in craft.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
            for o in c.children if o.dep_ == "dobj"]
    verb = craft.head
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == craft.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj"] if craft.dep_ in ("dobj", "nsubjpass") else []
    return [t for p in out for t in (p, *p.conjuncts)]


def crew_words(craft) -> list:
    """The nouns before a craft that say whose it is: "a pirate ship", "the Somali pirate 'mother
    ship'" (a quotation mark splits the parse: the kind is then the object just before it)."""
    mods = [m for m in craft.lefts if m.dep_ in ("compound", "nmod", "amod") and m.pos_ in ("NOUN", "ADJ")]
    before = craft.left_edge.i - 1
    while before >= 0 and craft.doc[before].is_quote:
        before -= 1
    if before >= 0 and craft.doc[before].dep_ == craft.dep_ and craft.doc[before].head.i == craft.head.i \
            and craft.doc[before].tag_ == "NN":
        mods.append(craft.doc[before])
    return mods


def crew_kind(craft, res: KnownActors) -> str | None:
    """The collective a noun before the craft names, as resolution keys it ("pirates (Somalia)")."""
    for mod in crew_words(craft):
        kind = mod.lemma_.lower()
        typ = COLLECTIVE_TYPE.get(kind)
        if typ not in CREW_TYPES:
            continue
        # the place words are on the craft, or on the kind when a quotation split the phrase
        holder = mod if mod.head.i != craft.i else craft
        entity, reason, label = collective_entity(holder, (kind, plural(kind), typ), res, res.gazetteer)
        res.add_mention(craft.doc[mod.i:mod.i + 1], entity, reason, label)
        return entity.key
    return None


def plural(noun: str) -> str:
    """The plural of a kind's noun, for its name ("pirate" -> "pirates", "militiaman" -> "militiamen")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
