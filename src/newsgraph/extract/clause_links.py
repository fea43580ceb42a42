"""Participants a clause shares with the clause or noun it hangs on.

News packs several events into one sentence: a passive conjunct or participle shares its
undergoer with the clause it joins ("surrendered and was arrested", "fled before being taken
into custody"), a relative clause's missing object is the noun it modifies ("a woman he took
hostage"), a counted group is the people counted ("tens of thousands of union members"), and a
semicolon list hangs its items on the first one's apposition ("killed A; a reporter, B; and C").
"""
from __future__ import annotations

from ..doctext import children
from ..model import ARMED_TYPES, FORCE_TYPES
from ..resolve.people_kinds import people_nouns
from ..wordlists import words
from .arguments import (
    REL_PRONOUNS,
    VERBAL,
    actor_of,
    actors_of,
    entity_type,
    generic_actor,
    is_passive,
    subject_token,
)
from .entity_lookup import ACTOR_LABELS, unnamed
from .noun_phrases import doer_phrase, passive_agent
from .quantities import is_people
from .received_acts import received_acts
from .trials_ahead import TRIAL_VERBS, trial_held
from .unwritten_sides import relative_head
from .voice import UNDERGOING, stranded_patient

WH_ADVERBS = words("wh_adverbs")
PEOPLE_NOUNS = people_nouns()


def shared_patient(verb):
    """The undergoer a passive verb without a subject of its own shares with the clause it joins:
    "surrendered and was arrested" (the one who surrendered), "were searched and detained" (those
    searched), "fled before being taken into custody" (the one who fled). None otherwise."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(verb)):
        return None   # its own agent stays its doer: "were beaten and detained by police"
    if (stranded := stranded_patient(verb)) is not None:
        return stranded   # "football is a team game and Jackson was arrested": Jackson, not football
    own_aux = any(c.dep_ == "auxpass" for c in children(verb))
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in VERBAL and head.i != verb.i:
        if not own_aux and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb)):
            return None   # "have not been drawn in but have called for a review": a perfect, done by them
        if is_passive(head):
            # "were searched and detained"; with its own auxiliary the conjunct may be a clause
            # the parser joined wrongly ("whose tour was cancelled ..., has been jailed"), unless
            # "and" joins two main clauses ("were arrested and were being held")
            if own_aux and (head.dep_ in ("relcl", "acl") or not any(
                    c.dep_ == "cc" and c.lower_ == "and" for c in children(head))):
                return None
            return passive_subject(head)
        return subject_token(head) if own_aux else None
    if verb.dep_ == "advcl" and not own_aux and is_passive(head) and not any(c.dep_ == "mark" for c in children(verb)):
        # "were arrested Friday, charged with killing X": a participle shares the passive's undergoer
        return passive_subject(head)
    if verb.dep_ == "advcl" and head.pos_ in VERBAL and not any(
            c.dep_ in ("mark", "aux", "auxpass", "dobj", "conj", "cc") for c in children(verb)) \
            and any(c.dep_ in ("prep", "agent") for c in children(verb)) and not any(
            c.dep_ in ("dobj", "attr", "dative") and c.i < verb.i for c in children(head)):
        # "X is on trial, accused of fraud", "Accused of bribery, X resigned": a bare participle with its
        # complement is passive, and the one it is done to is the subject of the clause it hangs on (not
        # a verb of a list the parser hung on the first: "Police searched, arrested and detained the men"; nor
        # after an object it may describe: "accused its predecessor, led by Mr Kuchma")
        return subject_token(head)
    if verb.dep_ == "xcomp" and own_aux and head.pos_ in VERBAL | {"ADJ"} and (shared := subject_token(head)) \
            is not None and (shared.ent_type_ in ACTOR_LABELS or is_people(shared) or shared.lemma_.lower() in PEOPLE_NOUNS):
        # "are unlikely to be prosecuted", "expects to be charged": a passive infinitive acts on the
        # one it shares, who does not do it; a thing ("the embargo is likely to be lifted") is left to
        # the passive's own reading, which takes the side that owns it
        return shared
    if verb.dep_ == "pcomp" and own_aux and head.dep_ == "prep" and head.head.pos_ in VERBAL:
        governing = head.head
        return None if is_passive(governing) else subject_token(governing)
    return None


def active_conjunct_doer(verb):
    """The undergoer of a passive clause who does the active one joined to it: "have not been drawn
    into the row but have called for a review", "was detained and has appealed to the court" (the
    one drawn in, the one detained). A bare participle ("were searched and detained") is passive
    too: shared_patient."""
    if verb.dep_ != "conj" or not is_passive(verb.head) or is_passive(verb) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(verb)):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb)):
        return None
    if not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in children(verb.head)):
        return None   # no "and"/"but" between them: a noun the parser made a verb ("named for the clash with")
    return passive_subject(verb.head)


def passive_subject(verb):
    """The undergoer of a passive verb: its own, or the one it shares ("were arrested and were
    being held, charged with murder": those arrested); for a relative pronoun, the noun it stands for
    ("Jane Roe, who was arrested and charged with theft": Jane Roe)."""
    own = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    head = relative_head(verb) if own is not None and own.lower_ in REL_PRONOUNS else None
    if head is not None:
        return head
    return own if own is not None else shared_patient(verb)


def shared_object(verb, patient, subjects, res) -> tuple[str | None, object]:
    """The undergoer shared with the governing clause ("surrendered and was arrested"), or the
    noun a relative clause without an object modifies ("the woman he took hostage"); the token
    is kept when it names no actor, so that "three coachloads of people" still counts people."""
    tok = patient if patient is not None else relative_gap_object(verb)
    if tok is None:
        return None, None
    key = actor_of(tok, res) or generic_actor(tok, res)
    return (key, tok) if all(key != s for s, _ in subjects) else (None, None)


def counted(tok):
    """Who a counted phrase counts: "tens of thousands of union members" -> members, "three
    coachloads of people" -> people; the token itself when it counts no one."""
    if tok is None:
        return None
    numeric = tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY") or any(
        c.dep_ == "nummod" for c in children(tok))
    if not numeric or is_people(tok) or tok.ent_type_ == "PERCENT":
        return tok
    for prep in children(tok):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in children(prep):
                if pobj.dep_ == "pobj":
                    return counted(pobj) if pobj.like_num or pobj.ent_type_ == "CARDINAL" else pobj
    return tok


