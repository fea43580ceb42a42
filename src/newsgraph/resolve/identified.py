"""An unnamed person the story later names: "A man killed his wife. The man, Peter Hall, 45, was
arrested"; "Police identified the gunman as Salvador Ramos"; "The suspect was identified as X"; "the
shooter was X". Every mention of that description in the document is the named person. Crime news
calls the one who did it "the gunman", "the suspect" and "the shooter" in turn: when the story
puts a name to one of these and to no other person, all of them are that person."""
from __future__ import annotations

from dataclasses import replace

from ..wordlists import words
from .resolution import ResolutionDraft

# verbs that put a name to a described person ("identified the gunman as X", "was named as X")
NAMING = words("identified_naming")
# descriptions of the one who did a crime, which a story uses for the same person in turn
PERPETRATOR = words("culprit_descriptions")
# determiners that bring a new person into the story ("a gunman killed five", "another gunman")
INDEFINITE = frozenset({"a", "an", "another"})
# the roles in which such a noun is someone who acts or is acted on, not a description of a name
NEW_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def named_as(tok, res: ResolutionDraft) -> str | None:
    """The named person's key a definite description at `tok` is put beside, identified as, or said
    to be ("the shooter was X")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    candidates = [c for c in tok.rights if c.dep_ == "appos"]
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in NAMING:
        candidates += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                       for p in prep.children if p.dep_ == "pobj"]
    if tok.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        candidates += [c for c in verb.children if c.dep_ == "attr"]
    for c in candidates:
        key = res.actor_at(c.i)
        ent = res.entities.get(key) if key else None
        if ent is not None and ent.type == "PERSON" and ent.reason != "description" and not key.startswith("PERSON:#"):
            return key
    return None


def perpetrator_kind(key: str) -> bool:
    """Whether a description's key is a bare perpetrator noun, or one with an age ("PERSON:#..:suspect",
    "PERSON:#..:45-year-old-suspect"); not "a second suspect" or "another gunman"."""
    words = key.rsplit(":", 1)[-1].split("-")
    return words[-1] in PERPETRATOR and (len(words) == 1 or len(words) == 4 and words[1:3] == ["year", "old"])


def name_described_people(doc, res: ResolutionDraft) -> None:
    """Send the mentions of a described person the text names to the named person, when it names
    that description as one person only; and the other perpetrator descriptions with it, when the
    story names one perpetrator only."""
    names: dict[str, set[str]] = {}
    for head, key in res.mention_head.items():
        if key.startswith("PERSON:#") and (res.entities[key].reason == "description"):
            found = named_as(doc[head], res)
            if found is not None:
                names.setdefault(key, set()).add(found)
    redirect = {desc: next(iter(found)) for desc, found in names.items() if len(found) == 1}
    perpetrators = {person for desc, found in names.items() if perpetrator_kind(desc) for person in found}
    if len(perpetrators) == 1:
        person = next(iter(perpetrators))
        redirect |= {key: person for key, ent in res.entities.items() if key.startswith("PERSON:#")
                     and ent.reason == "description" and perpetrator_kind(key) and key not in redirect}
    send_descriptions(res, redirect, doc)


def send_descriptions(res: ResolutionDraft, redirect: dict[str, str], doc=None) -> None:
    """Send every mention of each described person in `redirect` to the named person it is, and
    drop the described person; with the `doc`, not the mentions from where the story brings in
    another perpetrator (reintroduced), which stay the described person."""
    if not redirect:
        return
    cuts = reintroduced(doc, res, redirect) if doc is not None else {}
    limit = {desc: cuts[person] for desc, person in redirect.items() if person in cuts}
    chars = {desc: doc[i].idx for desc, i in limit.items()}

    def sent(key: str, i: int, char: bool = False) -> str:
        if key not in redirect or key in limit and i >= (chars[key] if char else limit[key]):
            return key
        return redirect[key]
    res.mentions[:] = [replace(m, entity=sent(m.entity, m.start, char=True)) for m in res.mentions]
    for table in (res.token_entity, res.mention_head):
        for i, key in table.items():
            table[i] = sent(key, i)
    for desc in redirect:
        if desc not in limit:
            res.entities.pop(desc, None)


def reintroduced(doc, res: ResolutionDraft, redirect: dict[str, str]) -> dict[str, int]:
    """Per named person, the token from which the perpetrator descriptions sent to them are someone
    else: a perpetrator noun brought in again by "a" or "another" as a doer or a target after the
    person is named ("The suspect, Dale Rourke, ... Last month a gunman killed five people at a
    mall": another case the story recalls; not "Rourke, a gunman who ...", which describes him)."""
    cuts = {}
    for person in set(redirect.values()):
        first = min((i for i, key in res.token_entity.items() if key == person), default=None)
        later = [h for h, key in res.mention_head.items() if first is not None and h > first
                 and redirect.get(key) == person and doc[h].lemma_.lower() in PERPETRATOR
                 and doc[h].dep_ in NEW_ROLES
                 and any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in doc[h].children)]
        if later:
            cuts[person] = min(later)
    return cuts
