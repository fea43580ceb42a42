"""Adjunct clauses whose sides the main clause supplies. An adjunct with no subject of its own
("after stabbing three people", "while fleeing", "before being arrested") is controlled by the
main clause's SURFACE subject: of a passive main clause its subject, never its by-agent ("the
attacker was shot by police after stabbing three people": the attacker stabbed). A passive
adjunct ("after being shot") acts on that subject. Also the verbs the parser hangs on an object
noun: a participle set off by a comma ("struck the camp, killing 12") and a listed verb."""
from __future__ import annotations

from ..resolve.clause_subjects import BODY_NOUNS  # nouns that describe a body ("the firm", "the media giant")
from ..resolve.participants import COLLECTIVE_TYPE, FORCES, INDIVIDUAL_NOUNS
from ..wordlists import words
from .control import OBJECT_CONTROL
from .entity_lookup import ACTOR_LABELS
from .quantities import is_people
from .unwritten_sides import REL_PRONOUNS, relative_head
from .voice import VERBAL, is_passive, trailing_passive

# prepositions and subordinators that head a time, manner or circumstance adjunct
ADJUNCT_HEADS = words("adjunct_heads")
OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# verbs that hold someone to account for an act (doers.yaml): the one held after an act did it
HELD_AFTER = words("charging_verbs")


def adjunct_host(verb):
    """The main-clause verb of an adjunct clause without a subject of its own ("after stabbing",
    "while fleeing", "after being arrested"), or None."""
    if verb.pos_ not in VERBAL or verb.tag_ not in ("VBG", "VBN") \
            or any(c.dep_ in OWN_SUBJECT for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in ADJUNCT_HEADS and verb.head.dep_ == "prep":
        host = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_HEADS for c in verb.children):
        host = verb.head
    else:
        return None
    if host.dep_ == "npadvmod" and host.pos_ == "NOUN":
        host = host.head   # "hours after being arrested", "days before stabbing": the time's verb
    return host if host.pos_ in VERBAL else None


def surface_subject(host):
    """The subject a main-clause verb shows: of a passive, the one acted on; through a relative
    pronoun, the noun it stands for; None when the clause writes none."""
    for c in host.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in REL_PRONOUNS and relative_head(host) is not None:
                return relative_head(host)
            return c
    if host.dep_ == "conj" and host.head.pos_ in VERBAL:
        return surface_subject(host.head)   # "fled and was shot after ...": the shared subject
    if host.dep_ in ("acl", "relcl") and is_passive(host):
        return host.head                    # "a man arrested after stabbing ...": the man
    return None


def passive_host_subject(verb):
    """The subject an active adjunct takes from a passive main clause with a by-agent ("the
    attacker was shot by police after stabbing three people" -> the attacker, not the police), or
    None (an active main clause is read by the usual climb). Without a by-agent the adjunct is left
    without a subject, as before: on bench text the events that rule added ("was arrested after
    leading police on a chase", "were awarded MBEs after beating USA") were mostly no events; but
    one arrested, charged or jailed after an act is held for it and did it ("was charged with murder
    after opening fire on his colleagues", "was detained after attacking a driver"), and so did the
    participle on that adjunct (subject_token climbs to it: "was jailed after opening fire, killing X")."""
    if is_passive(verb):
        return None
    shared = passive_conjunct_subject(verb)
    if shared is not None:
        return shared
    host = adjunct_host(verb)
    if host is None or not is_passive(host):
        return None
    held = host.lemma_.lower() in HELD_AFTER   # the one held is someone, whatever the noun ("a rapper")
    if not held and not any(c.dep_ == "agent" for c in host.children):
        return None
    subject = surface_subject(host)
    # a thing acted on does not act: "the town was captured by rebels after fighting troops for
    # days" leaves the adjunct to the by-agent, as the usual climb reads it
    return subject if subject is not None and (held or may_act(subject)) else None


