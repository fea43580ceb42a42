"""Reported judgements of an act told as a clause or found in a body, not named by a noun the speaker
calls something (evaluative.py): PLOVER ACCUSE (criticise, disapprove).

- an act judged through an expletive "it": "said it was wrong to put China under the embargo" (the doer
  of the infinitive, unnamed unless "for X to" or "of X to": "said it was wrong of the ministry to"), "said it was troubling that the government sought to
  deny them entry", "said it was a scandal that the ministry had ignored the warnings" (the doer of the
  that-clause, who must be named);
- a wrong found in a body or its conduct: "said there was widespread corruption in the finance
  ministry", "said it exposed racism at the heart of the government's asylum policy".

The accuser is the subject of the speech verb. A judgement only foretold or supposed ("it would be wrong
to lift the ban") or denied states no fault; a rule stated ("it is illegal to enter the zone") judges no
act; the speaker's own side is never the one faulted. The words are data:
data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, entity_type, subject_token
from .entity_lookup import unnamed
from .frames import Candidate, noun_subject, subjects_of
from .lexicon import Frame
from .noun_phrases import passive_agent

ACCUSE = Frame(type="ACCUSE")
# a judgement supposed, not made: "it would be wrong to", "it might be unfair that"
SUPPOSED = words("judged_clauses_supposed")
# where a wrong is found in a body: "corruption in the ministry", "racism within the police"
FOUND_IN = words("judged_clauses_found_in")
# the part of a conduct a wrong sits at: "at the heart of the government's policy"
CORES = words("judged_clauses_cores")
# who is a body whose conduct can be faulted where a wrong is found in it; a country or a place is where,
# not who ("corruption in Kenya"), unless it owns the wrong ("Kenya's corruption")
BODIES = frozenset({"PERSON", "ORGANIZATION", "GOVERNMENT", "MILITARY"})


@lru_cache(maxsize=1)
def _judging() -> frozenset[str]:
    return words("deploring_adjectives") | words("condemnatory_adjectives") | words("faulting_predicates")


def judged_clause_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """ACCUSE candidates of the clauses reported by a speech verb."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in lex.reporting or any(c.dep_ == "neg" for c in verb.children):
            continue
        for clause in reported_clauses(verb, lex):
            for trigger, faulted in (*expletive_judgements(clause, res, lex), *found_wrongs(clause, res)):
                # the speaker is looked up only for a judgement found: resolving a phrase may add an actor
                for skey, stok in subjects_of(subject_token(verb), res):
                    for okey, otok in faulted:
                        if okey != skey and not unnamed(okey):
                            yield Candidate("ACCUSE", trigger, skey, okey, stok, otok, ACCUSE, clause)


def reported_clauses(verb, lex) -> list:
    """The clauses a speech verb reports: its complement, and a clause of the quotation the parser joined
    to the verb ('said: "Abuses are well documented, and it is troubling that ..."')."""
    quoted = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() not in lex.reporting
              and any(x.dep_ == "nsubj" for x in c.children)
              and any(t.is_quote for t in verb.doc[verb.i + 1:c.i])]
    return [*(c for c in verb.children if c.dep_ == "ccomp"), *quoted]


def expletive_judgements(clause, res: KnownActors, lex) -> list[tuple[object, list]]:
    """(the judging word, the doers faulted) of "it was wrong to ...", "it is troubling that ..."."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.lemma_.lower() != "be" or subj is None or subj.lower_ != "it" or supposed(clause):
        return []
    found = []
    for adj in (c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in _judging()):
        # "for the EU to lift the ban" may hang on the copula as an adverbial clause
        acts = [x for h in (adj, clause) for x in h.children if x.dep_ in ("xcomp", "ccomp")
                or x.dep_ == "advcl" and marked(x, "to")]
        for act in acts[:1]:
            if marked(act, "to"):
                if adj.lemma_.lower() in words("rule_adjectives") or act.lemma_.lower() in lex.reporting:
                    continue   # "it is illegal to enter the zone": a rule; "wrong to suggest": a claim refused
                doers = clause_doers(act, res) or judged_of(adj, res)
                found.append((adj, doers or [(None, None)]))
            elif doers := clause_doers(act, res):   # "it is troubling that the government sought to deny"
                found.append((adj, doers))
    for noun in (c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in words("deploring_nouns")):
        # "it was a scandal that the ministry ignored the warnings": the parser may hang the clause on the noun
        # as if relative; a true relative ("a scandal that rocked the party") has the relative as its subject
        acts = [x for x in (*noun.children, *clause.children) if x.dep_ in ("relcl", "acl", "ccomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in x.children)]
        if acts and (doers := clause_doers(acts[0], res)):
            found.append((noun, doers))
    return found


def found_wrongs(clause, res: KnownActors) -> list[tuple[object, list]]:
    """(the wrong, the body faulted) of a wrong the clause finds in a body or its conduct: "corruption in
    the ministry", "the ministry's mismanagement", "racism at the heart of the government's policy"."""
    if any(c.dep_ == "neg" for c in clause.children) or supposed(clause):
        return []
    wrongs = words("institutional_wrongs")
    found = []
    # the wrong the clause states (its subject, object or "there was" noun), not one it only mentions
    # ("said Ebbers was unaware of the fraud at WorldCom")
    for noun in (t for t in clause.children if t.lemma_.lower() in wrongs and t.pos_ == "NOUN"
                 and t.dep_ in ("nsubj", "dobj", "attr")):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue   # "there was no corruption in the ministry"
        bodies = [(k, t) for k, t in owners(noun, res) if t.dep_ == "poss" or entity_type(k, res) in BODIES]
        if bodies:
            found.append((noun, bodies))
    return found


def owners(noun, res: KnownActors) -> list[tuple[str, object]]:
    """Whose conduct a wrong is found in: its possessor, or the body (or the owner of the act) its
    "in"/"at the heart of" phrase names."""
    poss = [(k, t) for c in noun.children if c.dep_ == "poss" for k, t in actors_of(c, res)]
    if poss:
        return poss
    # "exposed racism at the heart of X": the parser may hang the place of the wrong on the verb
    heads = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    for pobj in (p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in FOUND_IN
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.lemma_.lower() in CORES:   # "at the heart of the government's policy"
            pobj = next((o for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"), None)
            if pobj is None:
                continue
        found = actors_of(pobj, res)
        if not found:
            key, tok = noun_subject(pobj, res)   # "the government's asylum policy": its maker
            found = [(key, tok)] if key else []
        if found:
            return found
    return []


def clause_doers(act, res: KnownActors) -> list[tuple[str, object]]:
    """Who does the judged act: the active subject of the clause ("that the government sought",
    "for the EU to lift"), or the "by" agent of a passive; nobody when none is named."""
    subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return actors_of(subj, res)
    agent = passive_agent(act)
    return actors_of(agent, res) if agent is not None else []


def judged_of(adj, res: KnownActors) -> list[tuple[str, object]]:
    """The doer a judgement names after "of": "it was wrong of the ministry to cut the grant" (the one
    whose act the infinitive tells)."""
    return [found for p in adj.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for found in actors_of(o, res)]


def marked(act, word: str) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == word for c in act.children)


def supposed(clause) -> bool:
    """A judgement supposed or denied: "it would be wrong", "it was not unfair", "if it is unfair"."""
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in SUPPOSED for c in clause.children)
