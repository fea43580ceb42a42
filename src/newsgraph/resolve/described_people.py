"""Definite descriptions of a person named earlier: news names someone once and then writes "the
33-year-old", "the singer", "the former sprinter" ("Michelle Collins has lodged an appeal ... The
33-year-old received the ban"). resolve/coref.py runs this in text order, as it runs pronouns.

A description is "the"/"this"/"that" with a singular head that is an age ("the 33-year-old") or a
noun of a person's calling or standing (words/resolve.yaml: person_description_nouns), with no
modifier but an age and the neutral words ("the former singer") and none after the noun: "the Chelsea
striker", "the young player", "the former star of the drama" say which one by something we do not check,
and stay as they are.

It refers to a person the story has named (never a described one, nor a name the recogniser typed a
person that the text tells of as a club or firm, nor one the description could not be in its clause:
`bound`); not in a quotation, where "the goalkeeper" is often no one of the story:
- with an age, to the one person the text gives that age ("Collins, 33,", "33-year-old Collins")
  when there is one, and to no one when there are several; a person given another age is never it;
- else to the named people of the nearest sentence (the same, before the description, or up to
  WINDOW before) holding any: the one, or of two their one subject; two people and no one subject,
  or three or more, leave it unresolved (a wrong person is worse than none). A noun that says the person's sex ("the
  actress") takes only a person known to be of it (no name list says whether "Ben" is a man).

A description the resolver already made a described person of ("PERSON:#..:singer") is made a mention
of the named person (`repoint`), unless that described person was met before without "the" ("a singer
... the singer" stays the unnamed singer).
"""
from __future__ import annotations

import re

from ..quotes import in_quote
from ..wordlists import ordered, words
from .org_descriptions import body_kinds
from .resolution import ResolutionDraft

NOUNS = words("person_description_nouns")
NEUTRAL = words("neutral")
FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")
AGE = re.compile(r"^(\d{1,3})-year-old$")
# how many sentences before the description's own a named person may stand
WINDOW = 3
DESCRIBED = "PERSON:#"   # the key prefix of a person known only by a description (resolve/participants.py)
DEFINITE = ordered("described_people_definite")


def age_of(tok) -> str | None:
    """The age an "N-year-old" whose last token is `tok` ("old") states, or None."""
    start = tok.i - 4
    if start < 0:
        return None
    found = AGE.match(tok.doc[start:tok.i + 1].text.replace(" ", ""))
    return found.group(1) if found else None


def description_of(tok) -> tuple[str | None, str | None] | None:
    """(age, head noun) of a definite singular description of a person headed by `tok` ("the
    33-year-old" -> ("33", None), "the former singer" -> (None, "singer"), "the 31-year-old
    sprinter" -> ("31", "sprinter")), or None when `tok` heads no such description."""
    if tok.dep_ in ("compound", "attr", "appos", "npadvmod", "amod", "poss") or not tok.text.islower():
        return None   # "X is the singer", "Jackson, the singer,": a name's description, no reference
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return None   # "the singer Kylie Minogue": the name says who
    age, noun = None, None
    if tok.lower_ == "old":
        age = age_of(tok)
        if age is None:
            return None
        skip = set(range(tok.i - 4, tok.i))
    elif tok.tag_ == "NN" and tok.lemma_.lower() in NOUNS:
        noun, skip = tok.lemma_.lower(), set()
    else:
        return None
    det = False
    for c in tok.lefts:
        if c.i in skip:
            continue
        if c.dep_ == "det" and c.lower_ in DEFINITE:
            det = True
        elif noun and c.dep_ in ("amod", "compound", "nmod") and c.text.endswith("old") \
                and (a := age_of(c)) is not None:
            age = a        # "the 31-year-old sprinter"
            skip |= set(range(c.i - 4, c.i))
        elif c.lower_ not in NEUTRAL and c.i not in skip:
            return None    # "the Chelsea striker", "his lawyer", "a singer": not ours to say who
    if any(c.dep_ in ("prep", "acl") for c in tok.rights):
        return None        # "the former star of the drama", "the 40-year-old from Leeds": as "the drama's star"
    return (age, noun) if det else None


def aged_people(doc, age: str, res: ResolutionDraft) -> dict[str, str]:
    """The named people the text gives an age ("Collins, 33,", "33-year-old Michelle Collins"),
    person key -> age; `age` is asked for so that no text without it is read."""
    found: dict[str, str] = {}
    for tok in doc:
        if not tok.like_num or not tok.text.isdigit():
            continue
        name = None
        if tok.dep_ in ("appos", "npadvmod", "amod", "nummod") and tok.head.pos_ == "PROPN" and tok.i > tok.head.i:
            name = tok.head       # "Michelle Collins, 33,"
        elif tok.i + 5 < len(doc) and AGE.match(doc[tok.i:tok.i + 5].text.replace(" ", "")) \
                and doc[tok.i + 4].head.pos_ == "PROPN":
            name = doc[tok.i + 4].head   # "33-year-old Michelle Collins"
        key = named_person(name.i, res) if name is not None else None
        if key is not None:
            found.setdefault(key, tok.text)
    return found


