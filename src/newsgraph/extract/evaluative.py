"""Evaluative statements as accusations: a speaker who calls a thing or an actor by a condemnatory
word disapproves of it (PLOVER ACCUSE, mode disapprove): "X called the vote a sham", "X described
the ruling as unjust", "X said the firebombing was a murderous act", "critics say the vote is a
sham". The accuser is the speaker; the accused is the actor called so, or the actor the sentence
names behind the thing ("Israel's blockade", "the junta's decree", "a vote by parliament"), else
nobody. Calling an accusation baseless rejects it (PLOVER REJECT): "said the charges were false".
A speaker who faults a decision or an actor accuses too: "said the move would be profoundly wrong",
"said the government's plan was a disaster", "said Iran was a threat to the region", "said the law was an attack on civil liberties (a blow to
democracy, a recipe for disaster)" (faulting words
hold only of acts and actors: "the forecast was wrong" faults nobody); and so does one who doubts
that a thing was done rightly ("questioned whether the evidence was obtained under torture":
doubts.py). The source of "according to X" speaks as a speech verb's subject does ("according to
Amnesty, the crackdown was unlawful"); the words a naming verb lists are each its predicate ("called
the plans dangerous, ill thought-out and irresponsible"); and a judgement told as a clause is
judged_clauses.py's ("said it was wrong to ..."). The words are data: data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .alleged_parts import alleged_part_events
from .arguments import acting, actors_of, generic_actor, subject_token
from .doubts import doubt_events
from .frames import Candidate, noun_subject, subjects_of
from .judged_clauses import judged_clause_events
from .lexicon import Frame
from .noun_phrases import passive_agent
from .rulings import RULING_VERBS, court_of
from .statements import judged_act
from .story_owners import story_owner
from .unfair_contests import unfair_contest_events
from .valence import strongly_negative

FRAMES = {"ACCUSE": Frame(type="ACCUSE"), "REJECT": Frame(type="REJECT")}
# what makes a statement other than asserted: "would be a crime", "if it is a sham"
NOT_STATED = words("evaluative_not_stated")
# reported speech shifts "will" back to "would": "said the move would be wrong" judges a move made
FORETOLD = frozenset({"would", "will", "'ll"})
DEFINITE = words("definite_determiners")
THINGS_POINTED = words("evaluative_things_pointed")
# an adjective this negative said of an act faults its maker (valence.py; "biased" -1.1 and "worrying"
# -1.4 say less than a fault)
JUDGED_ACT_VALENCE = -1.5


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (words("condemnatory_nouns"), words("condemnatory_person_nouns"), words("condemnatory_adjectives"),
            words("condemnatory_phrases"), words("naming_verbs"))


def verdict(thing, pred, lex) -> str | None:
    """What calling `thing` `pred` does: an accusation called baseless is rejected ("said the
    charges were false"), anything called condemnable is accused ("called the vote a sham")."""
    noun = lex.nouns.get(thing.lemma_.lower())
    dismissive = words("dismissive_predicates")
    if noun is not None and noun.type == "ACCUSE" and (pred.lemma_.lower() in dismissive or pred.lower_ in dismissive):
        return "REJECT"
    if thing.lemma_.lower() in words("statement_proposal_nouns") and pred.lemma_.lower() in words(
            "statement_refusing_adjectives"):
        return "REJECT"   # "called the offer unacceptable": a proposal turned down, not an accusation
    return "ACCUSE" if condemnatory(pred) else None


def judged(thing, pred, lex, res: KnownActors) -> str | None:
    """What calling `thing` `pred` does, condemnation or fault: "a sham", or "a mistake" said of an
    act or an actor ("the decision was a mistake", "the ministry was incompetent")."""
    found = verdict(thing, pred, lex)
    if found is not None:
        return found
    lemma, lower = pred.lemma_.lower(), pred.lower_
    # the thing names an actor itself ("the ministry was incompetent"), not one it belongs to
    # ("Mr Blunkett's account had been wrong" judges a statement, as "the forecast was wrong" does)
    actor = thing.lower_ not in THINGS_POINTED and any(
        acting(t, res) or generic_actor(t, res) for t in (thing, *thing.conjuncts))
    if judged_act(thing) and assailed(pred):
        return "ACCUSE"   # "the law is an attack on free speech", "the ban was a blow to democracy"
    if lemma in words("menacing_predicates") or lower in words("menacing_predicates") or (
            lemma == "bad" and any(c.dep_ == "prep" and c.lower_ == "at" for c in (*children(pred), *children(pred.head)))):
        return "ACCUSE" if actor else None   # "Iran was a threat", "the US was very bad at coordinating"
    if written(pred) & words("faulting_predicates") or misdirected(pred) or idiom(pred):
        return "ACCUSE" if actor or judged_act(thing) else None
    # an act called by any strongly negative adjective of the general lexicon ("the plans were unfair",
    # "the decision was appalling"), save hardship, which is felt and faults no maker ("the cuts were
    # painful"), and harm to whom it is for, a forecast of who loses ("bad for anyone without a deal")
    if judged_act(thing) and pred.pos_ == "ADJ" and strongly_negative(pred, JUDGED_ACT_VALENCE) \
            and lemma not in words("hardship_adjectives") and not any(
                c.dep_ == "prep" and c.lower_ == "for" for c in (*children(pred), *children(pred.head))):
        return "ACCUSE"
    return None


def ruled_wrong(verb, lex, res: KnownActors) -> Iterator[Candidate]:
    """A court condemns as a speaker does: "ruled that Uber's treatment of drivers was unlawful", and
    faults what exceeds a measure: "ruled that Turkcell's stake was too high". Its other findings are of
    status ("ruled that he was incompetent to testify" faults no one)."""
    if stated_otherwise(verb):
        return
    found = reported_copula(verb, lex, res)
    if found is not None and condemnatory(found[1]):
        yield from _statements(verb, *found, res, "ACCUSE")
        return
    for clause in (c for c in children(verb) if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        thing = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        pred = next((c for c in children(clause) if c.dep_ == "acomp" and any(
            a.dep_ == "advmod" and a.lower_ == "too" for a in children(c))), None)
        if thing is not None and pred is not None:
            yield from _statements(verb, thing, pred, clause, res, "ACCUSE")


def written(pred) -> set[str]:
    """The ways a predicate word is written: its lemma, its form, and the compound it ends when joined by
    a hyphen ("heavy-handed", "short-sighted", which the parser splits at the hyphen)."""
    forms = {pred.lemma_.lower(), pred.lower_}
    doc = pred.doc
    if pred.i >= 2 and doc[pred.i - 1].text == "-" and doc[pred.i - 2].head.i == pred.i:
        forms.add(f"{doc[pred.i - 2].lower_}-{pred.lower_}")
    return forms


def idiom(pred) -> bool:
    """A predicate noun that is the head of a set phrase of fault: "a kick in the teeth for nurses", "a
    recipe for disaster", "a power grab" (its words, articles left out, as written in the data)."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return False
    said = " " + " ".join(t.lower_ for t in pred.subtree if t.dep_ != "det") + " "
    return any(f" {phrase} " in said and pred.lower_ in phrase.split() for phrase in words("faulting_idioms"))


def assailed(pred) -> bool:
    """A predicate noun that calls an act an attack on others or a harm to what the public holds dear:
    "an attack on civil liberties", "an assault on the poor", "a blow to democracy", "a threat to press
    freedom" (not "a blow to Microsoft", a setback told)."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = pred.lemma_.lower()
    objs = [(p.lower_, o) for p in children(pred) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
    if lemma in words("assailing_nouns"):
        return any(prep == "on" for prep, _ in objs)
    return lemma in words("value_harming_nouns") and any(prep == "to" and (
        written(o) & words("public_values") or o.lemma_.lower() == "rule" and any(
            t.lemma_.lower() == "law" for t in o.subtree)) for prep, o in objs)


def misdirected(pred) -> bool:
    """A predicate noun that calls an act a wrong turn: "a step in the wrong direction", "the wrong
    signal", "a backward step" (not "a step in the right direction")."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return False
    near = [*children(pred), *(o for p in children(pred) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj")]
    return any(m.dep_ == "amod" and m.lower_ in words("misdirected_modifiers") for t in near
               for m in (t, *children(t)))


def definite_act(thing) -> bool:
    """A decision or act the speaker points at ("the move", "the government's plan"), not any one
    that might come ("any attack would be a crime")."""
    return judged_act(thing) and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in children(thing))


def condemnatory(pred) -> bool:
    """Whether a predicate word condemns: "a sham", "unjust", "a murderous act", "a war crime",
    "politically motivated", "an act of aggression", "a form of blackmail", "an act of war"."""
    nouns, persons, adjectives, phrases, _ = _lists()
    lemma = pred.lemma_.lower()
    if any(f"{c.lower_} {lemma}" in phrases for c in children(pred) if c.dep_ == "advmod"):
        return True
    if pred.pos_ == "ADJ" or pred.tag_ in ("JJ", "VBN"):
        return lemma in adjectives or pred.lower_ in adjectives
    if lemma in nouns or lemma in persons:
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in adjectives for c in children(pred)):
        return True   # "a murderous act", "an illegal occupation"
    if lemma not in words("condemned_kinds"):
        return False
    verdicts = nouns | words("hostile_acts_of") if lemma == "act" else nouns
    return any(p.lemma_.lower() in verdicts for c in children(pred) if c.dep_ == "prep"
               and c.lower_ == "of" for p in children(c) if p.dep_ == "pobj")


def evaluative_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """ACCUSE candidates from naming verbs ("called X a Y", "described X as Y") and from reported
    copular clauses ("said X was a Y"); the judgements told as clauses (judged_clauses.py) and the
    alleged parts in wrongs (alleged_parts.py)."""
    yield from judged_clause_events(tokens, res, lex)
    yield from alleged_part_events(tokens, res)
    yield from unfair_contest_events(tokens, res, lex)
    naming = _lists()[4]
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if lemma in naming:
            found = named_as(verb, lex, res)
        elif lemma in lex.reporting:
            found = reported_copula(verb, lex, res)
        elif lemma in RULING_VERBS and court_of(verb, res) is not None:
            yield from ruled_wrong(verb, lex, res)
            continue
        elif (source := according_to(verb)) is not None:
            # "according to Amnesty, the trial was unfair": the source speaks
            found = copula_judgement(verb, lex, res)
            if found is not None and not stated_otherwise(verb, foretold=definite_act(found[0])):
                yield from _statements(verb, *found, res, judged(found[0], found[1], lex, res), source)
            continue
        else:
            yield from doubt_events(verb, res)
            continue
        if found is None or stated_otherwise(verb):
            continue
        thing, pred, anchor = found
        if lemma in naming and (frame := lex.verbs.get(lemma)) is not None and frame.type == "ACCUSE" and (
                actors_of(thing, res) or noun_subject(thing, res)[0]):
            continue   # "branded Abbas a collaborator", "branded the Tory budget a betrayal": the lexicon's verb
        yield from _statements(verb, thing, pred, anchor, res, judged(thing, pred, lex, res))


def _statements(verb, thing, pred, anchor, res: KnownActors, etype: str, source=None) -> Iterator[Candidate]:
    agent = passive_agent(verb)
    # "the charges are seen by supporters as politically motivated": the agent speaks
    passive = thing.dep_ == "nsubjpass" and thing.head.i == verb.i
    accusers = subjects_of(source or (agent if passive else subject_token(verb)), res)
    if not accusers:
        return
    # "calling it unacceptable": whom "it" stands for is the thing, not an actor behind it
    accused = [(None, None)] if thing.lower_ in THINGS_POINTED else actors_of(thing, res) or [
        noun_subject(thing, res)]
    if accused[0][0] is None and thing.lower_ not in THINGS_POINTED:   # "the government's plans were unfair"
        accused = [story_owner(thing, res, standing=True)]
    for skey, stok in accusers:
        for okey, otok in accused:
            if okey == skey:
                continue
            yield Candidate(etype, pred, skey, okey, stok, otok if okey else thing, FRAMES[etype], anchor)


def named_as(verb, lex, res: KnownActors):
    """(thing, predicate, anchor) of "called the vote a sham", "described the ruling as unjust",
    "the charges are seen as politically motivated", or None."""
    objs = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    thing = objs[0]
    preds = [c for c in children(verb) if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") and c.i > thing.i]
    for c in children(verb):
        if c.dep_ == "prep" and c.lower_ == "as":
            preds += [p for p in children(c) if p.dep_ in ("pobj", "amod", "acomp")]
        elif c.dep_ == "advcl" and any(x.lower_ == "as" for x in children(c)):
            preds.append(c)   # "seen as politically motivated" parsed as a clause
    # the parser may hang the predicate on the thing: "described the decision as a mistake" ("as" under
    # the noun), "called the plans irresponsible" (an adjective after its noun is no modifier in English)
    for c in children(thing):
        if c.dep_ == "prep" and c.lower_ == "as":
            preds += [p for p in children(c) if p.dep_ in ("pobj", "amod", "acomp")]
        elif c.dep_ in ("amod", "appos", "dobj") and c.i > thing.i:   # and 'called the decision "a disgrace"',
            preds.append(c)   # "called the plan an attack on civil liberties" (the noun read as the plan's object)
        elif c.dep_ == "relcl":   # and on the clause that tells the way: "branded the way X operated as scandalous"
            preds += [p for a in children(c) if a.dep_ == "prep" and a.lower_ == "as" and a.i > c.i
                      for p in children(a) if p.dep_ in ("pobj", "amod", "acomp")]
    if verb.lemma_.lower() in ("see", "view", "regard", "portray", "paint") and not any(
            c.lower_ == "as" for x in children(verb) for c in (x, *children(x))):
        return None    # "saw the vote" is no naming: "saw X as Y" is
    pred = next((p for p in listed(preds, thing) if judged(thing, p, lex, res)), None)
    return (thing, pred, verb) if pred is not None else None


def listed(preds, thing) -> list:
    """The predicates and the words listed with them: "called the plans dangerous, ill thought-out and
    hugely irresponsible" (the parser may make the first words modifiers of the last, or conjuncts)."""
    out = []
    for p in preds:
        out += [p, *p.conjuncts, *(m for m in children(p) if m.dep_ == "amod" and m.i > thing.i)]
    return out


def reported_copula(verb, lex, res: KnownActors):
    """(thing, predicate, anchor) of "said the firebombing was a murderous act", "say the vote is a
    sham", or None."""
    for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
        found = copula_judgement(clause, lex, res)
        if found is not None and not stated_otherwise(clause, foretold=definite_act(found[0])):
            return found
    return None


def copula_judgement(clause, lex, res: KnownActors):
    """(thing, predicate, clause) of "the vote is a sham", "the election was rigged", or None; a
    rejection ("the charges were false") is statements.py's."""
    if clause.lemma_.lower() == "be":
        thing = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        preds = [p for c in children(clause) if c.dep_ in ("attr", "acomp") for p in affirmed(c)]
        if len(preds) > 1 and any(dismissed(p) for p in preds):
            return None   # "said the article was false and misleading": its claims refused (statements.py)
        pred = next((p for p in preds if thing is not None and judged(thing, p, lex, res)), None)
    else:   # a participle parsed as a passive: "said the election was rigged"
        thing = next((c for c in children(clause) if c.dep_ == "nsubjpass"), None)
        pred = clause if thing is not None and judged(thing, clause, lex, res) else None
    if thing is None or pred is None or judged(thing, pred, lex, res) == "REJECT":
        return None   # "said the charges were false", "said the offer was unacceptable": statements.py
    if thing.lower_ in THINGS_POINTED and any(x.dep_ in ("xcomp", "ccomp", "advcl") for t in (clause, pred)
                                              for x in children(t)):
        return None   # "said it was illegal to ...": judged_clauses.py reads the clause
    return thing, pred, clause


def affirmed(pred) -> list:
    """A copula's predicate and those listed with it, each unless denied on its own: "said the rules
    were costly and unfair" calls them unfair; "not proportionate and discriminatory" discriminatory."""
    return [p for p in (pred, *pred.conjuncts) if not any(c.dep_ == "neg" for c in children(p))]


def dismissed(pred) -> bool:
    """A word that calls a claim untrue and condemns nothing: "false", "baseless", "nonsense"."""
    dismissive = words("dismissive_predicates")
    return (pred.lemma_.lower() in dismissive or pred.lower_ in dismissive) and not condemnatory(pred)


def according_to(verb):
    """The source of "according to X" on a clause, or None."""
    return next((p for a in children(verb) if a.dep_ == "prep" and a.lower_ == "according"
                 for t in children(a) if t.dep_ == "prep" and t.lower_ == "to"
                 for p in children(t) if p.dep_ == "pobj"), None)


def stated_otherwise(verb, foretold: bool = False) -> bool:
    """A negated, conditional or hypothetical statement ("did not call it a sham", "would be a crime");
    `foretold`: a "would" judges what is done ("said the move would be wrong")."""
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in NOT_STATED
               and not (foretold and c.lower_ in FORETOLD) for c in children(verb))
