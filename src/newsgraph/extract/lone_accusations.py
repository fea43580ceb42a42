"""Accusations that are news with one side: an accusation that names whom it accuses, and one made in law.

The sense judge keeps a lone stance only when it names a public matter or a person (extract/sense_cooperative.py
`one_sided`); an accusation's matter is its accused, who is often named by a word resolution makes no actor
of: a pronoun ("she is accused of killing two co-workers"), a number of people ("the three were charged
with fraud"), a body ("the bank was accused of rigging rates", "criticised the government"). And a charge,
an indictment or a lawsuit is an accusation in law whoever its other side (PLOVER ACCUSE: sue, allege):
"Apple has filed a lawsuit", "Mr Bondi has sued 49 banks". What is blamed is no accused ("blamed high fuel
prices for low sales"), nor what is investigated or complained of.
"""
from __future__ import annotations

from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .quantities import is_people
from .sense_words import lemma_in

ACCUSED_PRONOUNS = words("accused_pronouns")
BODIES = words("accused_bodies") | words("addressed_bodies") | words("generic_actors")
LEGAL_ACTS = words("legal_act_words")
# verbs whose object is by construction the accused when the charge follows ("accused X of Y", "charged X with Y")
CHARGE_PREPOSITIONS = {"accuse": "of", "suspect": "of", "charge": "with"}
# a suit brought: the verbs that bring one and the nouns of what they bring ("filed a lawsuit", "brought a
# case against", "launched legal action against"); "action" only as a legal one ("took action" is anything)
FILING = words("filing_verbs")
SUITS = words("suit_nouns")
LEGAL_MODIFIERS = words("legal_action_modifiers")
NOT_DONE = frozenset({"xcomp", "pcomp", "acl", "advcl", "csubj"})
# a suit that may or will be brought is not brought ("could sue", "would take legal action")
MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "can", "should", "must"})
# nouns of an accusation made: with their maker named they tell who accuses ("Ms Ruiz's allegations of bias",
# "a complaint by the residents' association", "criticism from the committee"); an inquiry or an
# investigation tells who looks into a matter, not that anyone is accused
MADE_ACCUSATIONS = words("lone_accusations_made_accusations")
# how the maker hangs on the noun or on the verb that makes it ("a complaint was made by X")
MAKER_PREPOSITIONS = words("doer_prepositions")
# the links inside one clause between an accusing verb, its accused and the charge ("accused its predecessor,
# led by X, of corruption", "accused the industry during the ceremony of snobbery"): no clause of its own
IN_CLAUSE = frozenset({"dobj", "nsubjpass", "prep", "pobj", "acl", "appos", "npadvmod", "conj", "punct", "agent"})


