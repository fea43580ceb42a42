"""Violence named by a noun whose doer the text gives as the one suspected or charged with it, and
violence named by a noun that only modifies another: "Carl Penn, the prime suspect in the killing
of Rosa Diaz", "the bomb attack suspect, Idris Kamara", "faces murder charges", "the stabbing
victim, Nadia Hale". A suspect or a charged person is the act's alleged doer; a victim its target.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import ordered, table, words
from .actors import KnownActors
from .agent_phrases import first_actor
from .arguments import VERBAL, actors_of, is_passive
from .frames import Candidate
from .lexicon import Frame
from .misjoined import hooked_verb

# people held to be an act's doer ("the prime suspect in the killing of", "the accused in the murder")
SUSPECTS = words("accused_acts_suspects")
# what holds someone to an act a noun modifies ("murder charges", "an assault charge", "a murder trial")
CHARGES = words("accused_acts_charges")
# people an act was done to ("the shooting victim")
VICTIMS = frozenset({"victim"})
# prepositions that tie a suspect to the act: "a suspect in the shooting", "the suspect over the attack"
SUSPECT_OF = ordered("accused_acts_suspect_of")
# acts a charge may be "over" or "in connection with", naming whom they were done to ("murder
# charges over the death of X")
HARMS = words("accused_harms")
# acts one is held "in" ("arrested in the killing of"); not police acts, where "in" tells when one
# was held ("arrested in a raid", "detained in a crackdown")
CRIMES = words("accused_crimes")
# prepositions through which someone is held to an act ("charged with murder", "arrested over the
# stabbing", "convicted of assault", "a suspect in the bombing")
HELD_TO = ordered("accused_acts_held_to")
# verbs under which a charge or trial is held to its subject: "faces murder charges", "denied murder charges"
BEARING = words("charge_bearing_verbs")
NOMINAL_ATTACK = Frame("ASSAULT", ())
# what holds someone to a death as its cause: a charge or a verdict; an arrest "in the death of" may
# follow a crash or an overdose and says no violence
CHARGED_IN_DEATH = words("charged_in_death_verbs")
# crimes that are a killing: held to one, someone died ("charged with two counts of murder")
KILLINGS = words("killing_charges")
# what makes a death no one's act ("arrested in the death of a cyclist in a crash")
MISHAPS = words("mishap_deaths")
# verbs that hold someone to account for an act: "arrested X for attacking", "charged with killing"
CHARGING = words("charging_verbs")
# nouns that count or name the crimes one is held to: the crime is held through them ("charged with two
# counts of murder", "arraigned on three counts of attempted murder", "arrested on charges of killing X",
# "convicted of the crime of murdering X")
COUNTS = words("charge_count_nouns")
# words through which a clause holds someone to an act ("found guilty of", "on trial for",
# "arrested in connection with", "held on suspicion of")
HOLDING_TO = words("held_to_nouns")
# places and states in which someone is held for an act in a phrase of their own, said of the clause's
# subject ("is in custody over the stabbing", "under arrest for the murder", "is due in court over the
# killings", "serving a life sentence for the murder", "appeared in court charged with murder")
# (the nouns of custody are custody.py's custody_state_phrases: "in custody", "under arrest", "behind bars")
HELD_IN = frozenset().union(*table("custody_state_phrases").values()) | {"court", "dock", "remand", "bail", "sentence"}
# of those, the ones that say a court's finding (a sentence served, behind bars), not an allegation
SERVED = words("served_terms")
# verbs under which a sentence is the subject's own ("serving a life sentence for"; not "the judge
# handed him a sentence for")
SERVING = words("term_serving_verbs")
# what puts the one in court in the dock ("appeared in court over", "is due in court over"); anyone may
# be "in court" (a lawyer, a relative, a witness)
IN_THE_DOCK = words("accused_acts_in_the_dock")
# of those, the words that hold someone to an act only under a verb that charges ("arrested in the case
# of the murder of X"; not "in the case of the murder of X, police said")
CHARGED_ONLY = frozenset({"case"})
# what holds someone to an act that is not proven: a suspicion, an arrest, a charge, a trial (a
# conviction or a sentence is a court's finding)
UNPROVEN = (CHARGING - {"convict", "sentence", "jail", "execute"}) | SUSPECTS | (CHARGES - {"conviction"}) | {
    "suspicion", "connection"} | (HELD_IN - SERVED)


def held_to(holder, prep, act) -> bool:
    """Whether `holder` holds someone to the act `act` through `prep` without its being proven, so
    that the act is alleged: "held on suspicion of killing", "arrested over the stabbing", "the prime
    suspect in the shooting", "charged in the murder of"."""
    place = held_beside(holder) if prep.lower_ in ("for", "over") else None
    holder = place if place is not None else holder   # "is due in court on Monday over the stabbing"
    if holder.lower_ in ("suspicion", "connection", "trial"):
        return prep.lower_ in ("of", "with", "for")
    # held "on" counts or charges of it ("arraigned on two counts of murder")
    return (prep.lower_ in HELD_TO or prep.lower_ == "on") and holder.lemma_.lower() in UNPROVEN and crime(act)


