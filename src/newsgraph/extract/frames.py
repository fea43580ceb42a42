"""Building blocks of the event constructions: candidates, the token index, and the frames and
arguments of verbs and event nouns."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..doctext import children, doc_tokens, token_memo
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, actors_of, entity_of_token, entity_type, generic_actor, subject_token
from .charged_deaths import DEATH_NOUNS, charged_deaths
from .entry_words import first_words
from .lexicon import Frame, lexicon
from .noun_agents import agent_phrases, genitive_doer, handing_owner, sender
from .noun_frames import (  # noqa: F401  (other stages import these from here)
    COMPLEMENT_DEMANDS,
    DEMAND_TAKERS,
    TIME_LABELS,
    demand_complement,
    noun_frame,
)
from .noun_phrases import by_agents, possessors, prep_objects, relative_owner, trade_partners, valued
from .outside_sides import acting_through, arranger_word, partaker, role_holder
from .place_settings import names_where
from .quantities import is_people
from .thing_names import names_only_things
from .undergoing_owners import undergoing_owners
from .undergone_by_owner import undergone_by, undergone_places
from .voice import passive_patients

# Nouns that group events: "a series of attacks", "a wave of strikes".
GROUPING_NOUNS = words("grouping_nouns")
DURATION_NOUNS = words("duration_nouns")


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """The tokens of a document grouped once by what the constructions look at (spaCy builds a
    new Token object each time a Doc is iterated, so each pass over the Doc costs)."""
    verbs: list
    nouns: list
    adjectives: list
    preps: list

    @classmethod
    def of(cls, doc) -> TokenIndex:
        from spacy.attrs import DEP, POS  # noqa: PLC0415

        strings = doc.vocab.strings
        verbal = {strings[p] for p in VERBAL}
        nominal = {strings["NOUN"], strings["PROPN"]}
        modifier = {strings["acomp"], strings["advmod"]}
        prep = strings["prep"]
        verbs, nouns, adjectives, preps = [], [], [], []
        toks = doc_tokens(doc)
        # read the attributes as arrays, and take the shared Token objects of the tokens kept
        for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
            if pos in verbal:
                verbs.append(toks[i])
            elif pos in nominal:
                nouns.append(toks[i])
            elif dep in modifier:
                adjectives.append(toks[i])
            if dep == prep:
                preps.append(toks[i])
        return cls(verbs, nouns, adjectives, preps)


@dataclass(slots=True)
class Candidate:
    type: str
    trigger: object            # spaCy token
    subject: str | None
    object: str | None
    subject_tok: object = None
    object_tok: object = None
    frame: Frame | None = None
    anchor: object = None      # the verb whose clause carries attribution/modality
    # the candidates a side was carried over from, in other sentences: their doubt is the event's
    told_by: tuple = ()


# adverbs that work as a verb's particle though parsed as a preposition or an adverb ("walked out of the talks",
# "put forward a demand")
PARTICLES = words("frames_particles")


@token_memo   # a dozen passes ask about the same verbs
def frame_for_verb(verb, lex) -> tuple[Frame | None, str]:
    """The verb's frame, trying "lemma particle noun", "lemma particle" and "lemma object-noun"
    before the bare lemma, then a reversal of what its object states ("lifted the curfew")."""
    lemma = verb.lemma_.lower()
    first = lemma.split(" ", 1)[0]
    if first not in first_words(lex.verbs) and lemma not in lex.reversals and first not in first_words(lex.not_events):
        return None, lemma   # most verbs begin no entry: their particles and objects need not be read
    frame, key = _verb_entry(verb, lex)
    if frame is not None and frame.needs_clause and not to_clause(verb, light=key != verb.lemma_.lower()):
        return None, key    # "told X to leave" is a request; "told reporters that ..." is saying
    if key == lemma:
        # before the verb's own sense: "suspended negotiations" refuses talks, "suspended Gabon" sanctions
        frame = reversal(verb, lex) or frame
    return frame, key


def governing_frame(verb, clause, lex) -> Frame | None:
    """The frame of a verb over the clause under it, when the clause is what the verb names ("agreed
    to withdraw", "demanded that Ankara withdraw"), also through the preposition that marks it
    ("called for Israel to lift the blockade": the parser makes "for" the clause's marker)."""
    if clause.dep_ in ("xcomp", "ccomp"):
        return frame_for_verb(verb, lex)[0]
    marks = [m.lower_ for m in children(clause) if m.dep_ == "mark"]
    return lex.verbs.get(f"{verb.lemma_.lower()} {marks[0]}") if clause.dep_ == "advcl" and marks else None


def to_clause(verb, light: bool = False) -> bool:
    """Whether an active verb governs an object and an infinitive: "told France to withdraw", or an
    infinitive clause with a subject of its own: "wants Russia to end the blockade". A verb with a
    noun of its collocation (`light`) may have the infinitive parsed as its adverbial clause: "put
    pressure on Serbia to arrest him"."""
    if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
           and any(a.dep_ == "nsubj" for a in children(c)) for c in children(verb)):
        return True
    # "told France to withdraw", or its passive with the teller named: "was told by the EU to cut"
    deps = {c.dep_ for c in children(verb)}
    return ("dobj" in deps or {"nsubjpass", "agent"} <= deps) and any(
        (c.dep_ == "xcomp" or light and c.dep_ == "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        and not any(a.dep_ == "auxpass" for a in children(c))   # "told the programme, to be aired on"
        for c in children(verb))


def _verb_entry(verb, lex) -> tuple[Frame | None, str]:
    lemma = verb.lemma_.lower()
    for particle, noun in particle_nouns(verb):
        # "pulled out of the talks", "laid down their arms", "handed in their weapons"
        f = lex.verbs.get(f"{lemma} {particle} {noun.lemma_.lower()}")
        if f:
            return f, f"{lemma} {particle} {noun.lemma_.lower()}"
    naming = {"dobj", "oprd"} <= {x.dep_ for x in children(verb)}   # "called X a Y": X named Y
    for c in (*children(verb), *(p for p in passive_patients(verb) if p.head.i != verb.i),   # and a raised one
              *conjunct_object(verb)):
        if c.dep_ in ("dobj", "prep") and naming:
            continue   # "called the Israeli strike on Rafah a massacre": named, no "call strike", "call on"
        if c.dep_ in ("prt", "dobj") and f"{lemma} {c.lemma_.lower()}" in lex.not_events:
            return None, f"{lemma} {c.lemma_.lower()}"   # "a rule is struck down", "kill time"
        if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i > verb.i:   # "hit back at"
            f = lex.verbs.get(f"{lemma} {c.lower_}")
            if f:
                return f, f"{lemma} {c.lower_}"
        if c.dep_ == "prep":
            pobjs = [p for p in children(c) if p.dep_ == "pobj"]
            if pobjs and all(p.ent_type_ in TIME_LABELS for p in pobjs):
                continue   # "called Putin on Thursday" is no "call on"
            for p in pobjs:
                if f"{lemma} {c.lower_} {p.lemma_.lower()}" in lex.not_events:
                    return None, f"{lemma} {c.lower_} {p.lemma_.lower()}"   # "charging students for fees"
                # "placed under (house) arrest", "went on strike", "put troops on alert"
                f = lex.verbs.get(f"{lemma} {c.lower_} {p.lemma_.lower()}")
                if f:
                    return f, f"{lemma} {c.lower_} {p.lemma_.lower()}"
            # "gave aid in Gaza" is no "give in": a particle with an object of its own is a preposition
            f = None if c.i < verb.i or pobjs and c.lower_ in PARTICLES else lex.verbs.get(f"{lemma} {c.lower_}")
            if f:
                # "care for X": the preposition of the entry introduces the recipient
                return replace(f, object_preps=(*f.object_preps, c.lower_)), f"{lemma} {c.lower_}"
        adj = complement(verb, c)
        f = lex.verbs.get(f"{lemma} {adj.lower_}") if adj is not None else None
        if f:
            return f, f"{lemma} {adj.lower_}"
        if c.dep_ in ("dobj", "nsubjpass", "oprd", "attr") or c.head.i != verb.i:
            for noun in (c, *(p for x in children(c) if x.dep_ == "prep" and x.lower_ == "of"
                              for p in children(x) if p.dep_ == "pobj")):
                # "froze the assets", "lifted the state of emergency", "became a member"
                f = lex.verbs.get(f"{lemma} {noun.lemma_.lower()}")
                if f:
                    return f, f"{lemma} {noun.lemma_.lower()}"
    return lex.verbs.get(lemma), lemma


def complement(verb, c):
    """The adjective completing the verb that c is or holds: right after the verb ("set free 30 prisoners",
    "said sorry to") or after its object ("set a church ablaze", "set the prisoners free"), though the parser
    makes it an adverb, an interjection ("set alight a mosque") or a noun, or hangs it on the object."""
    after_object = any(o.dep_ == "dobj" and verb.i < o.i < c.i for o in children(verb))
    if c.dep_ == "dobj":
        adj = next((a for a in children(c) if a.dep_ == "amod" and a.i in (verb.i + 1, c.i + 1)), None)
    elif c.i == verb.i + 1 and c.dep_ in ("advmod", "acomp", "dative") or after_object and c.dep_ in (
            "advmod", "acomp", "oprd", "advcl", "xcomp"):
        adj = c
    else:
        return None
    late = adj is not None and adj.i > verb.i + 1
    return adj if adj is not None and adj.pos_ in ("ADJ", "ADV", "INTJ", *(("NOUN",) if late else ())) else None


def conjunct_object(verb) -> list:
    """The object a verb with none of its own shares with the verb coordinated after it: "signed and
    ratified the treaty" (a "sign treaty"), "imposed and enforced sanctions"."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children(verb)):
        return []
    return [d for k in children(verb) if k.dep_ == "conj" and k.pos_ == "VERB" and k.i > verb.i
            for d in children(k) if d.dep_ == "dobj"][:1]


def particle_nouns(verb):
    """(particle, noun) pairs of a phrasal verb and the noun it governs: its object, or the object
    of a preposition after the particle ("pulled out of the talks"; the parser may make the particle an
    adverb: "walked away from the talks")."""
    particles = [c for c in children(verb) if c.i > verb.i and (
        c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLES)]
    for prt in particles:
        for c in (*children(verb), *children(prt)):
            if c.dep_ in ("dobj", "pobj"):
                yield prt.lower_, c
            elif c.dep_ == "prep" and c is not prt:
                yield from ((prt.lower_, p) for p in children(c) if p.dep_ == "pobj")


def reversal(verb, lex) -> Frame | None:
    """A verb that undoes what its object noun states: "lifted the curfew" concedes, "scrapped
    the defence pact" sanctions. The recipient comes from the noun ("the pact with France")."""
    undoes = lex.reversals.get(verb.lemma_.lower())
    if not undoes:
        return None
    for o in (*(c for c in children(verb) if c.dep_ == "dobj"), *passive_patients(verb)):
        f = noun_frame(o, lex)
        if f is not None and f.type in undoes:
            return Frame(type=undoes[f.type], object_preps=f.object_preps, reverses=True)
    return None


def event_noun(tok, lex, depth: int = 0):
    """The event noun a light verb's object denotes: "attacks", "a series of attacks"."""
    if tok is None or depth > 2:
        return None
    if noun_frame(tok, lex) is not None:   # "imposed martial law", "staged war games"
        return tok
    if tok.lemma_.lower() in GROUPING_NOUNS | DURATION_NOUNS or tok.like_num:   # "two hours of negotiations"
        for c in children(tok):
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in children(c):
                    if p.dep_ == "pobj":
                        return event_noun(p, lex, depth + 1)
    return None


def noun_object(noun, frame: Frame, res: KnownActors, extra_heads=()) -> tuple[str | None, object]:
    """Who a nominal event is done to: "attacks on X", "the assassination of X"."""
    agents = [a for a in by_agents(noun) if actor_of(a, res) or generic_actor(a, res)]
    # "charged with murder in the death of X": the victim is named on the death
    for head in (noun, *extra_heads, *agents, *venues(noun, extra_heads), *charged_deaths(noun), *valued(noun)):
        for c in children(head):
            if c.dep_ in ("prep", "dative") and c.lower_ in frame.object_preps and not (
                    head in agents and c.lower_ == "of" and not patient_after_agent(head, c)):   # "an inquiry by the Office of Fair Trading"
                for pobj in children(c):
                    if pobj.dep_ == "pobj":
                        # "an embargo on arms exports to China": whom the trade goes to
                        for t in (pobj, *pobj.conjuncts, *possessors(pobj), *trade_partners(pobj)):
                            key = actor_of(t, res) or generic_actor(t, res)
                            if key:
                                return key, t
                        if c.lower_ != "with" and (owned := thing_of_owner(pobj, frame, res)) is not None:
                            return owned
    for t in patient_possessors(noun, frame, res) if agents or not by_agents(noun) else ():
        key = actor_of(t, res) or generic_actor(t, res)
        if key:
            return key, t   # "Navalny's arrest by the police": the police arrest Navalny
    if "against" in frame.object_preps:
        # "allegations of abuse against Qatar": the parser hangs "against" on the wrong alleged
        pobj = next((p for w in prep_objects(noun, "of") for p in prep_objects(w, "against")), None)
        key = (actor_of(pobj, res) or generic_actor(pobj, res)) if pobj is not None else None
        if key:
            return key, pobj
    if not frame.symmetric:   # "X was the subject of talks" is what they were about
        return role_holder(noun, res)   # "Microsoft was the target of an inquiry"
    return None, None


# nouns of people whose "of" names the person they follow or serve: "supporters of Mr Morsi"
FOLLOWERS = words("of_followers")


def patient_after_agent(agent, of) -> bool:
    """"The killing by police of a teenager", "the arrest by soldiers of Ahmed Ali": the event's "of"
    phrase, which the parser hangs on its agent. Police or soldiers are of a body, not of a person; a
    name, a follower or a body's "of" is its own ("the Office of Fair Trading", "supporters of Mr Morsi",
    "forces of the regime")."""
    return agent.pos_ == "NOUN" and not agent.ent_type_ and agent.lemma_.lower() not in FOLLOWERS \
        and any(p.dep_ == "pobj" and is_people(p) for p in children(of))


def thing_of_owner(thing, frame: Frame, res: KnownActors) -> tuple[str, object] | None:
    """The owner a nominal event's thing names with "of", as a possessive names it: "a crackdown on the
    activities of the Brotherhood" (= "the Brotherhood's activities"), "his clampdown on the ambitions of
    Khodorkovsky"; not a death's, whose "of" names the one who died ("the inquiry into the death of X"
    accuses no X). Only a thing's: an event's "of" names its own side ("attacks on the arrest of X" is
    read by "arrest"). A place owns what is in it only for an attack ("shelling of the outskirts of
    Aleppo"; "restrictions on the streets of Cairo" restrict no Cairo). The owner is a name itself ("the
    exceptions of Varitek's deal" are no one's). Not a partner's ("a deal with the exceptions of X": the
    caller skips "with")."""
    if thing.pos_ != "NOUN" or noun_frame(thing, lexicon()) is not None or thing.lower_ in DEATH_NOUNS:
        return None
    for owner in prep_objects(thing, "of"):
        key = entity_of_token(owner, res)
        if key and (frame.type == "ASSAULT" or entity_type(key, res) != "LOCATION"):
            return key, owner
    return None


# where a charge is brought: "filed charges in a federal court against X" (the parser hangs the
# accused on the court)
VENUES = words("judging_bodies")
VENUE_PREPS = words("frames_venue_preps")


def venues(noun, heads=()) -> list:
    """The court or tribunal a nominal event is brought in or before, on the noun or the verb making it."""
    return [p for h in (noun, *heads) for c in children(h) if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
            for p in children(c) if p.dep_ == "pobj" and p.lemma_.lower() in VENUES]


def patient_possessors(noun, frame: Frame | None, res: KnownActors | None = None) -> list:
    """Whose undergoing a nominal event names when its doer stands in a "by" phrase: "his abduction
    by gunmen", "the city's shelling by the army" (without one, "Egypt's crackdown" is Egypt's act, and
    "Navalny's arrest" Navalny's undergoing: undergoing_owners)."""
    if frame is None or not frame.patient_of:
        return undergone_places(noun, frame, res) if frame is not None else []   # "Aleppo's shelling"
    return possessors(noun) if by_agents(noun) else undergoing_owners(noun, res)


def noun_subject(noun, res: KnownActors, exclude: str | None = None) -> tuple[str | None, object]:
    """Who carries out a nominal event: "Egypt's crackdown", "Israeli strikes", "a coup by X"."""
    for pobj in agent_phrases(noun):
        key = actor_of(pobj, res) or generic_actor(pobj, res)   # "the arrest of X by police"
        if key and key != exclude:
            return key, pobj
    frame = noun_frame(noun, lexicon())
    undergoers = patient_possessors(noun, frame, res)
    for c in noun.lefts:
        owner = relative_owner(c)   # "Hamas, whose attack on Israel ...": Hamas
        if c.dep_ in ("poss", "compound", "amod", "nmod", "nummod") and (owner or c) not in undergoers \
                and not undergone_by(c, noun, res):
            for t in [owner] if owner is not None else c.subtree:
                key = entity_of_token(t, res)
                if key and key != exclude and not arranger_word(t, noun) and not names_only_things(t, noun, key, res) \
                        and not names_where(c, t, frame, key, res):
                    return key, t   # not "the Crossrail plan" (thing_names.py), "the Mumbai attacks" (place_settings.py)
    key, tok = traveller(noun, res, exclude)
    if key is None and frame is not None:   # "threats from Hezbollah", "criticism of the plan from Labour"
        key, tok = sender(noun, frame, res, exclude)
    if key is None and frame is not None:   # "Iran is in talks with the EU", "took part in the raid"
        key, tok = partaker(noun, frame.symmetric, res, exclude)
    if key is None and frame is not None:   # "arrested twenty people in a crackdown", "ordered the arrest"
        key, tok = acting_through(noun, frame, res, lexicon(), exclude)
    if key is None and frame is not None:   # "the resignation of the minister"
        key, tok = genitive_doer(noun, frame, res, exclude)
    if key is None and frame is not None:   # "Rome's provision of a loan to the carrier"
        key, tok = handing_owner(noun, frame, res, exclude)
    return key, tok


# things a side makes and another turns down: proposals, claims, orders (data/lexicon/words/statements.yaml)
TURNED_DOWN = words("statement_proposal_nouns") | words("statement_claim_nouns") | words("statement_order_nouns")


def traveller(noun, res: KnownActors, exclude: str | None = None) -> tuple[str | None, object]:
    """Who goes somewhere for talks or on a visit holds them: "flew to Riyadh for talks with
    Saudi officials", "arrived in Delhi on a three-day visit"."""
    frame = noun_frame(noun, lexicon())
    if frame is None or frame.type != "CONSULT":
        return None, None
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("for", "on") and prep.head.pos_ in VERBAL:
        verb = prep.head
    else:
        verb = adjunct_clause(noun)
    for key, t in subjects_of(subject_token(verb), res) if verb is not None else ():
        if key and key != exclude:
            return key, t
    return None, None


# prepositions that set talks beside what their clause's subject does: "after talks with Putin"
TALK_TIMES = words("frames_talk_times")


def adjunct_clause(noun):
    """The clause an event noun in a time adjunct belongs to: "After talks with Putin, Macron
    said ...", "At a news conference following talks with Mr Blair, Mr Abbas said ..."."""
    t, timed = noun, False
    for _ in range(5):
        if t.dep_ not in ("pobj", "dobj", "prep", "acl", "pcomp") or t.head.i == t.i:
            return None
        timed = timed or t.head.lower_ in TALK_TIMES
        t = t.head
        if t.pos_ in VERBAL and t.dep_ not in ("acl", "prep", "pcomp"):
            return t if timed else None
    return None


def between(noun, res: KnownActors) -> list[tuple[str, object]]:
    """"between X and Y" under a symmetric noun (or misattached to the verb it is the object of:
    "claiming cooperation between the IDF and the Egyptian military")."""
    heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    for c in (c for h in heads for c in children(h)):
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            for pobj in children(c):
                if pobj.dep_ == "pobj":
                    return actors_of(pobj, res)
    return []


def subjects_of(tok, res: KnownActors) -> list[tuple[str, object]]:
    """Actors of a subject phrase; "some of the Hamas men, including A and B" -> A, B; "the two
    sides" -> the two parties named before."""
    if tok is None:
        return []
    if tok.dep_ == "csubj" and tok.tag_ == "VBG":
        # "Indian Navy patrolling the Gulf thwarted an attack": the parser took the participle
        # phrase for a clausal subject; its own subject is who acts
        own = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
        if own is None or any(entity_type(k, res) == "LOCATION" for k, _ in actors_of(own, res)):
            return []   # a place is no doer ("Mumbai, Nov 11 - Indian Navy patrolling ...")
        tok = own
    if any(c.dep_ == "relcl" for c in children(tok)) and tok.pos_ in ("NOUN", "PROPN") \
            and tok.dep_ == "conj":
        # the head of a relative clause, not its coordination ("a bus as well as vehicles that ...")
        key = actor_of(tok, res)
        return [(key, tok)] if key else []
    for c in tok.subtree:
        if c.lower_ == "including" and c.dep_ == "prep" and c.head.i in {tok.i, *(x.i for x in tok.subtree)}:
            named = [x for p in children(c) if p.dep_ == "pobj" for x in actors_of(p, res)]
            if named:
                return named
    return actors_of(tok, res)


def clause_subject(verb, res: KnownActors) -> tuple[str | None, object]:
    """The first actor of a verb's subject phrase and its token, or (None, None)."""
    return next(iter(subjects_of(subject_token(verb), res)), (None, None))


def thing_acted_on(noun, frame: Frame):
    """The (non-actor) target of a nominal event: "the bombing of a mosque", "strikes on a depot"."""
    for c in (*children(noun), *(x for a in by_agents(noun) for x in children(a) if x.lower_ != "of")):
        if c.dep_ == "prep" and (c.lower_ in frame.object_preps or c.lower_ == "of"):
            for p in children(c):
                if p.dep_ == "pobj":
                    return p
    return next(iter(patient_possessors(noun, frame)), None)


def coordination_root(noun):
    while noun.dep_ == "conj":
        noun = noun.head
    return noun


def clause_object(noun, res: KnownActors) -> tuple[str | None, object]:
    """The recipient stated in a clause on the event noun: "an attack that targeted an Israeli bus",
    "a coup to remove Morsi"."""
    for c in children(noun):
        if c.dep_ in ("relcl", "acl") and c.pos_ in VERBAL:
            for o in children(c):
                if o.dep_ == "dobj":
                    for t in (o, *o.conjuncts):
                        key = actor_of(t, res)
                        if key:
                            return key, t
    return None, None


def addressee_clause(noun, res: KnownActors) -> tuple[str | None, object]:
    """Who must act in a demand noun's that-clause: "its demand that Israel halt construction"."""
    for c in children(noun):
        if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
            for subj in (x for x in children(c) if x.dep_ == "nsubj"):
                key = actor_of(subj, res)
                if key:
                    return key, subj
    return None, None
