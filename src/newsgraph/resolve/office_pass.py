"""Offices by date: a title with a country and no name ("the Kenyan president", "Spain's prime
minister", "President of France") resolves to the person who held that office on the date.

Resolution runs before extraction knows an event's own date, so this pass looks the holder up on
the document's date; `redate_office_holders` (run by `analyse` once events are extracted) looks
again for an event that has a date of its own ("in 2015, the British prime minister ..." in a
2020 article). Without any date the phrase resolves to the office itself: an entity of type
GOVERNMENT keyed `office:<body>:<office>` ("Prime minister of United Kingdom"), never to a
person and never to one entity that merges successive holders. A title the document already
ties to a named person (resolve/roles.py) is left to that pass.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .. import wordlists
from ..bounded import BoundedCache
from ..doctext import token_texts
from ..model import Entity, Event, Mention
from .gazetteer import Gazetteer
from .names import POSSESSIVE, actor_key_name, fold
from .office_holders import document_holder
from .offices import OfficeMention, Role, RoleBook, offices, resolve_office, role_book
from .resolution import ResolutionDraft, entity_for_actor

# "deputy prime minister", "former president": not the office's holder
NOT_THE_OFFICE = wordlists.words("not_the_office")
OFFICE_REASON = "office"
OFFICE_PREFIX = "office:"   # an office's key: office:<body>:<office>
# entity types a country word inside an office phrase may already have been given
_COUNTRY_TYPES = ("COUNTRY", "LOCATION", "OTHER")


def holder_entity(role: Role, gaz: Gazetteer) -> Entity:
    """The person who held `role`: the gazetteer's actor when it knows them, else a PERSON keyed
    by the normalised name (the same key a document naming them gets)."""
    for name in (role.name, *role.aliases):
        actor = gaz.exact(name)
        if actor is not None and actor.type == "PERSON":
            return entity_for_actor(actor)
    body = gaz.actors.get(role.body)
    country = body.id if body is not None and body.type == "COUNTRY" else (body.country if body else None)
    return Entity(key=f"PERSON:{actor_key_name(role.name, True)}", name=role.name, type="PERSON", country=country,
                  reason="office holder")


def office_title(body: str, office: str, book: RoleBook) -> str:
    known = offices()
    titles = book.titles.get(body, {}).get(office) or known.defaults.get(office) or known.universal.get(office)
    return (titles or (office.replace("_", " "),))[0]


def office_entity(body: str, office: str, gaz: Gazetteer, book: RoleBook) -> Entity:
    """The office itself, for a phrase no date settles: a GOVERNMENT entity under the body."""
    actor = gaz.actors.get(body)
    owner = gaz.sector(body, "government") if actor is not None and actor.type == "COUNTRY" else None
    owner = owner or actor
    title = office_title(body, office, book)
    name = f"{title[:1].upper()}{title[1:]} of {actor.name if actor else body}"
    return Entity(key=f"{OFFICE_PREFIX}{body}:{office}", name=name, type="GOVERNMENT",
                  country=actor.country if actor is not None else None, reason="office",
                  parent=owner.key if owner is not None else None)


def office_body(key: str) -> str | None:
    """The gazetteer id of the state or body an office's key names ("office:ZAF:head_of_state": ZAF),
    None for any other key."""
    return key.split(":")[1] if key.startswith(OFFICE_PREFIX) and key.count(":") >= 2 else None


def entity_for_office(found: OfficeMention, gaz: Gazetteer, book: RoleBook) -> tuple[Entity, str]:
    """The entity an office phrase denotes, and the mention's reason."""
    title = office_title(found.body, found.office, book)
    if found.holder is not None:
        return holder_entity(found.holder, gaz), f"{OFFICE_REASON}: {title} of {found.body} on {found.date}"
    why = f"no single holder on {found.date}" if found.date else "no date"
    return office_entity(found.body, found.office, gaz, book), f"{OFFICE_REASON}: {title} of {found.body} ({why})"


@lru_cache(maxsize=4)
def _first_words(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split()[0] for t in titles if t)


@lru_cache(maxsize=4)
def _last_words(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split()[-1] for t in titles if t)


