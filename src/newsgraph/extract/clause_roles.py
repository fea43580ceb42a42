"""The tokens that fill a clause's roles, read from the dependency parse alone: who acts for a
predicate (through control, raising, coordination, relative and participial clauses) and who may be
acted upon (objects, passive subjects, datives, prepositions). arguments.py turns these tokens into
actors."""
from __future__ import annotations

from ..doctext import children
from ..resolve.participants import COLLECTIVE_TYPE, GROUP_NOUNS
from ..resolve.person_choice import SPEECH_ACT_VERBS, SPEECH_VERBS
from ..wordlists import words
from .adjuncts import controlled_patient, free_adjunct_clause, listed_verb, passive_host_subject, past_infinitive
from .charges import ACCUSING, CLEARING, CREDITING
from .control import OBJECT_CONTROL, infinitive_clause_controller, object_controller
from .misjoined import (
    accusing_head,
    clause_read_as_phrase,
    complement_accused,
    found_guilty_one,
    fronted_in_report,
    participle_root_subject,
    reported_conjunct,
    reported_passive,
    reporting_host,
    stranded_gerund_objects,
    stranded_subject,
)
from .misread_relatives import misread_relative, relative_of_subject
from .misread_reports import misread_report
from .modifier_verbs import modifier_doer
from .noun_control import noun_controller
from .noun_phrases import passive_agent, valued
from .reduced_clauses import reduced_relative_sides, relative_subject
from .series_clauses import series_host
from .unwritten_sides import (
    REL_PRONOUNS,
    conjoined_agent,
    counted_victims,
    predicated_patient,
    raised_object,
    raised_patient,
    relative_head,
    retained_agent,
    shared_subject,
    unowned_passive,
)
from .voice import (
    VERBAL,
    is_passive,
    participle_modifier,
    passive_patients,
    state_participle,
    state_patients,
    subject_undergoes,
    trailing_passive,
)
from .warned_acts import warned_one, warning_head

SUBJECT_DEPS = ("nsubj", "csubj")
LOCATIVE_PREPS = words("locative_preps")
PERSON_PRONOUNS = words("person_object_pronouns")
# places named by a common noun ("on a darkened street", "in the square")
PLACE_NOUNS = words("place_nouns")

def described_as(what) -> list:
    """The noun a free relative names: "what he described as X" -> X."""
    for verb in (what.head, *children(what.head)):
        for c in children(verb):
            if c.dep_ in ("prep", "oprd") and c.lower_ == "as":
                return [p for p in children(c) if p.dep_ == "pobj"]
            if c.dep_ == "oprd":
                return [c]
    return []


