"""Who a person pronoun cannot refer to (resolve/coref.py): the people saying the quotation it
stands in ('"He lied to us," Ms Reyes said'), and the actors its own verb takes as objects ("He
accused the chancellor": a non-reflexive subject is never its verb's object), the noun its relative
clause tells of among them ("the nurse she is accused of poisoning")."""
from __future__ import annotations

from ..quotes import in_quote
from .person_choice import SPEECH_VERBS
from .resolution import ResolutionDraft

# the relations of a verb's objects, and of the noun after its preposition ("He met with the chancellor")
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def quote_speakers(tok, ants, res: ResolutionDraft, quotes: list[tuple[int, int]], window: int) -> set[str]:
    """The people saying the quotation `tok` stands in: the subject of a speech verb outside the
    quote in the same sentence, else (a quote running on without attribution) the last speaker of
    the sentences a person pronoun may reach back to (`window`); `ants`: coref.Antecedents."""
    sent = tok.sent
    found = set()
    for t in sent:
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS and not in_quote(tok.doc, t.i, quotes):
            # the speaker and the names beside it ("His lawyer Louise Christian"), not its owner ("His")
            keys = {k for c in [t, *(c for c in t.children if c.dep_ in ("appos", "compound"))]
                    for k in (res.mention_head.get(c.i), res.token_entity.get(c.i)) if k}
            keys |= surnamed(t, res)
            found |= keys
            if not keys and t.pos_ != "PRON":
                return found   # a speaker that is no person we know: still not the last speaker
    # a quote running on over a few sentences ("... Fanning told reporters. "There were a dozen
    # people there. ... "Our negotiators called him"): whoever speaks is still not "he"
    if not found and ants.last_speaker and ants.sent_of[tok.i] - ants.last_speaker[1] <= window:
        found.add(ants.last_speaker[0])
    return found


def surnamed(tok, res: ResolutionDraft) -> set[str]:
    """The people named before whose surname a speaker's bare name is ('"He murdered a deputy," Stirling
    said' after "prosecutor Phil Stirling"), whatever the recogniser took the bare name for (a town, a
    firm): the speaker, one of them."""
    if tok.pos_ != "PROPN" or any(c.dep_ == "compound" for c in tok.children):
        return set()
    return {key for key, ent in res.entities.items()
            if ent.type == "PERSON" and len(ent.name.split()) > 1 and ent.name.split()[-1] == tok.text}


def co_arguments(tok, res: ResolutionDraft) -> set[str]:
    """The actors the verb of a subject pronoun takes as objects, directly, through a preposition or
    in a coordination ("He also accused the government and the chancellor of ..."), and the noun a
    relative clause of that verb tells of, which fills a place in the clause other than its subject's
    ("the two women she is accused of shooting", "the man he met"; not "the man who said he ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = tok.head
    heads = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        heads.append(verb.head)   # "the man he is accused of stabbing": the noun is the clause's gap, not "he"
    return {k for h in heads for k in (res.mention_head.get(h.i), res.token_entity.get(h.i)) if k}