def _title_at(texts: list[str], marks: tuple[list[bool], list[bool]], i: int, book: RoleBook) -> int:
    """The end of the longest office title starting at token i, or i when none does; `marks` say
    which tokens may begin and end one (_title_marks)."""
    starts, ends = marks
    if not starts[i]:
        return i
    for n in (5, 4, 3, 2, 1):
        if i + n > len(texts) or not ends[i + n - 1]:
            continue    # a title ends on a word, never on the comma after it ("the Labour leader,")
        if fold(" ".join(texts[i:i + n])) in book.all_titles:
            return i + n
    return i


def _title_marks(texts: list[str], book: RoleBook) -> tuple[list[bool], list[bool]]:
    """Whether each token may begin, and may end, an office title, from one cached fold per token
    read once per document: most tokens begin no title, and a phrase's folded last word is its last
    token's (tokens join with spaces), so most phrases are ruled out before they are folded."""
    first_words, last_words = _first_words(book.all_titles), _last_words(book.all_titles)
    # words recur: each is read once (a worker's vocabulary grows with its corpus: bounded)
    known = _WORD_MARKS.setdefault((first_words, last_words), BoundedCache(_MARKS_KEPT)).room()
    marks = [known.get(text) or known.setdefault(text, _word_marks(text, first_words, last_words)) for text in texts]
    return [m[0] for m in marks], [m[1] for m in marks]


_MARKS_KEPT = 65536
_WORD_MARKS: dict[tuple[frozenset[str], frozenset[str]], BoundedCache] = {}


def _word_marks(text: str, first_words: frozenset[str], last_words: frozenset[str]) -> tuple[bool, bool]:
    """Whether a word may begin, and may end, an office title."""
    folded = fold(text)
    first = folded.split()
    last = folded.rsplit(" ", 1)[-1]
    return not first or first[0] == "the" or first[0] in first_words, bool(last) and last in last_words


def _free(res: ResolutionDraft, lo: int, hi: int, book: RoleBook) -> bool:
    """Tokens lo..hi are unclaimed, or name a country or a body with offices ("UN"), which the
    office phrase takes over."""
    for i in range(lo, hi):
        key = res.token_entity.get(i)
        if key is not None and res.entities[key].type not in _COUNTRY_TYPES and key[4:] not in book.bodies:
            return False
    return True


def _phrase_at(doc, texts: list[str], i: int, end: int, res: ResolutionDraft, book: RoleBook, gaz: Gazetteer):
    """(start, end, (body, office)) of an office phrase whose title is tokens i..end: the country
    before it ("the Kenyan president", "Spain's prime minister") or after "of" ("President of France")."""
    from .offices import parse_office  # noqa: PLC0415

    if end < len(doc) and texts[end] == "of":
        for stop in range(end + 2, min(end + 5, len(doc)) + 1):
            # "the leader of Hamas" stays a relation to the group: only countries after "of"
            claimed = [res.entities[res.token_entity[k]] for k in range(end + 1, stop) if k in res.token_entity]
            free = _free(res, end + 1, stop, book) and all(e.type in _COUNTRY_TYPES for e in claimed)
            found = parse_office(" ".join(texts[i:stop]), book, gaz) if free else None
            if found is not None:
                return i, stop, found
    for start in range(i - 1, max(i - 5, -1), -1):
        if not (texts[start][:1].isupper() or texts[start] in POSSESSIVE) or not _free(res, start, i, book):
            break
        found = parse_office(" ".join(texts[start:end]), book, gaz)
        if found is not None:
            return start, end, found
    return None


def names_someone_else(doc, start: int, stop: int, head: int, res: ResolutionDraft) -> bool:
    """A title before or beside a name ("President Ruto", "Ruto, Kenya's president", "Ruto is
    Kenya's president": the name says who), an indefinite one ("an Islamic State leader"), or a
    deputy's or former holder's ("deputy prime minister", "the ex-Labour leader"), or the office a
    person takes or leaves ("resigned as Labour leader")."""
    i = start - 1
    if i > 0 and doc[i].text == "-":
        i -= 1     # "the ex-Labour leader"
    before = doc[i].lower_ if i >= 0 else ""
    if before.strip("-") in NOT_THE_OFFICE or before in ("a", "an", "another", "one"):
        return True
    if (doc[i - 1].lower_ if before == "the" and i > 0 else before) == "as":
        return True     # "resigned as Labour leader", "to succeed him as the prime minister": the office, no one's name
    if stop < len(doc) and doc[stop].ent_type_ == "PERSON":
        return True
    title = doc[head]
    beside = [title.head] if title.dep_ in ("appos", "attr") else []
    beside += [c for c in title.children if c.dep_ == "appos"]
    return any(t.ent_type_ == "PERSON" or (t.i in res.token_entity and
               res.entities[res.token_entity[t.i]].type == "PERSON") for t in beside)


