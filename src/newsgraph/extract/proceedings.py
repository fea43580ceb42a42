"""Proceedings in law passed on or started by an inquiring body. A case referred to prosecutors
("BaFin referred the case to the public prosecutor", "the watchdog passed its Siemens investigation to
prosecutors") is the referring body's accusation (PLOVER ACCUSE, investigate) of whoever the case is
about, or of no one named; so is wrongdoing such a body found ("auditors found irregularities"). A
penalty only faced ("could face a fine") is a prospect, no sanction (judgements.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .arguments import actor_of, actors_of, entity_type
from .frames import Candidate

CASES = words("referred_cases")
# inquiries that go on somewhere: "investigations are continuing in France"
INQUIRIES = words("investigation_nouns")
REFERRING = words("referring_verbs")
RECEIVERS = words("case_receivers")
# particles of verbs of handing on, parsed as prepositions: "passed on the case", "passed through the file"
PARTICLE_PREPS = words("proceedings_particle_preps")
# verbs by which an inquiry is said to be under way: "investigations are continuing", "are going on"
ONGOING = words("proceedings_ongoing")


def referred_cases(tokens, res, used: set[int]) -> Iterator[Candidate]:
    """"BaFin referred the case to the prosecutor": the referring body accuses whoever the case is
    about ("the Siemens case", "its investigation into Siemens", "the case against X", "the question
    of whether charges should be brought against X") or no one named. The verb is taken: a transfer
    of a case is no aid to the prosecutor."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in REFERRING:
            continue
        case = referred_case(verb)
        receiver = next((o for p in (*verb.children, *(c for x in verb.children if x.dep_ == "prt" for c in x.children),
                                     *(case.children if case is not None else ()))
                         if p.dep_ == "prep" and p.lower_ == "to"
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in RECEIVERS), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if receiver is None or case is None or subj is None:
            continue
        subj = reporter_for(subj, verb)   # "BaFin said it had passed the case on": BaFin
        referrer = actor_of(subj, res)
        if referrer is None:
            continue
        about = [t for t in case.children if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"]
        about += [o for p in case.children if p.dep_ == "prep" and p.lower_ in ("into", "against", "of", "on")
                  for o in p.children if o.dep_ == "pobj"]
        # "the question of whether action should be brought against X": whom the case would be against
        about += [o for p in case.subtree if p.dep_ == "prep" and p.lower_ == "against" and p.head.i != case.i
                  for o in p.children if o.dep_ == "pobj"]
        accused = [(k, t) for a in about for k, t in actors_of(a, res) if k != referrer]
        used.add(verb.i)
        for okey, otok in accused or [(None, case)]:   # no one named: the case is what is acted on
            yield Candidate("ACCUSE", verb, referrer, okey, subj, otok, None, verb)


def referred_case(verb):
    """The case a verb of referring hands on: its object ("referred the case"), placed after the one
    it goes to ("referred to prosecutors the question of ..."), or after a particle the parser reads as
    a preposition ("passed on the case to", "passed through the case")."""
    case = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CASES), None)
    return case or next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in PARTICLE_PREPS
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in CASES), None)



FINDING = words("finding_verbs")
FOUND_THINGS = words("finding_nouns")
WRONGDOING = words("wrongdoing_nouns")
# bodies whose findings of wrongdoing are accusations: states, their agencies, courts and inquiries, and
# organisations (auditors, watchdogs); not people ("a journalist found evidence" is reporting)
FINDERS = frozenset({"GOVERNMENT", "COUNTRY", "ORGANIZATION", "MILITARY"})


def wrongdoing_found(verb):
    """The wrongdoing noun a finding verb names: "found irregularities", "found evidence of possible
    market manipulation", "uncovered clues of fraud"; None when it names none."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in WRONGDOING or obj.lower_ in WRONGDOING:
            return obj
        if obj.lemma_.lower() in FOUND_THINGS or obj.lower_ in FOUND_THINGS:
            named = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          if o.dep_ == "pobj" and (o.lemma_.lower() in WRONGDOING or o.lower_ in WRONGDOING
                                                   or any(c.lower_ in WRONGDOING for c in o.children
                                                          if c.dep_ == "compound"))), None)
            if named is not None:
                return named
    return None


def found_wrongdoing(tokens, res, attributor=None) -> Iterator[Candidate]:
    """"BaFin found evidence of market manipulation by the traders", "auditors uncovered irregularities at
    the bank": the finding body accuses whoever the wrongdoing is by or at (its "by"/"at"/"in" phrase, its
    possessor), or no one named; "we" in a quotation is the body it quotes (`attributor`). "Found no
    evidence of fraud" clears: no event."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in FINDING or verb.tag_ == "VBN" and verb.dep_ in ("amod", "acl"):
            continue
        wrong = wrongdoing_found(verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if wrong is None or subj is None:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(
                c.lower_ in ("no", "little") for x in (wrong, wrong.head.head if wrong.dep_ == "pobj" else wrong)
                for c in x.children if c.dep_ in ("det", "amod", "neg")):
            continue   # "found no evidence of fraud" clears the one looked at: no accusation
        # "'We found clues of market manipulation,' a BaFin spokesman said": the body that speaks
        quoted = attributor.speaker_of_quote(subj) if subj.lower_ == "we" and attributor is not None else None
        subj = subj if quoted else reporter_for(subj, verb)
        finder = quoted or actor_of(subj, res)
        if finder is None or entity_type(finder, res) not in FINDERS:
            continue
        holders = [o for h in (wrong, wrong.head if wrong.dep_ == "pobj" else wrong, verb) for p in h.children
                   if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "at", "in", "within")
                   for o in p.children if o.dep_ == "pobj"]
        # through what belongs to the wrongdoer: "in the accounts of Siemens", "in Siemens's accounts"
        holders += [x for h in list(holders) for x in (*(c for c in h.children if c.dep_ == "poss"), *(
            o for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"))]
        holders += [c for c in wrong.children if c.dep_ == "poss"]
        accused = [(k, t) for h in holders for k, t in actors_of(h, res) if k != finder]
        for okey, otok in accused[:1] or [(None, None)]:
            yield Candidate("ACCUSE", verb, finder, okey, subj, otok, None, verb)


def reporter_for(subj, verb):
    """The subject, or for a pronoun in what a body reports of itself ("BaFin said it had found
    evidence") the reporting body."""
    if subj.pos_ != "PRON" or subj.lower_ not in ("it", "we", "they") or verb.dep_ != "ccomp":
        return subj
    # "the watchdog BaFin told ...": the parser may give the reporting verb two subjects; the name
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else subj)



def inquiries_in_countries(candidates: list[Candidate], res) -> list[Candidate]:
    """"Investigations into Alstom are still going on in France and Italy": the states where an
    inquiry with no one named who runs it goes on run it (their authorities); one accusation for
    each. The ones added besides the candidates given (whose first state they fill in)."""
    added = []
    for c in candidates:
        noun = c.trigger
        if c.type != "ACCUSE" or c.subject is not None or noun.lemma_.lower() not in INQUIRIES \
                or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in ONGOING:
            continue
        states = [(k, t) for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" for k, t in actors_of(o, res)
                  if entity_type(k, res) == "COUNTRY" and k != c.object]
        for n, (key, tok) in enumerate(states):
            if n == 0:
                c.subject, c.subject_tok = key, tok
            else:
                added.append(Candidate(c.type, noun, key, c.object, tok, c.object_tok, c.frame, c.anchor))
    return added
