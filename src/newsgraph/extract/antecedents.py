"""Whose statement a stance answers (PLOVER ACCUSE and REJECT): "dismissed the claims as baseless",
"rejected the remarks", "denounced the minister's comments". What is criticised or turned down is
something said, and PLOVER's other side is whoever said it:

- named with the statement noun: its owner ("Trump's remarks"), or its maker after "by", "from" or
  "of" ("the claims by the opposition", "the statement issued by Hamas", "comments from Moscow");
- else, for a statement the text has already told of ("the claims", "these remarks"), the actor who
  last made a statement before it, in its own sentence or the three before: the speaker of a
  reporting verb or the subject of a verb of claiming, accusing or faulting ("Putin claimed NATO had
  provoked the war. Washington rubbished the claims").

A stance that names its other side itself ("criticised Labour over its remarks") keeps it.
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .allegations import INVESTIGATING, INVESTIGATIONS, content_clause
from .arguments import VERBAL, actor_of, entity_type
from .entity_lookup import named_other
from .frames import Candidate
from .statements import NOT_SPEAKERS, speaker_of
from .thing_makers import maker_of

# things said whose maker a stance on them is aimed at (data/lexicon/words/statements.yaml)
SAID_THINGS = words("said_things")
RULINGS = words("ruling_things")
RULING_VERBS = words("ruling_verbs")
# verbs whose subject makes a statement another may later answer ("claimed", "accused", "said")
MAKING_VERBS = words("statement_making_verbs")
STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})   # welcoming a ruling backs the court
# a statement the reader already knows of: "the claims", "these remarks", "such accusations"
DEFINITE = words("definite_or_such")
# prepositions of a stance verb that name what it is on: "hit out at the remarks", "objected to the comments"
ON_PREPS = words("antecedents_on_preps")
LOOKBACK = 3   # sentences before the stance's own in which its statement may have been made


def statement_makers(candidates: list[Candidate], res: KnownActors, attributor) -> None:
    """An accusation or refusal with no other side whose object is a statement takes the statement's
    maker as that side: named with the noun, else the one who made a statement just before."""
    for c in candidates:
        if c.type not in STANCES or c.object is not None or c.subject is None or asked_of(c) \
                or c.trigger.lemma_.lower() in INVESTIGATING | INVESTIGATIONS:
            continue   # "investigating the claims" looks into what they say, not at who made them
        for thing in stated_things(c):
            if c.type == "SUPPORT" and thing.lower_ not in RULINGS:
                continue   # "welcomed the statement": whose, the nearest speaker guesses too often wrongly
            found = statement_owner(thing, res, c.subject) or said_before(thing, res, attributor, c.subject)
            if found is not None:
                c.object, c.object_tok = found
                break


def asked_of(c: Candidate) -> bool:
    """A stance another asks of its subject ("called on Clarke to denounce the suggestion"): not taken."""
    trigger, subj = c.trigger, c.subject_tok
    return trigger.dep_ in ("xcomp", "advcl") and subj is not None and subj.dep_ in ("dobj", "pobj", "dative")


def stated_things(c: Candidate) -> list:
    """The statement nouns a stance is on: its object token ("said the claims were baseless"), the
    trigger's object ("rejected the remarks"), its passive subject ("the claims were dismissed") or
    the object of its preposition ("hit out at the comments")."""
    trigger = c.trigger
    things = [c.object_tok] if c.object_tok is not None else []
    if trigger.pos_ in VERBAL:
        things += [x for x in trigger.children if x.dep_ in ("dobj", "nsubjpass")]
        things += [p for x in trigger.children if x.dep_ == "prep" and x.lower_ in ON_PREPS
                   for p in x.children if p.dep_ == "pobj"]
    return [t for t in things if t.pos_ == "NOUN" and said_thing(t)]


def said_thing(tok) -> bool:
    return tok.lemma_.lower() in SAID_THINGS or tok.lower_ in SAID_THINGS


def statement_owner(noun, res: KnownActors, exclude: str) -> tuple[str, object] | None:
    """The maker the statement noun names: "Trump's remarks", "the claims by the opposition",
    "comments from Moscow", "the remarks he made" (not a pronoun owner: "his remarks" is whoever
    coreference guesses, too often wrongly)."""
    key, tok = maker_of(noun, res, exclude)
    if key is None:
        key, tok = next(((k, s) for r in noun.children if r.dep_ == "relcl" and r.lemma_.lower() in ("make", "say")
                         for s in r.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                         for k in (actor_of(s, res),) if k and k != exclude), (None, None))
    # a capital stands for its government ("Washington's remarks"); the event keeps it only as one
    if key is None or tok.pos_ == "PRON" or entity_type(key, res) in NOT_SPEAKERS - {"LOCATION"}:
        return None
    return key, tok


def said_before(noun, res: KnownActors, attributor, exclude: str) -> tuple[str, object] | None:
    """Who made the statement a definite statement noun refers back to: the maker of the nearest
    statement before it, in its sentence or the three before, made by another than the one answering
    it. The nearest is the statement referred to: one by no actor we can name ("some speculated",
    "the BBC reported") or told by a noun without its maker ("claims that ...", "by the remark") names
    none (in the answer's own sentence only the same noun counts: "In a statement, Kyiv denied the claims").
    Not a statement introduced where it stands ("claims that it had shelled the plant", "claims"),
    nor one owned by a pronoun ("his remarks": the owner is someone, but coreference decides whom)."""
    if not any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children) or content_clause(noun) is not None \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    sents = attributor.sents
    here = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    answering = {t.i for t in noun.ancestors}   # "Berlin said it rejected the claims": the answer's own speech
    lemma = noun.lemma_.lower()
    making = RULING_VERBS if noun.lower_ in RULINGS else MAKING_VERBS   # a ruling is made by ruling
    for sent in reversed(sents[max(0, here - LOOKBACK):here + 1]):
        for tok in reversed([t for t in sent if t.i < noun.i and t.i not in answering]):
            if told_by_noun(tok, lemma, own_sentence=sent.start <= noun.i < sent.end):
                # "claims that the advice ...", "obscured by the remark": the statement told before
                return statement_owner(tok, res, exclude)
            if tok.pos_ not in VERBAL or tok.lemma_.lower() not in making:
                continue
            found = maker(tok, res, attributor)
            if found is not None and found[0] == exclude:
                continue   # the answerer's own words before its answer
            if found is None or not named_other(found[0]):
                return None
            return found
    return None


def told_by_noun(tok, lemma: str, own_sentence: bool) -> bool:
    """A statement told by a noun: the same noun, or before the answer's sentence any statement noun, but
    not the vehicle of a statement made by a verb ("said in a statement", "in comments to reporters")."""
    if tok.pos_ != "NOUN" or tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return False
    return tok.lemma_.lower() == lemma or not own_sentence and said_thing(tok)


def maker(verb, res: KnownActors, attributor) -> tuple[str, object] | None:
    """Who makes a statement with a verb: the speaker the attribution finds, else the verb's named
    subject ("Poland accused Germany of ..."), or for a participle with none that of the verb it
    hangs on ("Khartoum complained to the UN, accusing South Sudan of ..."); None for media and
    anyone unnamed."""
    found = speaker_of(verb, res, attributor)
    for v in (verb, verb.head) if verb.dep_ in ("advcl", "xcomp", "conj") else (verb,):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if found is not None or subj is None:
            continue
        key = actor_of(subj, res) if subj.pos_ != "PRON" else None
        found = (key, subj) if key is not None else None
        break
    if found is None or entity_type(found[0], res) in NOT_SPEAKERS:
        return None
    return found