def _party_named(doc, gaz: Gazetteer, body: str, res: ResolutionDraft, start: int, stop: int) -> bool:
    """A party's office ("the Labour leader") only where the document read the party's word as
    that party ("Labour" in a story about another country's Labour party is not Britain's), and
    only the national party's: "the Scottish Labour leader", "the Labour leader of the council"
    lead a branch."""
    actor = gaz.actors.get(body)
    if actor is None or not actor.is_party:
        return True
    before = doc[start - 1] if start > 0 else None
    branch = before is not None and before.text[:1].isupper() and not before.is_sent_start \
        or stop < len(doc) and doc[stop].lower_ == "of"
    return not branch and any(res.token_entity.get(k) == f"gaz:{body}" for k in range(start, stop))


def office_phrases(doc, gaz: Gazetteer, res: ResolutionDraft, book: RoleBook | None = None) -> None:
    """Pass: office phrases without a name resolve to the holder on the document's date."""
    book = book or role_book()
    date = doc.user_data.get("published")
    texts = token_texts(doc)
    marks = _title_marks(texts, book)
    i = 0
    while i < len(doc):
        end = _title_at(texts, marks, i, book) if i not in res.token_entity else i
        if end == i or res.covered(i, end):
            i += 1
            continue
        found = _phrase_at(doc, texts, i, end, res, book, gaz)
        if found is None:
            i = end
            continue
        start, stop, (body, office) = found
        if names_someone_else(doc, start, stop, end - 1, res) or not _party_named(doc, gaz, body, res, start, stop):
            i = stop
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        mention = resolve_office(doc[start:stop].text, date, book=book, gazetteer=gaz)
        if mention is None or (body, office) != (mention.body, mention.office):
            mention = OfficeMention(body, office)
        entity, reason = entity_for_office(mention, gaz, book)
        person = document_holder(doc, gaz, res, body, office, book, end - 1) if mention.holder is None else None
        if person is not None:    # no date settles it: the holder the document names ("Mr Howard ... the Tory leader")
            entity, reason = person, f"{OFFICE_REASON}: the holder the document names"
        res.clear(doc[start:stop])
        res.add_mention(doc[start:stop], entity, reason, label="ROLE", alias=False, head=end - 1)
        i = stop


def redate_office_holders(events: list[Event], entities: dict[str, Entity], mentions: list[Mention],
                          gaz: Gazetteer, book: RoleBook | None = None) -> tuple[list[Event], list[Mention]]:
    """Events with a date of their own whose subject or object is an office phrase get the
    holder on that date; the phrase's mention follows. New holders are added to `entities`."""
    book = book or role_book()
    office_mentions = [m for m in mentions if m.reason.startswith(OFFICE_REASON + ":")]
    if not office_mentions:
        return events, mentions
    moved: dict[int, Mention] = {}
    out = []
    for ev in events:
        changes = {}
        for role in ("subject", "object"):
            key = getattr(ev, role)
            m = next((m for m in office_mentions if m.entity == key and ev.start <= m.start < ev.end), None)
            if m is None or not ev.date:
                continue
            found = resolve_office(m.text, ev.date, book=book, gazetteer=gaz)
            if found is None:
                continue
            entity, reason = entity_for_office(found, gaz, book)
            if entity.key != key:
                entities.setdefault(entity.key, entity)
                changes[role] = entity.key
                moved[id(m)] = dataclasses.replace(m, entity=entity.key, reason=reason + " (event date)")
        out.append(dataclasses.replace(ev, **changes) if changes else ev)
    return out, [moved.get(id(m), m) for m in mentions]
