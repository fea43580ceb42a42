"""Demands made as nouns, on whoever must act in their clause: "renewed calls for Orban to
resign", "the minister's call on Hamas to free the hostages", "Kyiv's appeals for NATO to close
the sky". The noun is a demand when the lexicon has it as one, or when its verb with the same
preposition is one ("call for", "call on")."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import ordered, words
from .actors import KnownActors
from .arguments import VERBAL, acting, actor_of
from .described_sides import described_side
from .frames import Candidate, clause_subject, noun_frame, noun_subject

# the prepositions that introduce whoever must act: "calls for X to", "a call on X to"
ADDRESSEE_MARKS = ordered("calls_addressee_marks")
# what a demand noun may be "for" that asks no side for anything: "a request for comment"
NOT_ASKED = words("demands_not_asked")
DEMANDED_ACTS = words("stance_demanded_acts") | words("requested_conduct")
# verbs whose subject answers a demand, and so is the one asked: "approved Egypt's requests", "faced calls"
ANSWERED = words("answering_verbs")
ANSWERING = ANSWERED | words("demand_facing_verbs") | words("demand_granting_verbs")


def call_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """Each noun demand with its caller and whoever must act; the act called for is marked used."""
    for noun in tokens.nouns:
        if noun.i in used or noun.pos_ != "NOUN":
            continue
        found = addressee(noun, res)
        if found is None:
            joined = list(joined_call(noun, res, lex, used))
            yield from joined or owned_call(noun, res, lex, used)
            continue
        mark, okey, otok, act = found
        frame = demand_frame(noun, mark, lex)
        if frame is None:
            continue
        anchor = noun.head if noun.head.pos_ in VERBAL else noun
        skey, stok = noun_subject(noun, res, exclude=okey)
        if skey is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.light_verbs:
            # "the opposition renewed calls for X to resign": the caller is the light verb's subject
            skey, stok = clause_subject(noun.head, res)
        if skey is None:
            skey, stok = named_caller(noun, res, okey)   # "demands from Washington for Tehran to halt"
        if skey is None or skey == okey:
            used.add(act.i)   # "amid calls for Netanyahu to resign": asked, not done (no resignation)
            continue   # a call with no caller ("calls for X to resign grew") says nothing of who asked
        # the act called for is asked, not done: the demand is the event ("calls for Germany to send
        # tanks" is no delivery of tanks)
        used.update((noun.i, act.i))
        yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, anchor)


# verbs by which one makes others' demand one's own: "joined calls for an inquiry", "added his voice
# to calls for", "echoed demands for" (only with a demand noun: "joined" alone is no support)
JOINING = words("calls_joining")


# demands one can be called on to meet: "rejected calls for his resignation"
DEMAND_NOUNS = words("call_demand_nouns")


def joined_call(noun, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"Senator Warren joined calls for an inquiry into the bank": the joiner demands it, of no
    named side. Only a call that says what it asks ("for an inquiry", "for him to resign")."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in JOINING:
        return
    frame = demand_frame(noun, "for", lex)
    if not demand_with_its_act(noun) or frame is None or any(m.dep_ in ("poss", "prep") and m.lower_ != "for" for m in children(noun)):
        return      # "backed Labour's calls for": whose calls they are is another event
    skey, stok = clause_subject(noun.head, res)
    if skey is not None:
        used.add(noun.i)
        yield Candidate(frame.type, noun, skey, None, stok, None, frame, noun.head)


def owned_call(noun, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """A demand noun with its maker and what it asks but no one called on by "on" or "for X to":
    "Germany's call for a new treaty", "demands from the union for higher pay", "Spain's request that
    Britain return Gibraltar" (on the subject of the clause it asks for). "China's demand for oil" is a
    market's: a singular "demand" must ask for an act or a clause, and a "request for comment" asks
    nothing of a side."""
    own = noun_frame(noun, lex)
    head = lex.verbs.get(noun.head.lemma_.lower()) if noun.dep_ == "dobj" else None
    if noun.dep_ == "dobj" and (head is not None and head.type == "REJECT" or noun.head.lemma_.lower() in ANSWERED
                                or noun.head.lemma_.lower() in lex.light_verbs):
        # "rejected Spain's request that ...": the answer reads the request with its sides; "renewed its
        # call for talks": the light verb's reading carries the call
        return
    if not demand_with_its_act(noun) or own is not None and not own.light_only or any(
            c.dep_ == "prep" and c.lower_ in ADDRESSEE_MARKS[1:] for c in children(noun)):
        return      # a noun that is an event alone ("Haiti's appeal to Kenya") is read with its frame
    things = [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "for" for o in children(p) if o.dep_ == "pobj"]
    clause = next((c for c in children(noun) if c.pos_ in VERBAL and c.dep_ in ("acl", "ccomp", "advcl", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))), None)
    if any(t.lemma_.lower() in NOT_ASKED for t in things) or clause is None and noun.tag_ == "NN" \
            and noun.lemma_.lower() == "demand" and not any(asked_act(t, lex) for t in things):
        return
    subj = next((x for x in children(clause) if x.dep_ == "nsubj"), None) if clause is not None else None
    okey = acting_side(subj, res)
    if okey is None and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in ANSWERING:
        # "Israel is likely to approve Egyptian requests to ...", "the call ... was rejected by Mr Blair":
        # the one who answers was asked
        okey, subj = clause_subject(noun.head, res) if noun.dep_ == "dobj" \
            else next(((actor_of(a, res), a) for g in children(noun.head) if g.dep_ == "agent"
                       for a in children(g) if a.dep_ == "pobj"), (None, None))
    skey, stok = noun_subject(noun, res, exclude=okey)
    if skey is None:
        skey, stok = named_caller(noun, res, okey)
    if skey is None and noun.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in children(noun)):
        # "Beijing repeated its call for restraint": the caller is the verb's subject
        skey, stok = clause_subject(noun.head, res)
    frame = demand_frame(noun, "for", lex)
    if skey is None or skey == okey or frame is None:
        return
    # what is asked for is not done: "Spain's request that Britain return Gibraltar" returns nothing.
    # The noun stays free: a refusal of it may name the one asked ("Egypt rebuffed Israel's request").
    used.update((*(t.i for t in things), *((clause.i,) if clause is not None else ())))
    # the demand was made whatever its answer: "is likely to approve Egyptian requests" (made, not likely)
    answered = noun.head.lemma_.lower() in ANSWERING or noun.head.pos_ not in VERBAL
    yield Candidate(frame.type, noun, skey, okey, stok, subj if okey else None, frame, noun if answered else noun.head)


def asked_act(thing, lex) -> bool:
    """A noun that names an act one side can do for another: an event noun ("talks", "sanctions",
    "the release") or a demanded act ("an apology", "an inquiry")."""
    return thing.lemma_.lower() in DEMANDED_ACTS or noun_frame(thing, lex) is not None


def named_caller(noun, res: KnownActors, exclude: str | None) -> tuple[str | None, object]:
    """The maker of a demand named after it: "calls from Washington", "a request by the club"."""
    return next(((k, o) for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for o in children(p) if o.dep_ == "pobj" for k in (acting_side(o, res),) if k and k != exclude),
                (None, None))


def demand_with_its_act(tok) -> bool:
    """Calls or demands that say what they ask: "calls for his resignation", "calls to quit",
    "demands that he step down". Refused by a person, they are demands made of that person (news
    names the refusal of calls by the one called on); "rejected the calls" alone says too little."""
    return tok.lemma_.lower() in DEMAND_NOUNS and any(
        x.dep_ == "prep" and x.lower_ == "for" or x.dep_ in ("acl", "relcl", "ccomp", "advcl") and x.pos_ in ("VERB", "AUX")
        and any(a.lower_ in ("to", "that", "for") for a in children(x) if a.dep_ in ("aux", "mark")) for x in children(tok))


def demand_frame(noun, mark: str, lex):
    """The noun's REQUEST frame: its own ("demand", "appeal"), else that of its verb with the same
    preposition ("a call for" is "call for")."""
    frame = noun_frame(noun, lex)
    if frame is None:
        frame = lex.verbs.get(f"{noun.lemma_.lower()} {mark}")
    return frame if frame is not None and frame.type == "REQUEST" else None


def addressee(noun, res: KnownActors) -> tuple[str, str, object, object] | None:
    """Who must act, with the word that introduces them: the subject of a for-clause on the noun
    ("calls for Orban to resign"; not "for Iran to be referred", which asks others to act on it),
    or the object of "on" followed by an infinitive ("a call on Hamas to free the hostages")."""
    for subj, clause in for_clause_doers(noun):
        key = asked_side(subj, res)
        if key is not None:
            return "for", key, subj, clause
    for c in children(noun):
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_MARKS[1:]:
            for pobj in (p for p in children(c) if p.dep_ == "pobj"):
                # the infinitive hangs on the addressee, the preposition, the noun or the verb
                # that issues the call ("issued a call on Serbia to recognise Kosovo")
                clause = [x for x in (*children(pobj), *children(c), *children(noun), *children(noun.head))
                          if x.pos_ in VERBAL and x.dep_ in ("acl", "xcomp", "advcl", "relcl") and infinitive(x)]
                key = asked_side(pobj, res)
                if clause and key is not None:
                    return c.lower_, key, pobj, clause[0]
    return None


def for_clause_doers(tok) -> list[tuple[object, object]]:
    """(subject, clause) of each for-clause on a demand noun or verb, whose subject must act: "calls for
    Orban to resign", "called for the government to act"; not "for Iran to be referred" (a passive asks
    others to act on it)."""
    return [(subj, c) for c in children(tok)
            if c.pos_ in VERBAL and c.dep_ in ("advcl", "acl", "ccomp", "relcl") and infinitive(c)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in children(c))
            and not any(x.dep_ == "auxpass" for x in children(c))
            for subj in children(c) if subj.dep_ == "nsubj"]


def infinitive(verb) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children(verb))


def asked_side(tok, res: KnownActors) -> str | None:
    """Who a demand noun asks to act: an actor that names itself, else the person or people a phrase
    describes ("calls for the minister to resign", "a plea to the chairman to step down", "demands for
    the two officers to be sacked"): the demand names its other side, which a title or a description
    gives as well as a name does."""
    key = acting_side(tok, res)
    return key if key is not None or tok is None or tok.pos_ != "NOUN" else described_side(tok, res)


def acting_side(tok, res: KnownActors) -> str | None:
    """The actor a clause's subject names itself ("Israel", "the government"), not a thing or a
    pronoun."""
    return None if tok is None or tok.pos_ == "PRON" else acting(tok, res)
