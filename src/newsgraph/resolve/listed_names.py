"""A listed company's name opening a longer proper name: "BT Retail", "Tesla Energy", "Uber Eats",
"Gazprom Neft", "Tesla Germany" name a unit of the company, not the company itself, and the entity
ruler's match of the listed name (data/gazetteer/companies.yaml) would cut them. The longer name is
the entity, with the listed company as its parent; "BT said", "Tesla's shares", "Tesla Chief
Executive Elon Musk", "Uber Monday announced", "Nvidia Blackwell chips", "Nvidia GeForce 9400M" (a product),
"BT Group" and "Teva Pharmaceuticals" (its legal form, its full name) keep the listed company.
A firm's name the recogniser cut before a regional unit's tail it read as a product ("Toyota" + "Motor
Europe") is joined too.
The mirror case: a given name before a listed company's name that is also a surname ("Sebastien
Sainsbury", "Nikola Tesla", "Edsel Michelin") makes a person's name, not the company, unless the
whole name is itself listed ("Axel Springer" is the publisher, matched whole)."""
from __future__ import annotations

from ..doctext import doc_ents
from ..model import Entity
from ..wordlists import words
from .bodies import STAFF_ROLE_MODIFIERS, STAFF_ROLES
from .gazetteer import Actor, Gazetteer
from .names import GIVEN_NAMES, is_title, mostly_capitalised

# words that say who in the firm, not which firm: "Tesla Board", "Uber CEO Dara Khosrowshahi"
FIRM_ROLE_WORDS = words("firm_roles") | STAFF_ROLES | STAFF_ROLE_MODIFIERS
# a legal form or the rest of its full name after the name is the company itself: "Ryanair Holdings",
# "BT Group", "Teva Pharmaceuticals"
COMPANY_ENDINGS = words("company_name_endings") | words("company_full_name_words")
# the world's regions a firm's unit is named for ("Toyota Motor Europe")
WORLD_REGIONS = words("world_regions")
# the recogniser's labels a word of the longer name may carry: none, or a piece of a name it misread
NAME_LABELS = frozenset({"", "ORG", "PRODUCT", "FAC", "WORK_OF_ART"})
# a place closes a unit's name ("Tesla Germany", "BP America") only after a listed company's name
PLACE_LABELS = frozenset({"GPE", "LOC"})
# how the parser joins one name word to the next
NAME_DEPS = frozenset({"compound", "nmod"})


def listed_company(tok, gaz: Gazetteer) -> Actor | None:
    """The listed company the entity ruler matched at a token, if any."""
    actor = gaz.actors.get(tok.ent_id_) if tok.ent_id_ else None
    return actor if actor is not None and "company" in actor.kinds else None


def longer_names(doc, ents: list, gaz: Gazetteer) -> list:
    """The entity spans with every listed company's name, and every organisation the recogniser cut
    before a product-like tail, stretched over the name words that follow it in one proper name
    (and the place entity ending that name dropped)."""
    from spacy.tokens import Span  # noqa: PLC0415

    out, dropped = [], set()
    for ent in ents:
        if (ent.start, ent.end) in dropped:
            continue
        end = _name_end(doc, ent, gaz) if ent.label_ == "ORG" else ent.end
        if end > ent.end and not any(ent.end <= e.start < end < e.end for e in ents):
            dropped |= {(e.start, e.end) for e in ents if ent.end <= e.start < end}
            ent = Span(doc, ent.start, end, label="ORG")
        out.append(ent)
    return out


def given_named_people(doc, ents: list, gaz: Gazetteer) -> list:
    """The entity spans with every listed company's name that a given name opens ("Sebastien" +
    "Sainsbury") read as a person's name, and the given name's own entity, if the recogniser made
    one, dropped."""
    from spacy.tokens import Span  # noqa: PLC0415

    opened = {ent.start for ent in ents if ent.label_ == "ORG" and given_name_before(doc, ent.start, ent.end, gaz)}
    out = []
    for ent in ents:
        if ent.end in opened and len(ent) == 1:
            continue    # the given name the recogniser tagged alone ("Edsel" ORG)
        out.append(Span(doc, ent.start - 1, ent.end, label="PERSON") if ent.start in opened else ent)
    return out


