"""An unnamed person the story later names: "A man killed his wife. The man, Peter Hall, 45, was
arrested"; "Police identified the gunman as Salvador Ramos"; "The suspect was identified as X". Every
mention of that description in the document is the named person."""
from __future__ import annotations

from dataclasses import replace

from .resolution import ResolutionDraft

# verbs that put a name to a described person ("identified the gunman as X", "was named as X")
NAMING = frozenset({"identify", "name"})


def named_as(tok, res: ResolutionDraft) -> str | None:
    """The named person's key a definite description at `tok` is put beside or identified as."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    candidates = [c for c in tok.rights if c.dep_ == "appos"]
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in NAMING:
        candidates += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                       for p in prep.children if p.dep_ == "pobj"]
    for c in candidates:
        key = res.mention_head.get(c.i) or res.token_entity.get(c.i)
        ent = res.entities.get(key) if key else None
        if ent is not None and ent.type == "PERSON" and ent.reason != "description" and not key.startswith("PERSON:#"):
            return key
    return None


def name_described_people(doc, res: ResolutionDraft) -> None:
    """Send the mentions of a described person the text names to the named person, when it names
    that description as one person only."""
    names: dict[str, set[str]] = {}
    for head, key in res.mention_head.items():
        if key.startswith("PERSON:#") and (res.entities[key].reason == "description"):
            found = named_as(doc[head], res)
            if found is not None:
                names.setdefault(key, set()).add(found)
    redirect = {desc: next(iter(found)) for desc, found in names.items() if len(found) == 1}
    if not redirect:
        return
    res.mentions[:] = [replace(m, entity=redirect.get(m.entity, m.entity)) for m in res.mentions]
    for table in (res.token_entity, res.mention_head):
        for i, key in table.items():
            if key in redirect:
                table[i] = redirect[key]
    for desc in redirect:
        res.entities.pop(desc, None)
