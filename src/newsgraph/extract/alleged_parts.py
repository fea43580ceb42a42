"""A party's part in a wrong named by a noun that a hedge marks as alleged (PLOVER ACCUSE, mode
allege): "the prosecutor cited Syria's alleged involvement in the assassination", "police questioned
the banker over his suspected links to the cartel", "explaining the alleged complicity of the army".
The party whose part it is (the possessor, or the "of" phrase) is accused; the accuser is the
subject of the verb that holds the phrase (the one who cites, explains or questions), else nobody
named, as "X is alleged to have ..." is (allegations.py). Who denies or dismisses the part ("Iran
denied its alleged involvement", "Moscow rejected Iran's alleged role") accuses nobody: the denial is
statements.py's. A pronoun owner is left out, as allegations.py leaves it (coreference too often
misses whom "his" stands for). The words are data: data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .allegations import denying
from .arguments import VERBAL, actors_of, subject_token
from .frames import Candidate, subjects_of
from .lexicon import Frame

ACCUSE = Frame(type="ACCUSE")
PARTS = words("alleged_part_nouns")
HEDGES = words("alleged_hedges")
# what clears the party rather than charging it: "found no evidence of its alleged role"
CLEARING = words("alleged_parts_clearing")


def alleged_part_events(tokens, res: KnownActors) -> Iterator[Candidate]:
    """ACCUSE candidates of "X's alleged involvement in", "the suspected links of X to"."""
    for noun in tokens.nouns:
        if noun.lemma_.lower() not in PARTS and noun.lower_ not in PARTS:
            continue
        if not any(c.dep_ in ("amod", "advmod") and c.lower_ in HEDGES for c in noun.children):
            continue
        accused = owners(noun, res)
        verb, phrase = holding_verb(noun)
        if not accused or verb is not None and (denying(verb) or cleared(noun, phrase, verb)):
            continue
        # the one who cites or explains the part, not a subject the part itself is part of
        accusers = subjects_of(subject_token(verb), res) if verb is not None and phrase.dep_ not in (
            "nsubj", "nsubjpass") else []
        for okey, otok in accused:
            if not accusers:
                yield Candidate("ACCUSE", noun, None, okey, None, otok, ACCUSE, verb or noun)
            for skey, stok in accusers:
                if skey != okey:
                    yield Candidate("ACCUSE", noun, skey, okey, stok, otok, ACCUSE, verb)


def owners(noun, res: KnownActors) -> list[tuple[str, object]]:
    """The parties whose part the noun names: its possessor ("Syria's"), else its "of" phrase ("the
    involvement of the army"); never a pronoun."""
    held = [c for c in noun.children if c.dep_ == "poss"] or [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [(k, t) for h in held if h.pos_ != "PRON" for k, t in actors_of(h, res)]


def holding_verb(noun) -> tuple[object, object]:
    """(the verb that holds the noun's phrase, the phrase's top token): "cited X's alleged role"
    (cited, role), "arrested him over his alleged role" (arrested, over), "found no evidence of X's
    alleged role" (found, evidence); (None, top) when no verb holds it."""
    tok = noun
    while tok.head.i != tok.i and tok.head.pos_ not in VERBAL:
        tok = tok.head
    return (tok.head if tok.head.i != tok.i else None), tok


def cleared(noun, phrase, verb) -> bool:
    """A part the sentence denies or finds no proof of: "found no evidence of Syria's alleged role",
    "did not cite its alleged role"."""
    path, tok = [noun], noun
    while tok.i != phrase.i:
        tok = tok.head
        path.append(tok)
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.lower_ in CLEARING for t in path for c in t.children if c.dep_ in ("det", "neg", "prep"))
