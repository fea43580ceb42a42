"""The accuser a denial answers when the text told the accusation just before (PLOVER REJECT: the one
refused is whoever made the claim denied).

"Human Rights Watch accused the Kremlin of torture. The Kremlin denied that its troops had tortured
anyone.": a denial of a deed ("denied that ...", "denies bribing officials") names no accuser, nor does
a refusal of an accusation without its maker ("dismissed the charges as politically motivated", "told
a court the charges against him were false"); but news tells the accusation first, and the denier
refuses whoever accused it, in the denial's sentence ("..., after Amnesty accused it of torture") or
the two before. Only an accusation of the denier itself counts (a state and its government are one
side): one of another ("HRW accused the police") is not what the denier answers. The accuser may be
unnamed but known ("Prosecutors charged him with fraud. He denies the charges": the prosecutors); an
accusation made by a phrase (an "OTHER:" actor) leaves the denial as it was.
"""
from __future__ import annotations

from ..wordlists import words
from .answered_requests import same_side, window
from .antecedents import said_thing
from .arguments import VERBAL
from .frames import Candidate, noun_frame
from .lexicon import lexicon
from .said_refusals import innocence
from .statements import DENYING_VERBS

TOLD_FIRST = words("accusation_told_first")


def denied_accusers(candidates: list[Candidate]) -> None:
    """Give each denial with no named other side the maker of the accusation of its denier told in its
    sentence or just before (see the module's doc)."""
    accusations = [o for o in candidates if o.type == "ACCUSE" and o.object is not None and o.subject is not None]
    for c in candidates:
        if c.type != "REJECT" or c.subject is None or not unanswered(c) or not denial(c):
            continue
        found = nearest_accuser(c, accusations)
        if found is not None:
            c.object, c.object_tok = found


def unanswered(c: Candidate) -> bool:
    """No named side refused: none, or the phrase refused made an actor of its own ("the charges")."""
    return c.object is None or c.object.startswith("OTHER:")


def denial(c: Candidate) -> bool:
    """A deed or a charge denied: a verb of denying ("denied that ...") or an accusation refused
    ("dismissed the charges", "said the allegations were false")."""
    if c.trigger.lemma_.lower() in DENYING_VERBS:
        return True
    tok = c.object_tok
    if tok is not None and tok.pos_ in VERBAL and innocence(tok):   # "said it had done nothing wrong"
        return True
    if tok is None or tok.pos_ != "NOUN":
        return False
    frame = noun_frame(tok, lexicon())
    return frame is not None and frame.type == "ACCUSE" or said_thing(tok)


def nearest_accuser(c: Candidate, accusations: list[Candidate]):
    """The maker of the nearest accusation of the denier before its denial, or in the denial's own
    sentence after it ("denied the charges, after Amnesty accused it of ..."); None when there is none."""
    first, last = window(c), c.trigger.sent.end
    told = [o for o in accusations if first <= o.trigger.i < last and o.trigger.i != c.trigger.i
            and same_side(o.object, c.subject) and not o.subject.startswith("OTHER:")
            and not same_side(o.subject, c.subject)]
    before = [o for o in told if o.trigger.i < c.trigger.i]
    after = [o for o in told if o.trigger.i > c.trigger.i and told_first(o.trigger, c.trigger)]
    pick = max(before, key=lambda o: o.trigger.i) if before else min(after, key=lambda o: o.trigger.i, default=None)
    return (pick.subject, pick.subject_tok) if pick is not None else None


def told_first(trigger, denial) -> bool:
    """Whether an accusation written after the denial is told as made before it ("after Amnesty accused
    it", "following accusations by Amnesty"), not as an answer to it ("and the opposition accused it of
    lying"): a word of TOLD_FIRST on its way up to the denial."""
    for tok in (trigger, *trigger.ancestors):
        if tok.i == denial.i:
            return False
        if any(x.dep_ in ("mark", "prep") and x.lower_ in TOLD_FIRST for x in tok.children) or \
                tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in TOLD_FIRST:
            return True
    return False
