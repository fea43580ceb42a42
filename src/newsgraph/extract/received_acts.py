"""Cooperation told from the side that receives it: "Gordon Brown won the backing of the unions"
(the unions support him), "Sri Lanka secured a loan from the World Bank" (the bank aids Sri
Lanka), "the deal earned praise from Washington". The verb's subject is the one acted on and the
giver is named in a "from" or "of" phrase; only support, aid and promises are received this way
(criticism and charges received are clause_links.undergone_events')."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import ordered, words
from .actors import KnownActors
from .arguments import actors_of, is_passive, subject_token

RECEIVING = words("receiving_verbs")
RECEIVED_TYPES = frozenset({"SUPPORT", "AID", "AGREE"})
APPROVALS = words("received_approval_nouns")
# "the backing of the unions", "a loan from the bank"; "from" may hang on the verb ("secured $1bn
# in loans from the IMF")
GIVER_PREPS = ordered("received_acts_giver_preps")


def received_acts(tokens, res: KnownActors, lex, used: set[int]) -> Iterator:
    from .frames import Candidate, event_noun, noun_frame  # noqa: PLC0415  (frames imports this module's callers)
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in RECEIVING or is_passive(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            noun = event_noun(obj, lex)
            frame = noun_frame(noun, lex) if noun is not None else None
            if noun is None and obj.lemma_.lower() in APPROVALS:
                noun, frame = obj, lex.nouns.get("endorsement")   # "won approval from regulators"
            if frame is None or frame.type not in RECEIVED_TYPES or noun.i in used:
                continue
            givers = [a for h in (noun, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in GIVER_PREPS
                      and (h is noun or p.lower_ == "from") for g in p.children if g.dep_ == "pobj"
                      for a in actors_of(g, res)]
            receiver = subject_token(verb)
            receivers = actors_of(receiver, res) if receiver is not None else []
            pairs = [(g, r) for g in givers for r in receivers if g[0] != r[0]]
            if pairs:
                used.add(noun.i)
            for (gkey, gtok), (rkey, rtok) in pairs:
                yield Candidate(frame.type, noun, gkey, rkey, gtok, rtok, frame, verb)
