"""Violence that news states by what was done with a weapon or to a body, not by a verb of attack:
a weapon shown at someone ("pulled a knife on two warders", "pointed it at the officers": a
threat), a weapon used ("the officers fired their weapons", "began throwing firebombs": an
attack, at a target or not), a beating of a person ("beat a deputy", not "beat the champion"),
hostages held ("held the manager and his family hostage", however the parser hangs "hostage"),
and people restrained by force ("tied up two prison officers": coercion).

`force_events` yields these as candidates, and completes a candidate another construction found
at the same word without its target ("aimed a rifle at deputies": the parser hangs "at" on the
rifle). The word classes are in data/lexicon/words/sense.yaml.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import ordered, words
from .actors import KnownActors
from .arguments import actor_of, entity_type, generic_actor, is_passive, subject_token
from .attack_agents import BACK_POINTERS, PEOPLE_NOUNS, PERPETRATORS, TRIES, described_people
from .entry_words import first_words
from .force_replies import REPLYING, force_reply
from .frames import Candidate, subjects_of
from .lexicon import Frame
from .noun_phrases import passive_agent
from .quantities import is_people

HANDHELD = words("handheld_weapons")
SHOWING = words("weapon_showing")
ROUNDS = words("fired_rounds")
FIRING = words("firing_verbs")
THROWN = words("thrown_weapons")
THROWN_ARMS = words("thrown_arms")
THROWING = words("throwing_verbs")
CONTEST_PEOPLE = words("contest_people")
BEATING_MANNERS = words("beating_manners")
BLUNT = words("blunt_implements")
RESTRAINING = words("restraining")
# what binds a body ("tied them up with rope", "bound with cable ties")
BINDINGS = words("binding_nouns")
# a weapon named back by a pronoun ("he pulled a gun ... and pointed it at the officers")
WEAPON_PRONOUNS = frozenset({"it"})
# where a shown or used weapon is directed: "at the officers", "on two guards", "into the crowd"
DIRECTED = ordered("force_directed")
# shots not aimed at anyone: "fired warning shots", "fired into the air"
# ("fired a missile into the sea" is a test)
HARMLESS = words("harmless_fire_words")
# ... of which the places shots fall into say so only after a preposition: "water cannon", "sea mines" are arms
HARMLESS_PLACES = words("force_harmless_places")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# actors that are people, whom one restrains or beats
PEOPLE_TYPES = frozenset({"PERSON", "OTHER", "MILITARY"})

THREAT = Frame("THREATEN", DIRECTED)
ATTACK = Frame("ASSAULT", DIRECTED)
RESTRAINT = Frame("COERCE", ())
ARMED_CONFRONTATION = Frame("THREATEN", ())
HOSTAGE_TAKING = {"ASSAULT": Frame("ASSAULT", ()), "COERCE": Frame("COERCE", ())}
# the frames of this module's candidates: their sense is settled by the weapon, body or hostage they name
FORCE_FRAMES = (THREAT, ATTACK, RESTRAINT, ARMED_CONFRONTATION, *HOSTAGE_TAKING.values())
# verbs of facing someone down, a threat when the one who does it is armed
CONFRONTING = words("force_confronting")
# every verb _act reads besides an attack tried and a restraint
ACT_VERBS = SHOWING | FIRING | THROWING | CONFRONTING | REPLYING | {"beat", "hold", "take"}
# how a phrase says its person is armed: "a man carrying a firearm", "a youth wielding a knife"
CARRYING = words("weapon_carrying_verbs")


def force_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> Iterator[Candidate]:
    """Candidates of violence by weapon, blow, hostage-taking or restraint (see the module)."""
    at_word = {(c.type, c.trigger.i): c for c in found}
    for verb in tokens.verbs:
        act = _act(verb, res, lex)
        if act is None:
            continue
        frame, patient, target = act
        known = at_word.get((frame.type, verb.i))
        if known is None and frame is ARMED_CONFRONTATION:
            known = at_word.get(("COERCE", verb.i))   # "confronted" is coercion unless a weapon is shown
            if known is not None:
                known.type, known.frame = frame.type, frame
        if known is not None:
            okey = _actor(target, res) if known.object is None and target is not None else None
            if okey is not None and okey != known.subject:   # else the weapon stays its object ("hurled
                # petrol bombs at stores"); "fired shells at their forces" is no attack on themselves
                known.object, known.object_tok = okey, target
            if known.subject is None and known.subject_tok is not None and not is_passive(verb):
                known.subject = _described_doer(known.subject_tok, res)
            continue
        subj_tok = _doer(verb)
        subjects = subjects_of(subj_tok, res) or [(_described_doer(subj_tok, res), subj_tok)]
        okey = _actor(target, res) if target is not None else None
        for skey, stok in subjects:
            if skey is not None and skey == okey:
                continue
            yield Candidate(frame.type, verb, skey, okey, stok, target if okey is not None else patient,
                            frame, verb)


def _described_doer(tok, res: KnownActors) -> str | None:
    """The doer a noun describes ("a hunter aimed"); not "the group", which points back at a group
    named before (attack_agents.group_pointed_back), not at one person called "group"."""
    if tok is not None and tok.lemma_.lower() in BACK_POINTERS:
        return None
    return described_people(tok, res, doer=True)


def by_force(c: Candidate) -> bool:
    """Whether a candidate is one of this module's: a weapon, a blow, a hostage or a restraint."""
    return any(c.frame is f for f in FORCE_FRAMES)


