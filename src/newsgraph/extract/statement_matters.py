"""Whether a statement names its matter well enough to be news with one side: a refusal that names the
charge, claim or order it answers ("denied the charges", "is refusing to obey a government order"), a
statement whose matter says what it is about ("demanded assurances that ...", "raised questions about
whether ..."); kept apart from keep.py, which asks it."""
from __future__ import annotations

from ..wordlists import words
from .agent_nouns import agentive
from .calls import JOINING, demand_with_its_act
from .denied_acts import ACCUSATIONS, own_act_denied
from .frames import Candidate
from .sense_cooperative import acted_on, stated
from .sense_words import lemma_in

# what the press or gossip says, not a side's charge: "denied reports it was withdrawing from Iraq",
# "refuted suggestions that the industry was too slow"
RUMOURS = words("rumour_nouns")
# what is refused by not doing it: "refusing to obey a government order", "refused to pay the fine"
ORDERS = words("statement_order_nouns")
# acts a demand may name ("demanded an inquiry", "called for the release of")
DEMANDED_ACTS = words("stance_demanded_acts")
# verbs by which one with the power to do so decides an act rather than demanding it ("ordered an inquiry")
DECIDING = words("deciding_verbs")
# charges in law, brought by a prosecutor, a regulator or a plaintiff
LEGAL_MATTERS = words("legal_matter_nouns")
# what one means to do when saying one will fight charges: "expect to resist", "vowed to fight"
FIGHTING_INTENT = words("fighting_intent_verbs")
# accusations a firm answers by denying them: "denied any wrongdoing", "denied liability", "rejected the
# allegations" (not "denied the claims", "the reports": what the press says)
DENIED = words("statement_denied_nouns") | ACCUSATIONS
# what a statement is about, when its matter follows a preposition ("questions about whether", "the case for keeping")
ABOUT = words("statement_matters_about")


def names_its_matter(c: Candidate, person: bool = True) -> bool:
    """A refusal that names what it answers by a noun of a charge, claim or order (STATED_THINGS):
    "denied the charges", "dismissed the claims", "is refusing to obey a government order". Such a
    refusal by a person or firm is news with its accuser unsaid; "rejected the idea", "denied
    suggestions" or "demanded assurances" alone are too vague (bench judgements: too often the other
    side is named and missed, or the matter is gossip). A firm's refusal is news only of an order or a
    charge in law ("Vivendi rejected the charge"): a firm denying claims is public relations."""
    if c.type == "REQUEST" and person and c.anchor is not None and c.anchor.lemma_.lower() in JOINING:
        return demand_with_its_act(c.trigger)   # "Peter Hain joined calls for an inquiry"
    if c.type != "REJECT" or c.trigger.dep_ == "xcomp" and not charges_fought(c.trigger):
        return False    # "vowed to ignore the order", "refused to deny the claims", "planning to appeal"
    # the verb that says who refuses: the trigger, the verb it is intended by ("we expect to resist the
    # charges"), or the verb of a predicate ("called the charges false")
    holder = c.trigger.head if c.trigger.dep_ == "xcomp" else \
        c.trigger if c.trigger.pos_ in ("VERB", "AUX") or c.anchor is None else c.anchor
    if not any(x.dep_ in ("nsubj", "nsubjpass", "agent") for x in holder.children):
        return False    # who refuses is borrowed from another clause ("said X and dismissed claims"): often the wrong side
    things = [t for t in acted_on(c) if t.lemma_.lower() not in RUMOURS]
    things += [d for x in c.trigger.children if x.dep_ == "xcomp" for d in x.children
               if d.dep_ == "dobj" and d.lemma_.lower() in ORDERS]
    if person and any(demand_with_its_act(t) for t in things):
        return True     # "Lord Browne rejected calls for his resignation", "dismissed calls to quit"
    if own_act_denied(c.trigger):
        return True     # "the firm denied that it had bribed officials": an accusation answered
    return stated(c, things if person else [t for t in things if lemma_in(t, ORDERS | LEGAL_MATTERS | DENIED)])


def matter_with_content(c: Candidate) -> bool:
    """A statement whose matter says what it is about: a judgement of a thing ("called that suggestion
    disgraceful", "said it was disgusting to propose ..."), or a noun with the act or clause it stands
    for ("demanded assurances that the evidence was not gained under torture", "raised questions about
    whether ...", "pressed the case for keeping the embargo", "rejected the plan to raise taxes"). A bare
    noun ("rejected allegations", "denied suggestions") is too vague alone: its other side is often named
    elsewhere and missed, or it answers gossip. A person's only: a firm's words are public relations."""
    if c.object_tok is not None and c.object is None and agentive(c.object_tok):
        return False    # "the SEC accused Titan of ...": its other side is named, only not resolved
    if c.trigger.pos_ == "ADJ" and c.trigger.dep_ in ("oprd", "acomp", "conj", "ccomp"):
        return True     # a judgement predicated of what it judges
    if c.trigger.dep_ == "xcomp" and c.type != "REQUEST":
        return False    # "refused to stop the fraud", "declined to comment": an act not done, not a statement
    if about_clause(c.trigger):
        return True     # "raised questions about whether ...", "argued for keeping the embargo"
    things = [t for t in acted_on(c) if t.lemma_.lower() not in RUMOURS and t.pos_ in ("NOUN", "PROPN")]
    things += [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ in ABOUT
               for o in p.children if o.dep_ == "pobj"]
    if c.type == "REQUEST" and not lemma_in(c.trigger, DECIDING) and any(
            lemma_in(t, DEMANDED_ACTS) and what_it_concerns(t) for t in things):
        return True     # "demanded an inquiry into the deaths", "called for the release of the journalists"
    return any(clause_of(t) for t in things)


def what_it_concerns(act) -> bool:
    """A demanded act noun with the matter it is about: an inquiry "into" anything, or a release,
    resignation or withdrawal "of" someone ("the release of the two journalists"). A bare "an inquiry"
    or "assurances" says too little alone (matter_with_content)."""
    for p in act.children:
        if p.dep_ != "prep" or p.lower_ not in ("into", "of"):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and (p.lower_ == "into" or agentive(o)):
                return True
    return False


def clause_of(noun) -> bool:
    """The noun has a clause of its content: "assurances that ...", "the idea [that] X posed a threat",
    "a plan to raise taxes", "questions about whether ...", "the case for keeping" (not a relative
    clause, nor a participle: "the plan which was announced", "the plan unveiled in May")."""
    for x in noun.children:
        if x.dep_ in ("acl", "ccomp") and x.pos_ in ("VERB", "AUX") and any(
                d.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for d in x.children):
            return True
    return about_clause(noun)


def about_clause(tok) -> bool:
    """A clause after a preposition of matter: "questions about whether ...", "the case for keeping"."""
    return any(x.dep_ == "prep" and x.lower_ in ABOUT and any(o.dep_ == "pcomp" for o in x.children)
               for x in tok.children)


def charges_fought(trigger) -> bool:
    """A refusal of charges in law that its subject means to make: "we expect to resist the charges",
    "vowed to fight the allegations", "intends to contest the lawsuit"."""
    return trigger.head.lemma_.lower() in FIGHTING_INTENT and any(
        lemma_in(t, LEGAL_MATTERS | DENIED) for t in (
            *(x for x in trigger.children if x.dep_ == "dobj"),
            *(o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children)))
