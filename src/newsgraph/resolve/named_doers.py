"""The one who did it, named in the forms resolve/identified.py does not read: "The suspect,
identified as Mark Ellis, entered ...", "Mark Ellis, the suspected gunman, ...", "His accused
killer, Dean Foster, ...", "murder suspect Leon Grant". When the story names one perpetrator only,
its other perpetrator descriptions ("the gunman", "the suspected shooter", "the accused killer")
and the pronouns resolved to them are that person, as in identified.py.
"""
from __future__ import annotations

from ..wordlists import words
from .identified import NAMING, PERPETRATOR, named_as, send_descriptions
from .resolution import ResolutionDraft

# words before a perpetrator noun that leave it the one who did it ("the suspected gunman")
DOER_MODIFIERS = words("doer_modifiers")


def perpetrator_description(key: str) -> bool:
    """A described person's key that is a perpetrator noun with only such modifiers or an age:
    "PERSON:#..:suspected-gunman", "PERSON:#..:accused-killer", "PERSON:#..:45-year-old-suspect";
    not "a second suspect" or "the victim's killer"."""
    words = key.rsplit(":", 1)[-1].split("-")
    if words[-1] not in PERPETRATOR:
        return False
    rest = words[:-1]
    if len(rest) >= 3 and rest[1:3] == ["year", "old"]:
        rest = rest[3:]
    return all(w in DOER_MODIFIERS for w in rest)


def _named_person(tok, res: ResolutionDraft) -> str | None:
    if tok.pos_ != "PROPN":
        return None     # a name, not a pronoun resolved by recency
    key = res.actor_at(tok.i)
    ent = res.entities.get(key) if key else None
    if ent is None or ent.type != "PERSON" or key.startswith("PERSON:#") or ent.reason == "description":
        return None
    return key


def _doer_noun(tok) -> bool:
    """A perpetrator noun whose modifiers leave it the one who did it ("the suspected gunman")."""
    if tok.lemma_.lower() not in PERPETRATOR or tok.tag_ != "NN":
        return False
    return all(m.dep_ in ("det", "poss", "punct") or m.lower_ in DOER_MODIFIERS or m.like_num
               or m.lower_ in ("year", "old", "-") for m in tok.lefts)


def _doer_noun_of(tok) -> str | None:
    """The perpetrator noun a named person's phrase calls it: "Mark Ellis, the suspected gunman",
    "murder suspect Leon Grant", "Orozco is the main suspect", "Hall was identified as the gunman"."""
    said = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    subject = tok.head if tok.dep_ == "appos" else tok     # "That man, Jose Orozco, is the suspect"
    verb = subject.head
    if subject.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        # "the main suspect", not "a suspect in another shooting"
        said += [c for c in verb.children if c.dep_ == "attr" and any(d.lower_ == "the" for d in c.children)]
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in NAMING:
        said += [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    noun = next((c for c in said if _doer_noun(c)), None)
    if noun is None:
        noun = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in PERPETRATOR), None)
    return noun.lemma_.lower() if noun is not None else None


def perpetrator_names(doc, res: ResolutionDraft) -> dict[str, set[str]]:
    """Perpetrator noun -> the named people the text calls so."""
    found: dict[str, set[str]] = {}
    for head, key in list(res.mention_head.items()):
        tok = doc[head]
        if key.startswith("PERSON:#") and perpetrator_description(key):
            # "The suspect, identified as X,": the participle names it; else identified.py's forms
            named = named_as(tok, res)
            for acl in (c for c in tok.rights if c.dep_ == "acl" and c.lemma_.lower() in NAMING):
                # "identified by police as X": the parser may hang "as" on the agent
                named = named or next((k for p in acl.subtree if p.dep_ == "prep" and p.lower_ == "as"
                                       for o in p.children if o.dep_ == "pobj"
                                       if (k := _named_person(o, res))), None)
            if named:
                found.setdefault(tok.lemma_.lower(), set()).add(named)
            continue
        person = _named_person(tok, res)
        noun = _doer_noun_of(tok) if person is not None else None
        if noun is not None:
            found.setdefault(noun, set()).add(person)
    return found


def name_perpetrators(doc, res: ResolutionDraft) -> None:
    """Send the perpetrator descriptions of a story to the person it names so: all of them when it
    names one perpetrator only, else each noun's to the one person named by that noun (a story may
    name the suspect of its own killing and the killer of an older case)."""
    names = perpetrator_names(doc, res)
    everyone = set().union(*names.values()) if names else set()
    redirect = {}
    for key, ent in res.entities.items():
        if not (key.startswith("PERSON:#") and ent.reason == "description" and perpetrator_description(key)):
            continue
        people = everyone if len(everyone) == 1 else names.get(key.rsplit("-", 1)[-1].rsplit(":", 1)[-1], set())
        if len(people) == 1:
            redirect[key] = next(iter(people))
    send_descriptions(res, redirect, doc)
