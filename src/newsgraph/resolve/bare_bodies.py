"""Bodies news calls by their common noun alone: "the jury convicted him", "the council voted to
evict the tenants", "the committee said", "the school expelled the pupil".

A definite body noun with no word saying which (bare_body_kinds in data/lexicon/words/actors.yaml)
that no earlier pass claimed:
- is the one body of its kind the document named before it ("Leeds City Council ... the council",
  "the city council ... the council"), however far back (resolve/kinds.py reads the near ones), a
  named or described one before a bare one made earlier; two such bodies leave it unresolved, as does a capitalised word of the kind no pass read (a
  name the recogniser missed): a wrong actor is worse than none;
- else is a body of this document only (two stories' juries are two juries), typed by its kind,
  with the story's country where it has one, as resolve/unnamed_bodies.py makes "the education
  ministry" (a state's organ, "the ministry", only where the story has a country).
Bodies that are also buildings ("the school", "the hospital") are bodies only as the doer: "shells
hit the school" names a building. Not a noun modifying another ("the council estate", "council
tax"), one with an "of" phrase ("the council of elders") or owner ("the town's council"), nor the
idiom "the jury is (still) out" (not decided).
"""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..wordlists import table, words
from .kinds import NOT_BODIES
from .participants import acting
from .resolution import ResolutionDraft
from .unnamed_bodies import SIDE_DEPS, document_body, of_members, story_evidence

BODY_TYPE = {kind: typ for typ, kinds in table("bare_body_kinds").items() for kind in kinds}
# bodies that are also buildings: a body only as the doer
DOER_ONLY = words("doer_only_bodies")
# a state's organs: a body only of a story that has a country
COUNTRY_BOUND = words("country_bound_bodies")
# words before the noun that leave the body the same ("the same jury", "the full council")
SAME_BODY = words("same_body_modifiers")


def bare_bodies(doc, gaz, res: ResolutionDraft) -> None:
    """Resolve the bare definite body nouns no earlier pass claimed (see the module)."""
    # a name's own kind word keeps its capital in its lemma ("the Security Council")
    heads = tokens_with_lemma(doc, (*BODY_TYPE, *(k.capitalize() for k in BODY_TYPE)))
    story = None
    for i in heads:
        tok = doc[i]
        kind = tok.lemma_.lower()
        if i in res.token_entity or not bare_side(tok, kind) or undecided(tok):
            continue
        known = bodies_before(doc, heads, tok, kind, res)
        if known is None:
            continue
        start = next(c.i for c in tok.lefts if c.dep_ == "det")
        if known:
            res.add_mention(doc[start:i + 1], res.entities[known], "coreference", label="COREF", alias=False, head=i)
            continue
        if story is None:
            story = story_evidence(doc, gaz, res)
        entity = document_body(doc, doc[i:i + 1], BODY_TYPE[kind], story)
        if kind in COUNTRY_BOUND and entity.country is None:
            continue
        res.add_mention(doc[i:i + 1], entity, "description of a body", label="ORG", head=i, alias=False)


def bare_side(tok, kind: str) -> bool:
    """Whether `tok` heads a side as "the <kind>", with no word saying which body and no owner."""
    if not tok.text.islower() or tok.tag_ != "NN":
        return False
    if not (acting(tok) if kind in DOER_ONLY else tok.dep_ in SIDE_DEPS):
        return False
    lefts = list(tok.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) \
            or any(c.dep_ != "det" and c.lower_ not in SAME_BODY for c in lefts):
        return False
    return not any(of_members(c) for c in tok.rights)


def undecided(tok) -> bool:
    """"the jury is (still) out": nothing decided, no one acting."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.lower_ == "out" for c in tok.head.children)


def bodies_before(doc, heads: list[int], tok, kind: str, res: ResolutionDraft) -> str | None:
    """The one body of `tok`'s kind named before it ("" for none), or None where it is not
    clear which: two bodies of the kind, or a capitalised word of the kind no pass read."""
    found = set()
    for j in heads:
        if j >= tok.i:
            break
        other = doc[j]
        if other.lemma_.lower() != kind:
            continue
        key = res.token_entity.get(j)
        ent = res.entities.get(key) if key else None
        if ent is None:
            if other.text[:1].isupper() and not other.is_sent_start:
                return None    # "the Commission for Africa", unread: this may be it
            continue
        if ent.type not in NOT_BODIES:
            found.add(key)
    if len(found) > 1:
        # "the committee ... the select committee ... the committee": the body told of by name or
        # description, not the bare one made before it was
        found = {key for key in found if res.entities[key].name != kind}
    if len(found) > 1:
        return None
    return found.pop() if found else ""