def relative_gap_object(verb):
    """The noun a relative clause without an object of its own modifies: "a woman he took
    hostage" -> woman, "the man police arrested" -> man. None when the clause has a relative
    subject ("the man who killed ..."), a wh-adverb ("the town where ...") or a real object."""
    if verb.dep_ != "relcl" or is_passive(verb):
        return None
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in REL_PRONOUNS:
        return None
    if any(c.lower_ in WH_ADVERBS or c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in children(c))
           for c in children(verb)):
        return None   # "the town where ...", "the group he fought with"
    if any(c.dep_ == "dobj" and not bare_noun(c) for c in children(verb)):
        return None
    return verb.head


def bare_noun(tok) -> bool:
    """A singular common noun with no determiner, number or possessor: a predicate ("took
    hostage", "took control"), not a participant."""
    return tok.tag_ == "NN" and not tok.ent_type_ and not any(
        c.dep_ in ("det", "nummod", "poss", "compound", "amod") for c in children(tok))


def list_items(tok, res) -> list[tuple[str, object]]:
    """Items of a semicolon list the parser hung on the first item's apposition: "killed Judge
    A; a court reporter, B; and C" -> B, C."""
    out = []
    doc = tok.doc
    for a in children(tok):
        if a.dep_ == "appos" and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ";":
            out += actors_of(a, res)
    return out


# of those, verbs whose subject undergoes the act only when its doer is named: "the council had
# complaints from residents"; "the police have an investigation under way" is the police's own
HAVING = frozenset({"have"})
# Verbs whose subject undergoes the event named after their preposition: "came under attack from",
# "met with heavy fire from", "were subjected to shelling by". "Came under fire from lawmakers" is
# criticism: violence stated this way needs an armed doer.
UNDERGOING_PREPS = {"come": "under", "meet": "with", "subject": "to", "be": "under"}   # "was under attack from"
# things shot at that are no actor ("the tanker was under attack from pirates")
SHOT_AT_THINGS = words("fire_undergoers")
# legal accusations and investigations, events even with their accuser unnamed ("faces charges of
# fraud", "are facing a criminal investigation"); criticism
# with no critic named says too little ("faced criticism")
CHARGES = words("legal_charge_nouns")
# proceedings one faces "on" the charges they try ("faced trial on charges brought by prosecutors")
TRIED_ON = words("clause_links_tried_on")
# nouns of criticism received with no event frame of their own: "faced a backlash from Tory MPs"
RECEIVED_CRITICISM = words("received_criticism_nouns")
# pressure received, a demand when it names the act wanted: "came under pressure from MPs to resign"
RECEIVED_DEMANDS = words("received_demand_nouns")
# verbs of a plea in court, which answers charges laid: "pleaded guilty to charges of fraud"
PLEADING = frozenset({"plead"})


