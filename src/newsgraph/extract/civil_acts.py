"""Events said by the shape of a clause rather than by its verb's entry: a protest by the people
it names ("protesters gathered outside parliament", "burned their headscarves in protest"),
civilians blocking, occupying or boycotting (a protest, not repression or a sanction), fighting
alongside another side or acting "jointly" (cooperation), troops leaving a country (a
withdrawal), and a visitor welcomed (a meeting)."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import table, words
from .actors import KnownActors
from .arguments import actors_of, entity_type, subject_token, to_objects
from .entity_lookup import unnamed
from .frames import Candidate
from .lexicon import lexicon
from .quantities import HARM_PARTICIPLES, quantities_for
from .sense import STATES

PROTEST_AGENTS = frozenset(words("protest_agents"))
RIOTERS = words("rioting_agents")
RIOT_DAMAGE = words("riot_damage_verbs")
GATHERING = frozenset(words("gathering_verbs"))
OBSTRUCTION = frozenset(words("civil_obstruction"))
ALONGSIDE = frozenset(words("alongside_verbs"))
LEAVING = frozenset(words("leaving_verbs"))
GREETING = frozenset(words("greeting_verbs"))
SUSPECTS = frozenset(words("handed_suspects"))
CIVILIANS = frozenset(table("generic_kinds")["OTHER"])
OFFICES = lexicon().leadership_roles   # "welcomed Syria's president"
# whose obstruction or boycott is the state's own act: repression, a blockade, a sanction
STATE_SIDES = STATES | {"MILITARY", "ARMED_GROUP"}
VISITORS = frozenset({"PERSON"})
COUNTRIES = frozenset({"COUNTRY", "LOCATION"})


def civilian(c: Candidate, res: KnownActors) -> bool:
    """A subject that is people acting as civilians: "protesters", "farmers", "residents" (not a
    state, its forces, officials or an armed group); for a boycott also lawmakers ("opposition
    lawmakers boycotted the vote"), whose walking away from a vote is their protest."""
    tok, key = c.subject_tok, c.subject or ""
    if tok is None:
        return False
    generic = unnamed(key)
    kind = entity_type(key, res)
    if kind in STATE_SIDES and not (generic and kind == "GOVERNMENT" and c.trigger.lemma_.lower() == "boycott"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in PROTEST_AGENTS or lemma in CIVILIANS or generic


def rioting(c: Candidate) -> bool:
    """Violence by rioters on things, no actor its victim: "rioters set fire to shops", "rioters
    smashed shop windows" (PLOVER PROTEST, modes riot and vandalize): those named by the riot do
    it, by burning, smashing or looting. A weapon thrown ("rioters hurled grenades at shops") and
    protesters who throw petrol bombs or torch a bank attack (so the bench's attack articles code it); on people or a side, or with dead or wounded in the sentence ("set the bank on
    fire, killing three"), it stays an attack."""
    tok = c.subject_tok
    return c.type == "ASSAULT" and c.object is None and tok is not None and tok.i != c.trigger.i \
        and tok.lemma_.lower() in RIOTERS and c.trigger.lemma_.lower() in RIOT_DAMAGE and not any(k in quantities_for(c) for k in ("killed", "wounded")) \
        and not any(t.lemma_.lower() in HARM_PARTICIPLES or t.lemma_.lower() == "die" for t in c.trigger.sent)


def retype_civil_acts(candidates: list[Candidate], res: KnownActors) -> None:
    """Civilians blocking a road, occupying a square or boycotting a vote protest (PLOVER PROTEST:
    obstruct, demo, boycott); a person welcomed by an actor is received, not endorsed."""
    for c in candidates:
        lemma = c.trigger.lemma_.lower()
        if lemma in OBSTRUCTION and c.type in ("COERCE", "ASSAULT", "SANCTION") and civilian(c, res):
            c.type, c.object = "PROTEST", None
        elif rioting(c):
            c.type = "PROTEST"   # "rioters set fire to shops", "protesters torched cars": a riot (PLOVER mode riot)
        elif lemma in GREETING and c.type == "SUPPORT" and c.object_tok is not None \
                and c.object_tok.dep_ == "dobj" and visitor(c.object, res) and (
                    c.object_tok.pos_ == "PROPN" or c.object_tok.lemma_.lower() in OFFICES):
            c.type = "CONSULT"   # the person welcomed, not their announcement ("welcomed Mr X's plan")
        elif lemma == "hand" and c.type == "RETREAT" and (receiver := extradited_to(c, res)) is not None:
            c.type, c.object, c.object_tok = "COOPERATE", receiver[0], receiver[1]


def extradited_to(c: Candidate, res: KnownActors):
    """The state a suspect is handed over to ("Mexico handed the cartel boss over to US
    authorities": an extradition), as (key, token); None for captives released or land returned."""
    tok = next((x for x in children(c.trigger) if x.dep_ == "dobj"), c.object_tok)
    if tok is None or not (tok.lemma_.lower() in SUSPECTS or tok.ent_type_ == "PERSON"):
        return None
    verb = c.trigger
    receivers = to_objects(verb, *(p for p in children(verb) if p.dep_ == "prt"))
    for key, t in (a for o in receivers for a in actors_of(o, res)):
        if key != c.subject and entity_type(key, res) in STATES | {"MILITARY"}:
            return key, t
    return None


def visitor(key: str | None, res: KnownActors) -> bool:
    """An actor who can be a guest: a person or an office holder ("Syria's president")."""
    return key is not None and (key.startswith("office:") or entity_type(key, res) in VISITORS)


def civil_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> Iterator[Candidate]:
    """Events of the clause shapes above, at words no other construction took."""
    taken = {c.trigger.i for c in found} | {c.anchor.i for c in found if c.anchor is not None}
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        joint = any(a.dep_ == "advmod" and a.lower_ == "jointly" for a in children(verb))
        if not (lemma in ALONGSIDE or joint or verb.i not in taken and (
                lemma in GATHERING or lemma in LEAVING or in_protest(verb) is not None)):
            continue   # none of the shapes at this verb: its subject need not be sought
        subj = subject_token(verb)
        if subj is None:
            continue
        if lemma in ALONGSIDE:
            yield from alongside(verb, subj, res, lex)
        if joint:
            yield from jointly(verb, subj, res, lex)
        if verb.i in taken:
            continue
        if lemma in GATHERING and crowd_noun(subj).lemma_.lower() in PROTEST_AGENTS:
            yield from _protest(verb, crowd_noun(subj), res, lex)
        elif (protest := in_protest(verb)) is not None:
            yield from _protest(protest, subj, res, lex, anchor=verb)
        elif lemma in LEAVING:
            yield from troops_leaving(verb, subj, res, lex)


def crowd_noun(subj):
    """The people a counted crowd is made of: "thousands of protesters" -> "protesters"."""
    if subj.like_num or subj.ent_type_ == "CARDINAL" or subj.lemma_.lower() in ("crowd", "hundreds", "thousands"):
        return next((p for x in children(subj) if x.dep_ == "prep" and x.lower_ == "of"
                     for p in children(x) if p.dep_ == "pobj"), subj)
    return subj


def _protest(trigger, subj, res: KnownActors, lex, anchor=None) -> Iterator[Candidate]:
    """A protest by the people of `subj`: not by the country their adjective names ("Iranian
    women burned their headscarves in protest" is no act of Iran)."""
    frame = lex.nouns.get("protest")
    sides = [(k, t) for k, t in actors_of(subj, res) if unnamed(k)
             or entity_type(k, res) not in STATE_SIDES]
    for key, tok in sides or [(None, subj)]:
        yield Candidate("PROTEST", trigger, key, None, tok, None, frame, anchor if anchor is not None else trigger)


def in_protest(verb):
    """The "protest" of "walked out in protest", "burned their flags in protest at the ruling"."""
    return next((p for x in children(verb) if x.dep_ == "prep" and x.lower_ == "in"
                 for p in children(x) if p.dep_ == "pobj" and p.lemma_.lower() == "protest"), None)


def alongside(verb, subj, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Rwandan troops fought alongside Mozambican forces": the two sides cooperate."""
    partners = [x for c in children(verb) if c.dep_ == "prep" and c.lower_ == "alongside"
                for p in children(c) if p.dep_ == "pobj" for x in actors_of(p, res)]
    frame = lex.verbs.get("cooperate")
    for (a, at) in actors_of(subj, res):
        for (b, bt) in partners:
            if a != b:
                yield Candidate("COOPERATE", verb, a, b, at, bt, frame, verb)


def jointly(verb, subj, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Germany and France are jointly developing a fighter jet": coordinated subjects cooperate."""
    sides = actors_of(subj, res)
    if len(sides) >= 2 and sides[0][0] != sides[1][0] and all(entity_type(k, res) in STATES for k, _ in sides[:2]):
        # states and their bodies ("the leaflet published jointly by the CPS and ACPO"); two
        # people or firms doing something together is private or business news
        (a, at), (b, bt) = sides[0], sides[1]
        yield Candidate("COOPERATE", verb, a, b, at, bt, lex.verbs.get("cooperate"), verb)


def troops_leaving(verb, subj, res: KnownActors, lex) -> Iterator[Candidate]:
    """"The last American soldiers left Afghanistan": forces leaving a country withdraw from it."""
    places = [x for o in children(verb) if o.dep_ == "dobj" for x in actors_of(o, res)]
    frame = lex.verbs.get("withdraw")
    for (a, at) in actors_of(subj, res):
        if entity_type(a, res) != "MILITARY" or unnamed(a):
            continue
        for (b, bt) in places:
            if entity_type(b, res) in COUNTRIES:
                yield Candidate("RETREAT", verb, a, b, at, bt, frame, verb)
