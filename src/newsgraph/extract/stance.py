"""What a reported clause about another actor does to it, by the class of its predicate, where the
single shapes of statements.py (obligation modals, wrongdoing verbs, responsibility, threats) find
nothing: PETRARCH and CAMEO code the statement itself by its content.

- praise (PLOVER SUPPORT, "praise or endorse"): "said Kenya had taken a bold step", "said Chile was
  right to reopen the inquiry", "said Poland had done the right thing", "said the army had acted
  responsibly", "said the mayor deserved credit";
- deceit and betrayal said with a particle (ACCUSE): "said the ministry had covered up the failings";
- inaction faulted (ACCUSE): "said the government had done nothing to stop the violence", "had not
  done enough to protect the workers", "had failed to tackle the problems";
- fault, the mirror of praise (ACCUSE, "criticise, disapprove"): "said the army had acted recklessly",
  "had taken a backward step", "deserved the blame", "had been slow to respond";
- wrongs done (ACCUSE, "allege"): "said the army had committed war crimes", "had engaged in fraud",
  "was involved in the bombing", "posed a threat to the region", "had overstepped its authority",
  "had turned a blind eye to the abuses", "was putting commerce above human rights";
- a wrong signal sent, a failing shown, those owed deserted (ACCUSE): "said the policy sends the wrong
  message to poorer countries", "had shown a lack of leadership", "had let down the workers".

The other actor is the clause's subject (statements.py finds it and the speaker); this module reads
only the clause: its predicate, its arguments, negation and modality. A praise or a fault that is
only foretold or supposed ("would be right to", "could take a step") states nothing done. The word
classes are data: data/lexicon/words/statements.yaml (stance_*).
"""
from __future__ import annotations

from functools import lru_cache

from ..model import FORCE_TYPES
from ..wordlists import words
from .frames import noun_frame
from .lexicon import lexicon
from .noun_phrases import passive_agent
from .quantities import is_people
from .sense import OBLIGED

# a clause foretold, not stated as done: "will act", "could face"
FORETOLD = frozenset({"will", "would", "could", "might", "may", "can", "'ll"})
# a clause only supposed or foretold: "would be right to", "might take a bold step", "should act"
SUPPOSED = FORETOLD | OBLIGED
# verbs of an act's design: "was designed to intimidate", "was aimed at silencing"
AIMING_VERBS = words("design_verbs")
# verbs that liken an act to another: "sounds like another attempt to undermine the UN"
LIKENING = words("stance_likening")
# harms an actor is said to answer for besides the list: acts of violence or coercion the lexicon names
HARMS = words("statement_harm_nouns")
# verbs with which an actor bears a responsibility: "said Israel bore full responsibility for the deaths"
BEARING = words("stance_bearing")
# verbs that show a failing: "had shown a lack of leadership"
SHOWING = words("stance_showing")
# "had done nothing to", "did too little to", "has not done enough to"
TOO_LITTLE = words("stance_too_little")


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    return {
        "approving_predicates": words("stance_approving_predicates"),
        "approving_modifiers": words("stance_approving_modifiers"),
        "approved_acts": words("stance_approved_acts"),
        "approving_adverbs": words("stance_approving_adverbs"),
        "earned_nouns": words("stance_earned_nouns"),
        "wrongdoing_phrasals": words("stance_wrongdoing_phrasals"),
        "approving_qualities": words("stance_approving_qualities"),
        "reneging_phrasals": words("stance_reneging_phrasals"),
        "standing_nouns": words("stance_standing_nouns"),
        "commended_persons": words("stance_commended_persons"),
        "faulting_adverbs": words("stance_faulting_adverbs"),
        "faulting_modifiers": words("stance_faulting_modifiers"),
        "deserved_blame": words("stance_deserved_blame"),
        "wrong_acts": words("stance_wrong_acts"),
        "committing_verbs": words("stance_committing_verbs"),
        "engaging_verbs": words("stance_engaging_verbs"),
        "overstepped_limits": words("stance_overstepped_limits"),
        "misplaced_first": words("stance_misplaced_first"),
        "duty_acts": words("stance_duty_acts"),
        "aim_nouns": words("stance_aim_nouns"),
    }


def content_stance(clause, aux) -> str | None:
    """The type a reported clause about another actor (its subject) states, or None: SUPPORT for a
    praise, ACCUSE for a deceit or an inaction faulted."""
    if any(a.lower_ in SUPPOSED for a in aux) or any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                    for m in clause.children):
        return None
    negated = any(c.dep_ == "neg" for c in clause.children)
    if inaction(clause, negated):
        return "ACCUSE"
    if negated:
        return None
    if any(fault(clause) for fault in FAULTS):
        return "ACCUSE"
    return "SUPPORT" if praised(clause) or commended(clause) else None