def crime(act) -> bool:
    """Whether a noun names a crime one can be held "in": "the killing", "the slaying", and a death
    named by the violence that caused it ("the shooting death of") or someone's death ("charged in
    the death of her husband": one is held in a death one caused)."""
    return act.lower_ in CRIMES or act.lemma_.lower() in CRIMES or act.lemma_.lower() == "death" and (any(
        m.dep_ in ("compound", "amod") and m.lower_ in CRIMES for m in act.lefts)
        or any(p.dep_ == "prep" and p.lower_ == "of" for p in act.children))


def accused_act_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> list[Candidate]:
    """The candidates of this module: violence a modifier names, and violence someone is held to."""
    made = list(compound_attack_events(tokens, res, lex, found))
    return made + list(held_act_events(tokens, res, lex, [*found, *made]))


def suspect_attacker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The one held to an act by the noun its phrase hangs on: the suspect ("Carl Penn, the prime
    suspect in the killing of Rosa Diaz"), the one charged ("arrested on murder charges in the
    slayings of two women"), or the one charged with the crime the act was ("charged with homicide
    over the killing of a teenager")."""
    trigger = c.trigger
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in SUSPECT_OF:
        return None
    noun = trigger.head.head
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in SUSPECTS:
        found = _named_person(noun, res)
    elif lemma in CHARGES:
        found = _charged(noun, res)
    else:
        found = charged_actor(noun, res) if noun.dep_ == "pobj" else None
    return found if found is not None and found[0] != c.object else None


def compound_attack_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> Iterator[Candidate]:
    """ASSAULT candidates at a noun of violence that modifies a suspect, a charge or a victim:
    "the bomb attack suspect, Idris Kamara", "Olsen faces murder charges", "shooting victim Tomas
    Brandt". The suspect or the one charged is its doer, the victim its target."""
    # a candidate at the word with a side of its own is already the act; one with none is not
    taken = {c.trigger.i for c in found if c.subject is not None or c.object is not None}
    # "shooting" before a noun is often tagged a verb ("the shooting victim")
    for noun in (*tokens.nouns, *tokens.verbs):
        modifier = noun.dep_ == "compound" or noun.dep_ == "amod" and noun.tag_ == "VBG"   # "the stabbing victim"
        if not modifier or noun.i in taken or noun.head.pos_ != "NOUN":
            continue
        frame = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
        if frame is None or frame.type != "ASSAULT":
            continue
        held = noun.head.lemma_.lower()
        if held in SUSPECTS:
            doer = _named_person(noun.head, res)
            if doer is not None:
                yield Candidate("ASSAULT", noun, doer[0], None, doer[1], None, NOMINAL_ATTACK, noun)
        elif held in CHARGES:
            doer = _charged(noun.head, res)
            dead = _dead(noun.head, res)
            if doer is not None and (dead is None or dead[0] != doer[0]):
                yield Candidate("ASSAULT", noun, doer[0], dead and dead[0], doer[1], dead and dead[1],
                                NOMINAL_ATTACK, noun)
        elif held in VICTIMS:
            victim = _named_person(noun.head, res)
            if victim is not None:
                yield Candidate("ASSAULT", noun, None, victim[0], None, victim[1], NOMINAL_ATTACK, noun)


def held_act_events(tokens, res: KnownActors, lex, found: list[Candidate]) -> Iterator[Candidate]:
    """ASSAULT candidates at a noun of violence that names no side of its own but that someone is
    held to: "John Smith was arrested over the stabbing", "Ahmed Ali, a suspect in the bombing",
    "two men were charged with murder". The one held is its (alleged) doer."""
    taken = {c.trigger.i for c in found}
    for noun in tokens.nouns:
        if noun.i in taken or noun.dep_ != "pobj" or noun.head.lower_ not in HELD_TO and not pleaded_to(noun):
            continue
        if noun.lemma_.lower() == "death":
            death = held_death(noun, res)
            if death is not None:
                yield death
            continue
        if noun.head.lower_ == "in" and noun.lemma_.lower() not in CRIMES:
            continue
        frame = lex.nouns.get(noun.lemma_.lower())
        if frame is None or frame.type != "ASSAULT":
            continue
        c = Candidate("ASSAULT", noun, None, None, None, None, NOMINAL_ATTACK, noun)
        doer = charged_actor(noun, res) or suspect_attacker(c, res)
        if doer is not None:
            c.subject, c.subject_tok = doer
            yield c


def _named_person(noun, res: KnownActors) -> tuple[str, object] | None:
    """The one a person noun is said of: its apposition ("the suspect, Idris Kamara"), the name it
    is in apposition to ("Carl Penn, the prime suspect"), the name before it ("victim Tomas Brandt"
    parsed as a compound), the subject it is said of ("Soltani is a suspect"), or the object named
    "as" it ("named Amir Soltani as a suspect")."""
    near = [x for x in noun.children if x.dep_ == "appos"]
    near += [x for x in noun.children if x.dep_ == "compound" and x.ent_type_ == "PERSON"]
    if noun.dep_ == "appos":
        near.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        near += [x for x in noun.head.head.children if x.dep_ in ("dobj", "nsubjpass")]
    if noun.dep_ == "attr":   # "Soltani is the main suspect"
        near += [x for x in noun.head.children if x.dep_ == "nsubj"]
    if noun.head.ent_type_ == "PERSON" and noun.dep_ == "compound":
        near.append(noun.head)   # "shooting victim Tomas Brandt": "victim" modifies the name
    return first_actor(near, res)


def _charged(charge, res: KnownActors) -> tuple[str, object] | None:
    """Who a charge or trial is held to: the subject of "faces/denied murder charges", the one
    arrested, held or tried "on/over murder charges", or the one "against" whom it is brought."""
    for prep in (x for x in charge.children if x.dep_ == "prep" and x.lower_ == "against"):
        for who in (x for x in prep.children if x.dep_ == "pobj"):
            found = actors_of(who, res)
            if found:
                return found[0]
    verb = charge.head
    if charge.dep_ == "dobj" and verb.lemma_.lower() in BEARING and verb.dep_ == "acl":
        return _first_actor(verb.head, res)   # "a man facing murder charges"
    if charge.dep_ == "dobj" and verb.lemma_.lower() in BEARING:
        roles = ("nsubj",)
    elif charge.dep_ == "pobj" and verb.lower_ in ("on", "over", "for") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        roles = ("nsubjpass", "dobj")
    else:
        return None
    for who in (x for x in verb.children if x.dep_ in roles):
        found = _first_actor(who, res)
        if found:
            return found
    return None


def _first_actor(tok, res: KnownActors) -> tuple[str, object] | None:
    found = actors_of(tok, res)
    return found[0] if found else None


def _dead(charge, res: KnownActors) -> tuple[str, object] | None:
    """Whom a charge says was harmed: "murder charges over the death of X", "faces assault charges in
    connection with the beating of X", on the charge or on the verb that bears it."""
    bearer = charge.head.head if charge.dep_ == "pobj" else charge.head   # "held X on murder charges over"
    holders = (charge, bearer) if bearer.pos_ in ("VERB", "AUX") else (charge,)
    for holder in holders:
        for prep in (x for x in holder.children if x.dep_ == "prep" and x.lower_ in ("over", "for", "in")):
            harm = next((x for x in prep.subtree if x.dep_ == "pobj" and x.lemma_.lower() in HARMS), None)
            of = next((x for x in harm.children if x.dep_ == "prep" and x.lower_ == "of"), None) if harm else None
            for victim in (x for x in (of.children if of is not None else ()) if x.dep_ == "pobj"):
                found = actors_of(victim, res)
                if found:
                    return found[0]
    return None


def charged_actor(trigger, res: KnownActors) -> tuple[str, object] | None:
    """"Police arrested X for attacking a journalist", "two men were arrested and charged with
    murdering a shopkeeper": the one arrested or charged for an act is its actor, not the police.
    A charging participle with no subject of its own tells of its clause's subject ("X and Y were
    arrested Friday, charged with killing Z"; "X was given life after being convicted of stabbing")."""
    verb = charging_verb(trigger)
    if verb is None:
        return None
    guilty = found_guilty(trigger)
    if guilty is not None:     # "the judge found Hiller guilty of murder": Hiller, not the judge
        return _first_actor(guilty, res)
    # "was charged", "a man charged with", but not "police have arrested and charged X with"
    passive = (is_passive(verb) or verb.tag_ == "VBN") and not any(x.dep_ == "dobj" for x in verb.children)
    # the one held is the object of a verb that holds, not of one that serves a sentence
    held = verb.lemma_.lower() in CHARGING or any(x.dep_ == "dobj" and x.lemma_.lower() not in SERVED
                                                  for x in verb.children)
    roles = ("nsubjpass",) if passive else ("dobj",) if held else ("nsubj",)
    if reduced_clause(verb):
        roles = ("nsubjpass", "nsubj")   # "the bar where the man charged with her murder worked"
    holder = verb
    for _ in range(4):
        for who in (x for x in holder.children if x.dep_ in roles):
            found = actors_of(who, res)
            if found:
                return found[0]
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in holder.children):
            return None    # a clause of its own whose subject names no actor
        if held_place(holder) and passive:   # "appeared in court charged with": the one in court
            holder, roles = holder.head.head.head, ("nsubj", "nsubjpass")
            continue
        if holder.dep_ == "acl" and passive:   # "a man charged with killing his neighbour"
            found = actors_of(holder.head, res) or set_off_owner(holder, res)
            return found[0] if found else None
        if holder.dep_ in ("conj", "advcl"):
            holder = holder.head
        elif passive and holder.dep_ == "pcomp" and holder.head.dep_ == "prep":
            holder = holder.head.head
        else:
            return None
        if passive:
            roles = ("nsubjpass", "nsubj")
    return None


