"""A duty a speaker says another actor left undone: "the lawyer said the government should have acted
sooner", "Mr X should have withdrawn the remark, Y said", "Oxfam said Brussels should not have cut the
aid". Said in hindsight, "should have" faults the one who did not act, the time to act being past
(PLOVER ACCUSE, CAMEO's disapprove; said_about.about_other), where "should act" demands (REQUEST). The
REQUEST constructions.demand_events makes of an event verb under the modal stays: the precision audit
judged most of those right (session 46: turning them into ACCUSE lost 3 right and 1 wrong sampled
events; a deadline, "should have handed over the files by March", may be one). An outcome hoped
for ("should have won", "should have been home") is no duty (statements.yaml's forecast verbs), a
passive names no doer ("the advice should have been attached"), "should have been doing" is what one
expects ("he should have been clearing his desk by now"), a question asks ("asked whether the BBC should
have screened it"), and "must have" is a guess."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

# the modals of a duty that, before a perfect, reproach rather than ask
REPROACHING = words("hindsight_reproaching")
PERFECT = frozenset({"have", "'ve"})
QUESTIONING = words("whether_if")
FORECAST = words("statement_forecast_verbs")


def hindsight_modal(verb):
    """The "should" of "should have acted" ("ought to have warned", "should not have cut") when `verb`
    is an act its subject is faulted for not having done (or for having done), else None."""
    kids = list(children(verb))
    modal = next((a for a in kids if a.dep_ == "aux" and a.lower_ in REPROACHING), None)
    if modal is None or not any(a.dep_ == "aux" and a.lower_ in PERFECT and a.i > modal.i for a in kids):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "aux" and c.lower_ == "been" for c in kids) \
            or verb.lemma_.lower() in FORECAST:
        return None   # "should have been attached", "should have won the match", "should have been clearing his desk"
    if asked(verb):
        return None   # "asked whether the BBC should have screened it": a question, no reproach
    return modal


def asked(verb) -> bool:
    """The clause, or one above it, is asked or wondered about: "whether", "if", a question mark."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTIONING for a in (verb, *verb.ancestors) for c in a.children) \
        or any(t.text == "?" for t in verb.sent)
