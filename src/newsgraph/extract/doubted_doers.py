"""How surely an attack's doer is known when the text holds them to it rather than stating it: a doer
an accusation names ("police blamed the bombing on separatists", "a raid blamed on JNIM"), a doer
described as suspected ("suspected gunman Carl Penn opened fire", "Carl Penn, the murder suspect"),
and a story's attacker carried over from other sentences to someone the story only holds for it
(arrested, charged, accused: "Two students were shot dead ... Police arrested Dylan Moss"), names as its
suspect ("Deputies identified the suspect as Carl Penn", "the suspect, Carl Penn, 27,") or who is told
there as alleged. Each such attack is `alleged`; a conviction (a court's finding) and a claim of
responsibility (the doer's own word) are not doubts here."""
from __future__ import annotations

from dataclasses import replace

from ..wordlists import words
from .accused_acts import CHARGING, SUSPECTS, UNPROVEN
from .agent_phrases import blamed_doer
from .attribution import Attributor, Claim, stronger
from .frames import Candidate

# modifiers that mark a description of the doer as a suspicion ("the suspected gunman", "alleged attacker")
HEDGES = words("alleged_hedges")
# what a court finds: a doer convicted of the attack is no suspect
CONVICTING = CHARGING - UNPROVEN
# nouns that name a story's attacker as held before any trial ("the suspect, Carl Penn"; not "defendant")
STORY_SUSPECTS = words("story_suspect_nouns")


def doubted_claim(claim: Claim, c: Candidate, attributor: Attributor) -> Claim:
    """The claim of the event, made `alleged` where its doer is only held to the act (module doc)."""
    if c.type == "ASSAULT" and c.subject is not None and (blamed_doer(c) or suspected(c.subject_tok) or held(c)
                                                          or named_suspect(c, attributor.res)) \
            or c.told_by and all(attributor.attribute(o.trigger, o.anchor).certainty == "alleged"
                                 for o in c.told_by if o.type == c.type):
        return replace(claim, certainty=stronger(claim.certainty, "alleged"))
    return claim


def suspected(tok) -> bool:
    """A doer named with a description that only suspects them: "Suspected gunman Carl Penn", "Carl
    Penn, the alleged attacker,", "murder suspect Carl Penn", "suspected militants"; not a bare "the
    suspect", who may be doing what the story tells as fact ("the suspect fired at the officers")."""
    return tok is not None and described_by(tok, SUSPECTS)


def described_by(tok, nouns) -> bool:
    """A name described with a hedge ("suspected gunman Carl Penn", "Carl Penn, the alleged attacker,") or
    with one of `nouns` in a compound or an apposition ("murder suspect Carl Penn", "the suspect, Carl Penn")."""
    described = [tok, *(x for x in tok.children if x.dep_ in ("compound", "appos")),
                 *((tok.head,) if tok.dep_ == "appos" else ())]
    return any(m.dep_ == "amod" and m.lower_ in HEDGES for d in described for m in d.children) \
        or any(d is not tok and d.pos_ == "NOUN" and d.lemma_.lower() in nouns for d in described)


def held(c: Candidate) -> bool:
    """An attack carried over from other sentences (`told_by`) to one the story holds for it but
    has not convicted: an arrest, a charge or an accusation of the attacker is among what told it."""
    return any(o.type != c.type and o.object == c.subject and o.trigger.lemma_.lower() in UNPROVEN for o in c.told_by)


def named_suspect(c: Candidate, res) -> bool:
    """An attack carried over from other sentences (`told_by`, no doer token here) to one the story names
    as its suspect before any trial: "Deputies identified the suspect as Carl Penn", "the suspect, Carl Penn,
    27,", "suspected gunman Carl Penn"; not a defendant or one convicted (a conviction among what told it)."""
    if not c.told_by or c.subject_tok is not None:
        return False
    if any(o.object == c.subject and o.trigger.lemma_.lower() in CONVICTING for o in c.told_by):
        return False
    doc = c.trigger.doc
    return any(key == c.subject and described_as_suspect(doc[i]) for i, key in res.token_entity.items())


def described_as_suspect(tok) -> bool:
    """A name described as a suspect (STORY_SUSPECTS, HEDGES): "the suspect, Carl Penn", "Carl Penn, the
    suspect", "suspected gunman Carl Penn", or the name after "as" on a verb whose object is the suspect
    ("identified the suspect as Carl Penn")."""
    if described_by(tok, STORY_SUSPECTS):
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "as" and any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in STORY_SUSPECTS for o in prep.head.children)