def subject_token(verb, max_climb: int = 5):
    """The token that denotes who acts for `verb`, following control, raising and coordination."""
    if counted_victims(verb) is not None:
        return None
    misread = misread_relative(verb) or reduced_relative_sides(verb)
    if misread is not None:
        return misread[0]   # "the minister, whom rebels kidnapped": the rebels; reduced_clauses.py
    v = verb
    for _ in range(max_climb):
        controller = climbed_controller(v, v.i == verb.i)
        if controller is not None:
            return controller   # "was shot by police after stabbing three people": not the police
        passive = is_passive(v)
        agent = passive_agent(v)
        if agent is None and passive:
            agent = conjoined_agent(v) or retained_agent(v)
        if agent is not None or (passive and (unowned_passive(v) or state_participle(v) or trailing_passive(v))):
            return agent   # none for a passive reported on its own ("... and that Y was jailed", "stands accused")
        if not passive:
            for c in children(v):
                if c.dep_ in SUBJECT_DEPS and misread_report(c, v):
                    continue
                if c.dep_ in SUBJECT_DEPS:
                    if c.lower_ in REL_PRONOUNS and relative_head(v) is not None:
                        return relative_head(v)
                    # "the militia that the government armed attacked the village": the militia
                    return relative_of_subject(c, v) or c
        if v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in VERBAL | {"ADJ"}:
            head = v.head
            # object control: "allowed Egypt to move", "helping the group transfer", "called on X to"
            controller = object_controller(v)
            if controller is not None:
                return controller
            if v.dep_ == "ccomp" and not v.tag_ == "VB":
                return None
            # raising: "is said to be aiding" -> the passive subject of "said" (of a passive
            # infinitive it is the one acted on: "is reported to have been killed")
            for c in children(head):
                if c.dep_ == "nsubjpass" and is_passive(head) and not passive:
                    return c
            v = head
            continue
        if v.dep_ == "acomp" or (v.dep_ in ("conj",) and v.head.pos_ in VERBAL):
            v = conjunct_host(v)
            continue
        if infinitive_clause_controller(v) is not None:
            return infinitive_clause_controller(v)
        if v.dep_ == "advcl" and v.tag_ in ("VBG", "VB", "VBN") and not any(c.dep_ == "mark" for c in children(v)):
            v = (past_infinitive(v) if v.tag_ == "VBG" else None) or v.head
            continue
        owner = noun_controller(v)   # "Russia's attempt to seize"; "launched a bid to retake": its subject's
        if owner is not None and owner.pos_ not in VERBAL:
            return owner
        if owner is not None or listed_verb(v):
            v = owner if owner is not None else v.head.head
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG":
            up = free_adjunct_clause(v)
            if up is None:
                return v.head
            v = up       # "Ansar targeted the regime, persistently attacking the army": Ansar attacks
            continue
        if v.dep_ == "relcl" and not passive:
            return None
        accused = accused_doer(v)
        if accused is not None:
            return accused
        if warning_head(v) is not None:
            return warned_one(warning_head(v))   # "warned the US against attacking": the US, not the warner
        if v.dep_ == "pcomp" and v.tag_ == "VBG":
            # "in addition to battling Egyptian forces, al-Menei has ..." -> subject of the main verb
            up = v.head
            while up.pos_ not in VERBAL and up.head.i != up.i:
                up = up.head
            if up.pos_ not in VERBAL or up.i == v.i or lost_accused(v, up):
                return None
            v = up
            continue
        break
    return None


def conjunct_host(v):
    """The verb a joined verb shares its doer with: the one it is joined to, or the one the parser should
    have joined it to ("X said Y would A and attacked B": X attacked; "claimed he punched and kicked her":
    he kicked; "said officers stormed a flat, and two men were held": the officers)."""
    return reporting_host(v) or said_act_host(v) or reported_conjunct(v) or reported_passive(v) or series_host(v) \
        or v.head


def climbed_controller(v, first: bool):
    """The subject the parser put in the wrong place for a verb of the climb (misjoined.py, adjuncts.py):
    a noun stranded before it, a passive main clause's surface subject, the subject before a participle
    read as the main verb."""
    return (stranded_subject(v) if first else None) or passive_host_subject(v) or participle_root_subject(v) \
        or clause_read_as_phrase(v) or modifier_doer(v) \
        or fronted_in_report(v)   # "and masked youths clashed with police": the youths



