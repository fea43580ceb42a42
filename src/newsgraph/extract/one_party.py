"""Acts news tells with one party only, the other nobody in particular or left unsaid (PLOVER leaves
it open for these modes). Acts an unnamed group does alone: relief handed out by those who bring it, its receivers unnamed ("aid workers began
distributing food, blankets and tents in the region", "volunteers handed out water"); a group of
office holders leaving office ("the two most senior executives have resigned"), as one named person
resigning is news (keep.resigned). The group is a side the text names by what it is (an unnamed
collective, "GENERIC:worker:", or a described group, "OTHER:#doc:executives"): who did it is known, the
other side is nobody in particular. And a person's release told by the noun, the holder unsaid as in
"was released on bail" (keep.released_from_custody): "since his release from prison in 2003", "the
release of Asif Zardari has eased tensions"."""
from __future__ import annotations

from ..wordlists import words
from .cooperative_acts import relief_good
from .entity_lookup import unnamed
from .frames import Candidate

RELEASING = words("releasing_verbs")
CAPTIVES = words("captive_nouns")
# words over a release that ask for it or work towards it, not tell it done ("called for the release of",
# "negotiating his release", "the decision not to release them"; one_sided.yaml)
UNMADE_RELEASE = words("unheld_talk_verbs") | words("unmade_release_heads")
REACH = 4   # how far up the parse the asking word is looked for

# entity types of a side written as people described, not named ("aid workers", "two executives")
DESCRIBED = frozenset({"OTHER"})


def described_group(key: str | None, kind: str | None) -> bool:
    """A side the text names by what its people are: an unnamed collective or a described group."""
    return unnamed(key) or kind in DESCRIBED


def relief_handed_out(c: Candidate) -> bool:
    """Aid given as relief by a verb whose own object is relief goods ("distributing food, blankets and
    tents", "handed out medical supplies"): news with no receiver named, as "the UN sent food aid" is."""
    if c.type != "AID" or c.object is not None or c.trigger.pos_ != "VERB":
        return False
    goods = [g for d in c.trigger.children if d.dep_ == "dobj" for g in (d, *d.conjuncts)]
    return any(relief_good(g) for g in goods)


def lone_group_act(c: Candidate, kind: str | None, resigned: bool) -> bool:
    """Whether the candidate is an act above by a described or unnamed group (`kind`: the subject's
    entity type; `resigned`: whether its trigger is leaving office, keep.resigned)."""
    if c.subject is None or not described_group(c.subject, kind):
        return False
    if c.type == "RETREAT":
        # a plural of people ("executives", "ministers"), leaving, not resigning themselves to a thing
        return resigned and c.subject_tok is not None and c.subject_tok.tag_ == "NNS" \
            and not any(x.dep_ == "dobj" for x in c.trigger.children)
    return relief_handed_out(c)


def released_person(c: Candidate) -> bool:
    """A person's release from holding told by the singular noun, the person its owner or its "of" phrase
    ("his release from prison", "the release of Asif Zardari"), done, not asked for or negotiated."""
    t, tok = c.trigger, c.object_tok
    if c.type != "RETREAT" or c.subject is not None or c.object is None or tok is None or t.pos_ != "NOUN" \
            or t.tag_ != "NN" or t.lemma_.lower() not in RELEASING:
        return False   # "the film's releases", "a press release" (no person)
    if not (c.object.startswith("PERSON:") and tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in CAPTIVES):
        return False   # "the release of Michael Jackson's album": a thing, its owner resolved as the object
    owned = tok.dep_ == "poss" and tok.head.i == t.i or tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.i == t.i
    return owned and not asked_for(t)


def asked_for(noun) -> bool:
    """The noun is what someone asks for, seeks or works towards: "calls for the release of", "pressed
    for his release", "negotiating the release of"."""
    tok = noun
    for _ in range(REACH):
        if tok.dep_ == "prep" and tok.lower_ == "for" or tok.lemma_.lower() in UNMADE_RELEASE:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.lemma_.lower() in UNMADE_RELEASE