def reduced_clause(verb) -> bool:
    """Whether a charging participle with a subject is a reduced relative the parser took for a clause:
    "the bar where the man charged with her murder worked" ("charged" with "man" as its subject, no
    auxiliary and no object, which a verb that charges in the active has): its subject is the one
    charged, not the one who charges."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("relcl", "ccomp") and any(
        x.dep_ == "nsubj" for x in verb.children) and not any(
        x.dep_ in ("aux", "auxpass", "dobj") for x in verb.children)


def set_off_owner(participle, res: KnownActors) -> list[tuple[str, object]]:
    """The one a charging participle set off by a comma tells of when the parser hung it on a noun
    that names no actor: the name that noun's phrase ends with ("a hearing for Tom Reid, 40, charged
    with murder": Reid, not the hearing)."""
    comma = participle.doc[participle.i - 1] if participle.i > 0 else None
    if comma is None or comma.text != ",":
        return []
    for prep in (x for x in participle.head.children if x.dep_ == "prep" and x.i < participle.i):
        for named in (x for x in prep.children if x.dep_ == "pobj" and x.right_edge.i in (comma.i - 1, comma.i)):
            return actors_of(named, res)
    return []


def charging_verb(trigger):
    """The verb that charges someone with the act `trigger` names: "charged with killing", "arrested
    for attacking"; through "guilty of", "on trial for", "in connection with", "on suspicion of"; for
    an act joined to the one held ("for shooting and injuring X") and for the act a crime is held
    for ("convicted of murder for the slaying of X", "charged with attempted murder for shooting X")."""
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i and trigger.head.pos_ == trigger.pos_:
        trigger = trigger.head
    prep = trigger.head if trigger.dep_ in ("pcomp", "pobj") else None
    counted = prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in COUNTS \
        and prep.head.dep_ == "pobj"
    if counted:     # "charged with two counts of murder": held through the counts
        trigger, prep = prep.head, prep.head.head
    held_in = prep is not None and prep.lower_ == "in" and crime(trigger)
    # held "in" a crime, not "in a raid"; "on" counts of a crime ("arraigned on two counts of murder")
    hook = prep.head if prep is not None and (prep.lower_ in ("for", "of", "with", "over") or held_in
                                              or counted and prep.lower_ == "on" or pleaded_to(trigger)) else None
    if hook is None:
        return None
    verb = hooked_verb(hook)    # "convicted (on) March 20 of murder": "of" hung on the date
    hook = verb if verb.lemma_.lower() in CHARGING else hook
    if hook.lemma_.lower() in CHARGING and hook.pos_ in VERBAL:
        return hook
    if prep.lower_ == "for" and hook.lemma_.lower() in CRIMES and hook.dep_ == "pobj" and hook.i < trigger.i:
        return charging_verb(hook)   # "convicted of murder for the slaying of X": held for the crime
    if guilty_beside(hook) is not None:
        return hook if hook.pos_ in VERBAL else hook.head   # "found guilty [last month] in murder of X"
    if guilty_verdict(hook, trigger) is not None:
        return hook    # "returned a guilty verdict for X for the murder of Y"
    if hook.lemma_.lower() in HELD_IN:
        return held_in_clause(hook)
    place = held_beside(hook) if prep.lower_ in ("for", "over") else None
    if place is not None:      # "is due in court on Monday over the killing": both phrases on the verb
        return held_in_clause(place)
    if hook.lower_ not in HOLDING_TO:
        return None
    found = guilty_found(hook)
    up = found.head if found is not None else hook.head.head if hook.head.dep_ == "prep" else hook.head
    if hook.lower_ in CHARGED_ONLY and up.lemma_.lower() not in CHARGING:
        return None
    return up if up.pos_ in VERBAL and up.i != hook.i else None


