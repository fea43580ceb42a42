"""A one-word name the recogniser typed as a person that "it" may still refer to: "Yukos has said it
will sue Baikal", "Arsenal said it would appeal". News introduces a person by full name or title ("Tim
Henman", "Mr Henman") and keeps "he"/"she" for them; a name that stays one word everywhere in the
document, never with a title or a gendered word, is as likely a firm or a club, and the recogniser
often types those as people. "it" as subject of a clause is never a person, so letting it take such
a name costs nothing when the name is a person ("Madonna said it was an honour" yields no event).
"""
from __future__ import annotations

from .resolution import ResolutionDraft

GENDERED_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


def one_word_name(res: ResolutionDraft, key: str, gender: str | None) -> bool:
    """Whether `key` is a person entity named in one word only, with no gender told of it: no title
    or gendered word (`gender`), and no "he" or "she" resolved to it before."""
    ent = res.entities.get(key)
    if ent is None or ent.type != "PERSON" or key.startswith("gaz:") or gender is not None \
            or not ent.name[:1].isupper() or "#" in key:
        return False   # a known person, or one described ("a lawyer"), not named
    return all(len(n.split()) == 1 for n in (ent.name, *ent.aliases)) and not any(
        m.entity == key and m.text.lower() in GENDERED_PRONOUNS for m in res.mentions)