def _act(verb, res: KnownActors, lex) -> tuple[Frame, object, object] | None:
    """(frame, the thing or person acted on, the person acted against or None) when `verb` states
    violence by one of this module's constructions."""
    lemma = verb.lemma_.lower()
    tried = lex.verbs.get(lemma)
    if not (tried is not None and tried.type == "ASSAULT" or lemma in ACT_VERBS
            or lemma.split(" ", 1)[0] in first_words(RESTRAINING)):
        return None   # none of the verbs below: its objects need not be read
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    thing = objects[0] if objects else None
    if tried is not None and tried.type == "ASSAULT" and thing is not None and _tried(verb):
        return ATTACK, thing, thing   # its attacker is the try's owner (attack_agents.owner_of_try)
    if lemma in SHOWING and thing is not None and _weapon(thing, HANDHELD):
        target = _directed(verb, thing)
        return (THREAT, thing, target) if target is not None else None
    if lemma in FIRING and thing is not None and _weapon(thing, ROUNDS) and not _harmless(verb, thing):
        return ATTACK, thing, _directed(verb, thing)
    if lemma in THROWING and thing is not None and _weapon(thing, THROWN):
        return ATTACK, thing, _directed(verb, thing)
    if lemma in REPLYING and (reply := force_reply(verb, lex)) is not None:
        return ATTACK, *reply   # "police responded with tear gas"
    if lemma == "beat" and thing is not None and _beaten(verb, thing, res) and not _won_by(verb):
        return ATTACK, thing, thing
    if lemma in ("hold", "take"):
        return _hostages(verb, res, lex)
    if lemma in CONFRONTING and thing is not None and _armed(subject_token(verb)):
        return ARMED_CONFRONTATION, thing, thing
    phrasal = " ".join((lemma, *(p.lower_ for p in verb.children if p.dep_ == "prt")))
    if (lemma in RESTRAINING or phrasal in RESTRAINING) and thing is not None and _person(thing, res) \
            and not _bound_otherwise(verb):
        return RESTRAINT, thing, thing
    return None


def _weapon(tok, kinds: frozenset[str]) -> bool:
    """A weapon of `kinds`, or "it" naming one back in its sentence or the one before."""
    if tok.lemma_.lower() in kinds or tok.lower_ in kinds:
        return True
    if tok.lower_ not in WEAPON_PRONOUNS:
        return False
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [t for t in tok.doc[start:tok.i] if t.pos_ == "NOUN"]
    return bool(before) and before[-1].lemma_.lower() in kinds


def _directed(verb, weapon):
    """The person or thing a weapon is directed at, on the verb or (as the parser often hangs it)
    on the weapon: "aimed a rifle at deputies", "pulled a gun on two guards"."""
    for holder in (verb, weapon):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in DIRECTED):
            pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ not in HARMLESS:
                return pobj
    return None