def accused_party(tok) -> bool:
    """A word that names someone: a person or group noun or name, a pronoun of persons, a number of
    people ("one was charged", "the nine"), a body ("the bank")."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ACCUSED_PRONOUNS
    return tok.pos_ in ("PROPN", "NUM") or tok.ent_type_ in ACTOR_LABELS or is_people(tok) or lemma_in(tok, BODIES)


def against(trigger) -> list:
    """Whom a noun of accusation is "against" ("a lawsuit against an unidentified individual")."""
    return [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children
            if o.dep_ == "pobj"]


def lone_accusation(c, things) -> bool:
    """An accusation that stands alone: it names its accused among `things` (what it acts on) or "against"
    whom it is, or it is made in law by a resolved side ("Apple filed a lawsuit")."""
    if c.type != "ACCUSE":
        return False
    if lemma_in(c.trigger, LEGAL_ACTS) and c.subject is not None:
        return True
    return any(accused_party(t) for t in (*things, *against(c.trigger))) or charged_party(c.trigger) or suit_brought(c) \
        or accusation_made(c)


def accusation_made(c) -> bool:
    """An accusation told by its noun with its maker named as the noun's owner or by "by" or "from"
    ("Ms Ruiz's allegations of bias were dismissed", "a complaint was made by the residents' association",
    "criticism from the committee"): who accuses is news though the accused is a description or unsaid.
    Not an allegation with no maker ("the allegations, which he denies") nor an inquiry (MADE_ACCUSATIONS)."""
    t, maker = c.trigger, c.subject_tok
    if c.type != "ACCUSE" or c.subject is None or maker is None or t.pos_ != "NOUN" \
            or t.lemma_.lower() not in MADE_ACCUSATIONS:
        return False
    while maker.dep_ == "compound" and maker.head.i != maker.i:
        maker = maker.head          # "Maria Lopez's": the name's head word owns the noun
    if maker.dep_ == "poss" and maker.head.i == t.i:
        return True
    prep = maker.head if maker.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in MAKER_PREPOSITIONS and prep.head.i in (t.i, t.head.i)


def suit_brought(c) -> bool:
    """A suit its named plaintiff has brought, whoever it is against: "Ms Okafor sued her former employer",
    "the family has filed a lawsuit", "brought a case against the council", "launched legal action against
    the hospital". A plaintiff is news with the defendant a description resolution makes no actor of; a suit
    vowed or foretold is a threat (legal_threats.py), one wanted, planned or denied ("plans to sue", "did not
    sue") is not brought, and "took action against" or "took the case" need not be law."""
    if c.type != "ACCUSE" or c.subject is None:
        return False
    t = c.trigger
    verb = t.head if t.pos_ == "NOUN" and t.dep_ == "dobj" else t
    if verb.pos_ != "VERB" or verb.dep_ in NOT_DONE or any(
            x.dep_ == "neg" or x.dep_ == "aux" and x.lower_ in MODALS | {"to"} for x in verb.children):
        return False
    if verb.lemma_.lower() == "sue":
        return True
    suits = [x for x in verb.children if x.dep_ == "dobj" and x.lemma_.lower() in SUITS]
    return verb.lemma_.lower() in FILING and any(brought(s, verb) for s in suits)


def brought(suit, verb) -> bool:
    """A noun of a suit that says it is one: "a lawsuit", "legal action", "a case" or "proceedings" against someone."""
    lemma = suit.lemma_.lower()
    if lemma == "action":
        return any(x.dep_ in ("amod", "compound") and x.lower_ in LEGAL_MODIFIERS for x in suit.children)
    return lemma in ("lawsuit", "suit") or bool(against(suit) or against(verb))


def charged_party(verb) -> bool:
    """A verb that names the charge takes the accused as its object, whatever word names it: "accused its
    predecessor of corruption", "accusing users of bad behaviour", "the developers were accused of breaking
    the rules" (a thing accused of a wrong is a maker's work: "accused the report of bias" criticises its makers)."""
    prep = CHARGE_PREPOSITIONS.get(verb.lemma_.lower())
    if prep is None or verb.pos_ != "VERB":
        return False
    accused = [x for x in verb.children if x.dep_ in ("dobj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN", "PRON")]
    # the charge hangs from the verb or, misparsed, from its object ("accused [its predecessor of corruption]")
    # or from a phrase between them ("accused its predecessor, led by X, of corruption")
    return bool(accused) and any(
        p.dep_ == "prep" and p.lower_ == prep and p.i > accused[0].i and any(o.dep_ in ("pobj", "pcomp") for o in p.children)
        and in_clause(p, verb) for p in verb.subtree)


def in_clause(tok, verb) -> bool:
    """Whether `tok` hangs under `verb` through phrases of its own clause only (IN_CLAUSE), not through a
    clause of another verb ("accused the firm, led by X, of ..." is one clause; "accused the firm that spoke of
    peace" or "accused X, saying Y of Z" is not)."""
    while tok.i != verb.i:
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBN"   # "its predecessor, led by X, of ...", misparsed
        if tok.dep_ not in IN_CLAUSE and not participle or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
