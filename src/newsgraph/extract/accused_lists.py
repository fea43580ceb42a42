"""Those an act of law falls on, told without who brought it. Listed after a word for them: "Among
the accused were A, B and C", "Among those facing charges is A", "Those arrested include A and B":
each one listed is accused (PLOVER ACCUSE), held (COERCE) or sentenced (SANCTION), as the word says.
Or named by the charge itself: "the charges against A", "A, who faces fraud charges". The doer is
someone the sentence leaves unnamed (prosecutors, police, a court), as in "A was charged with fraud".
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, is_passive
from .frames import Candidate
from .refusals import COURTS

# who an act of law is on, as a noun: "the accused", "the defendants", "the suspects"
ACCUSED = words("listed_accused_nouns")
LISTED_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})
# the verbs that list: "among them were", "those charged include"
LISTING = words("accused_lists_listing")
# who the list is of, as the parser may leave it: "those", "people", "others" with a participle
LISTED_ROLES = ("nsubj", "nsubjpass", "attr", "dobj")


def listed_accused(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """An act-of-law candidate, unnamed doer, for each actor listed as one it falls on (module doc)."""
    for prep in tokens.preps:
        if prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
            continue
        word = next((o for o in prep.children if o.dep_ == "pobj"), None)
        yield from _listed(prep.head, word, lex, res, {prep.i})
    for verb in tokens.verbs:
        if verb.lemma_.lower() == "include":   # "those charged include A and B"
            word = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            yield from _listed(verb, word, lex, res, set())


def _listed(verb, word, lex, res: KnownActors, skip: set[int]) -> Iterator[Candidate]:
    found = act_of(word, lex) if word is not None else None
    if found is None:
        return
    trigger, frame = found
    skip.add(word.i)
    for tok in (c for c in verb.children if c.dep_ in LISTED_ROLES and c.i not in skip):
        for key, otok in actors_of(tok, res) + appositions(tok, res):
            yield Candidate(frame.type, trigger, None, key, None, otok, frame, verb)


def appositions(tok, res: KnownActors) -> list[tuple[str, object]]:
    """Names set beside a listed description: "a judge, Amadou Diallo"."""
    return [a for t in (tok, *tok.conjuncts) for x in t.children if x.dep_ == "appos" for a in actors_of(x, res)]


def act_of(word, lex):
    """The act a listing word names, with its frame: "the accused", "the defendants" (ACCUSE); "those
    charged", "those arrested" (the participle's verb); "those facing charges" (the noun faced, which
    the parser may make the head: "those facing charges" read as charges that face); None otherwise."""
    lemma = word.lemma_.lower()
    if lemma in ACCUSED or word.lower_ in ACCUSED:
        return word, lex.verbs.get("accuse")
    # a participle ("those charged") or a passive relative ("those who were charged"), not "those who
    # have criticised the plans": the ones listed did that themselves
    for part in (c for c in word.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ in ("acl", "amod") and not any(x.dep_ == "nsubj" for x in c.children)
            or c.dep_ == "relcl" and is_passive(c))):
        faced = _faced(part, lex) if part.lemma_.lower() == "face" else None
        if faced is not None:
            return faced
        frame = lex.verbs.get(part.lemma_.lower())
        if frame is not None and frame.type in LISTED_TYPES and part.tag_ == "VBN":
            return part, frame
    if any(c.dep_ == "amod" and c.lemma_.lower() == "face" for c in word.children):
        frame = lex.nouns.get(lemma)
        if frame is not None and frame.type in LISTED_TYPES:
            return word, frame
    return None


def _faced(verb, lex):
    """The charge or penalty faced: "facing charges", "facing trial"."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        frame = lex.nouns.get(noun.lemma_.lower())
        if frame is not None and frame.type in LISTED_TYPES:
            return noun, frame
    return None


def listed(c: Candidate) -> bool:
    """A candidate of this module: the one listed is on the act's own list, its doer goes unnamed."""
    verb = c.anchor
    return c.subject is None and verb is not None and c.object_tok is not None and verb.lemma_.lower() in LISTING \
        and c.trigger.i in {t.i for p in verb.children if p.dep_ in ("prep", "nsubj") for t in p.subtree}


def unnamed_accuser(c: Candidate) -> bool:
    """An accusation told from the accused's side, its accuser unnamed as in a passive: the charges
    "against" the one named ("the charges levelled against Mensah", "charges were filed against Mensah",
    "charges against two brokers were dropped"), faced by the one a relative clause is about ("Mensah, who faces fraud charges"), or
    brought by a court named by its role alone ("a grand jury indicted Mensah")."""
    tok, trigger = c.object_tok, c.trigger
    if c.type != "ACCUSE" or tok is None:
        return False
    if trigger.pos_ == "VERB":   # "a grand jury indicted Mensah": a court that names no one
        return c.subject is None and tok.dep_ == "dobj" and tok.head.i == trigger.i and any(
            x.dep_ == "nsubj" and x.lemma_.lower() in COURTS for x in trigger.children)
    if trigger.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "against":
        if tok.pos_ == "PRON":
            return False   # "the allegations against him": whom, coreference too often gets wrong
        bearer = tok.head.head   # "the charges against A", "charges levelled against A", "charges were filed against A"
        return bearer.i == trigger.i or bearer.dep_ == "acl" and bearer.head.i == trigger.i \
            or trigger.dep_ == "nsubjpass" and trigger.head.i == bearer.i
    if tried_one(c):
        return True
    anchor = c.anchor if c.anchor is not None else trigger
    return anchor.dep_ == "relcl" and anchor.head.i == tok.i and trigger.head.i == anchor.i and any(
        x.dep_ == "nsubj" and x.lower_ in ("who", "which", "that") for x in anchor.children)


def tried_one(c: Candidate) -> bool:
    """The one a noun of prosecution is of, named: "the trial of Kofi Mensah began", "Mensah's trial resumed",
    "the impeachment of the president" (nouns.yaml patient_of); the prosecutors or the chamber go unnamed.
    A pronoun is left to other rules, as "the allegations against him" is."""
    tok, trigger = c.object_tok, c.trigger
    if c.frame is None or not c.frame.patient_of or tok.pos_ == "PRON":
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == trigger.i \
        or tok.dep_ == "poss" and tok.head.i == trigger.i
