"""A post left is no side (PLOVER RETREAT: the one who steps down, and the body left where one is named).

"Jack Straw will step down as a Labour MP", "Ken Clarke stood down as a Tory MP": the "as" phrase names the
post its holder leaves, not a body he leaves or acts on (he stays in his party). A party's MP or member told
there reads as the party's collective actor; the resignation has no other side. Called by
events._settle_sides."""
from __future__ import annotations

from .actors import KnownActors
from .frames import Candidate


def roles_left(candidates: list[Candidate], res: KnownActors) -> None:
    """Each resignation whose other side is the post it names after "as" loses that side (in place). The
    body whose post it is stays ("stepped down as Chelsea chairman": he leaves Chelsea's board)."""
    for c in candidates:
        tok = c.object_tok
        if c.type == "RETREAT" and c.object is not None and tok is not None and role_of_holder(tok, c.trigger) \
                and the_post_itself(c.object, tok, res):
            c.object, c.object_tok = None, None


def the_post_itself(key: str, tok, res: KnownActors) -> bool:
    """The side is an actor named by the post's own words ("Labour MP"), not a body the post belongs to."""
    ent = res.entities.get(key)
    return ent is not None and ent.name.split()[-1].lower() == tok.lower_


def role_of_holder(tok, trigger) -> bool:
    """`tok` is the object of an "as" said of the trigger or its particle ("step down as a Labour MP")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "as" and (
        prep.head.i == trigger.i or prep.head.head.i == trigger.i and prep.head.dep_ == "prt")
