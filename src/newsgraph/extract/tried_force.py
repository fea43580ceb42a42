"""Violence tried: "riot police tried to disperse the crowd with batons", "pirates were attempting to
hijack the tanker when the navy intervened", "the gang had tried to kill a witness". A try at violence
is itself an act of violence done (PLOVER codes the attempt: an attempted murder is an assault, a
hijacking repulsed an attack), so the verb of trying does not make it a mere possibility. What is tried
besides violence stays a goal ("tried to negotiate", framing.aimed_at; "tried to arrest him" may have
come to nothing), and a try that is itself only planned, wished or to come keeps its own hedge ("will
try to storm the town", "wants to try to kill him": the modal or the wish above the try makes it possible)."""
from __future__ import annotations

from ..wordlists import words

# verbs of trying whose infinitive, when it is violence, was carried out as far as the try went
TRYING = words("tried_force_trying")
# violence, whose try is a blow dealt or an assault made; a restraint tried ("tried to arrest him", "tried to
# block the inquiry") may have come to nothing, and stays possible
FORCE_TYPES = frozenset({"ASSAULT"})
# how the acts of one try hang together: "tried to storm and seize the base"
JOINED = frozenset({"conj"})


def force_tried(path, i: int, lex) -> bool:
    """path[i] is a verb of trying, and what it governs (path[i - 1], its infinitive, or a verb joined to
    it down to the trigger) is an act of force by the lexicon's type of the verb."""
    tok = path[i]
    if i == 0 or tok.lemma_.lower() not in TRYING or tok.pos_ not in ("VERB", "AUX"):
        return False
    act = path[i - 1]
    if act.dep_ != "xcomp" or act.pos_ != "VERB" or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return False
    if any(path[j].dep_ not in JOINED for j in range(i - 1)):
        return False    # the trigger hangs below the tried act some other way: its own clause
    return all(_force(path[j], lex) for j in range(i))


def retyped_try(event_type: str, trigger, lex) -> bool:
    """A try that `force_tried` read as force by its verb's lexicon entry but whose event is of another
    type ("tried to shoot down the bill": a rejection tried): a goal, as other acts tried are."""
    if event_type in FORCE_TYPES or trigger is None:
        return False
    path = [trigger]
    while path[-1].dep_ in JOINED and path[-1].head.i != path[-1].i and len(path) < 4:
        path.append(path[-1].head)
    return path[-1].dep_ == "xcomp" and force_tried([*path, path[-1].head], len(path), lex)


def _force(verb, lex) -> bool:
    """The verb's sense in the lexicon, with its particle when it has one ("shoot down the bill" is no
    shooting), is violence or restraint."""
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {p.lower_}" for p in verb.children if p.dep_ == "prt"]
    frame = next((lex.verbs[k] for k in particles if k in lex.verbs), None) if particles else lex.verbs.get(lemma)
    return frame is not None and frame.type in FORCE_TYPES
