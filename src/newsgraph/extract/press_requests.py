"""A reporter's request refused: "declined requests for comment", "a request to interview the club's
president was declined by a spokesman", "turned down repeated requests to comment". The
press asks for words, not for an act of the one it asks; refusing them is no PLOVER REJECT (a refusal
of a demand or an offer). Requests of others ("declined a request from the UN to suspend enrichment")
stay."""
from __future__ import annotations

from ..wordlists import words
from .everyday import objects
from .sense_words import lemma_in

PRESS_ASKS = words("press_asks")
PRESS_VERBS = words("press_asking_verbs")
REQUESTS = words("press_requests_requests")


def press_request_refused(c) -> bool:
    """The candidate is a REJECT of a request for an interview or a comment."""
    if c.type != "REJECT":
        return False
    return any(press_request(t) for t in (*objects(c.trigger), c.object_tok) if t is not None)


def press_request(tok) -> bool:
    """"requests for comment", "an interview request", "a request to interview X", "an interview", by
    someone unnamed (a reporter)."""
    if tok.lemma_.lower() == "interview" and not any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children):
        return True     # "declined an interview" (the public's "comments" ignored are no reporter's)
    if tok.lemma_.lower() not in REQUESTS or any(x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ in ("from", "by")
                                                 for x in tok.children):
        return False    # "the FBI's request to interview him", "a request from police": an authority asks
    return any(x.dep_ == "compound" and lemma_in(x, PRESS_ASKS) for x in tok.children) or any(
        o.dep_ == "pobj" and lemma_in(o, PRESS_ASKS) for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children) or any(
        v.dep_ in ("acl", "relcl") and v.lemma_.lower() in PRESS_VERBS for v in tok.children)