def given_name_before(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a listed company's name at doc[start:end] follows a given name in one person's name:
    the word before is a capitalised given name, or the recogniser's one-word person, with no
    listed name of its own, and the two together are no listed name."""
    if start == 0 or start >= end or listed_company(doc[start], gaz) is None:
        return False    # no word after the given name (a one-word person's name)
    tok = doc[start - 1]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()) or tok.ent_id_ or is_title(tok.text):
        return False
    if tok.ent_type_ and (tok.ent_iob_ != "B" or tok.ent_type_ not in ("PERSON", "ORG")):
        return False    # part of a longer name of its own
    if tok.lower_ not in GIVEN_NAMES and tok.ent_type_ != "PERSON":
        return False
    return gaz.exact(doc[start - 1:end].text) is None


def _name_end(doc, ent, gaz: Gazetteer) -> int:
    """Where the proper name an organisation's name opens ends (ent.end when it stands alone): the
    capitalised name words after it, the last heading the phrase the organisation's name is
    compounded into; not a title or role ("Tesla Chief Executive"), a date ("Uber Monday"), a
    person's name, a word opening the next sentence, nor in a headline, where every word is capitalised."""
    listed = listed_company(doc[ent.end - 1], gaz) is not None
    if not listed and not _regional_unit(doc, ent.end, gaz):
        return ent.end
    right = ent.end
    while right < len(doc) and right - ent.end < 3 and _name_word(doc[right], listed):
        right += 1
        if doc[right - 1].ent_type_ in PLACE_LABELS:
            break    # "BP America": a place closes the name
    opener = doc[ent.end - 1]
    if right == ent.end or opener.dep_ not in NAME_DEPS or opener.head.i not in range(ent.end, right):
        return ent.end
    if all(t.lower_.rstrip(".") in COMPANY_ENDINGS for t in doc[ent.end:right]):
        return ent.end    # "Ryanair Holdings", "Teva Pharmaceuticals": the listed company itself
    if right < len(doc) and any(c.isdigit() for c in doc[right].text):
        return ent.end    # "Nvidia GeForce 9400M", "Tesla Model 3": a product and its model
    if any(t.dep_ in NAME_DEPS and not ent.start <= t.head.i < right and _common_noun(t.head)
           for t in doc[ent.start:right]):
        return ent.end    # "Nvidia Blackwell chips": the name modifies a common noun
    last = doc[right - 1]
    if mostly_capitalised([t for t in last.sent if t.is_alpha]):
        return ent.end
    return right


def _regional_unit(doc, start: int, gaz: Gazetteer) -> bool:
    """Whether the recogniser read a firm's regional unit after its name as a product's name
    ("Toyota" + "Motor Europe"): a tail tagged PRODUCT that ends with a region's or a country's name."""
    tail = next((e for e in doc_ents(doc) if e.start == start and e.label_ == "PRODUCT"), None)
    if tail is None:
        return False
    last = doc[tail.end - 1]
    return last.lower_ in WORLD_REGIONS or gaz.country_named(last.text) is not None


def _common_noun(tok) -> bool:
    """A common noun a name may modify, which makes it a product's or a brand's ("Blackwell chips"),
    not a role in the firm ("chief executive") nor a person's name."""
    return tok.text[:1].islower() and tok.lower_ not in FIRM_ROLE_WORDS and not is_title(tok.text)


def _name_word(tok, listed: bool) -> bool:
    labels = NAME_LABELS | PLACE_LABELS if listed else NAME_LABELS
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN" and not tok.is_sent_start \
        and not is_title(tok.text) and tok.lower_ not in FIRM_ROLE_WORDS and tok.ent_type_ in labels \
        and not (tok.ent_id_ and tok.ent_type_ not in PLACE_LABELS)


def listed_parent(span, gaz: Gazetteer) -> Actor | None:
    """The listed company whose name opens a longer name ("BT" of "BT Retail"), if any."""
    actor = listed_company(span[0], gaz)
    if actor is None:
        return None
    ent = next((e for e in doc_ents(span.doc) if e.start == span.start), None)
    return actor if ent is not None and ent.end < span.end else None


def ruler_id(ent, gaz: Gazetteer) -> str:
    """The entity ruler's id for an entity span: none for a listed company's unit, whatever place its
    name ends with ("Tesla Germany" is no Germany: spaCy reads a span's id off its last word)."""
    if ent.label_ == "PERSON" and not ent[0].ent_id_ and given_name_before(ent.doc, ent.start + 1, ent.end, gaz):
        return ""    # "Sebastien Sainsbury": a person, not the supermarket
    return "" if listed_parent(ent, gaz) is not None else ent.ent_id_


def as_unit(entity: Entity, span, gaz: Gazetteer) -> Entity:
    """A named organisation with the listed company its name opens as its parent ("BT Retail": BT's),
    in the company's country unless its name says another."""
    owner = listed_parent(span, gaz) if entity.type == "ORGANIZATION" else None
    if owner is not None:
        entity.parent = owner.key
        entity.country = entity.country or owner.country
    return entity