def _doer(verb):
    """Who acts: the subject of the verb or of the verbs it is joined to or controlled by, never
    one reached across an adverbial clause (the parser's "... died after youths broke a window and
    hurled petrol bombs" would make the dead the throwers)."""
    if is_passive(verb):
        return _agent(verb) if verb.lemma_.lower() == "beat" else None   # "was beaten by police"
    tok = subject_token(verb)
    if tok is None or tok.dep_ not in ("nsubj", "poss", "pobj"):
        return tok     # a relative clause's head ("a carjacker who drew a gun")
    clause = {verb.i}
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
        clause.add(v.i)
    return tok if tok.head.i in clause or tok.dep_ != "nsubj" else None


def _bound_otherwise(verb) -> bool:
    """Bound by law or duty, tied up with paperwork: "bound by law to help", "tying the police up with
    paperwork" (rope, tape or chains bind a body)."""
    if any(c.dep_ in ("xcomp", "agent") for c in verb.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("with", "in") and any(
        x.lemma_.lower() not in BINDINGS for x in p.children if x.dep_ == "pobj") for p in verb.children)


def _tried(verb) -> bool:
    """The act of a try: "the pirates' attempt to attack merchant vessels"."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in TRIES \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _armed(person) -> bool:
    """A person said to be armed: "a man carrying a firearm", "an armed man", "a man with a knife"."""
    if person is None:
        return False
    if any(m.dep_ == "amod" and m.lower_ == "armed" for m in person.children):
        return True
    for m in person.children:
        if m.dep_ == "acl" and m.lemma_.lower() in CARRYING or m.dep_ == "prep" and m.lower_ == "with":
            if any(w.lemma_.lower() in HANDHELD for w in m.subtree):
                return True
    return False


SELF = words("force_self")
# rounds a player fires too ("fired a shot wide"), and the words that count real ones ("several shots")
KICKABLE = words("force_kickable")
COUNTED = words("force_counted")
# verbs of wounding whose passive alone says someone was hurt ("after being shot by a gunman")
WOUNDING = words("force_wounding")


def weapon_fired(c: Candidate) -> bool:
    """An attack stated by the firing itself, at no one named: fire opened ("opened fire in the mall"),
    a gun or rounds fired ("began firing a gun"), a weapon thrown ("threw petrol bombs"), a bomber blowing himself up, or someone wounded,
    unnamed, by the doer ("died after being shot by a gunman"). Shots into the air or warning shots
    are no attack."""
    t = c.trigger
    if c.type != "ASSAULT":
        return False
    lemma = t.lemma_.lower()
    if lemma == "fire" and t.dep_ == "dobj" and t.head.lemma_.lower() == "open":
        return not _harmless(t.head, t)
    if lemma in FIRING and t.pos_ == "VERB":
        rounds = next((x for x in t.children if x.dep_ == "dobj"), None)
        return rounds is not None and _weapon(rounds, ROUNDS) and not _harmless(t, rounds) and _not_a_kick(rounds)
    if lemma in THROWING and t.pos_ == "VERB":   # "began throwing firebombs": a weapon used, at no one named
        thrown = next((x for x in t.children if x.dep_ == "dobj"), None)
        return thrown is not None and _weapon(thrown, THROWN_ARMS) and not _harmless(t, thrown)
    if lemma == "blow" and any(x.dep_ == "prt" and x.lower_ == "up" for x in t.children):
        return any(x.dep_ == "dobj" and x.lower_ in SELF for x in t.children)   # "blew himself up"
    if lemma in WOUNDING and t.pos_ == "VERB" and is_passive(t) and any(x.dep_ == "agent" for x in t.children):
        # "being shot by X": the wounded is the clause's subject; not "the footage, shot by X"
        return not any(x.dep_ == "nsubjpass" for x in t.children) and (t.dep_ != "acl" or is_people(t.head))
    return False


def _not_a_kick(rounds) -> bool:
    """Counted shots, not a player's shot at goal: "fired 11 shots", "fired several shots", not
    "fired a shot over the bar" or "fired a volley into the net"."""
    if rounds.lemma_.lower() not in KICKABLE:
        return True
    return rounds.tag_ == "NNS" and any(m.dep_ == "nummod" or m.lower_ in COUNTED for m in rounds.lefts)


def fired_harmlessly(verb) -> bool:
    """"Fired warning shots", "fired into the air": a firing that hit at no one."""
    rounds = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.lemma_.lower() in FIRING and _harmless(verb, rounds if rounds is not None else verb)


def _harmless(verb, rounds) -> bool:
    """Shots fired at no one: warning shots, blanks, a salute, into the air."""
    if any(m.lower_ in HARMLESS - HARMLESS_PLACES for m in rounds.lefts):
        return True
    return any(p.dep_ == "prep" and any(x.lower_ in HARMLESS for x in p.children)
               for holder in (verb, rounds) for p in holder.children)


def _person(tok, res: KnownActors) -> bool:
    """A person or people, named or described ("the guards", "a deputy", "them", "Mr Ali")."""
    if tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "us", "me") or tok.ent_type_ == "PERSON" \
            or is_people(tok):
        return True
    if tok.lemma_.lower() in PEOPLE_NOUNS or tok.lemma_.lower() in PERPETRATORS:
        return True
    return entity_type(actor_of(tok, res), res) in PEOPLE_TYPES


def _beaten(verb, person, res: KnownActors) -> bool:
    """A blow, not a win: a person described by a common noun who is no contestant ("beat a
    deputy guarding him"), or anyone beaten in a way or with a thing only blows are ("beat him
    severely", "beat him senseless", "beat her with an iron bar")."""
    # the parser may hang the manner elsewhere ("beating her so badly he left her blind")
    manner = any(t.lower_ in BEATING_MANNERS for t in verb.doc[verb.i + 1:verb.i + 5]) or any(
        p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and _weapon(o, HANDHELD | BLUNT)
                                                        for o in p.children) for p in verb.children)
    if manner and _person(person, res):
        return True
    lemma = person.lemma_.lower()
    return person.pos_ == "NOUN" and lemma not in CONTEST_PEOPLE and (
        lemma in PEOPLE_NOUNS or lemma in PERPETRATORS or is_people(person))


