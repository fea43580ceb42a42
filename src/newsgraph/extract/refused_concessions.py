"""A side that says it will not give way refuses whoever asks it to (PLOVER REJECT, mode yield).

"Mr Livingstone said he would not apologise", "the minister insists he will not resign", "Karamanlis
says he will not be pushed out by the protesters", "Mr Hulme-Cross had no intention of resigning",
"'I will never apologise,' he said": to resign, apologise, stand down or back down is to concede what
others demand (CONCEDING), and saying one will not is the refusal of that demand, whether or not the
sentence names who made it. The one refused is named when the sentence says who asks ("even if Mr
Blair asked"), who pushes ("pushed out by the protesters") or whose calls are withstood ("despite calls
from the opposition"); else no one is.

Only a refusal stated for now or the future counts: "will not", "would not" (under a verb of saying),
"is not going to", "never", or "no intention/plans of" conceding. A past "did not resign" tells a fact,
"could not apologise" an inability, and "would not resign if he lost" a condition; a concession with an
object of its own ("quit smoking", "quit Real Madrid") is no giving way to demands.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .calls import named_caller
from .frames import Candidate, noun_frame, noun_object
from .giving_way import conceding
from .refusals import YIELDING_VERBS
from .said_refusals import own_word, telling
from .statements import other_side

# what says a concession will not be made: "will not", "would not", "won't"
REFUSING_AUX = frozenset({"will", "would", "wo", "'ll", "shall"})
INTENT_NOUNS = words("refused_concessions_intent_nouns")  # by lemma: "plans" too
ASKING = words("concession_asking_verbs")
# the "even" of "even if": a refusal that holds whatever is asked
EVEN = frozenset({"even"})
DEMAND_NOUNS = words("yielded_demands")
ATTENDING = words("attending_verbs")
MEETINGS = words("refused_meeting_nouns")


def refusal_word(verb):
    """The word that says `verb`'s concession will not be made ("not" of "will not resign", "never"), the
    "no" of "no intention of resigning", or None for a fact, an inability or a condition."""
    if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children if m.dep_ == "mark")
           and not any(a.lower_ in EVEN for a in c.children if a.dep_ == "advmod") for c in verb.children):
        return None         # "would not resign if he lost the vote": a condition
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if neg is not None and aux & REFUSING_AUX:
        return neg          # "will not resign", "would not apologise", "won't be pushed out"
    going = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" else None
    if going is not None and going.tag_ == "VBG":
        return next((c for c in going.children if c.dep_ == "neg"), None)   # "is not going to resign"
    intent = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ in ("acl", "xcomp") else None
    if intent is not None and intent.lemma_.lower() in INTENT_NOUNS:
        return next((d for d in intent.children if d.dep_ == "det" and d.lower_ == "no"), None)
    return None


def refused_concessions(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """Every concession its maker says it will not make (see the module's doc)."""
    for verb in tokens.verbs:
        if not conceding(verb) or (word := refusal_word(verb)) is None:
            continue
        clause = clause_of(verb, word)
        refuser = who_refuses(clause, res, attributor)
        if refuser is None:
            continue
        (skey, stok), said = refuser
        if said is not None and verb.lemma_.lower() in YIELDING_VERBS and other_side(verb, skey, res) is not None:
            continue    # "said he would not resign despite calls from X": read with its other side (statements.py)
        okey, otok = asker(verb, clause, skey, res)
        yield Candidate("REJECT", word, skey, okey, stok, otok, None, said if said is not None else word)


def refused_meetings(tokens, res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """A meeting a side says it will not attend refuses the meeting (PLOVER REJECT, mode meet): "the opposition
    will not take part in the talks with the government", "Serbia is not going to join the summit" (one said,
    "said it would not attend", is said_refusals.py's). Only for now or the future, as with concessions ("did not attend the summit" tells a fact); the one
    refused is the meeting's other side when the noun names it ("talks with the government"), else no one."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in ATTENDING or (word := refusal_word(verb)) is None:
            continue
        meeting = attended_meeting(verb)
        refuser = who_refuses(clause_of(verb, word), res, attributor) if meeting is not None else None
        if refuser is None or refuser[1] is not None:
            continue   # "said it would not attend the summit": a refusal said, read by said_refusals.py
        skey, stok = refuser[0]
        frame = noun_frame(meeting, lex)
        okey, otok = noun_object(meeting, frame, res) if frame is not None else (None, None)
        yield Candidate("REJECT", word, skey, okey if okey != skey else None, stok,
                        otok if okey != skey else None, None, word)


def attended_meeting(verb):
    """The meeting noun a verb of attending governs: its object ("attend the summit", "join the talks"), or the
    object of "in" ("participate in the negotiations", "take part in the talks")."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "take":
        if not any(o.lower_ == "part" for o in objs):
            return None
        objs = []
    heads = (verb, *(o for o in verb.children if o.dep_ == "dobj" and o.lower_ == "part"))
    objs += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj"]
    return next((o for o in objs if o.lemma_.lower() in MEETINGS or o.lower_ in MEETINGS), None)


def clause_of(verb, word):
    """The verb whose subject refuses: the one that holds "going to" or "no intention", else `verb`."""
    if word.head.i != verb.i and word.dep_ == "neg":
        return word.head                    # "is not going to resign"
    if word.dep_ == "det":
        return word.head.head               # "had no intention of resigning"
    return verb


def who_refuses(clause, res: KnownActors, attributor) -> tuple[tuple[str, object], object] | None:
    """((key, token), the verb of saying or None) for whoever refuses: the speaker of a clause said of itself
    ("said he would not apologise"), the speaker of a first-person quotation ("'I will never apologise,'
    he said"), or a named subject ("Mr Blunkett will not resign")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    said = clause.head if clause.dep_ == "ccomp" and telling(clause.head) else None
    if said is not None and (speaker := own_word(said, subj, res, attributor)) is not None:
        return speaker, said
    if subj.pos_ == "PRON" and subj.lower_ in ("i", "we"):
        key = attributor.speaker_of_quote(subj)
        return ((key, subj), None) if key is not None else None
    if subj.pos_ == "PRON":
        # "... but were not racist, and said earlier he would not apologise": a telling the parser left without
        # its subject; the pronoun's antecedent refuses
        key = actor_of(subj, res) if said is not None else None
        return ((key, subj), said) if key is not None else None
    key = actor_of(subj, res)
    return ((key, subj), None) if key is not None else None


def asker(verb, clause, skey: str, res: KnownActors) -> tuple[str | None, object]:
    """Who asks the concession, if the sentence names them: the subject of "even if X asked", the agent
    of "pushed out by X", the maker of the calls "despite calls from X"; else (None, None)."""
    for c in (*verb.children, *clause.children):
        if c.dep_ == "advcl" and c.lemma_.lower() in ASKING:
            found = next((s for s in c.children if s.dep_ == "nsubj"), None)
        elif c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "despite":
            found = next((o for o in c.children if o.dep_ == "pobj"), None)
            if found is not None and found.lemma_.lower() in DEMAND_NOUNS:
                key, tok = named_caller(found, res, skey)
                if key is not None:
                    return key, tok
        else:
            continue
        key = actor_of(found, res) if found is not None and found.pos_ != "PRON" else None
        if key is not None and key != skey:
            return key, found
    return None, None


def read_as_refused(c: Candidate, refusals: set[int]) -> bool:
    """A concession a REJECT candidate (its trigger's index in `refusals`) reads as refused: "will not resign"
    is the refusal of the demand, not also a resignation denied; so is a concession refused in a clause whose
    telling is the REJECT's ("insisted it would not bow to demands", said_refusals.py)."""
    verb = c.trigger
    if c.type == "REJECT" or not (conceding(verb) or c.type == "CONCEDE"):
        return False
    word = refusal_word(verb)
    return word is not None and (word.i in refusals or verb.dep_ == "ccomp" and verb.head.i in refusals)
