"""The person a document names who holds an office it also calls by title alone ("the prime
minister", "the chancellor", "the Tory leader"), when no date settles the holder.

A person the document names is a candidate when the dated roles (resolve/offices.py) record them in
the office at any time: by full name ("Tony Blair"), or by a one-word name ("Mr Blair", read as
"Blair") that is the surname of exactly one recorded holder; the names of one holder ("Tony Blair",
"Mr Blair") are one candidate. Of the candidates:
- one the document gives this office's title ("Prime Minister Tony Blair") is the holder;
- else those the document gives the title of another office of the same body ("Chancellor Gordon
  Brown", "the chancellor, Gordon Brown") hold that office in the story, not this one, and those
  named as past or lesser holders ("former prime minister John Major", "the deputy leader") hold
  none; one candidate left is the holder, and of several the one whose term falls in the story's
  time (resolve/story_era.py: "Boris Johnson" in a story of Blair's premiership is no prime minister).
Otherwise the office itself stands: a wrong person is worse than none.
"""
from __future__ import annotations

from collections import Counter

from .gazetteer import Gazetteer
from .names import person_key, surname_key
from .offices import RoleBook, offices
from .resolution import ResolutionDraft
from .story_era import era_choice, named_terms
from .titles import NOT_THE_OFFICE, person_titles

HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})


def own_office(office: str, country: str, title: str, book: RoleBook) -> bool:
    """A head's office, or one the country calls by a title of its own ("the chancellor", "the home
    secretary" in Britain): a shared title ("the foreign minister") may be any country's."""
    return office in HEAD_OFFICES or title in book.titles.get(country, {}).get(office, ())


def body_titles(body: str, book: RoleBook) -> dict[str, tuple[str, ...]]:
    """office -> the folded titles it answers to for `body` (declared, else the defaults, and the
    universal ones)."""
    known = offices()
    declared = book.titles.get(body, {})
    return {office: (*(declared.get(office) or known.defaults.get(office, ())), *known.universal.get(office, ()))
            for b, office in book.roles if b == body}


def titled_offices(head: str, said: frozenset[str], titles: dict[str, tuple[str, ...]]) -> set[str]:
    """The offices a title headed by `head` made of the words `said` names ("chancellor" ->
    finance minister; "prime minister" -> head of government)."""
    return {office for office, names in titles.items()
            for name in names if name.split()[-1] == head and set(name.split()) <= said}


def candidates(body: str, office: str, res: ResolutionDraft, book: RoleBook) -> dict[tuple[str, ...], str]:
    """The people the document names who held the office at any time: the keys the document names
    each recorded holder by ("Tony Blair", "Mr Blair"; a full name first: one person) -> their name."""
    terms = book.roles.get((body, office), ())
    holder = {person_key(n): r.name for r in terms for n in (r.name, *r.aliases)}
    surnames = Counter(surname_key(name) for name in dict.fromkeys(r.name for r in terms))
    by_surname = {surname_key(r.name): r.name for r in terms}
    found: dict[str, list[str]] = {}
    for key, ent in res.entities.items():
        if ent.type != "PERSON":
            continue
        pk = person_key(ent.name)
        name = holder.get(pk) or (by_surname.get(pk) if " " not in pk and surnames.get(pk) == 1 else None)
        if name is not None:
            found.setdefault(name, []).append(key)
    return {tuple(sorted(keys, key=lambda k: " " not in person_key(res.entities[k].name))): name
            for name, keys in found.items()}


def named_in(sent, res: ResolutionDraft, keys: tuple[str, ...]) -> bool:
    """Whether the sentence names the person: a pronoun read as them ("his") may be the title itself."""
    return any(k in keys and sent.start <= i < sent.end and sent.doc[i].pos_ != "PRON"
               for i, k in res.mention_head.items())


def named_otherwise(doc, res: ResolutionDraft, keys: tuple[str, ...]) -> bool:
    """Whether the document names the person as a past or lesser holder: "former" or "deputy" in
    the title before the name or in an apposition beside it."""
    for i, k in res.mention_head.items():
        if k not in keys:
            continue
        tok = doc[i]
        before = doc[tok.left_edge.i:i]
        beside = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        if any(t.lower_.strip("-") in NOT_THE_OFFICE for t in (*before, *beside)):
            return True
    return False


def document_holder(doc, gaz: Gazetteer, res: ResolutionDraft, body: str, office: str, book: RoleBook,
                    at: int, held: dict[str, set[str]] | None = None):
    """The entity of the one person the document names who holds the office that the title at token
    `at` names (see the module), else None. `held`: key -> "body:office" the document already gave
    the person by title alone. A person named in the title's own sentence is someone else: the text
    tells the two apart ("Peru's president pardoned Alberto Fujimori")."""
    sent = doc[at].sent
    named_holders = candidates(body, office, res, book)
    found = [keys for keys in named_holders if not named_in(sent, res, keys)]
    if not found:
        return None
    titles = body_titles(body, book)
    named = person_titles(doc, res, gaz)
    tied = {keys: set().union(*(titled_offices(head, said, titles) for key in keys
                                for (head, said), _ in named.get(key, ()))) for keys in found}
    own = [keys for keys in found if office in tied[keys]]
    if len(own) == 1:
        return res.entities[own[0][0]]
    elsewhere = {keys: tied[keys] | {o.split(":", 1)[1] for key in keys for o in (held or {}).get(key, ())
                                     if o.startswith(f"{body}:")} for keys in found}
    left = [keys for keys in found if not elsewhere[keys] - {office} and not named_otherwise(doc, res, keys)]
    if len(left) > 1:    # one held it in the story's time: "Blair ... Brown", in a story of Howard's
        terms = {keys: [r for r in book.roles[(body, office)] if r.name == named_holders[keys]] for keys in left}
        left = [era_choice(terms, named_terms(res, book))]
    return res.entities[left[0][0]] if len(left) == 1 and left[0] else None


def holder_by_title(doc, gaz: Gazetteer, res: ResolutionDraft, title: str, book: RoleBook, at: int):
    """(body, office, entity) for a bare title ("the chancellor") whose country the story leaves
    open, when the people the document names by full name held an office so titled of one body
    only, and one of them holds it (document_holder): "Gordon Brown ... the chancellor" in a story
    of Britain and America. Else None."""
    found = {}
    for ent in list(res.entities.values()):
        if ent.type != "PERSON" or " " not in person_key(ent.name):
            continue
        for r in book.by_person.get(person_key(ent.name), ()):
            if len(r.body) == 3 and r.body.isupper() and title in body_titles(r.body, book).get(r.office, ()) \
                    and own_office(r.office, r.body, title, book):
                found[(r.body, r.office)] = None
    if len(found) != 1:
        return None
    (body, office), = found
    person = document_holder(doc, gaz, res, body, office, book, at)
    return (body, office, person) if person is not None else None
