"""Acts done by writing or telephoning to someone: "the Kremlin wrote to the Finnish government to
protest against the border closure", "the Labour leader wrote to the prime minister demanding an
inquiry", "the Commission sent a letter to Microsoft urging it to open its code". The act the message
does (a protest, a demand, a complaint, a plea, an apology) is done to the one written to when it names
no other actor of its own, and by the writer: the parser often hangs the participle on the one written
to ("the prime minister demanding") or on the letter ("a letter ... urging"), which makes them its doer.
The verbs and messages are data: data/lexicon/words/held_back.yaml."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, subject_token
from .frames import Candidate

ADDRESSING = words("addressing_verbs")
MESSAGES = words("addressed_messages")
SENDING = words("message_sending_verbs")
# acts a message does to its addressee (PLOVER verbal acts); a protest written is one in words, an
# accusation (PLOVER: a diplomatic protest is ACCUSE), never a demonstration
MESSAGE_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "AGREE", "PROTEST"})


def addressees(verb) -> list:
    """Who a verb of writing or telephoning addresses ("wrote to X", "telephoned X"), or a verb that
    sends a letter ("sent a letter to X", the "to" on the letter or on the verb); [] for other verbs."""
    lemma = verb.lemma_.lower()
    letters = [o for o in verb.children if o.dep_ == "dobj" and o.lower_ in MESSAGES]
    if lemma not in ADDRESSING and not (lemma in SENDING and letters):
        return []
    holders = [verb, *letters]
    out = [o for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
           for o in p.children if o.dep_ == "pobj"]
    return out + [o for o in verb.children if o.dep_ in ("dobj", "dative") and o.lower_ not in MESSAGES]


def writing_of(act):
    """(verb of writing, whether the parser made someone else the act's doer) for an act stated as what
    a message does ("wrote to X to protest", "wrote to X demanding", "a letter to X urging"), or None."""
    head = act.head
    if act.dep_ in ("xcomp", "advcl") and act.tag_ in ("VB", "VBG"):
        return head, False
    if act.dep_ != "acl" or act.tag_ != "VBG":
        return None
    if head.lower_ in MESSAGES and head.dep_ == "dobj":
        return head.head, True    # "sent a letter to X urging": the letter's sender urges
    if head.dep_ == "pobj" and head.head.lower_ == "to" and any(a.i == head.i for a in addressees(head.head.head)):
        return head.head.head, True   # "wrote to the prime minister demanding": the writer demands
    return None


def written_to(candidates: list[Candidate], res: KnownActors) -> None:
    """Give the acts done by a message their addressee, and the writer back as doer where the
    parser made the addressee or the letter the doer."""
    for c in candidates:
        act = c.trigger
        if c.type not in MESSAGE_ACTS or getattr(act, "pos_", None) != "VERB":
            continue
        found = writing_of(act)
        if found is None:
            continue
        verb, misread = found
        if c.type == "PROTEST" and addressees(verb):
            c.type = "ACCUSE"
        to = next(((k, t) for t in addressees(verb) for k in (actor_of(t, res),) if k is not None), None)
        if to is None:
            continue
        if misread:
            writer_tok = subject_token(verb)
            writer = actor_of(writer_tok, res)
            if writer is None or writer == to[0]:
                continue
            c.subject, c.subject_tok = writer, writer_tok
            if c.object == to[0] or c.object is None:
                c.object, c.object_tok = None, None
        if c.object is None and to[0] != c.subject:
            c.object, c.object_tok = to
