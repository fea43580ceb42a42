"""Cooperative events said by a clause's shape rather than by its verb's entry: a visitor arriving
in a country for talks (CONSULT with the host: "the Chinese premier arrived in Moscow for talks"),
relief carried or handed out (AID to whoever receives it: "aircraft flew in blankets to the
survivors", "aid workers began distributing food", "flying in equipment the UN needs"), talks or a
deal between two sides hosted or brokered by a third (CONSULT of the host with each), and acts done
"in support of" someone (SUPPORT by the doer)."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, entity_type
from .clause_roles import subject_token, to_objects
from .entity_lookup import unnamed
from .frames import PARTICLES, Candidate, between, subjects_of
from .noun_frames import noun_frame

TRAVEL = words("travel_verbs")
CARRYING = words("relief_carrying_verbs")
GOODS = words("relief_goods")
RELIEF_MODIFIERS = words("relief_modifiers")
NEEDING = words("needing_verbs")
STANCE_PHRASES = words("stance_phrase_nouns")
HELPED_PHRASES = words("helped_phrase_nouns")
CONVENING = words("convening_verbs")
# what a third party hosts or brokers between two sides: talks or a deal
BROKERED = frozenset({"CONSULT", "AGREE"})
# where a visitor arrives: a state, or a place standing for one ("arrived in Moscow")
HOSTS = frozenset({"COUNTRY", "LOCATION", "GOVERNMENT"})
# who can visit for talks: a person, an office or a state's own delegation
VISITING = frozenset({"PERSON", "COUNTRY", "GOVERNMENT"})


def cooperative_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> Iterator[Candidate]:
    """Events of the clause shapes above, at words no other construction took."""
    # words that gave an event with both sides; a one-sided noun ("arrived for talks") is completed here
    taken = {x.i for c in found if c.object is not None for x in (c.trigger, c.anchor) if x is not None}
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if lemma in CONVENING:   # taken by the talks it hosts, whose sides are not the host
            yield from brokered(verb, res, lex)
        if verb.i in taken:
            continue
        if lemma in TRAVEL:
            yield from visit_for_talks(verb, res, lex, taken)
        if lemma in CARRYING:
            yield from relief_carried(verb, res, lex)
    for noun in tokens.nouns:
        if noun.lemma_.lower() in STANCE_PHRASES and noun.i not in taken:
            yield from in_support_of(noun, res, lex)
        if noun.lemma_.lower() in HELPED_PHRASES and noun.i not in taken:
            yield from with_help_of(noun, res, lex)


def talks_noun(verb, lex):
    """The talks a trip is for: "for talks", "for a summit meeting" (a noun of type CONSULT)."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for n in p.children:
                frame = noun_frame(n, lex) if n.dep_ == "pobj" else None
                if frame is not None and frame.type == "CONSULT":
                    return n, frame
    return None, None


def visit_for_talks(verb, res: KnownActors, lex, taken) -> Iterator[Candidate]:
    """A visitor travelling in or to a state for talks consults it ("Blinken flew to Cairo for
    talks"); talks "with" someone named are found at the noun and left to it."""
    noun, frame = talks_noun(verb, lex)
    subj = subject_token(verb)
    if noun is None or subj is None or noun.i in taken or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return
    places = [p for x in verb.children if x.dep_ == "prep" and x.lower_ in ("in", "to", "at")
              for p in x.children if p.dep_ == "pobj"]
    hosts = [(k, t) for p in places for k, t in actors_of(p, res) if entity_type(k, res) in HOSTS]
    for a, at in actors_of(subj, res):
        if unnamed(a) or not (a.startswith("office:") or entity_type(a, res) in VISITING):
            continue
        for b, bt in hosts:
            if b != a:
                yield Candidate("CONSULT", noun, a, b, at, bt, frame, verb)


def relief_good(tok) -> bool:
    """Food, tents, medicine, or anything its modifier calls relief ("rescue equipment"); of a counted
    measure, what it measures ("420 tons of food staples")."""
    if tok.lemma_.lower() in GOODS or tok.lower_ in GOODS:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in RELIEF_MODIFIERS for c in tok.children):
        return True
    return any(c.dep_ == "nummod" for c in tok.children) and any(
        relief_good(p) for x in tok.children if x.dep_ == "prep" and x.lower_ == "of"
        for p in x.children if p.dep_ == "pobj")


