"""Definite descriptions of a body met by name (resolve/coref.py runs them in text order):

- "the group", "the Palestinian terrorist group" (a demonym must agree with the antecedent's
  country), "the Sinai group" (a name word must be in the antecedent's names), "the country", "the
  army", "the newspaper", "the ex-official": the most recent actor of a type the head noun fits;
- affiliates: "Hamas's military wing", "the jihadist group's Sinai affiliate" -> the gazetteer
  affiliate of the owner matching the modifier.

A demonym needs the antecedent's country, or, for a body no record gives one, the country the words before
its name tie it to ("Spain's Ferrovial ... the Spanish group": `told_country`). Numbered or plural descriptions
("the two countries") are left unresolved.
"""
from __future__ import annotations

from ..wordlists import table, words
from .clause_subjects import clause_subject_keys
from .gazetteer import Gazetteer
from .names import fold
from .resolution import ResolutionDraft, entity_for_actor
from .they_pronouns import UNNAMED

# head noun of a definite description -> the types it can refer to
DESCRIPTIONS = {word: set(types) for word, types in table("descriptions").items()}
AFFILIATE_NOUNS = words("affiliate_nouns")
# modifiers that do not restrict the antecedent ("the fellow terrorist group")
NEUTRAL = words("neutral")
# how many sentences back a description looks
DESCRIPTION_WINDOW = 4
# people who comment on a firm for another ("JP Morgan analyst Ann Roe"): their employer is no firm told of
COMMENTATORS = words("commentator_nouns")


def _names_of(res: ResolutionDraft, gaz: Gazetteer, key: str) -> set[str]:
    ent = res.entities.get(key)
    names = {fold(n) for n in (ent.aliases | {ent.name})} if ent else set()
    if key.startswith("gaz:") and key[4:] in gaz.actors:
        names |= {fold(n) for n in gaz.actors[key[4:]].names}
    return names


def description_constraints(tok, gaz: Gazetteer) -> tuple[str | None, list[str], bool]:
    """(country a demonym requires, name words required, rejected) for a description's modifiers."""
    country, words = None, []
    for c in tok.lefts:
        if c.dep_ == "det":
            continue
        if c.dep_ == "nummod" or c.lower_ in ("two", "three", "both", "several", "other", "another", "many"):
            return None, [], True
        if c.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
            continue
        if c.lower_ in NEUTRAL:
            continue
        demonym = gaz.country_of_demonym(c.text) if c.text[:1].isupper() else None
        if demonym is not None:
            country = demonym.id
        elif c.pos_ == "PROPN" or c.text[:1].isupper():
            words.append(fold(c.text))
        else:
            return None, [], True     # "the armed wing", "the opposition group": a restriction we cannot check
    return country, words, False


def definite(tok) -> bool:
    """'the group', 'this organisation', 'the ex-official' (whose article the parser may misplace)."""
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return True
    i = tok.i - 1
    while i >= 0 and tok.doc[i].lower_ in NEUTRAL:
        i -= 1
    return i >= 0 and i < tok.i - 1 and tok.doc[i].lower_ in ("the", "this", "that")


def commentators_firm(tok) -> bool:
    """A name written as the employer of one who comments ("JP Morgan analyst Ann Roe said", "Lenwood
    Bank's economist", "an analyst at Lenwood Bank"): the story's source, not the firm it tells of."""
    owned = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "with", "from") else \
        tok.head if tok.dep_ in ("compound", "poss", "nmod") else None
    if owned is None:
        return False
    nouns = [owned, *(c for c in owned.children if c.dep_ == "compound")] if owned.pos_ == "PROPN" else [owned]
    return any(n.lemma_.lower() in COMMENTATORS for n in nouns)


def resolve_description(tok, ants, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    types = DESCRIPTIONS[tok.lemma_.lower()] if tok.lemma_.lower() in DESCRIPTIONS else DESCRIPTIONS[tok.lower_]
    country, words, rejected = description_constraints(tok, gaz)
    if rejected:
        return None
    exclude = clause_subject_keys(tok, res) if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    for c in ants.recent(tok.i, DESCRIPTION_WINDOW):
        if not c.key or c.key in exclude or c.key.startswith(UNNAMED) or commentators_firm(tok.doc[c.token]):
            continue    # "the group" names a group met by name, not "gunmen" or "a man", nor an analyst's employer
        ent = res.entities.get(c.key)
        if ent is None or ent.type not in types:
            continue
        if country and ent.country != country and not (ent.country is None and told_country(c.key, tok.doc, res, gaz) == {country}):
            continue
        if words:
            names = _names_of(res, gaz, c.key)
            if not all(any(w in n.split() for n in names) for w in words):
                continue
        return c.key
    return None


def told_country(key: str, doc, res: ResolutionDraft, gaz: Gazetteer) -> set[str]:
    """The countries the words before a body's names tie it to, where no record gives it one: a country's
    possessive ("Spain's Ferrovial"), a demonym ("Spanish builder Ferrovial") or a capital it is based in
    ("Madrid-based Ferrovial"); what "the Spanish group" then may refer to."""
    found = set()
    for head in (i for i, k in res.mention_head.items() if k == key and i < len(doc)):
        for t in (t for t in doc[head].subtree if t.i < head and res.token_entity.get(t.i) != key):
            owner = res.entities.get(res.token_entity.get(t.i, "")) if t.dep_ == "poss" else None
            if owner is not None and owner.type == "COUNTRY":
                found.add(owner.country)
            elif t.text[:1].isupper() and (actor := gaz.country_of_demonym(t.text)) is not None:
                found.add(actor.id)
            elif t.i + 1 < head and doc[t.i + 1].lower_ in ("-", "based") and (actor := gaz.country_of_capital(t.text)):
                found.add(actor.id)
    return found


def resolve_affiliate(tok, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    """"Hamas's military wing", "the jihadist group's Sinai affiliate": the owner's affiliate."""
    owner = None
    for c in tok.children:
        if c.dep_ == "poss":
            owner = res.actor_at(c.i)
    if not owner or not owner.startswith("gaz:"):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in NEUTRAL]
    word = " ".join(c.lower_ for c in mods) if mods else ""
    if not word:
        return None
    actor = gaz.child(owner[4:], f"{word} {tok.lower_}") or gaz.child(owner[4:], word)
    if actor is None:
        return None
    res.entities.setdefault(actor.key, entity_for_actor(actor))
    return actor.key
