"""Sides a clause leaves unwritten where the parse puts them: the counted victims of a bare harm
participle ("three employees wounded"); the object two coordinated verbs share ("shot and killed
a guard"); the subject a passive shares with the verb before it ("fled but was arrested"), and the
doer it does not share ("said people smashed windows and that a man was attacked"); the one a
raised passive infinitive acts on ("is reported to have been killed"); the agent a later passive
states for the one before ("was fined and criticised by regulators"), or on the object a passive
keeps ("was sent a warning by the UN"); the noun a relative clause's pronoun stands for."""
from __future__ import annotations

from ..doctext import children
from ..resolve.person_choice import SPEAKING_VERBS
from ..wordlists import words
from .entity_lookup import PLACE_LABELS
from .misjoined import reported_passive
from .voice import VERBAL, conjoined_participle, is_passive

# verbs of harm whose bare participle after counted people lists casualties ("three employees wounded")
HARMED = words("unwritten_harm_verbs")
FINITE_OR_BARE = frozenset({"VBD", "VBZ", "VBP", "VB"})
REL_PRONOUNS = words("unwritten_sides_rel_pronouns")
PLACE_PREPS = words("locative_preps")
# verbs of undergoing, having or telling ("suffered", "gained", "testified": data/lexicon/words/argument_slots.yaml)
NO_ACT_VERBS = words("no_act_verbs")
# entity labels of a "by" phrase that says when or how much, not who
NOT_AGENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def counted_victims(verb):
    """The counted people of a harm verb written bare after them, as in a list of casualties: "left
    three dead and three employees wounded", "with two soldiers injured" (a reduced passive the
    parser reads as active); they are harmed, not harming. A verb the parser tags a participle needs
    no count nor a pause after it ("civilians killed in the raid were buried"). None for any other verb."""
    if verb.lemma_.lower() not in HARMED or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent", "ccomp", "xcomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None and verb.tag_ == "VBN":
        return subject   # a participle, not a past tense: "more than 640 Palestinians killed since ..."
    if subject is None or not any(c.dep_ == "nummod" for c in subject.children):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return subject if after is None or after.is_punct or after.dep_ == "cc" else None


def raised_object(verb, passive: bool) -> list:
    """The object two coordinated verbs share, written once after the second ("shot and killed a
    guard", "arrested and charged two men"): for the first verb, when it has no object of its own
    and the second has no subject of its own."""
    if passive or verb.tag_ not in FINITE_OR_BARE \
            or any(c.dep_ in ("dobj", "dative", "obj", "ccomp", "xcomp") for c in verb.children):
        return []   # a gerund may be another sense ("striking and injuring a woman")
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in VERBAL or conj.i - verb.i > 3 or is_passive(conj) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        between = verb.doc[verb.i + 1:conj.i]
        if not all(t.dep_ in ("cc", "advmod", "punct") for t in between) or any(t.lower_ == "or" for t in between):
            continue   # only "shot and killed", "arrested, then charged"; "suspend or bar" are alternatives
        return [c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i]
    return []


def predicated_patient(verb):
    """Who undergoes a passive infinitive on a predicate noun ranked in a series: "Smith was the third
    journalist to be killed", "she became the latest minister to be arrested" -> the copula's subject,
    not the noun. Without the rank it is a prospect ("is the favourite to be evicted"), not an act."""
    head = verb.head
    if verb.dep_ != "relcl" or head.dep_ != "attr" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) \
            or not any(m.dep_ == "amod" and (m.ent_type_ == "ORDINAL" or m.tag_ == "JJS") for m in head.lefts):
        return None
    return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def relative_head(verb):
    """For a relative clause, the noun it modifies ("a group, which pledged ..." -> group). A place
    the parser hung the clause on is where the noun is: "the blast in Kabul, which killed five" ->
    blast."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.ent_type_ in PLACE_LABELS and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS \
            and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def shared_subject(verb) -> list:
    """The subject a passive verb shares with the verb before it, written once: "X fled the scene
    but was arrested by police", "the minister resigned and was questioned" (X and the minister
    are acted on); through a relative pronoun, the noun it stands for."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in VERBAL or head.i > verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    out = []
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(relative_head(head) if c.lower_ in REL_PRONOUNS and relative_head(head) is not None else c)
    return out


def unowned_passive(verb) -> bool:
    """Whether a passive clause with a patient of its own is joined to another clause by a conjunction
    of its own, as a report of its own ("said people smashed windows and that one person had been
    attacked"): it names no doer, and the other clause's subject is none. Without one the other clause
    tells the operation the passive ends ("police raided the farmhouse and three men were arrested"),
    but only an act does: a report, a loss or a gain tells none ("police said the gang robbed a bank and
    a guard was hurt", "the region suffered floods, but 40 people were killed"); joined to a verb of saying
    after its report, the reported verb is the clause it ends ("said officers stormed a flat, and two men
    were held")."""
    return verb.dep_ == "conj" and verb.head.pos_ in VERBAL and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and (any(c.dep_ == "mark" for c in verb.children) or not acting_head(reported_passive(verb) or verb.head))


def acting_head(verb) -> bool:
    """Whether a verb may be an act whose doer ends in a passive joined to it ("raided", "moved into the
    town"): not a verb of saying ("said", "condemned") nor one of undergoing, having or telling ("suffered",
    "gained", "testified")."""
    lemma = verb.lemma_.lower()
    return lemma not in SPEAKING_VERBS and lemma not in NO_ACT_VERBS


def conjoined_agent(verb):
    """The agent a later passive joined to this one states for both: "Meta was fined and criticised
    by regulators", "was beaten and robbed by a gang"; not a passive clause of its own ("was arrested and
    his house was searched by police")."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and conjoined_participle(c)):
        for pobj in (p for a in conj.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            return pobj
    return None


def retained_agent(verb):
    """The agent of a passive that keeps an object, which the parser hangs on that object or on the
    noun of its "of" phrase: "Iran was sent a warning by the UN", "the firms were sent statements of
    objections by the Commission", "Russia was given an ultimatum by NATO". A time or amount after
    "by" is no agent ("was handed a fine by Friday")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return None   # a "by" of its own the parser did not call an agent: not the object's
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        heads = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj")]
        for by in (c for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
            agent = next((p for p in by.children if p.dep_ == "pobj" and p.ent_type_ not in NOT_AGENTS), None)
            if agent is not None:
                return agent
    return None


def raised_patient(verb) -> list:
    """The one a passive infinitive acts on, raised to the subject of the passive verb of saying or
    believing above it: "two men are reported to have been killed", "he is believed to have been
    abducted"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ not in VERBAL or not is_passive(head) \
            or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


def controller(verb):
    """Who refuses: the verb's subject, or for a refusal intended ("we expect to resist the charges",
    "vowed to fight the ruling") the subject of the verb of intent it depends on."""
    for v in (verb, verb.head, verb.head.head):
        subj = next((c for c in children(v) if c.dep_ == "nsubj"), None)
        if subj is not None or v.dep_ != "xcomp":
            return subj
    return None


def relative_subject(verb, subj):
    """The noun a relative clause's "who" or "which" stands for: "Mr Novak, who denies the charges" -> Mr
    Novak; else the subject itself."""
    if subj is not None and subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
        return relative_head(verb)
    return subj
