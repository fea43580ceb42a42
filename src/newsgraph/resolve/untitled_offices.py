"""A head of state or government named by title alone: "the prime minister said", "the president
vetoed the bill". A reader takes the story country's office holder; so do ACLED and PETRARCH coders.

Only a bare title ("the" and the title's words, nothing before them, no "of" phrase, no name beside
it: office_pass.names_someone_else) that no earlier pass resolved, of the offices that head a state or
a government or that the country calls by a title of its own ("the chancellor", "the home secretary"
in Britain), and only where the story's country is clear (resolve/story_country.py: body_country).
The title must be that country's word for the office ("the chancellor" heads Germany's government,
Britain's treasury), and the phrase goes to:
- the holder on the document's date (resolve/offices.py);
- without a date, the one person the document names who holds that office of that country
  (resolve/office_holders.py: "Mr Blair ... the prime minister", not the "Chancellor Gordon Brown"
  it also names); none or several leave it to the office;
- else the office itself ("Prime minister of United Kingdom"), a body of that state's government.
A document that gives the title's noun to another owner ("the club's president", "the president of
the bank") leaves "the president" open: it may be theirs.
"""
from __future__ import annotations

from ..doctext import token_texts
from .gazetteer import Gazetteer
from .names import person_key
from .office_holders import document_holder, holder_by_title, own_office
from .office_pass import entity_for_office, names_someone_else
from .offices import OfficeMention, RoleBook, parse_office, resolve_office, role_book
from .resolution import ResolutionDraft
from .story_country import StoryEvidence
from .story_era import era_choice, named_terms
from .titles import NOT_THE_OFFICE, written_as_title

# the longest title read, in words ("chancellor of the exchequer")
LONGEST = 4


def bare_titles(doc, res: ResolutionDraft, book: RoleBook) -> list[tuple[int, int, str]]:
    """(start, end, title) of each unclaimed "the <title>" whose title some state's head bears."""
    texts = [t.lower() for t in token_texts(doc)]
    found = []
    for i, text in enumerate(texts):
        if text != "the":
            continue
        for n in range(LONGEST, 0, -1):
            end = i + 1 + n
            title = " ".join(texts[i + 1:end])
            if end > len(doc) or title not in book.all_titles or res.covered(i, end):
                continue
            head = doc[end - 1]
            if not written_as_title(doc[i + 1:end]) or head.dep_ in ("compound", "amod"):
                break    # "the Queen's Speech" is a name; "the president elect" is none
            if end < len(doc) and owner_after(doc[end], end - 1) or names_someone_else(doc, i + 1, end, end - 1, res):
                break    # "the president of the club", "the prime minister, Tony Blair,"
            found.append((i, end, title))
            break
    return found


def owner_after(tok, title: int) -> bool:
    """An "of" phrase on the title that names its owner ("the president of the club"); not the
    verb's "of" ("accused the chancellor of ducking choices"), however the parser hung it."""
    return tok.lower_ == "of" and (tok.head.i == title or tok.head.i == tok.i) \
        and not any(c.dep_ == "pcomp" for c in tok.children)


def worn_elsewhere(doc, res: ResolutionDraft, title: str, country: str, bare: frozenset[int]) -> bool:
    """Whether the document gives the title's noun to an owner other than the country ("the club's
    president", "Acme president Jo Lee", "the president of the bank"): "the president" may be theirs.
    `bare`: the tokens of the bare titles themselves, which give it to no one; nor do the title's own
    words and a rank ("prime minister's questions", "Deputy Prime Minister John Prescott")."""
    *words, noun = title.split()
    for tok in doc:
        if tok.lower_ != noun or tok.i in bare:
            continue
        owners = [c for c in tok.lefts if c.dep_ in ("poss", "compound", "nmod")
                  and c.lower_ not in words and c.lower_ not in NOT_THE_OFFICE]
        owners += [p for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            key = res.token_entity.get(owner.i)
            ent = res.entities.get(key) if key else None
            if ent is None or (ent.country or (key[4:] if key.startswith("gaz:") else None)) != country:
                return True
    return False


def held_offices(found_at, res: ResolutionDraft, book: RoleBook) -> dict[str, set[str]]:
    """Person key -> the "body:office"s found for them by title alone. A person found to hold one
    office holds no other ("the chancellor" is Brown, so "the prime minister" is the Blair the document
    also names); one found for two holds the one of the story's time (story_era), else neither."""
    held: dict[str, set[str]] = {}
    for _, _, body, office, entity, _ in found_at:
        if entity is not None and entity.type == "PERSON":
            held.setdefault(entity.key, set()).add(f"{body}:{office}")
    for key, found in held.items():
        if len(found) > 1:
            terms = book.by_person.get(person_key(res.entities[key].name), ())
            choice = era_choice({o: [r for r in terms if f"{r.body}:{r.office}" == o] for o in found},
                                named_terms(res, book))
            held[key] = {choice} if choice else found
    return held


def untitled_offices(doc, gaz: Gazetteer, res: ResolutionDraft, book: RoleBook | None = None) -> None:
    """Resolve "the prime minister", "the president" to the story country's office holder (see the module)."""
    book = book or role_book()
    titles = bare_titles(doc, res, book)
    if not titles:
        return
    story = StoryEvidence.read(doc, gaz, res)
    date = doc.user_data.get("published")
    bare = frozenset(i for start, end, _ in titles for i in range(start, end))
    found_at = []    # (start, end, body, office, entity, reason)
    for start, end, title in titles:
        country = story.country_at(start)
        actor = gaz.actors.get(country) if country else None
        found = parse_office(f"{actor.name} {title}", book, gaz) if actor is not None else None
        if found is None or found[0] != country or not own_office(found[1], country, title, book):
            by_title = holder_by_title(doc, gaz, res, title, book, end - 1)   # the country the named holder gives
            if by_title is not None and not worn_elsewhere(doc, res, title, by_title[0], bare):
                found_at.append((start, end, *by_title, "office: the holder the document names, by the title"))
            continue
        if worn_elsewhere(doc, res, title, country, bare):
            continue
        body, office = found
        mention = resolve_office(f"{actor.name} {title}", date, book=book, gazetteer=gaz) if date else None
        if mention is not None and mention.holder is not None and (mention.body, mention.office) == found:
            found_at.append((start, end, body, office, *entity_for_office(mention, gaz, book)))
        else:
            found_at.append((start, end, body, office, document_holder(doc, gaz, res, body, office, book, end - 1), ""))
    held = held_offices(found_at, res, book)
    for start, end, body, office, entity, reason in found_at:
        if entity is None or entity.type == "PERSON" and held[entity.key] != {f"{body}:{office}"}:
            entity = document_holder(doc, gaz, res, body, office, book, end - 1, held)
        if not reason:
            reason = "office: the holder the document names"
            if entity is None:
                entity, reason = entity_for_office(OfficeMention(body, office), gaz, book)
        res.add_mention(doc[start:end], entity, f"{reason} (untitled: the story country's)", label="ROLE",
                        alias=False, head=end - 1)