def undergone_nouns(verb):
    """The nouns naming what the subject of an undergoing verb undergoes: its objects, or the
    objects of "under" ("faced under") or of the verb's own preposition ("came under")."""
    lemma = verb.lemma_.lower()
    prep = UNDERGOING_PREPS.get(lemma)
    if lemma in PLEADING:
        return pleaded_charges(verb)
    if prep is None and lemma not in UNDERGOING:
        return []
    objs = [c for c in children(verb) if c.dep_ == "dobj"] if prep is None else []
    # "is facing lawsuits and a probe by the SEC": each conjunct is undergone
    objs += [c for o in objs for c in o.conjuncts if c.dep_ == "conj" and c.i > o.i]
    # "faces trial on charges brought by prosecutors": the charges tried are undergone as well
    objs += [p for o in objs if o.lemma_.lower() in TRIED_ON for c in children(o)
             if c.dep_ == "prep" and c.lower_ in ("on", "over") for p in children(c) if p.dep_ == "pobj"]
    return objs or [p for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("under", prep)
                    for p in children(c) if p.dep_ == "pobj"]


def pleaded_charges(verb) -> list:
    """The charges a plea answers ("pleaded guilty to charges of fraud", "pleaded not guilty to the
    charges"): laid on the one who pleads, as charges faced are. A plea to a crime ("pleaded guilty to
    fraud", "to one count of conspiracy") names the plea only."""
    return [p for h in (verb, *(c for c in children(verb) if c.dep_ in ("acomp", "oprd"))) for c in children(h)
            if c.dep_ == "prep" and c.lower_ == "to" for p in children(c)
            if p.dep_ == "pobj" and p.lemma_.lower() == "charge"]


def undergone_events(tokens, res, lex, used: set[int]):
    """"Monsanto faced charges from the Justice Department": the department accuses Monsanto;
    "the plan drew criticism from rights groups": the groups criticise whoever the plan is by;
    "the convoy came under fire from rebels": the rebels attack the convoy. Only with the doer
    named in a from/by phrase: "faced charges" alone names no accuser."""
    from .frames import Candidate, event_noun, noun_frame  # noqa: PLC0415  (frames imports arguments)
    for verb in tokens.verbs:
        for obj in undergone_nouns(verb):
            noun = event_noun(obj, lex)
            frame = noun_frame(noun, lex) if noun is not None else None
            if noun is None and obj.lemma_.lower() in RECEIVED_CRITICISM:
                noun, frame = obj, lex.nouns.get("criticism")
            elif noun is None and obj.lemma_.lower() in RECEIVED_DEMANDS and demanded_acts(verb, obj):
                noun, frame = obj, lex.nouns.get("demand")   # "came under pressure from MPs to resign"
            if frame is None or frame.symmetric or verb.lemma_.lower() == "be" and frame.type not in FORCE_TYPES:
                continue   # "is under investigation by the SEC" is for allegations.py
            doer = doer_phrase(noun, verb) or brought_by(noun)
            undergoer = undergoer_of(verb)
            if verb.lemma_.lower() == "be" and not copula_undergone(undergoer, doer, res):
                continue
            if undergoer is None or doer is None and (noun.lemma_.lower() not in CHARGES or hedged(verb)
                                                      or undergoer.pos_ == "PRON" or verb.lemma_.lower() in HAVING):
                continue   # "faces charges" is an accusation, its accuser unnamed; "may face charges" not yet
            prepositional = verb.lemma_.lower() in UNDERGOING_PREPS
            doers = actors_of(doer, res) if doer is not None else []
            if prepositional and frame.type in FORCE_TYPES and not any(
                    entity_type(k, res) in ARMED_TYPES for k, _ in doers):
                continue   # "came under fire from lawmakers": criticism (criticism.py), not violence
            used.update((noun.i, verb.i) if prepositional else (noun.i,))   # "met with fire" is no meeting
            # each one who undergoes it: "Kenteris and Thanou face charges brought by prosecutors"
            targets = actors_of(undergoer, res)
            if not targets and not (prepositional and frame.type in FORCE_TYPES and doers):
                continue   # "the firm faced charges from X": whom X accuses is no actor we know
            if frame.type == "REQUEST":
                used.update(a.i for a in demanded_acts(verb, noun))   # "faced calls to resign": asked, not done
            for okey, otok in targets or [(None, undergoer)]:
                yield from (Candidate(frame.type, noun, key, okey, tok, otok, frame, verb)
                            for key, tok in doers or [(None, doer)] if key != okey)
    yield from received_acts(tokens, res, lex, used)   # "won the backing of the unions"


def copula_undergone(undergoer, doer, res) -> bool:
    """"The village has been under attack by rebels": only a side or a thing that is shot at ("the
    tanker", "the convoy") undergoes the attack of a doer named and not denied; "our freedom is under
    attack, not from terrorists" names no attack."""
    if undergoer is None or doer is None or any(t.dep_ == "neg" or t.lower_ == "not" for t in (
            *doer.head.children, doer.doc[doer.head.i - 1])):
        return False
    return bool(actors_of(undergoer, res)) or undergoer.lemma_.lower() in SHOT_AT_THINGS