def named_person(i: int, res: ResolutionDraft) -> str | None:
    """The named person token `i` stands for, or None (a described one, an office, no person)."""
    key = res.actor_at(i)
    ent = res.entities.get(key) if key else None
    if ent is None or ent.type != "PERSON" or key.startswith(DESCRIBED) or ent.reason == "description":
        return None
    return key


def bound(tok, res: ResolutionDraft) -> set[str]:
    """The actors a description at `tok` cannot be, as a name in its place could not: the subjects of
    the clauses it stands in ("Coach Ruddock says the 24-year-old should lead", "Lee did not know the
    rapper had filmed"), and, for a subject, the actors after it in its own clause ("The champion put
    Rahman in the corner"; not those before it: "According to Bellamy's agent, the player ...")."""
    keys = set()
    if tok.dep_ in ("nsubj", "nsubjpass"):
        keys |= {res.token_entity[t.i] for t in tok.head.subtree if t.i > tok.i and t.i in res.token_entity}
    for verb in tok.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            # the subject itself, its conjuncts and the name beside it ("Her friend Liz Yelling
            # revealed the 30-year-old ..."), not an owner inside it ("Davis's body was found where the
            # actor had been filming": the actor is Davis)
            keys |= {res.token_entity[t.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                     for t in (c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))
                     if t.i in res.token_entity}
    return keys


def resolve_described_person(tok, found: tuple[str | None, str | None], ants, res: ResolutionDraft,
                             exclude: set[str]) -> str | None:
    """The named person the description at `tok` refers to (see the module), or None; `ants`:
    coref.Antecedents, `exclude`: the actors of the description's own clause."""
    if in_quote(tok.doc, tok.i, ants.quotes):
        return None   # '"... it beat the goalkeeper"': a speaker's words, often no one of the story
    age, noun = found
    exclude = exclude | bound(tok, res)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") and c.i not in res.token_entity
           for v in tok.ancestors for c in v.children):
        return None   # "she worked for him ... and never met the star": whom "she" cannot be is not known
    sex = "F" if noun in FEMALE_WORDS else "M" if noun in MALE_WORDS else None
    aged = aged_people(tok.doc[:tok.i], age, res) if age else {}
    if age and aged:
        same = [k for k, a in aged.items() if a == age and k not in exclude]
        return same[0] if len(same) == 1 else None
    by_sent: dict[int, list] = {}
    for c in ants.recent(tok.i, WINDOW):
        key = named_person(c.token, res) if c.key is not None else None
        if key is None or key in exclude or c.reporter or (sex and ants.gender(key) != sex) \
                or body_kinds(key, res, tok.doc):
            continue    # a club or firm the recogniser took for a person ("Blackburn want £6m for the midfielder")
        by_sent.setdefault(c.sent, []).append((key, c.subject or c.topic))
    if not by_sent:
        return None
    near = by_sent[max(by_sent)]
    people = {k for k, _ in near}
    if len(people) == 1:
        return next(iter(people))
    subjects = {k for k, s in near if s}
    # of two people, the one the sentence is about; of more ("Reid's rep Ketsoyan said she was at the
    # clinic where Spears, Affleck and Lohan were treated"), the subject is no better a guess
    return next(iter(subjects)) if len(subjects) == 1 and len(people) == 2 else None


def introduced_unnamed(desc: str, tok, res: ResolutionDraft) -> bool:
    """Whether the described person `desc` was met before `tok` in a phrase that is not definite
    ("A singer from Porto was arrested ... the singer"): then the description is that one."""
    return any(i < tok.i and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.doc[i].children)
               for i, k in res.mention_head.items() if k == desc)


def repoint(tok, key: str, res: ResolutionDraft) -> None:
    """Make the described person's mention headed by `tok` a mention of the named person `key`
    (the others stay: "the singer" may be another one later); the described person goes when no
    mention is left to it."""
    desc = res.token_entity[tok.i]
    start = tok.i
    while start > 0 and res.token_entity.get(start - 1) == desc:
        start -= 1
    span = tok.doc[start:tok.i + 1]
    res.clear(span)
    res.add_mention(span, res.entities[key], "coreference", label="COREF", alias=False, head=tok.i)
    if desc not in res.mention_head.values():
        res.entities.pop(desc, None)
