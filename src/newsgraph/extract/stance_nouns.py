"""A side's stance stated by a noun of the one who holds it: "Mr Blair has been a leading advocate
of Turkish membership", "the US is a strong supporter of aid to Turkey", "Ms Lee, a fierce critic of
the government, said ...". The holder (the subject of "be", "become" or "remain", or the phrase the
noun is in apposition to) supports, criticises or opposes the side the noun's "of" phrase names,
directly ("a critic of the government") or as the owner or beneficiary of what it names ("Turkish
membership", "aid to Turkey"). A noun with a compound ("a film critic", "Chelsea supporters") names a
trade or a fan, and a former holder no longer holds the stance. Holders may go unnamed as the subject
of a verb of saying: "critics of the plan say it will fail" (the critics, described)."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import table, words
from .actors import KnownActors
from .arguments import actor_of, actors_of, entity_of_token, generic_actor
from .frames import Candidate
from .legal_sides import described_party

STANCE_HOLDERS = table("stance_holder_nouns")
FORMER = words("former_words")
COPULAS = words("copulas")
# verbs by which unnamed holders state their stance
SAYING = words("stance_saying_verbs")
# what an event or policy is for or about: "aid to Turkey", "support for Kyiv", "talks with Iran"
BENEFICIARY_PREPS = words("stance_nouns_beneficiary_preps")


def stance_noun_events(tokens, res: KnownActors) -> Iterator[Candidate]:
    for noun in tokens.nouns:
        kind = STANCE_HOLDERS.get(noun.lemma_.lower())
        if kind is None or any(c.dep_ == "compound" or c.lower_ in FORMER for c in noun.children):
            continue
        holder = holder_of(noun)
        held = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is None and unnamed_holders(noun) and (held or owner is not None):
            holder = noun   # "critics of the plan say it will fail", "Blair's critics say": the critics, unnamed
            held = held or [owner]
        if holder is None or not held:
            continue
        okey, otok = side_named(held[0], noun, res)
        if okey is None:
            continue
        holders = actors_of(holder, res) if holder is not noun else [(
            generic_actor(noun, res) or described_party(noun, res), noun)]
        for skey, stok in holders:
            if skey != okey:
                yield Candidate(kind, noun, skey, okey, stok, otok, None, holder_verb(noun))


def unnamed_holders(noun) -> bool:
    """Critics left unnamed as the subject of a verb of saying: "critics of the plan say", "Blair's critics
    argue" (not "the critics", who refer back to holders named before). Only critics: what critics say is
    their criticism, while supporters or opponents may say anything ("supporters of the president said
    police had shot two protesters"); and only a saying with no object of its own ("Blair's critics
    accused the BBC of bias" accuses the BBC, not Blair)."""
    return noun.dep_ == "nsubj" and noun.tag_ == "NNS" and STANCE_HOLDERS.get(noun.lemma_.lower()) == "ACCUSE" \
        and noun.head.lemma_.lower() in SAYING and not any(c.dep_ == "det" for c in noun.children) \
        and not any(c.dep_ == "dobj" for c in noun.head.children)


def holder_of(noun):
    """Who the stance noun is said of: the subject of a copula it completes, or the phrase it is in
    apposition to."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "appos":
        return noun.head
    return None


def holder_verb(noun):
    """The clause that carries the stance's attribution: the copula, or the noun's own phrase."""
    return noun.head if noun.dep_ == "attr" else noun


def side_named(tok, noun, res: KnownActors) -> tuple[str | None, object]:
    """The side an "of" phrase names: its own actor, or the actor owning or receiving what it names
    ("Turkish membership", "Britain's bid", "aid to Turkey", where the parser may hang "to Turkey" on
    the stance noun). Not whom it is against: "a proponent of sanctions against Russia" backs no Russia."""
    key = actor_of(tok, res) or generic_actor(tok, res)
    if key:
        return key, tok
    near = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    near += [p for h in (tok, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS
             and c.i > tok.i for p in c.children if p.dep_ == "pobj"]
    for t in near:
        key = entity_of_token(t, res)
        if key:
            return key, t
    return None, None
