"""The side a demanded penalty falls on (PLOVER REQUEST).

"The regulator is pressing for the highest penalties against the two bankers", "the opposition called
for sanctions on Iran", "the prime minister gave instructions for penalties to be imposed on the
accused": a demand that another be punished concerns the one to be punished, who must answer it, as
PETRARCH codes "X demanded sanctions against Y" (a demand of X concerning Y). Who is to impose the penalty
(a court, a government) goes unsaid. A penalty demanded of nobody named ("called for tougher fines")
leaves the demand one-sided, as before.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_of_token, named_other
from .asked_doers import act_doer
from .calls import named_caller
from .frames import Candidate, clause_subject
from .lexicon import lexicon
from .noun_frames import noun_frame

PENALTIES = words("demanded_penalties")
INSTRUCTIONS = words("instruction_nouns")
INSTRUCTING = words("instructing_verbs")
# prepositions that aim a penalty: "penalties against the pair", "sanctions on Iran"
AIMED = words("aimed_prepositions")
# the events a penalty demanded would be if it were imposed
PENALISING = frozenset({"SANCTION", "COERCE", "ACCUSE"})


def aimed_at(thing, asker=None) -> list:
    """The words a penalty named in `thing` is aimed at, actors or not: "penalties against the pair",
    "the highest tier of penalties against the pair" (the parser hangs "against" on "tier"), "penalties
    to be imposed on the accused", also when the parser hangs that clause on the `asker`, the noun of
    demanding: "instructions for penalties to be imposed on"). Empty when `thing` names no penalty."""
    penalty = next((t for t in thing.subtree if t.lemma_.lower() in PENALTIES and t.pos_ == "NOUN"), None)
    if penalty is None:
        return []
    within = {t.i for t in thing.subtree}
    heads = [penalty, *(a for a in penalty.ancestors if a.i in within)]
    heads += [v for h in (*heads, *([asker] if asker is not None else [])) for v in children(h)
              if v.dep_ in ("acl", "relcl") and v.pos_ in VERBAL]
    return [o for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ in AIMED
            for o in children(p) if o.dep_ == "pobj"]


def penalised_side(thing, skey: str | None, res: KnownActors, asker=None) -> tuple[str, object] | None:
    """The actor a penalty named in `thing` is aimed at, or None."""
    for target in aimed_at(thing, asker):
        key = actor_of(target, res)
        if key is not None and key != skey and not key.startswith("OTHER:"):
            return key, target
    return None


def demanded(trigger) -> list:
    """What a verb or noun of demanding asks for: "pressed for penalties", "demanded action",
    "instructions for penalties to be imposed"."""
    return [o for p in children(trigger) if p.dep_ == "prep" and p.lower_ == "for" for o in children(p)
            if o.dep_ == "pobj"] + [o for o in children(trigger) if o.dep_ == "dobj" and trigger.pos_ in VERBAL]


def penalty_demanded(c: Candidate) -> bool:
    """A demand that someone be punished, named or described ("pressing for penalties against the
    pair"): news even when the one to be punished is no actor the text names."""
    return c.type == "REQUEST" and any(aimed_at(thing) for thing in demanded(c.trigger))


def demanded_targets(candidates: list[Candidate], res: KnownActors) -> None:
    """A demand with no other side takes the one the penalty it demands is aimed at: "is pressing for
    penalties against the pair", "demanded tough action against the smugglers", "France's demand for
    sanctions against Iran"; one with no maker takes the one named after it ("demands from Austria").
    The penalty a noun demands is asked, not imposed: its own event goes (a
    verb's is never made, events.demanded_things)."""
    asked: set[int] = set()
    for c in candidates:
        if c.type != "REQUEST" or c.trigger.pos_ not in ("VERB", "NOUN"):
            continue
        if c.subject is None and c.trigger.pos_ == "NOUN" and "from" not in (c.frame.object_preps if c.frame else ()):
            # "demands from Austria for Turkey to free them": the maker named after the noun
            c.subject, c.subject_tok = named_caller(c.trigger, res, c.object)
        for thing in demanded(c.trigger):
            found = penalised_side(thing, c.subject, res) if aimed_at(thing) else None
            if c.trigger.pos_ == "NOUN" and aimed_at(thing):
                asked.update(t.i for t in (thing, *thing.conjuncts))
            if found is not None and c.object is None:
                c.object, c.object_tok = found
            # "demanded the release of its citizens held by Iran": Iran is asked, not the citizens
            if found is None and not named_other(c.object):
                found = doer_asked(thing, c.subject, res) or act_doer(thing, c.subject, res)
                if found is not None:
                    c.object, c.object_tok = found
    candidates[:] = [c for c in candidates if c.type not in PENALISING or c.trigger.i not in asked]


def doer_asked(thing, skey: str | None, res: KnownActors) -> tuple[str, object] | None:
    """The one who would do the act a demand names, and so is asked to: the holder of those whose
    release is demanded ("the release of its citizens held by Iran"), the owner of what is to withdraw
    ("the withdrawal of Syrian troops"). The act must be an event noun with an "of" phrase."""
    frame = noun_frame(thing, lexicon())
    if frame is None or frame.type != "RETREAT":
        return None
    for of in (o for p in children(thing) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"):
        holders = [a for v in children(of) if v.dep_ == "acl" and v.tag_ == "VBN"
                   for g in children(v) if g.dep_ == "agent" for a in children(g) if a.dep_ == "pobj"]
        # the released are held by the one asked; what withdraws is the asked side's own
        doers = holders if frame.patient_of else [of, *(t for t in of.lefts if t.dep_ in ("amod", "compound", "poss"))]
        for doer in doers:
            key = actor_of(doer, res) if entity_of_token(doer, res) is not None else None
            if named_other(key, skey):
                return key, doer
    return None


def instructed_penalties(tokens, res: KnownActors, used: set[int]) -> Iterator[Candidate]:
    """"The prime minister gave instructions for penalties to be imposed on the accused": an order
    that another be punished, by the one who gives it, concerning the one to be punished."""
    for noun in tokens.nouns:
        verb = noun.head
        if noun.i in used or noun.lemma_.lower() not in INSTRUCTIONS or noun.dep_ != "dobj" \
                or verb.lemma_.lower() not in INSTRUCTING or any(k.dep_ == "neg" for k in children(verb)):
            continue
        skey, stok = clause_subject(verb, res)
        if skey is None:
            continue
        for thing in demanded(noun):
            targets = aimed_at(thing, noun)
            if targets:
                okey, otok = penalised_side(thing, skey, res, noun) or (None, targets[0])
                used.update((noun.i, verb.i))   # the instruction given is no gift (AID)
                yield Candidate("REQUEST", noun, skey, okey, stok, otok, None, verb)
                break
