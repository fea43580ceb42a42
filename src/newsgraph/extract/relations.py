"""Standing relations stated by roles: titles ("Israel's Prime Minister Benjamin Netanyahu"),
appositions ("the head of Hezbollah, Hassan Nasrallah"), copulas ("X is the founder of Y") and
wings ("the Qassam Brigades, Hamas's military wing")."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_of_token
from .frames import Candidate


def role_of(tok, lex) -> str | None:
    """LEADERSHIP or AFFILIATION for a role noun ("founder", "military wing", "Prime Minister")."""
    # the form, then a common plural's lemma: "members of the gang" hold the role "member"
    # (not a name's: "Three Kings" is a film)
    words = [tok.lower_] + ([tok.lemma_.lower()] if tok.tag_ == "NNS" and tok.is_lower else [])
    if tok.i > 0:
        words.insert(0, f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
    for w in words:
        if w in lex.leadership_roles:
            return "LEADERSHIP"
        if w in lex.affiliation_roles:
            return "AFFILIATION"
    return None


def role_org(role_tok, res: KnownActors, person: str) -> tuple[str | None, object]:
    """The organisation or country a role belongs to: "founder of Y", "Israel's Prime Minister",
    "Israeli Defence Minister", "Hamas's military wing"."""
    for c in role_tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "in"):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    key = actor_of(pobj, res)
                    if key and key != person:
                        return key, pobj
    for c in role_tok.lefts:
        for t in c.subtree:
            key = entity_of_token(t, res)
            if key and key != person:
                return key, t
    return None, None


def is_person(key: str | None, res: KnownActors) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type == "PERSON"


def is_org(key: str | None, res: KnownActors) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type in ("ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY")


# verbs that state a role of their subject: "X is the founder of Y", "X became president of Y"
COPULAS = frozenset({"be", "become", "remain"})
# Titles that, alone, say which country a person leads ("President al-Sisi", "King Abdullah").
HEAD_OF_STATE = words("head_of_state_titles")


def relation_events(tokens, res: KnownActors, lex, gaz=None) -> Iterator[Candidate]:
    """Standing relations stated by roles: titles, appositions and copulas."""
    for tok in tokens.nouns:
        rel = role_of(tok, lex)
        if rel is None:
            continue
        holder = holder_tok = None
        # apposition: "the commander of X, Shadi al-Menei" / "Shadi al-Menei, the commander of X"
        for c in tok.children:
            if c.dep_ == "appos":
                key = entity_of_token(c, res)
                if key:
                    holder, holder_tok = key, c
        if holder is None:
            # "the head of Hezbollah, Hassan Nasrallah": the apposition hangs on the organisation
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        for c in pobj.children:
                            key = entity_of_token(c, res) if c.dep_ == "appos" else None
                            if key and is_person(key, res):
                                holder, holder_tok = key, c
        if holder is None and tok.dep_ == "appos":
            key = entity_of_token(tok.head, res)
            if key:
                holder, holder_tok = key, tok.head
        # copula: "X is the founder of Y"
        if holder is None and tok.dep_ in ("attr",) and tok.head.lemma_ in COPULAS:
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    holder, holder_tok = actor_of(c, res), c
        # title: "Israel's Prime Minister Benjamin Netanyahu" (role is a compound of the name)
        if holder is None and tok.dep_ == "compound":
            key = entity_of_token(tok.head, res)
            if key and is_person(key, res):
                holder, holder_tok = key, tok.head
        if holder is None:
            continue
        if rel == "LEADERSHIP" and not is_person(holder, res):
            continue
        org, org_tok = role_org(tok, res, holder)
        if org is None and holder_tok is not None and tok.dep_ == "compound":
            for t in holder_tok.lefts:
                for s in t.subtree:
                    key = entity_of_token(s, res)
                    if key and key != holder and not is_person(key, res):
                        org, org_tok = key, s
                        break
                if org:
                    break
        if org is None and rel == "LEADERSHIP" and tok.dep_ == "compound" and tok.lower_ in HEAD_OF_STATE:
            # "President al-Sisi": a head of state's title names the country the person belongs to
            actor = gaz.actors.get(res.entities[holder].country or "") if gaz is not None else None
            if actor is not None and actor.type == "COUNTRY":
                org = actor.key
                res.add_actor(actor)
        if org is None or not (is_org(org, res) or res.entities.get(org) is None):
            continue
        yield Candidate(rel, tok, holder, org, holder_tok, org_tok, None, tok)
