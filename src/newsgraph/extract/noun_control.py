"""Who acts in an infinitive that hangs on a noun of trying or setting out to act: "Russia's attempt
to seize the airport", "a drive by the Kremlin to rein in the oligarchs", "Hamas made an attempt to
seize the crossing". The noun's owner does what it tried or set out to do."""
from __future__ import annotations

from ..wordlists import words

ACTING_INTENT = words("acting_intent_nouns")
INTENT_MAKERS = words("intent_making_verbs")
RANKS = frozenset(words("series_rank_words")) | frozenset(words("sole_rank_words"))
PLANS = frozenset(words("decision_nouns")) | frozenset(words("owned_plan_nouns"))
# names of actors: an owner that is one, and another side the infinitive names ("to Poland", "German diplomats")
ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# prepositions of where or in what, whose names are no side ("ban transactions in US dollars in Cuba")
PLACE_PREPS = words("noun_control_place_preps")
# modifiers that name the noun's owner: "the Russian offensive", "a Hamas attempt", "the UN mission"
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def noun_controller(verb):
    """The token naming who acts in `verb`, an infinitive on a noun of intent or attempt: the noun's
    possessor, its "by" agent or a name before it; else the verb whose object the noun is when that
    verb makes the noun its subject's own ("launched a bid to"), or whose purpose "in order to" gives;
    None otherwise."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    noun = verb.head
    if (ranked := ranked_doer(noun)) is not None:
        return ranked
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLANS:
        return planner(noun, verb)
    if noun.lower_ == "order" and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head   # "used emergency powers in order to detain X": a purpose, the clause's own
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ACTING_INTENT:
        return None
    owner = named_owner(noun, verb)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in INTENT_MAKERS:
        owner = noun.head
    return owner


def named_owner(noun, verb):
    """Who the noun of an infinitive `verb` belongs to: its possessor, not a pronoun ("its efforts to ..." was as
    often another's, left to the usual reading), else its "by" phrase before the infinitive ("a drive by the
    Kremlin to"), else a name before it ("the US decision to", "a Hamas attempt to"); None otherwise."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        owner = next((p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i < verb.i
                      for p in c.children if p.dep_ == "pobj"), None)
    if owner is None:
        owner = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in OWNER_LABELS), None)
    return owner


def ranked_doer(noun):
    """The copula's subject when `noun` is a predicate noun ranked first, last or alone among those who did
    its infinitive: "Lithuania was the first country to expel Russia's envoy", "Kenya is the only state to
    reject the plan", "Qatar was one of the few states to host them"; else None. Without the rank it is a
    prospect ("is the favourite to win")."""
    def ranked(n):
        return n.pos_ == "NOUN" and any(m.dep_ == "amod" and (m.ent_type_ == "ORDINAL" or m.tag_ == "JJS"
                                                              or m.lower_ in RANKS) for m in n.lefts)
    predicate = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        predicate = noun.head.head   # "one of the few states to"
    if noun.lower_ == "one":   # the parser hangs the infinitive on "one"
        listed = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        noun = listed[0] if listed else noun
    if not ranked(noun) or predicate.dep_ != "attr" or predicate.head.lemma_ != "be":
        return None
    return next((c for c in predicate.head.children if c.dep_ == "nsubj"), None)


def planner(noun, verb):
    """The named owner of a decision, move, plan, offer or pledge whose infinitive acts on another named side:
    "Moscow's decision to expel 20 German diplomats", "Washington's plans to deploy troops to Poland" (a plan's
    act stays possible: attribution). The owner is the noun's `named_owner`, a name of an actor; an infinitive naming no other side is left alone: on bench text
    those were as often acts of no news ("the decision to stand down", "the move to approve the legislation")."""
    owner = named_owner(noun, verb)
    if owner is None or owner.ent_type_ not in ACTOR_LABELS:
        return None
    sides = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    sides += [p for c in verb.children if c.dep_ == "prep" and c.lower_ not in PLACE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    named = any(t.ent_type_ in ACTOR_LABELS and not placed(t, s) for s in sides for t in s.subtree)
    return owner if named else None


def placed(tok, side) -> bool:
    """Whether `tok` lies under a preposition of place or means inside the phrase `side`."""
    while tok.i != side.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            return True
        tok = tok.head
    return False
