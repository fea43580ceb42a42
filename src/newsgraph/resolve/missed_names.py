"""People's names the recogniser missed, read from the words that only a person's name has around it.

The small English model leaves many names of people untagged ("Theresa May said", "Mr Grieve said",
"Tory Dominic Grieve branded ...", "Chief Constable Alastair McWhirter told ..."); the words before
them are then read as the actor (the party, the country, the title's body) or the event has no side.
A run of capitalised proper nouns no entity holds is a person's name when

- it opens with a given name and has a surname after it ("Theresa May", "Jose Mourinho");
- a title of address stands before it ("Mr Grieve", "Mrs May", "Dr Ian Gibson");
- an office stands right before it and it has two or three words ("Labour MP Dominic Grieve", "Chief
  Constable Alastair McWhirter", "envoy John Bolton"), or a party's name or a nationality does ("Tory
  Dominic Grieve", "Russian Alexander Povetkin").

Not where it is part of a longer name ("San Jose", "George Washington University", "Queen Elizabeth
Hospital": a capitalised word after it, or words that head names of places and bodies), nor a title
alone ("Lord Chancellor"). The spans join the recogniser's (resolve/entity_spans.py), so that the passes
that read a person's name (short forms, roles, coreference) read these too.
"""
from __future__ import annotations

from ..doctext import tokens_with_lower
from ..wordlists import words
from .names import GIVEN_NAMES, TITLES, TITLES_OF_PERSONS, fold

# titles of address: only a person is written so ("Mr Grieve", "Dame Judi Dench")
ADDRESS_TITLES = TITLES_OF_PERSONS | {"dame"}
# title words that are no office by themselves ("Foreign", "former", "of"): a name after them may be a body's
WEAK_TITLES = words("weak_title_words")
OFFICES = (TITLES | words("office_nouns")) - WEAK_TITLES - ADDRESS_TITLES
# words that head names of places, bodies and things ("Victoria Station", "Elizabeth Line", "Davis Cup")
NOT_NAME_WORDS = words("organisation_name_words") | words("place_nouns") | words("thing_name_heads") | TITLES \
    | words("office_nouns")
# words before a given name that make it a place's or saint's ("San Jose", "St Paul")
PLACE_PREFIXES = words("place_name_prefixes")
MAX_WORDS = 3
# the words a name is found from (the document's tokens are grouped by these once: no scan per token)
OPENERS = GIVEN_NAMES | ADDRESS_TITLES | OFFICES | {f"{t}." for t in ADDRESS_TITLES}


def name_word(tok) -> bool:
    """A word that may be part of a person's name: a capitalised proper noun, not all capitals."""
    text = tok.text
    return tok.pos_ == "PROPN" and text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha() \
        and not (text.isupper() and len(text) > 1) and fold(text) not in NOT_NAME_WORDS