def brought_by(noun):
    """The doer a participle on the noun names ("faced charges brought by prosecutors", "faces a lawsuit
    filed by shareholders"): the object of its "by" agent, or None."""
    return next((a for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in [passive_agent(c)] if a is not None), None)


def demanded_acts(*heads) -> list:
    """The to-infinitive of a demand received, on its verb or its noun: "faced calls from MPs to
    resign", "came under pressure from the party to quit"."""
    return [c for h in heads for c in children(h) if c.dep_ in ("xcomp", "advcl", "acl") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]


# modals under which a charge or trial is only a prospect: "could face charges"
PROSPECT = words("clause_links_prospect")


def hedged(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PROSPECT for c in children(verb))


def undergoer_of(verb):
    """Who undergoes what an undergoing verb names: its subject ("Zuma faced charges"), the
    subject of its passive ("were subjected to shelling", "was put on trial")."""
    if is_passive(verb):
        return next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    return subject_token(verb)


# who can be tried: people and bodies, not drugs ("the vaccine is on trial")
TRIED = frozenset({"PERSON", "ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP"})


def trial_events(tokens, res, lex):
    """"Zuma is on trial for corruption", "two officers stood trial": the one tried is accused,
    by courts and prosecutors news leaves unnamed."""
    from .frames import Candidate  # noqa: PLC0415  (frames imports arguments)
    frame = lex.nouns.get("charge")
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in TRIAL_VERBS or frame is None:
            continue
        trial = trial_held(verb)
        accused = tried_one(verb, trial) if trial is not None and not hedged(verb) else None
        if accused is None or accused.pos_ == "PRON":
            continue   # with no accuser named, the accused must be named in the clause, not a pronoun
        # co-defendants: "has been on trial alongside Mr Khodorkovsky"
        others = [p for c in (*children(verb), *children(trial)) if c.dep_ == "prep" and c.lower_ == "alongside"
                  for p in children(c) if p.dep_ == "pobj"]
        for key, tok in (x for t in (accused, *others) for x in actors_of(t, res)):
            if entity_type(key, res) in TRIED or unnamed(key) and is_people(tok):
                yield Candidate("ACCUSE", trial, None, key, None, tok, frame, verb)


def tried_one(verb, trial):
    """Who is tried: the object of an active verb that puts someone on trial ("prosecutors put him
    on trial", not the prosecutors), else the one who undergoes the verb ("faces trial")."""
    put = next((c for c in children(verb) if c.dep_ == "dobj" and c.i != trial.i), None)
    return put if put is not None and not is_passive(verb) else undergoer_of(verb)


def for_clause(verb, preps: tuple[str, ...]) -> bool:
    """A clause the verb's preposition introduces: "called for the embargo to be lifted", "pushed
    for talks to resume" (the parser makes "for" the clause's marker, not a preposition)."""
    return any(c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in preps for m in children(c))
               for c in children(verb))


def participle_heads(noun) -> tuple:
    """Participles that carry a nominal event's object: "charges levelled against him",
    "sanctions imposed on Iran", "an attack carried out on the village"."""
    return tuple(c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN")


def passive_recipient(noun, res, accusing: frozenset[str]):
    """Who receives a nominal event named with a passive verb: "Yukos was presented with a tax
    demand", "Iran was hit with new sanctions", "he was handed an ultimatum". Not with verbs of
    accusing ("was charged with murder": the charged one did the murder)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with":
        head = head.head
    elif noun.dep_ != "dobj":
        return None, None
    if head.pos_ not in VERBAL or head.lemma_.lower() in accusing or not is_passive(head):
        return None, None
    subj = next((c for c in children(head) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in REL_PRONOUNS:
        return None, None
    key = next((k for k, _ in actors_of(subj, res)), None)
    return (key, subj) if key else (None, None)


def clause_frame(verb, lex):
    """The frame of "verb + preposition" when the preposition introduces a clause: "called for
    the embargo to be lifted" is "call for"."""
    lemma = verb.lemma_.lower()
    for c in children(verb):
        if c.dep_ in ("advcl", "ccomp"):
            for m in children(c):
                if m.dep_ == "mark" and f"{lemma} {m.lower_}" in lex.verbs:
                    return lex.verbs[f"{lemma} {m.lower_}"]
    return None


def own_date(noun) -> bool:
    """A nominal event dated in its own phrase: "last Friday's bombing", "the 2004 attacks", "the
    bombing on Monday" (with a place, one particular event even when no side is named)."""
    for c in children(noun):
        if c.dep_ in ("poss", "compound", "nmod", "npadvmod", "nummod") and any(
                t.ent_type_ == "DATE" for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in children(c)):
            return True
    return False
