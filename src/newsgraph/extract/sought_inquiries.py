"""An inquiry demanded into an actor's conduct accuses that actor (PLOVER ACCUSE, mode investigate):
"the Tories called for an inquiry into Mr Blunkett's role", "Labour demanded an investigation into the
conduct of Tesco", "the US asked the WTO to investigate EU customs tariffs", "urged the regulator to
hold an inquiry into the airline". The one who asks suspects the one to be investigated. The demand stays
a REQUEST as well (of the one asked, or, as demands.py reads it, aimed at whose conduct it examines):
both are said. An inquiry into a thing or an event with no actor named ("an inquiry into the crash")
accuses no one. The words are data (words/construction_types.yaml: investigating verbs, verbs that open
an inquiry; statements.yaml: the inquiry nouns)."""
from __future__ import annotations

from ..wordlists import ordered, words
from .actors import KnownActors
from .arguments import actor_of, entity_of_token, entity_type, named_other
from .frames import Candidate
from .noun_phrases import possessors, prep_objects

INQUIRIES = words("investigation_nouns")
INVESTIGATING = words("investigating_verbs")
OPENING = words("inquiry_opening_verbs")
# what an inquiry is into: "an inquiry into X", "an investigation of X"
INTO = ordered("sought_inquiries_into")
# what a verb of investigating looks into: "look into X"
LOOKING_PREPS = frozenset({"into"})
# modifiers of a thing that name whose it is: "the Israeli strikes", "European Union customs tariffs"
OWNER_DEPS = frozenset({"amod", "compound", "poss"})
# sources and places, never the accused (an outlet may be: "an inquiry into the BBC")
NOT_ACCUSED = frozenset({"ANONYMOUS_SOURCE", "LOCATION", "OTHER"})


def sought_inquiries(candidates: list[Candidate], res: KnownActors) -> list[Candidate]:
    """The accusations the sentence's demands for an inquiry make, as new candidates."""
    found: list[Candidate] = []
    accused = {(c.trigger.sent.start, c.subject, c.object) for c in candidates if c.type == "ACCUSE"}
    for c in candidates:
        if c.type != "REQUEST" or c.subject is None:
            continue
        side = next((s for a in inquiries_asked(c.trigger) if (s := inquired(a, c.subject, res))), None)
        if side is None or (c.trigger.sent.start, c.subject, side[0]) in accused:
            continue
        accused.add((c.trigger.sent.start, c.subject, side[0]))
        found.append(Candidate("ACCUSE", c.trigger, c.subject, side[0], c.subject_tok, side[1], None,
                               c.anchor if c.anchor is not None else c.trigger))
    return found


def inquiries_asked(trigger) -> list:
    """The inquiries a demand asks for: the noun it is "for" or names ("called for an inquiry", "calls
    for a probe", "demanded an investigation"), the inquiry its asked act opens ("urged the minister to
    hold an inquiry") or that act itself when it investigates ("asked the WTO to investigate")."""
    things = prep_objects(trigger, "for") + [c for c in trigger.children if c.dep_ == "dobj"]
    acts = [x for x in trigger.children if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB"]
    things += [o for a in acts if a.lemma_.lower() in OPENING for o in a.children if o.dep_ == "dobj"]
    return [t for t in things if t.lemma_.lower() in INQUIRIES] + [a for a in acts if investigates(a)]


def investigates(verb) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in INVESTIGATING or f"{lemma} into" in INVESTIGATING and bool(prep_objects(verb, "into"))


def inquired(act, exclude: str, res: KnownActors) -> tuple[str, object] | None:
    """The actor (key, token) whose conduct the inquiry or investigating verb `act` is into: the actor
    named there ("into Tesco"), its owner ("into Mr Blunkett's role", "of the Israeli strikes", "EU
    tariffs"), or the doer of the act investigated ("into the conduct of the police"); else None."""
    if act.pos_ == "VERB":
        looked = [c for c in act.children if c.dep_ == "dobj"] + [o for p in LOOKING_PREPS for o in prep_objects(act, p)]
    else:
        looked = [o for p in INTO for o in prep_objects(act, p)]
    for thing in looked:
        for tok in (thing, *owners(thing), *(o for o in prep_objects(thing, "of")), *(o for o in prep_objects(thing, "by"))):
            key = actor_of(tok, res) if entity_of_token(tok, res) is not None else None
            if named_other(key, exclude) and entity_type(key, res) not in NOT_ACCUSED:
                return key, tok
    return None


def owners(thing) -> list:
    """The words before a thing that say whose it is ("Mr Blunkett's", "Israeli", "European Union")."""
    return possessors(thing) + [c for c in thing.children if c.dep_ in OWNER_DEPS and c.dep_ != "poss"]