def commended(clause) -> bool:
    """An actor called a person of merit: "said Jackson was a decent, fair-minded public servant",
    "Paul has been a valued colleague" (a person noun qualified by an approving word)."""
    return clause.lemma_.lower() == "be" and any(
        k.dep_ == "attr" and (is_people(k) or k.lemma_.lower() in _classes()["commended_persons"]) and any(m.dep_ == "amod" and m.lower_ in _classes()["approving_qualities"]
                                                  for m in k.children) for k in clause.children)


def reneged(clause) -> bool:
    """A commitment broken by a phrasal verb: "had gone back on its pledge", "backed away from the deal"."""
    lemma = clause.lemma_.lower()
    parts = {f"{lemma} {k.lower_} {p.lower_}" for k in clause.children if k.dep_ in ("prt", "advmod")
             for p in clause.children if p.dep_ == "prep" and any(
                 o.dep_ == "pobj" and o.lemma_.lower() in words("statement_broken_rules") | {"word"} for o in p.children)}
    return bool(parts & _classes()["reneging_phrasals"])


def excessive(clause) -> bool:
    """An act done to excess: "had held interest rates too high", "was moving too slowly", "had gone
    too far" ("too weak to fight" says what cannot be, not a fault)."""
    if clause.tag_ not in ("VBD", "VBN", "VBG") or clause.lemma_.lower() == "be":
        return False
    return any(k.dep_ in ("advmod", "acomp", "oprd") and k.pos_ in ("ADJ", "ADV") and any(
        t.dep_ == "advmod" and t.lower_ == "too" for t in k.children) and not any(
        t.dep_ in ("xcomp", "ccomp") for t in k.children) for k in clause.children)


def discredited(clause) -> bool:
    """Standing an actor has lost by its own acts: "had lost the trust of the people", "had forfeited
    its credibility"."""
    return clause.lemma_.lower() in ("lose", "forfeit", "squander") and clause.tag_ in ("VBD", "VBN") and any(
        k.dep_ == "dobj" and k.lemma_.lower() in _classes()["standing_nouns"] for k in clause.children)


def praised(clause) -> bool:
    """"was right to reopen", "had taken a bold step", "had done the right thing", "had acted
    responsibly", "deserved credit"."""
    c = _classes()
    lemma = clause.lemma_.lower()
    kids = list(clause.children)
    if lemma == "be":
        # "was right to reopen the inquiry", "was correct": judged as an actor, not as a thing
        # not "is not right or left": the political right, a pair of sides, a judgement denied
        return any(k.dep_ == "acomp" and k.lower_ in c["approving_predicates"] and not any(
            x.dep_ in ("neg", "conj", "cc") for x in k.children) for k in kids)
    if lemma == "deserve":
        return any(k.dep_ == "dobj" and k.lemma_.lower() in c["earned_nouns"] for k in kids)
    if clause.tag_ not in ("VBD", "VBN"):
        return False  # an act done, not a habit or an aim ("to make sure the board makes the right decisions")
    if any(k.dep_ == "advmod" and k.lower_ in c["approving_adverbs"] for k in kids) and lemma in ("act", "behave", "respond"):
        return True   # "had acted responsibly", "had responded wisely"
    return lemma in ("take", "make", "do") and any(
        k.dep_ == "dobj" and k.lemma_.lower() in c["approved_acts"] and any(
            m.dep_ == "amod" and m.lower_ in c["approving_modifiers"] for m in k.children) for k in kids)


def faulting_agent(clause, negated: bool):
    """The "by" agent of a passive clause whose predicate faults the doer: "the abuse was covered up by
    the Church", "the funds had been misused by the ministry"; None for any other clause."""
    aux = [a for a in clause.children if a.dep_ == "aux"]
    if negated or any(a.lower_ in SUPPOSED for a in aux) or not any(c.dep_ == "auxpass" for c in clause.children):
        return None
    if not (clause.lemma_.lower() in words("statement_wrongdoing_verbs") or deceit(clause)):
        return None
    return passive_agent(clause)


def deceit(clause) -> bool:
    """"had covered up the failings", "had hushed up the report", "had sold out the workers"."""
    return any(k.dep_ == "prt" and f"{clause.lemma_.lower()} {k.lower_}" in _classes()["wrongdoing_phrasals"]
               for k in clause.children)


def inaction(clause, negated: bool) -> bool:
    """"had done nothing to stop the violence", "did too little to help", "had not done enough to
    protect the workers": a duty left undone (what is left undone is a to-clause)."""
    if clause.lemma_.lower() != "do":
        return False
    purpose = any(k.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
                  for k in (*clause.children, *(x for d in clause.children if d.dep_ == "dobj" for x in d.children)))
    if not purpose:
        return False
    for obj in (k for k in clause.children if k.dep_ in ("dobj", "advmod")):
        word = obj.lower_
        if word == "nothing" or word == "little" and not any(d.lower_ == "a" for d in obj.children):
            return not negated
        if word == "enough" and negated:
            return True
    return False