def _agent(verb):
    """The "by" phrase of a passive: "was beaten by police"."""
    return passive_agent(verb)


def _won_by(verb) -> bool:
    """A passive "beaten" whose agent is a contestant, a team or a name ("was beaten by his rival", "were
    beaten by Arsenal"): a win; one by people described by what they are ("by police", "by two men",
    "by a mob") is a beating."""
    agent = _agent(verb) if is_passive(verb) else None
    if agent is None:
        return False
    lemma = agent.lemma_.lower()
    return agent.pos_ != "NOUN" or lemma in CONTEST_PEOPLE or not (
        lemma in PEOPLE_NOUNS or lemma in PERPETRATORS or is_people(agent))


def _hostages(verb, res: KnownActors, lex) -> tuple[Frame, object, object] | None:
    """"held them hostage", "took 14 passengers hostage", "held a manager and his family hostage"
    (the parser may make "hostage" a conjunct of the people, or a verb): the people held."""
    hostage = next((t for t in verb.subtree if t.lower_ in ("hostage", "hostages") and t.i > verb.i), None)
    if hostage is None or hostage.i - verb.i > 12:
        return None
    # "took two officers hostage" parsed as a clause, "hostage" its verb and the officers its subject
    held = [*verb.children, *(c for c in hostage.children if c.dep_ == "nsubj" and hostage.head.i == verb.i)]
    people = [c for c in held if c.dep_ in OBJECT_DEPS | {"nsubj"} and c.i != hostage.i and c.i > verb.i
              and _person(c, res)]
    if not people:
        return None
    entry = lex.verbs.get(f"{verb.lemma_.lower()} hostage")
    frame = HOSTAGE_TAKING.get(entry.type if entry is not None else "COERCE", RESTRAINT)
    return frame, people[0], people[0]


def _actor(tok, res: KnownActors) -> str | None:
    """The actor a target phrase names, described people included ("the foreman who had sacked him")."""
    who = any(r.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in r.children) for r in tok.children)
    return actor_of(tok, res) or generic_actor(tok, res) or described_people(tok, res, doer=who)