def passive_conjunct_subject(verb):
    """The subject an active verb joined to a passive one shares: its surface subject, never its
    by-agent ("the firm was fined by the regulator but agreed to pay": the firm agrees; "he was
    questioned by police and later confessed": he confesses). Only a finite or auxiliary-led verb
    with no subject of its own is such a conjunct: a bare participle shares the passive ("was
    arrested and charged", voice.conjoined_participle), and a verb with a subject is a clause of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ not in VERBAL or not is_passive(verb.head) \
            or not any(c.dep_ == "nsubjpass" for c in verb.head.children) \
            or any(c.dep_ in OWN_SUBJECT for c in verb.children):
        return None
    if not active_form(verb) or not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None   # no "and"/"but" between them: a noun the tagger read as a verb ("for Saturday's clash with")
    subject = surface_subject(verb.head)
    # a thing made by the agent leaves the verb to the climb as before ("the change was made by the
    # administration and drew criticism from unions": criticism of the administration's act)
    return subject if subject is not None and (may_act(subject) or subject.lemma_.lower() in BODY_NOUNS) else None


def active_form(verb) -> bool:
    """Whether a verb without a subject is active by its form: an auxiliary of its own ("has agreed"),
    a present tense, or a past with an object ("later accused the government") or an infinitive
    of its own ("agreed to pay"). A bare past form may be a participle sharing the passive ("was
    arrested and charged with fraud"), also before an infinitive of object control ("was fined and
    ordered to pay")."""
    if verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return True
    return verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" or c.dep_ == "xcomp" and verb.lemma_.lower() not in OBJECT_CONTROL for c in verb.children)


def may_act(tok) -> bool:
    """Whether a subject is someone who may act: a person's pronoun, a name, or a noun for people."""
    lemma = tok.lemma_.lower()
    return tok.lower_ in PERSONAL_PRONOUNS or tok.ent_type_ in ACTOR_LABELS or is_people(tok) \
        or lemma in COLLECTIVE_TYPE or lemma in INDIVIDUAL_NOUNS or lemma in FORCES


def controlled_patient(verb) -> list:
    """The one a passive adjunct acts on: the main clause's surface subject ("the man died after
    being shot" -> the man; "Smith appeared in court, having been charged with murder" -> Smith)."""
    if not is_passive(verb):
        return []
    host = adjunct_host(verb) or (verb.head if trailing_passive(verb) else None)   # "..., having been charged"
    subject = surface_subject(host) if host is not None else None
    return [subject] if subject is not None else []


def listed_verb(v) -> bool:
    """"Rioters smashed windows, looted and hurled bombs": a verb after the object and a comma, joined
    to another by "and", that the parser took for a participle on the object is one more verb of the
    main clause."""
    return v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.pos_ in VERBAL and v.i > 0 \
        and v.doc[v.i - 1].text == "," and any(c.dep_ == "conj" for c in v.children)


def free_adjunct_clause(participle):
    """The verb whose subject a participle set off by a comma after an object tells of ("struck the
    camp, killing 12"; the parser hangs it on the object noun), or None."""
    noun = participle.head
    first = min(t.i for t in participle.subtree if not t.is_punct)
    before = participle.doc[first - 1] if first > 0 else None
    if before is None or before.text != "," or noun.dep_ not in ("dobj", "pobj") or noun.i > participle.i:
        return None
    up = noun.head
    while up.pos_ not in VERBAL and up.head.i != up.i:
        up = up.head
    return up if up.pos_ in VERBAL else None


def past_infinitive(participle):
    """The verb whose subject a participle set off by a comma after a to-infinitive tells of, or None:
    the parser hangs the adjunct on the infinitive, but a free adjunct at a clause's end is its main
    clause's ("ordered residents to leave, forcing 15,000 to flee": the orderer forces; "increased
    calls for the minister to quit and call elections, ignoring his appeals": the callers ignore), where the
    infinitive has a doer of its own (its subject, or the object that controls it)."""
    first = min(t.i for t in participle.subtree if not t.is_punct)
    if first == 0 or participle.doc[first - 1].text != "," or any(c.dep_ == "mark" for c in participle.children):
        return None
    infinitive = participle.head
    while infinitive.dep_ == "conj" and infinitive.head.pos_ in VERBAL:
        infinitive = infinitive.head    # "to quit and call elections, ignoring"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    if not any(c.dep_ == "nsubj" for c in infinitive.children) \
            and not any(c.dep_ == "dobj" for c in infinitive.head.children):
        return None     # "won the right to step down and run, defending the seat": one doer either way
    up = infinitive.head
    while (up.pos_ not in VERBAL or any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children)) \
            and up.head.i != up.i:
        up = up.head
    return up if up.pos_ in VERBAL and up.i != infinitive.i else None