def held_in_clause(place):
    """The verb whose subject a place or state of being held is said of: "is in custody", "are under
    arrest", "is due in court" (through the adjective), "was serving a sentence"; None otherwise."""
    if place.dep_ == "dobj" and place.lemma_.lower() in SERVED:
        up = place.head if place.head.lemma_.lower() in SERVING else None
    elif place.dep_ == "pobj" and place.head.dep_ == "prep":
        up = place.head.head
        if place.lemma_.lower() == "court" and up.lemma_.lower() not in IN_THE_DOCK:
            return None
        up = up.head if up.dep_ == "acomp" and up.pos_ == "ADJ" else up   # "is due in court"
    else:
        return None
    return up if up is not None and up.pos_ in VERBAL else None


def held_beside(verb):
    """The place of being held that a phrase beside the act's names, on the same verb or on its
    adjective ("is due in court on Monday over the killing", "are under arrest today for"), or None."""
    if verb.pos_ not in VERBAL:
        return None
    heads = (verb, *(c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"))
    return next((p for h in heads for x in h.children if x.dep_ == "prep" for p in x.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in HELD_IN - SERVED and held_in_clause(p) is not None), None)


def held_place(verb) -> bool:
    """Whether a charging participle hangs on a place of being held ("appeared in court charged with
    murder"): it says what the clause's subject is charged with, not the court."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in HELD_IN - SERVED and verb.head.dep_ == "pobj" \
        and (verb.head.lemma_.lower() != "court" or verb.head.head.head.lemma_.lower() in IN_THE_DOCK)


def pleaded_to(noun) -> bool:
    """"Pleaded guilty to the bombings": the act one admits is held "to" through "guilty"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "guilty"


def held_death(noun, res: KnownActors) -> Candidate | None:
    """"Charged in the death of Rosa Diaz", "convicted over the death of a cyclist": a death someone
    is charged or convicted for was (allegedly) their killing of the one who died."""
    verb = charging_verb(noun) if noun.head.lower_ in ("in", "over", "for") else None
    if verb is None or verb.lemma_.lower() not in CHARGED_IN_DEATH:
        return None
    victim = next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for x in p.children if x.dep_ == "pobj"), None)
    found = actors_of(victim, res) if victim is not None else []
    doer = charged_actor(noun, res)
    if not found or doer is None or doer[0] == found[0][0] or any(t.lemma_.lower() in MISHAPS for t in noun.sent):
        return None
    return Candidate("ASSAULT", noun, doer[0], found[0][0], doer[1], found[0][1], NOMINAL_ATTACK, noun)


