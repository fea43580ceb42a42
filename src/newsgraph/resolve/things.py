"""When "it" cannot be an actor: the patient of a verb that takes things ("no terms were disclosed,
but it is expected to be completed soon", "the film ... it was screened"), and the antecedent a
noun phrase offers when a name only modifies a thing ("A National Audit Office report ... It says
there is little evidence": the report, not the office). Word lists: data/lexicon/words/resolve.yaml
(thing_verbs, standing_heads; body_heads, war_means and the person nouns in actors.yaml)."""
from __future__ import annotations

from ..wordlists import table, words

THING_VERBS = words("thing_verbs")
STANDING_HEADS = (words("standing_heads") | frozenset(table("descriptions")) | words("company_kinds")
                  | words("body_heads") | words("war_means") | words("individual_nouns") | words("office_nouns")
                  | words("described_side_nouns"))
PLEONASTIC = words("pleonastic")
TRADED_STOCK = words("traded_stock_nouns")


def _thing_verb(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in THING_VERBS


def takes_a_thing(tok) -> bool:
    """Whether the pronoun `tok` is the patient of a verb that takes things: its object, its passive
    subject, or the subject of a verb whose passive complement is one ("it is expected to be
    completed")."""
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and _thing_verb(verb):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        for x in verb.children:
            if x.dep_ == "xcomp" and _thing_verb(x) and any(c.dep_ == "auxpass" for c in x.children):
                return True
    return False


def stands_for_owner(tok) -> bool:
    """Whether a common noun a name modifies stands for the name's body ("the Hamas leadership")
    rather than for a thing of it ("the NAO report"): only the first may be what "it" refers to."""
    return tok.pos_ != "NOUN" or tok.lemma_.lower() in STANDING_HEADS or tok.lower_ in STANDING_HEADS


def traded_owners(tok) -> list:
    """The phrases that may name whose stock the subject `tok` is ("Shares in Vodrex", "Vodrex's shares",
    "Vodrex stock"; the parser may put the name beside the shares: "Shares in UK bank Vodrex"): the moves of
    a firm's shares are told as its news, so a later "it" may take the firm."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.lemma_.lower() not in TRADED_STOCK:
        return []
    out = []
    for c in tok.children:
        if c.dep_ in ("compound", "poss") and c.i < tok.i or c.dep_ == "appos":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("in", "of"):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


# entity labels of nouns that measure rather than name a thing ("fined it £5m", "for a while")
_MEASURES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def thing_in_the_way(pronoun, noun) -> bool:
    """Whether `noun`, a phrase that is no actor met between an actor and the object "it" at
    `pronoun`, is the thing that "it" more likely takes: a singular common noun of the same sentence
    (not one that stands for a body or a person, nor a measure) that is a verb's object, the object
    of a preposition on a verb or an adjective, or the main verb's subject ("Gupta mulled the offer
    but turned it down", "the firm is looking over its tape and will hand it over", "The venue
    became so famous that police raided it"). An "it" a verb sends on to act ("ordered it to pay")
    stays an actor's."""
    if pronoun.dep_ != "dobj" or any(c.dep_ in ("xcomp", "ccomp") for c in pronoun.head.children):
        return False
    if noun.sent.start != pronoun.sent.start or noun.pos_ != "NOUN" or noun.tag_ != "NN" \
            or noun.ent_type_ in _MEASURES or stands_for_owner(noun):
        return False
    # the subject of a reported clause is that clause's matter, not the story's ("X said the decision
    # was taken because no one would fund it": X)
    # a second object the parser made a small clause of ("made Teixeira an offer ... pulled it back") is one too
    argument = noun.dep_ == "dobj" or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT" \
        or noun.dep_ == "ccomp" and noun.head.pos_ == "VERB" and any(d.dep_ == "det" for d in noun.lefts)
    verb = noun.head if argument else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or not argument and verb.pos_ not in ("VERB", "ADJ"):
        return False
    return verb.i != pronoun.head.i   # a phrase on its own verb is not it ("In a bold stroke, he denounced it")


def is_pleonastic(tok) -> bool:
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("be", "become", "seem", "appear", "remain", "take"):
        for c in head.children:
            if c.dep_ in ("attr", "acomp", "oprd") and (c.lemma_.lower() in PLEONASTIC or c.lower_ in PLEONASTIC):
                return True
            if c.dep_ == "acomp" and any(g.lower_ in PLEONASTIC for g in c.subtree):
                return True
    if tok.dep_ == "nsubjpass" and head.lemma_.lower() in PLEONASTIC:
        return True
    # "It will be up to the Commission to decide": whoever it is up to is named after it, no actor before
    return tok.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.lower_ == "up" and any(g.lower_ == "to" for g in c.children) for c in head.children)


# the prepositions of a court that is where a case goes, not a party: "took the firm to court",
# "appeared in court", "settled out of court"
VENUE_PREPS = words("things_venue_preps")


def court_as_venue(tok) -> bool:
    """Whether `tok` is "court" as a place a case goes, without article or name ("took Acme to court
    to force it to pay", "went to court"): no antecedent of a later "it", which is a party's."""
    return tok.lower_ == "court" and tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS \
        and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children)