def said_act_host(verb):
    """The verb of saying a speech act is joined to where the parser joined it to the verb of the
    reported clause, whose subject is no one who could do it: "X said it was not possible to wait and
    urged the government to act", "said intimidation had been widespread and called on hunts to": X
    urges. A speech act after a report is the speaker's; the reported clause's own subject keeps it
    when it names someone ("said the minister had lied and accused ..." stays the parser's)."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_ACT_VERBS \
            or any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for c in children(verb)):
        return None
    head = verb.head
    while head.dep_ == "xcomp" and head.head.pos_ in VERBAL:   # "it was not possible to wait and urged"
        head = head.head
    if head.dep_ != "ccomp":
        return None
    host = head.head
    if host.lemma_.lower() not in SPEECH_VERBS or host.i > head.i or verb.tag_ not in (host.tag_, "VBD") \
            or not any(c.dep_ == "nsubj" for c in children(host)):
        return None
    reported = next((c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return host if reported is None or no_doer(reported) else None


def no_doer(tok) -> bool:
    """A subject that names no one: an expletive ("it was not possible", "there would be no change") or
    a thing ("the bill", "intimidation"), not a name, a pronoun of persons or a noun of people."""
    if tok.dep_ == "expl" or tok.lower_ in ("it", "there"):
        return True
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not names_people(tok) \
        and not any(c.dep_ == "compound" and c.ent_type_ for c in children(tok))


def accused_doer(v):
    """The one said to do what an accusation's gerund names: "accused the government of bombing X"
    (the government), "a son accused of killing his mother" (the son), "the army, which X accused
    of shelling" (the army), and the one thanked, praised or paid for what its gerund names ("thanked
    the volunteers for helping X": the volunteers); None for any other verb."""
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.lower_ not in ("of", "for", "with"):
        return None
    accusing = accusing_head(v.head, ACCUSING | CLEARING | (CREDITING if v.head.lower_ == "for" else frozenset()))
    if accusing is None:
        return None
    accused = found_guilty_one(accusing) if accusing.lemma_.lower() == "find" else next(
        (c for c in children(accusing) if c.dep_ in ("dobj", "nsubjpass")), None)
    if accused is None and complement_accused(v.head.head) is not None:
        accused = v.head.head   # "convicted a man of shooting dead his neighbour": the man
    if accused is None and misread_relative(accusing) is not None:
        accused = misread_relative(accusing)[1]
    elif accused is None and relative_subject(accusing) is not None:
        accused = relative_subject(accusing)   # "says the woman accused of killing two workers is ..."
    elif accused is None and accusing.dep_ == "acl" and accusing.tag_ == "VBN":
        accused = accusing.head
    return accused


def lost_accused(gerund, verb) -> bool:
    """A charge's gerund reached its verb of accusing with no accused found ("convicted ... of shooting"
    misparsed): the act is the accused's or nobody's, never the accuser's. A bare participle's subject is
    the accused ("says the woman accused of killing two workers is ...", a reduced relative read as a clause)."""
    return gerund.head.lower_ in ("of", "for", "with") and verb.lemma_.lower() in ACCUSING | CLEARING \
        and not (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children(verb)))


def to_objects(*heads) -> list:
    """The objects of the "to" phrases on these words, the parser's dative included ("gave $10m to
    UNRWA", "handed the suspect over to US authorities")."""
    return [p for h in heads for x in children(h) if x.dep_ in ("prep", "dative") and x.lower_ == "to"
            for p in children(x) if p.dep_ == "pobj"]


def preps_near(verb, preps: tuple[str, ...]) -> list:
    """Prepositions of the verb, or misattached to its arguments by the parser ("were fired by
    the group on Eilat": "on Eilat" hangs on "group"). A "to" the parser tags dative is left to the
    readers of receivers (to_objects): read here it gave AID events to things given that are no
    aid ("gave control of the company to", "provide tips to", "send budget proposals to")."""
    out = [c for c in children(verb) if c.dep_ == "prep" and c.lower_ in preps]
    for arg in (*children(verb), *(p for p in passive_patients(verb) if p.head.i != verb.i)):   # "is likely to be"
        heads = [arg] if arg.dep_ in ("dobj", "nsubjpass") or arg.head.i != verb.i else \
            [p for p in children(arg) if p.dep_ == "pobj"] if arg.dep_ == "agent" else []
        for h in (*heads, *(v for g in heads for v in valued(g))):   # "agreed a deal worth $2bn with X"
            out.extend(c for c in children(h) if c.dep_ == "prep" and c.lower_ in preps and c.i > h.i)
    return out


