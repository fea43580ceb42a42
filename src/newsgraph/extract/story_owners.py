"""The owner of a thing named by a bare body: "the government's plans", "the administration's policy",
"government proposals" (PLOVER ACCUSE, REJECT, SUPPORT aimed at a thing: its owner is the other side).

Resolution reads a bare "the government" heading a side as the story's government
(resolve/story_country.py), but not one standing as a thing's owner, so "Labour attacked the
government's plans" found no one behind the plans. The story names the body elsewhere: a mention whose
head is the same word ("the Kenyan government ... the government's plans", "the government said ...
Unions condemned the government's plans"). When every such mention in the document is of one body, the
owner is that body; two bodies under the word ("the US government ... the Iraqi government") leave the
owner open, since a wrong government is worse than none. A standing arrangement faulted with no owner
("the current system is unfair", "called the existing rules a disgrace") is the government's the story
names in the same way: `standing` asks for it where a stance is aimed at the thing. The words are data:
data/lexicon/words/thing_makers.yaml (story_owner_heads, standing_things, standing_modifiers)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors

BODY_TYPES = frozenset({"GOVERNMENT", "MILITARY"})


def story_owner(noun, res: KnownActors, exclude: str | None = None,
                standing: bool = False) -> tuple[str | None, object]:
    """(key, owner token) of the body a bare owner of `noun` stands for ("the government's plans"),
    or, with `standing`, of the government whose standing arrangement `noun` is ("the current system");
    else (None, None)."""
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
                  and c.lower_ in words("story_owner_heads")), None)
    if owner is None and standing and _standing(noun):
        return _sole_body(noun, "government", noun.i, res, exclude)
    if owner is None or res.token_entity.get(owner.i) is not None or not _bare(owner):
        return None, None
    return _sole_body(owner, owner.lower_, owner.i, res, exclude)


def _standing(noun) -> bool:
    """"the current system", "the existing rules": a standing arrangement with no owner of its own."""
    return (noun.lemma_.lower() in words("standing_things") or noun.lower_ in words("standing_things")) and any(
        c.dep_ == "amod" and c.lower_ in words("standing_modifiers") for c in noun.children) and not any(
        c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("of", "in", "at") for c in noun.children)


def _sole_body(tok, word: str, at: int, res: KnownActors, exclude: str | None) -> tuple[str | None, object]:
    """The one state body the document names with a mention headed by `word`, or (None, None)."""
    bodies = {key for head, key in res.mention_head.items()
              if head != at and tok.doc[head].lower_ == word and key in res.entities
              and res.entities[key].type in BODY_TYPES}
    if len(bodies) != 1:
        return None, None
    key = next(iter(bodies))
    return (key, tok) if key != exclude else (None, None)


def _bare(owner) -> bool:
    """An owner with no name, nationality or modifier of its own: "the government", "government"."""
    return all(c.dep_ in ("det", "case") and c.lower_ in ("the", "'s", "'") for c in owner.children)
