"""Attacks a story names again by a bare noun once it has told them: "A fired accountant shot three
people ... The shooting occurred about 10 a.m.", "was expected to be charged Tuesday in the shooting",
"Monday's shooting follows two last week". News names the attacker once and then says "the attack",
"the bombing", "the murders"; such a noun, definite or dated by its day and with no side of its own,
is the story's attack. It becomes an attack with no sides here; the one charged for it
(accused_acts.charged_actor) or the story's attacker (story_attackers) is its attacker, and one that
gets no attacker is no event ("the shooting" alone says nothing of who did it)."""
from __future__ import annotations

from ..wordlists import words
from .accused_acts import charging_verb
from .arguments import VERBAL
from .frames import Candidate, noun_frame, thing_acted_on

# nouns a story uses for an attack it has told (a lexicon ASSAULT noun besides)
NOUNS = words("story_attack_nouns")
# "hours after the shooting", "before the attack": the attack only dates something else
DATING = words("attack_dating_preps")
DEFINITE = words("definite_determiners")


def bare_attack_nouns(tokens, candidates: list[Candidate], lex) -> list[Candidate]:
    """Attack candidates, with no sides yet, for the story's bare attack nouns: not in a sentence
    whose attack is already a candidate (the noun is that attack), nor one with a target or doer of
    its own ("the attack on the base", "a pirate attack": the nominal events state those). One a
    charge holds someone to ("accused in Kraft plant shootings") needs no article: the charge points."""
    told = {c.trigger.sent.start for c in candidates if c.type == "ASSAULT"}
    taken = {c.trigger.i for c in candidates}
    found = []
    for noun in tokens.nouns:
        if noun.i in taken or noun.lemma_.lower() not in NOUNS or noun.sent.start in told:
            continue
        frame = noun_frame(noun, lex)
        if frame is None or frame.type != "ASSAULT" or frame.symmetric:
            continue
        charged = charging_verb(noun) is not None    # "charged with her murder": whose, the charge says
        if not charged and (not referring(noun) or thing_acted_on(noun, frame) is not None or own_doer(noun)):
            continue
        anchor = noun.head if noun.head.pos_ in VERBAL else noun
        found.append(Candidate("ASSAULT", noun, None, None, None, None, frame, anchor))
    return found


def referring(noun) -> bool:
    """A noun that points back to an attack told before: definite ("the shooting", "the murders") or
    dated by its day ("Monday's shooting"), and not one that only dates something else ("after the
    attack")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in DATING:
        return False
    days = [d for d in noun.children if d.dep_ == "poss" and d.ent_type_ in ("DATE", "TIME")]
    return bool(days) or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children)


def own_doer(noun) -> bool:
    """A possessor or a modifier other than a place or a day may name a doer of its own ("his
    rampage", "the police shooting"): that is for the nominal events and their attackers, not this."""
    return any(d.dep_ == "poss" and d.ent_type_ not in ("DATE", "TIME") for d in noun.children) or any(
        d.dep_ in ("compound", "amod") and d.ent_type_ in ("PERSON", "NORP", "ORG") for d in noun.children)
