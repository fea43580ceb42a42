"""Who does what an event noun names, from the phrases around the noun: a "by" phrase ("a coup by
X", "sanctions imposed by the EU"), or an "of" phrase that names the doer of an act done to no one
("the resignation of the minister", "the withdrawal of American troops from Iraq", "the visit of
the Chinese president to Brazil": the subjective genitive)."""
from __future__ import annotations

from ..domain import Context
from ..wordlists import words
from .arguments import actor_of, entity_type, generic_actor
from .lexicon import lexicon
from .noun_phrases import prep_objects
from .outside_sides import grouping_head
from .verb_held_agents import verb_held_by

# types whose nouns name an act the doer does by itself or towards a side named by another
# preposition, so that their "of" phrase is the doer: resigning, withdrawing, surrendering, visiting,
# protesting, refusing, apologising, supporting. Violence, coercion and sanctions take "of" for whom
# they are done to ("the expulsion of diplomats"), as do the nouns marked patient_of.
GENITIVE_DOER_TYPES = frozenset({"RETREAT", "CONSULT", "PROTEST", "REJECT", "CONCEDE", "SUPPORT", "AGREE"})
# domains whose people withdraw, visit and depart as players and teams ("the withdrawal of Ledley King
# from the squad", "the visit of the Tri-Nations champions"), not as actors
PLAYING_DOMAINS = frozenset({"sport"})
UNREALISED_HEADS = words("unrealised_noun_heads")
# types whose nouns are words or stances sent from one side, so that their "from" phrase names the sender:
# "threats from Hezbollah", "criticism of the budget from the Tories", "support from the unions". Acts
# done in a place take "from" for where they come from or leave ("attacks from Gaza", "withdrawal from
# Iraq", "the evacuation of foreigners from Lebanon"), as aid takes it for where it goes out of.
SENT_FROM_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT", "CONCEDE"})
HANDING_OVER = words("handing_over_nouns")


def agent_phrases(noun) -> list:
    """The "by" phrases that name a nominal event's doer: on the noun ("a coup by X"); on a
    participle that puts the event into effect ("sanctions imposed by the EU", "charges brought by
    prosecutors"); or, as the parser often attaches them, on the object of the noun's "of" ("the
    expulsion of diplomats by Germany") or on a participle of the noun's object ("the ban on
    Russian oil imposed by the EU"), when that participle is itself a verb of carrying out; or on
    the verb taking the noun as object ("condemned the arrests by police": verb_held_agents.py)."""
    lex = lexicon()
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), *verb_held_by(noun)]
    if grouping_head(noun) is not None:
        heads.append(grouping_head(noun))   # "a series of raids by tax police"
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if prep.lower_ == "of":
                heads.append(pobj)
            heads += [c for c in pobj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in lex.light_verbs]
    return [p for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]


def genitive_doer(noun, frame, res, exclude: str | None = None) -> tuple[str | None, object]:
    """The actor of a noun's "of" phrase when that phrase names its doer (GENITIVE_DOER_TYPES,
    with "of" not among the frame's object prepositions), or (None, None)."""
    if frame.type not in GENITIVE_DOER_TYPES or frame.patient_of or "of" in frame.object_preps \
            or Context.of(noun.doc).domain in PLAYING_DOMAINS or unrealised(noun):
        return None, None
    for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"):
        key = actor_of(pobj, res) or generic_actor(pobj, res)
        if key and key != exclude:
            return key, pobj
    return None, None


def unrealised(noun, depth: int = 4) -> bool:
    """Whether the noun's act is only wanted or proposed: under a verb of wanting or a modal within a
    few heads ("wants to see a phased withdrawal of troops", "should set out a strategy including the
    withdrawal of troops")."""
    tok = noun
    for _ in range(depth):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in UNREALISED_HEADS or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)):
            return True
    return False


def sender(noun, frame, res, exclude: str | None = None) -> tuple[str | None, object]:
    """The actor a "from" phrase names as the sender of a noun of words or stance (SENT_FROM_TYPES),
    on the noun or on its "of" object as the parser often hangs it ("criticism of the plan from
    Labour"); a town or region is where words come from, not who sends them ("complaints from
    Leeds"), and a time no one ("threats from Monday on")."""
    if frame.type not in SENT_FROM_TYPES or "from" in frame.object_preps:
        return None, None
    for pobj in (p for h in (noun, *prep_objects(noun, "of")) for p in prep_objects(h, "from")):
        key = actor_of(pobj, res) or generic_actor(pobj, res)
        if key and key != exclude and entity_type(key, res) != "LOCATION":
            return key, pobj
    return None, None


def handing_owner(noun, frame, res, exclude: str | None = None) -> tuple[str | None, object]:
    """Who gives the aid a noun names when the noun is the "of" phrase of a noun of handing over,
    owned by an actor: "Rome's provision of a loan to the carrier", "Japan's delivery of aid"."""
    if frame.type != "AID" or not handing_head(noun):
        return None, None
    for owner in (c for c in noun.head.head.children if c.dep_ == "poss"):
        key = actor_of(owner, res)
        if key and key != exclude:
            return key, owner
    return None, None


def handing_head(noun) -> tuple:
    """The noun of handing over whose "of" phrase `noun` is ("the provision of a loan"), which also
    carries the aid's recipient ("the provision of a loan to the carrier"); else ()."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in HANDING_OVER:
        return (prep.head,)
    return ()
