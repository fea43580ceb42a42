"""Roles in one document: the title before a name ("Israel's Prime Minister Netanyahu") tells who
holds which office, and a role without a name ("the Egyptian president") then resolves to that
person (pass 3 of resolve/document.py)."""
from __future__ import annotations

from .. import wordlists
from ..doctext import tokens_with_lower
from .gazetteer import Gazetteer
from .names import POSSESSIVE
from .resolution import ResolutionDraft

# role titles as they precede a name or stand for the holder ("the Egyptian president")
ROLE_WORDS = wordlists.ordered("role_words")
ROLE_CANON = {"defence minister": "defense minister", "premier": "prime minister"}
# a title after these is not the office itself ("Deputy Prime Minister", "former president")
NOT_THE_OFFICE = wordlists.words("not_the_office")
# the head nouns and modifiers of a role standing for its holder ("the Egyptian prime minister")
ROLE_HEADS = wordlists.words("role_heads")
ROLE_MODIFIERS = wordlists.words("role_modifiers")
# the words a title before a name is made of ("Israel's current Prime Minister"); "vice" ends the
# walk instead, as NOT_THE_OFFICE
TITLE_WORDS = frozenset(w for role in ROLE_WORDS for w in role.split()) - NOT_THE_OFFICE | {"current"}


def _role_of(words: list[str]) -> str | None:
    text = " ".join(w.lower().strip(".") for w in words if w.lower() not in ("former", "current", "late", "ex",
                                                                              "acting", "then", "-"))
    for role in sorted(ROLE_WORDS, key=len, reverse=True):
        if text.endswith(role) or text == role:
            return ROLE_CANON.get(role, role)
    return None


def role_before(doc, start: int, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """The role title right before a name: "Israel's Prime Minister", "Egyptian President",
    "Israeli ambassador to Cairo" -> ("prime minister", "ISR")."""
    i = start - 1
    # "ambassador to Cairo Haim Koren": the host country is not the ambassador's
    if i >= 1 and doc[i].ent_type_ in ("GPE", "LOC") and doc[i - 1].lower_ == "to":
        i -= 2
    words: list[str] = []
    while i >= 0 and len(words) < 5 and doc[i].lower_.strip(".") in TITLE_WORDS:
        words.insert(0, doc[i].text)
        i -= 1
    role = _role_of(words)
    if role is None:
        return None
    if i >= 0 and doc[i].lower_.strip("-") in NOT_THE_OFFICE:
        return None
    country = None
    if i >= 1 and doc[i].text in POSSESSIVE:
        c = gaz.lookup(doc[i - 1].text)
        country = c.id if c is not None and c.type == "COUNTRY" else None
    elif i >= 0 and doc[i].text[:1].isupper():
        c = gaz.country_of_demonym(doc[i].text)
        country = c.id if c is not None else None
    return role, country


def note_role(doc, span, key: str, gaz: Gazetteer, res: ResolutionDraft) -> None:
    found = role_before(doc, span.start, gaz)
    if found is not None:
        res.roles.setdefault(found, key)
        res.roles.setdefault((found[0], None), key)


# --- pass 3: roles without a name ----------------------------------------------------------------

def gazetteer_roles(gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Offices the gazetteer gives the people the document names ("president of EGY" for Sisi),
    after the roles the text itself gives. Only people named in the document are candidates: a
    gazetteer office holder may not be the one an older article means."""
    for key in list(res.entities):
        actor = gaz.actor_of_key(key)
        if actor is None or actor.type != "PERSON":
            continue
        for r in actor.roles:
            if r.startswith("former ") or " of " not in r:
                continue
            role, country = r.rsplit(" of ", 1)
            if (role, country) not in res.roles:
                res.roles[(role, country)] = key
                res.role_source.setdefault(key, "gazetteer office of a person named in the document")


def role_descriptions(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """'the Egyptian president', "Israel's prime minister", 'the president' (when the document
    names one) -> the person holding the role."""
    for i in tokens_with_lower(doc, ROLE_HEADS):
        tok = doc[i]
        if tok.i in res.token_entity:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.i in res.token_entity and
                                res.entities[res.token_entity[nxt.i]].type == "PERSON"):
            continue  # a title before a name: the name's mention covers the person
        start = tok.i
        words = [tok.text]
        while start > 0 and doc[start - 1].lower_ in ROLE_MODIFIERS:
            start -= 1
            words.insert(0, doc[start].text)
        role = _role_of(words)
        if role is None:
            continue
        country = None
        left = start - 1
        if left >= 0 and doc[left].text[:1].isupper() and gaz.country_of_demonym(doc[left].text):
            country = gaz.country_of_demonym(doc[left].text).id
            left -= 1
        elif left >= 1 and doc[left].text in POSSESSIVE:
            c = gaz.lookup(doc[left - 1].text)
            if c is not None and c.type == "COUNTRY":
                country = c.id
                left -= 2
        if country is None and (left < 0 or doc[left].lower_ != "the"):
            continue
        if start > 0 and doc[start - 1].lower_.strip("-") in NOT_THE_OFFICE:
            continue
        key = res.roles.get((role, country)) if country else res.roles.get((role, None))
        if key is None or key not in res.entities:
            continue
        reason = "role: " + res.role_source.get(key, "named in the document")
        span_start = left if left >= 0 and doc[left].lower_ == "the" else left + 1
        res.clear(doc[span_start:tok.i + 1])
        res.add_mention(doc[span_start:tok.i + 1], res.entities[key], reason, label="ROLE", alias=False,
                        head=tok.i)