def relief_carried(verb, res: KnownActors, lex) -> Iterator[Candidate]:
    """Relief carried or handed out aids its receivers: those it goes "to", "for" or "among", or
    who "need" it; with none named, whoever is in need (no object), as "distributed food" says."""
    # the parser reads a particle as a preposition: "flew in blankets" ("in" with its object)
    heads = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for x in verb.children if x.dep_ == "prep" and x.lower_ in PARTICLES for p in x.children if p.dep_ == "pobj"]
    goods = [o for c in heads for o in (c, *c.conjuncts)]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return   # "it was key to bring aid", "difficult for staff to distribute aid": no act done
    needed_by = needers(verb, goods)
    if not needed_by and not any(relief_good(g) for g in goods):
        return
    subj = subject_token(verb)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head   # "had RAF aircraft flying in equipment"
    if subj is None:
        return
    receivers = to_objects(verb) + [p for x in verb.children if x.dep_ == "prep" and x.lower_ in ("for", "among")
                                    for p in x.children if p.dep_ == "pobj"]
    receivers += needed_by
    sides = [x for r in receivers for x in actors_of(r, res)] or [(None, None)]
    frame = lex.verbs.get("aid")
    for a, at in actors_of(subj, res):
        for b, bt in sides:
            if b != a:
                yield Candidate("AID", verb, a, b, at, bt, frame, verb)


def needers(verb, goods) -> list:
    """Who needs what is carried: "equipment the UN needs" (a relative clause on the goods, or one the
    parser hangs on the verb: "flying in equipment which the UN need")."""
    clauses = [r for g in goods for r in g.children if r.dep_ == "relcl"] + [
        r for r in verb.children if r.dep_ == "ccomp" and any(
            w.dep_ == "dobj" and w.tag_ in ("WDT", "WP") for w in r.children)]
    return [s for r in clauses if r.lemma_.lower() in NEEDING for s in r.children if s.dep_ == "nsubj"]


def brokered(verb, res: KnownActors, lex) -> Iterator[Candidate]:
    """A host of talks or a broker of a deal between two sides meets each of them ("Norway hosted talks
    between Colombia and the FARC", "Egypt brokered a truce between Israel and Hamas"); the two sides'
    own talks are found at the noun."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        frame = noun_frame(obj, lex)
        if frame is None or frame.type not in BROKERED:
            continue
        sides = [(k, t) for k, t in between(obj, res) if k is not None]
        if len(sides) < 2:
            continue
        hosts = subjects_of(subject_token(verb), res) if obj.dep_ == "dobj" else []
        if not hosts:
            hosts = [(k, t) for a in verb.children if a.dep_ == "agent"
                     for p in a.children if p.dep_ == "pobj" for k, t in actors_of(p, res)]
        for h, ht in hosts:
            for b, bt in sides:
                if b != h:
                    yield Candidate("CONSULT", verb, h, b, ht, bt, lex.verbs.get("meet"), verb)


def in_support_of(noun, res: KnownActors, lex) -> Iterator[Candidate]:
    """ "came out in support of the nurses", "wrote in defence of the minister", "marched in solidarity with
    the miners": the clause's doer backs whom the phrase names (an actor, not a cause)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return
    named = [p for x in noun.children if x.dep_ == "prep" and x.lower_ in ("of", "with")
             for p in x.children if p.dep_ == "pobj"]
    backed = [(k, t) for p in named for k, t in actors_of(p, res) if k is not None]
    doers = owned_doing(prep, res) or subjects_of(subject_token(prep.head), res)
    for a, at in doers:
        for b, bt in backed:
            if b != a:
                yield Candidate("SUPPORT", noun, a, b, at, bt, lex.verbs.get("support"), prep.head)


def owned_doing(prep, res: KnownActors) -> list:
    """The owner of the object right before an "in support of" the parser hung on the verb: the phrase
    tells what the owner's doing is for ("condemned Moscow's operations in support of the separatists",
    "to hide Iran's activities in support of the militias": Moscow, Iran back them, not the subject)."""
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), None)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    return [(k, t) for k, t in actors_of(owner, res) if k is not None] if owner is not None else []


def with_help_of(noun, res: KnownActors, lex) -> Iterator[Candidate]:
    """ "Mali held the vote with the assistance of the UN", "retook the town with the backing of US
    troops": the helper named by "of" or "from" aids or backs the clause's doer; a thing done "with
    the help of" ("a seminar organised with ...") counts for the clause the thing is in."""
    prep, frame = noun.head, lex.nouns.get(noun.lemma_.lower())
    if noun.dep_ != "pobj" or prep.lower_ != "with" or frame is None:
        return
    verb = prep.head
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr", "pobj"):
        verb = verb.head.head if verb.head.dep_ != "pobj" else verb.head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    named = [p for x in noun.children if x.dep_ == "prep" and x.lower_ in ("of", "from")
             for p in x.children if p.dep_ == "pobj"]
    helpers = [(k, t) for p in named for k, t in actors_of(p, res) if k is not None]
    for a, at in subjects_of(subject_token(verb), res):
        for b, bt in helpers:
            if b != a:
                yield Candidate(frame.type, noun, b, a, bt, at, frame, verb)
