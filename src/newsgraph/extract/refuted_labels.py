"""A charge refused by saying it does not hold (PLOVER REJECT): "the plans are not racist, Mr Howard
said", "the minister said the decision was not illegal", "it is not racist, as some people claim, to
talk about controlling immigration". A speaker who says that something is not what critics call it
("racist", "illegal", "unjust": the condemnatory adjectives of evaluative.yaml) answers their charge;
the critics are the other side when the sentence names them ("as some people claim"), else unnamed.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .frames import Candidate
from .statements import speaker_of

CONDEMNATORY = words("condemnatory_adjectives")
SAYING = words("said_threat_verbs")
# verbs by which the critics' charge is recalled: "as some people claim", "as critics suggest"
CLAIMING = words("label_claiming_verbs")


def refuted_labels(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """REJECT by the speaker of a clause that denies a condemnatory adjective of its subject."""
    for clause in (v for v in tokens.verbs if v.lemma_.lower() == "be"):
        label = next((c for c in clause.children if c.dep_ in ("acomp", "attr") and c.lower_ in CONDEMNATORY), None)
        if clause.lemma_.lower() != "be" or label is None or not any(c.dep_ == "neg" for c in clause.children):
            continue
        said = saying_head(clause)
        speaker = speaker_of(said, res, attributor) if said is not None else None
        if speaker is None:
            continue
        critic = next((s for v in clause.children if v.dep_ == "advcl" and v.lemma_.lower() in CLAIMING
                       and any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children)
                       for s in v.children if s.dep_ == "nsubj"), None)
        key = actor_of(critic, res) if critic is not None else None
        if key == speaker[0]:
            continue
        # the thing cleared of the charge stands for the matter refused when no critic is named ("the
        # plans"), else the label denied: the parser may take the subject for a verb of its own ("Tory plans
        # ... are not racist, Michael Howard has said" reads "plans" as a verb). Anchored on the saying: the
        # "not" denies the charge, not the refusal
        cleared = critic if critic is not None else next((c for c in clause.children if c.dep_ == "nsubj"), label)
        yield Candidate("REJECT", said, speaker[0], key, speaker[1], cleared, None, said)


def saying_head(clause):
    """The reporting verb a clause is said with, through the clauses the parser may put between them
    ("Tory plans ... are not racist, Michael Howard has said" hangs "are" on "plans"); None when it
    is said with none, or with a negated one."""
    tok = clause
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in SAYING and tok.pos_ == "VERB":
            return None if any(c.dep_ == "neg" for c in tok.children) else tok
    return None
