"""The parts of a noun phrase that name who is behind it: its possessors, its "by" agents, the objects
of its prepositions; and the verb of the clause that holds it."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

TRADE_FLOWS = words("trade_flow_nouns")
TRADE_PREPS = words("trade_flow_preps")


def possessors(noun) -> list:
    """Whose thing a noun names, the actor behind it: "an inquiry into Gazprom's dealings"; for "whose",
    the noun its relative clause is on ("a boy whose killing by police ...": the boy)."""
    return [relative_owner(c) or c for c in children(noun) if c.dep_ == "poss"]


def relative_owner(poss):
    """The noun a possessive relative pronoun stands for: "Hamas, whose attack on Israel ..." -> Hamas;
    None for any other possessor."""
    if poss.tag_ != "WP$":
        return None
    t = poss.head
    for _ in range(4):   # up to the relative clause: "whose killing sparked riots", "whose arrest he ordered"
        if t.dep_ == "relcl":
            # "relatives of Ahmed Ali, whose arrest ...": the person named last, where the parser hung the
            # clause on the noun that person's "of" phrase is on
            named = [p for p in prep_objects(t.head, "of") if p.ent_type_ == "PERSON" and p.i < poss.i]
            return named[-1] if named else t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def by_agents(noun) -> list:
    """The doers of a nominal event named with "by", whose own prepositions the parser often takes
    for the event's: "an attack by pirates on a cargo ship" ("on a cargo ship" under "pirates")."""
    return prep_objects(noun, "by")


def prep_objects(tok, prep: str) -> list:
    """The objects of tok's preposition `prep` ("allegations of abuse": of -> abuse)."""
    return [o for c in children(tok) if c.dep_ == "prep" and c.lower_ == prep for o in children(c) if o.dep_ == "pobj"]


# the prepositions that name who did what a clause or noun tells undergone: "criticism from MPs", "attacked by"
DOER_PREPS = words("doer_prepositions")


def doer_preps(*heads) -> list:
    """The "from"/"by" phrases (or passive agents) on any of the heads, in the heads' order."""
    return [c for h in heads for c in children(h) if c.dep_ in ("prep", "agent") and c.lower_ in DOER_PREPS]


def doer_phrase(*heads):
    """The first object of a "from"/"by" phrase on the heads ("came under fire from rebels",
    "faced criticism by MPs"), or None."""
    return next((p for c in doer_preps(*heads) for p in children(c) if p.dep_ == "pobj"), None)


def passive_agent(verb):
    """The object of a passive verb's "by" agent ("was organised by the union": the union), or None."""
    return next((p for c in children(verb) if c.dep_ == "agent" for p in children(c) if p.dep_ == "pobj"), None)


def trade_partners(noun) -> list:
    """The party goods go to or come from, when a noun names that trade: "arms exports to China",
    "oil imports from Russia" (China, Russia); none for other nouns."""
    if noun.lemma_.lower() not in TRADE_FLOWS:
        return []
    return [o for prep in TRADE_PREPS for o in prep_objects(noun, prep)]


def clause_verb(tok):
    """The verb whose clause holds `tok` (its nearest verb above): a work of the shot's own clause is what
    was shot ("shot for the cover"), one of another clause is no sign of it ("shot after threats about
    his film"); "pleaded guilty to her murder": pleaded."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


# words that give a noun's value: "a deal worth $2bn", "a settlement totalling $375m", "an order valued at"
VALUING = words("noun_phrases_valuing")


def valued(noun) -> list:
    """The words giving a noun's value ("a deal worth $2bn with China Mobile", "a settlement totalling $375m
    with the bank"), on which the parser hangs a phrase that belongs to the noun: its partner's "with"."""
    return [c for c in children(noun) if c.dep_ in ("amod", "acl") and c.lemma_.lower() in VALUING]