def names_people(tok) -> bool:
    """Whether a direct object denotes persons: a count ("killed one"), a personal pronoun, a
    person's name, a noun for people ("two people", "three men", "protesters")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NUM" or tok.like_num or tok.lower_ in PERSON_PRONOUNS or tok.ent_type_ == "PERSON" \
        or lemma in GROUP_NOUNS or lemma in COLLECTIVE_TYPE


def undergoes_for(verb, pobj) -> bool:
    """Whether a "for" phrase names whom a demanded clause is done to, not who is asked: "called for the
    audit office to be given a free hand", "calls for Iran to be referred" (others are to act on
    it; "called for the government to act" asks the government). The parser hangs the infinitive on
    the verb or on the noun."""
    if pobj.head.lower_ != "for":
        return False
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > pobj.i]
    clauses += [c for c in pobj.children if c.dep_ in ("acl", "relcl")]
    return any(c.pos_ in VERBAL and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and subject_undergoes(c) for c in clauses[:1])


def object_candidates(verb, object_preps: tuple[str, ...]):
    """Tokens that may denote who is acted upon, best first."""
    misread = misread_relative(verb)
    passive = is_passive(verb) and misread is None and modifier_doer(verb) is None
    cands = [misread[1]] if misread is not None else []   # "the minister, whom rebels kidnapped"
    if (reduced := relative_subject(verb)) is not None:
        cands.append(reduced)   # "two officers charged over the shooting appeared": the officers
    if passive:
        for c in children(verb):
            if c.dep_ == "nsubjpass":
                cands.append(relative_head(verb) if c.lower_ in REL_PRONOUNS and relative_head(verb) is not None else c)
        if participle_modifier(verb) and counted_victims(verb) is None:
            cands.append(verb.head)           # "vehicles operated by the army" (not "a toll, 640 people killed")
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in children(verb)):
            if predicated_patient(verb) is not None:
                cands.append(predicated_patient(verb))   # "X was the third journalist to be killed": X
            cands.append(verb.head)
        cands.extend(shared_subject(verb) + raised_patient(verb) + controlled_patient(verb) + state_patients(verb))
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children(verb)):
        cands.append(verb.head.head)    # "a teenager shot and killed by police": the teenager
    for c in children(verb):
        if c.dep_ in ("dobj", "dative", "obj"):
            if c.lower_ in REL_PRONOUNS and relative_head(verb) is not None:
                cands.append(relative_head(verb))   # "fighters, which Hamas is treating"
            elif c.lower_ == "what":
                cands.extend(described_as(c))       # "welcomed what he described as X's willingness"
            else:
                cands.append(c)
    cands.extend(stranded_gerund_objects(verb))   # "convicted a man of shooting dead his neighbour"
    if verb.lemma_.lower() in ACCUSING | CLEARING:   # ... and the man convicted
        cands.extend(s for c in children(verb) if c.dep_ in ("ccomp", "xcomp")
                     for s in children(c) if complement_accused(s) is not None)
    # the people acted on, as object or passive patient ("a teenager killed by police")
    people = any(names_people(c) for c in (*(c for c in children(verb) if c.dep_ == "dobj"), *(cands if passive else ())))
    for c in preps_near(verb, object_preps):
        if people and c.head.i == verb.i and (c.lower_ in LOCATIVE_PREPS or c.lower_ == "on" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in PLACE_NOUNS for p in children(c))):
            continue   # "killed one at the firm", "killed by police on a Brooklyn street": where, not whom
        cands.extend(p for p in children(c) if p.dep_ == "pobj" and not undergoes_for(verb, p))
    cands.extend(raised_object(verb, passive))
    victims = counted_victims(verb)
    if victims is not None:
        cands.append(victims)
    for c in children(verb):
        if c.dep_ == "prt":
            for gc in children(c):
                if gc.dep_ == "prep" and gc.lower_ in object_preps:
                    cands.extend(p for p in children(gc) if p.dep_ == "pobj")
    # "helping the group transfer weapons": the subject of the complement;
    # "welcomed what he described as X's willingness": the noun the free relative names
    for c in children(verb):
        if c.dep_ in ("ccomp", "xcomp"):
            for gc in children(c):
                if gc.dep_ == "dobj" and gc.lower_ == "what":
                    cands.extend(described_as(gc))
                elif gc.dep_ == "nsubj" and gc.lower_ not in REL_PRONOUNS and c.i > verb.i \
                        and verb.lemma_.lower() in OBJECT_CONTROL | {"see", "watch", "have"} \
                        and not subject_undergoes(c):   # "urged that the men receive counselling"
                    cands.append(gc)
    return cands