def censured(clause) -> bool:
    """Fault, the mirror of praised(): "had acted recklessly", "had taken a backward step", "had taken
    a step backwards", "did the wrong thing", "deserved the blame", "had been slow to respond"."""
    c = _classes()
    lemma = clause.lemma_.lower()
    kids = list(clause.children)
    if lemma == "deserve":
        return any(k.dep_ == "dobj" and k.lemma_.lower() in c["deserved_blame"] for k in kids)
    if lemma == "be":   # "had been slow to respond": a duty met late (not "was slow to start the game")
        return any(k.dep_ == "acomp" and k.lower_ == "slow" and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in c["duty_acts"] for x in k.children) for k in kids)
    if clause.tag_ not in ("VBD", "VBN"):
        return False
    if lemma in ("act", "behave", "respond", "react"):
        return any(k.dep_ == "advmod" and k.lower_ in c["faulting_adverbs"] for k in kids)
    backwards = any(k.dep_ == "advmod" and k.lower_ == "backwards" for k in kids)   # "took a step backwards"
    return lemma in ("take", "make", "do") and any(
        k.dep_ == "dobj" and k.lemma_.lower() in c["approved_acts"] and (backwards or any(
            m.dep_ == "amod" and m.lower_ in c["faulting_modifiers"] or m.dep_ == "advmod" and m.lower_ == "backwards"
            for m in k.children)) for k in kids)


def failed_duty(clause) -> bool:
    """A duty left undone: "has failed to tackle the problems", "fails to protect the workers" (not
    "failed to win", "failed to qualify": an aim missed)."""
    return clause.lemma_.lower() == "fail" and any(
        x.dep_ == "xcomp" and x.lemma_.lower() in _classes()["duty_acts"] for x in clause.children)


def failing_shown(clause) -> bool:
    """A failing shown in what an actor did: "had shown a lack of leadership", "had displayed contempt
    for the rule of law"."""
    return clause.lemma_.lower() in SHOWING and clause.tag_ in ("VBD", "VBN") and any(
        k.dep_ == "dobj" and k.lemma_.lower() in words("shown_failings") for k in clause.children)


def deserted(clause) -> bool:
    """Those an actor owes left to their fate: "had let down the workers", "had turned its back on the
    refugees"."""
    lemma = clause.lemma_.lower()
    if lemma == "turn":
        return any(k.dep_ == "dobj" and k.lower_ == "back" and any(
            p.dep_ == "prep" and p.lower_ == "on" for p in (*clause.children, *k.children)) for k in clause.children)
    return any(k.dep_ == "prt" and f"{lemma} {k.lower_}" in words("deserting_phrasals") for k in clause.children)


def miscued(clause) -> bool:
    """An act said to send a signal it should not: "the policy sends the wrong message to poorer
    countries", "had sent a dangerous signal" (not "sent a clear message")."""
    if clause.lemma_.lower() != "send":
        return False
    faulty = _classes()["faulting_modifiers"] | words("misdirected_modifiers")
    return any(
        k.dep_ == "dobj" and k.lower_ in words("sent_signals") and any(
            m.dep_ == "amod" and m.lower_ in faulty for m in k.children) for k in clause.children)


def wrong_done(clause) -> bool:
    """A wrong the clause's subject did: "had committed war crimes", "had engaged in fraud", "took part
    in the coup", "had a hand in the killing", "was involved in the bombing", "posed a threat to the
    region", "had overstepped its authority", "had turned a blind eye to the abuses"."""
    c = _classes()
    lemma = clause.lemma_.lower()
    objs = [k for k in clause.children if k.dep_ == "dobj" and not any(
        d.dep_ == "det" and d.lower_ == "no" for d in k.children)]
    if lemma in c["committing_verbs"]:
        return any(o.lemma_.lower() in c["wrong_acts"] or o.lower_ in c["wrong_acts"] for o in objs)
    if lemma == "pose":   # "posed a threat to the region" (not "posed no threat")
        return any(o.lower_ in ("threat", "danger", "menace", "risk") for o in objs)
    if lemma == "overstep":
        return any(o.lemma_.lower() in c["overstepped_limits"] for o in objs)
    if lemma == "turn":   # "turned a blind eye to"
        return any(o.lower_ == "eye" and any(m.lower_ == "blind" for m in o.children) for o in objs)
    if bears_responsibility(clause, objs):
        return True
    if lemma == "have" and misparsed_perfect(objs):
        return True
    if lemma not in c["engaging_verbs"]:
        return False
    if lemma == "involve" and not any(k.dep_ == "auxpass" for k in clause.children):
        return False   # "was involved in", not "the deal involved the bank in"
    held = [k for k in clause.children if k.dep_ == "prep" and k.lower_ == "in"]
    if lemma in ("take", "have"):   # "took part in", "had a hand / a role in"
        held = [p for o in objs if o.lower_ in ("part", "hand", "role") for p in (*held, *o.children)
                if p.dep_ == "prep" and p.lower_ == "in"] if objs else []
    return any(o.dep_ == "pobj" and any(w.lemma_.lower() in c["wrong_acts"] or w.lower_ in c["wrong_acts"]
                                        for w in (o, *(m for m in o.children if m.dep_ == "compound")))
               for p in held for o in p.children)   # "took part in the coup attempt"