def missed_person_names(doc, ents, gaz) -> list:
    """PERSON spans for the names of people no entity of `ents` holds (see the module)."""
    from spacy.tokens import Span  # noqa: PLC0415

    tagged = {i for e in ents for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    for ent in ents:
        if ent.label_ == "NORP" or ent.label_ == "ORG" and _party(ent, gaz):
            span = _run(doc, ent.end, tagged, 2)
            if span is not None:
                found[span[0]] = Span(doc, span[0], span[1], label="PERSON")
    for i in tokens_with_lower(doc, OPENERS):
        tok = doc[i]
        low = tok.lower_.rstrip(".")
        if i in tagged or i in found or any(s.start <= i < s.end for s in found.values()):
            continue
        if low in ADDRESS_TITLES and tok.text[:1].isupper():
            span = _run(doc, i + 1, tagged, 1)
            if span is not None:
                found[i] = Span(doc, i, span[1], label="PERSON")
        elif low in OFFICES:
            span = _run(doc, i + 1, tagged, 2)
            if span is not None:
                found[span[0]] = Span(doc, span[0], span[1], label="PERSON")
        elif low in GIVEN_NAMES and name_word(tok) and not _inside_name(doc, i, tagged):
            span = _run(doc, i, tagged, 2)
            if span is not None:
                found[i] = Span(doc, i, span[1], label="PERSON")
    return sorted(found.values(), key=lambda s: s.start)


def with_given_name(doc, ent, tagged: set[int]):
    """A person's name the recogniser tagged without its given name ("Charlize" + "Bennett"): the whole
    name; else the entity as it is."""
    from spacy.tokens import Span  # noqa: PLC0415

    i = ent.start - 1
    if ent.label_ != "PERSON" or i < 0 or i in tagged or fold(doc[i].text) not in GIVEN_NAMES or not name_word(doc[i]) \
            or _inside_name(doc, i, tagged):
        return ent
    return Span(doc, i, ent.end, label="PERSON")


def without_role(doc, ent, gaz) -> list:
    """A person's name the recogniser tagged with the nationality, party or lower-case words before it
    ("Russian Gennady Orlov", "unbeaten Russian Alexander Povetkin", "Tory Dominic Hale"): the role
    words as a NORP entity of their own (a party's or a country's adjective, read as such) and the name
    as the person; else the entity as it is."""
    from spacy.tokens import Span  # noqa: PLC0415

    if ent.label_ != "PERSON" or len(ent) < 3:
        return [ent]
    k = ent.start
    while k < ent.end and (doc[k].text.islower() or _role_word(doc[k].text, gaz)):
        k += 1
    if k == ent.start or ent.end - k < 2 or not all(name_word(t) for t in doc[k:ent.end]):
        return [ent]
    role = [t.i for t in doc[ent.start:k] if not t.text.islower()]
    head = [Span(doc, role[0], role[-1] + 1, label="NORP")] if role else []
    return [*head, Span(doc, k, ent.end, label="PERSON")]


NAME_OPENERS = words("name_openers")


def without_opener(doc, ent):
    """A name the recogniser tagged with the preposition or participle that opens its sentence ("Following
    Gigante's conviction, ...", "Without Felt's help"): the name without it. The opener is read as one (a
    preposition, a subordinator, a participle the parser hangs as a preposition), so a name that holds such a
    word ("Under Armour said") stays whole; a gazetteer's name is left as it is."""
    from spacy.tokens import Span  # noqa: PLC0415

    first = doc[ent.start]
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or ent.ent_id_ or not first.is_sent_start \
            or first.lower_ not in NAME_OPENERS or first.dep_ not in ("prep", "mark", "advmod", "agent") \
            or not all(t.text[:1].isupper() or t.tag_ == "POS" for t in doc[ent.start + 1:ent.end]):
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def _role_word(text: str, gaz) -> bool:
    """A nationality or a party's adjective ("Russian", "Tory")."""
    actor = gaz.country_of_demonym(text) or gaz.of_adjective(text) or gaz.exact(text)
    return actor is not None and (actor.type == "COUNTRY" or actor.is_party)


def _party(ent, gaz) -> bool:
    actor = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
    return actor is not None and actor.is_party


def _inside_name(doc, i: int, tagged: set[int]) -> bool:
    """Whether the word at `i` continues a name begun before it ("San Jose", "New Victoria"): a
    capitalised word no entity holds that is no title, or a place's prefix."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if fold(prev.text) in PLACE_PREFIXES:
        return True
    if prev.i in tagged or prev.is_sent_start or not prev.text[:1].isupper():
        return False
    return fold(prev.text) not in TITLES and fold(prev.text) not in OFFICES


def _run(doc, start: int, tagged: set[int], least: int) -> tuple[int, int] | None:
    """(start, end) of a run of `least` to MAX_WORDS name words from `start`, no entity holding any and
    no capitalised word after it (a longer name); None where there is none."""
    end = start
    while end < len(doc) and end - start < MAX_WORDS and end not in tagged and name_word(doc[end]):
        end += 1
    if end - start < least:
        return None
    if end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].text in ("-", "&")):
        return None
    return start, end