def held_killing(c: Candidate) -> bool:
    """A killing someone is held to by a noun ("X was charged with murder"): someone died, though
    the sentence names neither the dead nor a place."""
    return c.frame is NOMINAL_ATTACK and c.subject is not None and c.trigger.lemma_.lower() in KILLINGS


def found_guilty(trigger):
    """The one a clause finds guilty of the act, as the subject of "guilty" ("found Hiller guilty of
    two counts of murder"), or None."""
    prep = trigger.head if trigger.dep_ in ("pcomp", "pobj") else None
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in COUNTS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep is None:
        return None
    verdict = guilty_verdict(prep.head, trigger)
    if verdict is not None:
        return verdict
    guilty = prep.head if prep.head.lower_ == "guilty" else guilty_beside(prep.head)
    if guilty is None:
        return None
    if guilty_found(guilty) is not None:
        return guilty.head
    if guilty.i != prep.head.i and is_passive(guilty.head):
        return None     # "X was found guilty in the murder of": the passive subject, as for any charge
    return next((x for x in guilty.children if x.dep_ == "nsubj"), None) or next(
        (x for x in guilty.head.children if x.dep_ == "dobj" and guilty.i != prep.head.i), None)


def guilty_beside(hook):
    """The "guilty" of a finding whose "of"/"in" phrase the parser hung on the verb beside it, or on a
    time phrase of that verb ("was found guilty in murder of X", "was found guilty last month of
    murder"): the verb (or the time noun under it) finds someone guilty of the act; else None."""
    verb = hook.head if hook.dep_ == "npadvmod" and hook.pos_ == "NOUN" else hook
    if verb.pos_ not in VERBAL or verb.lemma_.lower() != "find":
        return None
    return next((x for x in verb.children if x.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and x.lower_ == "guilty"),
                None)


def guilty_verdict(hook, act):
    """The one a guilty verdict is returned for, when the act is held by the verdict or by the verb
    that returns it ("returned a guilty verdict for Lopez for the murder of X"), or None."""
    for verdict in (hook, *(x for x in hook.children if x.dep_ == "dobj")):
        if verdict.lemma_.lower() == "verdict" and any(a.lower_ == "guilty" for a in verdict.children):
            return next((x for p in verdict.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
                         for x in p.children if x.dep_ == "pobj" and x.i != act.i), None)
    return None


def guilty_found(guilty):
    """The one "found X guilty" names when the parser reads "guilty" as a modifier of X ("the jury found
    Ray Lund guilty of murder"), or None."""
    if guilty.lower_ != "guilty" or guilty.dep_ != "amod" or guilty.head.dep_ != "dobj":
        return None
    return guilty.head if guilty.head.head.lemma_.lower() == "find" else None