def harm_noun(tok) -> bool:
    """A harm an actor answers for: a word of the list ("the deaths", "the crisis") or an act of
    violence or coercion the lexicon names ("the cyberattack", "the shelling", "the abductions")."""
    if tok.lower_ in HARMS or tok.lemma_.lower() in HARMS:
        return True
    frame = noun_frame(tok, lexicon())
    return frame is not None and frame.type in FORCE_TYPES


def bears_responsibility(clause, objs) -> bool:
    """"bore full responsibility for the deaths", "has responsibility for the attack" (not "took
    responsibility", a claim of one's own act, which responsibility.py reads)."""
    return clause.lemma_.lower() in BEARING and any(
        o.lemma_.lower() == "responsibility" and any(p.dep_ == "prep" and p.lower_ == "for" and any(
            x.dep_ == "pobj" and harm_noun(x) for x in p.children) for p in o.children) for o in objs)


def misplaced(clause) -> bool:
    """What an actor owes others put second: "was putting commerce above human rights", "had put
    profits before safety", "placed politics ahead of the victims"."""
    if clause.lemma_.lower() not in ("put", "place"):
        return False
    first = _classes()["misplaced_first"]
    return any(k.dep_ == "dobj" and k.lemma_.lower() in first for k in clause.children) and any(
        p.dep_ == "prep" and (p.lower_ in ("before", "above", "over") or p.lower_ == "ahead" and any(
            x.lower_ == "of" for x in p.children)) for p in clause.children)


def aimed_at_wrong(clause) -> bool:
    """An act said to aim at a wrong: "was an attempt to undermine the UN", "would be to undermine the
    UN", "sounds like another attempt to undermine", "was designed to intimidate its neighbours",
    "was aimed at silencing critics"."""
    lemma = clause.lemma_.lower()
    aims = _classes()["aim_nouns"]
    kids = list(clause.children)
    if lemma in AIMING_VERBS and any(c.dep_ == "auxpass" for c in kids):
        return any(_wrong_aimed(c) for c in kids)
    if lemma == "be" and any(c.dep_ == "xcomp" and _wrong_aimed(c) for c in kids):
        return True
    if lemma in LIKENING:   # "sounds like an attempt": the parser makes it the object of "like" or an attr
        kids = [o for p in kids if p.dep_ == "prep" and p.lower_ == "like" for o in p.children if o.dep_ == "pobj"] + [
            c for c in kids if c.dep_ == "attr"]
    elif lemma == "be":
        kids = [c for c in kids if c.dep_ == "attr"]
    else:
        return False
    return any(k.lemma_.lower() in aims and any(_wrong_aimed(v) for v in k.children) for k in kids)


def _wrong_aimed(verb) -> bool:
    """A to-infinitive or an "at"-gerund of wrongdoing: "(an attempt) to undermine the UN", "(aimed) at
    intimidating its neighbours"."""
    wrongs = words("statement_wrongdoing_verbs")
    if verb.dep_ == "prep" and verb.lower_ == "at":
        return any(v.dep_ == "pcomp" and v.lemma_.lower() in wrongs for v in verb.children)
    return verb.dep_ in ("acl", "relcl", "xcomp") and verb.lemma_.lower() in wrongs and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def misparsed_perfect(objs) -> bool:
    """"had broken promises", "had falsified accounts" parsed as "had" with an object the participle
    modifies: a wrong done, as "had broken its promises" is."""
    wrongs = words("statement_wrongdoing_verbs")
    return any(m.dep_ == "amod" and m.tag_ == "VBN" and (m.lemma_.lower() in wrongs or m.lemma_.lower() == "break"
                                                          and o.lemma_.lower() in words("statement_broken_rules"))
               for o in objs for m in o.children)


# the shapes of a fault stated by a clause (content_stance): each reads the clause alone
FAULTS = (deceit, reneged, failed_duty, failing_shown, deserted, excessive, discredited, censured, wrong_done,
          misplaced, miscued)
