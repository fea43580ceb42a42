"""The document's entity spans as resolution reads them: the recogniser's spans with a split
person's name joined, a place glued before a name cut off, and a party's or a state's name it
cut in two made whole again."""
from __future__ import annotations

from ..doctext import doc_ents
from ..wordlists import words
from .bodies import LEGISLATURE_WORDS
from .gazetteer import Gazetteer
from .listed_names import given_named_people, longer_names
from .missed_firms import deal_object_firms, missed_firm_names, opening_firm_nouns
from .missed_names import missed_person_names, with_given_name, without_opener, without_role
from .names import fold


def person_spans(doc, gaz: Gazetteer):
    """The document's entities and the people's and firms' names the recogniser missed (resolve/missed_names.py,
    resolve/missed_firms.py),
    with a split name joined ("Abdel Fattah" + "El-Sisi"), a place
    glued before a name cut off ("ambassador to Cairo Haim Koren"), and a party's name inside a
    longer one joined to it ("Scottish Conservative Party", "Democratic Party of Japan")."""
    from spacy.tokens import Span  # noqa: PLC0415

    # "Following Gigante's conviction": Gigante; "Russian Gennady Orlov": the nationality and the person
    ents = [part for e in doc_ents(doc) for part in without_role(doc, without_opener(doc, e), gaz)]
    ents = longer_names(doc, ents, gaz)   # "BT Retail", "Uber Eats": not BT, not Uber
    ents = given_named_people(doc, ents, gaz)   # "Sebastien Sainsbury": not the supermarket
    opened = opening_firm_nouns(doc, ents)   # "Bookmaker Ladbrokes": the firm's name is "Ladbrokes"
    cut = {(f.start - 1, f.end) for f in opened}
    ents = sorted([e for e in ents if (e.start, e.end) not in cut] + opened, key=lambda e: e.start)
    missed = missed_person_names(doc, ents, gaz)
    firms = missed_firm_names(doc, ents + missed)
    held = {i for f in firms for i in range(f.start, f.end)}
    firms += [f for f in deal_object_firms(doc, ents + missed, gaz) if not any(i in held for i in range(f.start, f.end))]
    relabelled = {(f.start, f.end) for f in firms}
    ents = [e for e in ents if (e.start, e.end) not in relabelled]   # "the chipmaker Vortaxa" tagged FAC
    missed = [m for m in missed if (m.start, m.end) not in relabelled]   # "bought Vivendi Universal"
    missed += firms
    tagged = {i for e in ents + missed for i in range(e.start, e.end)}
    ents = sorted((with_given_name(doc, e, tagged) for e in ents + missed), key=lambda e: e.start)
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 3 and _acronym(ent[0]) \
                and all(t.text[:1].isupper() and not t.text.isupper() for t in ent[1:]):
            if any(e.label_ == "ORG" and e.text == ent[0].text for e in ents):
                out.append(Span(doc, ent.start, ent.start + 1, label="ORG"))   # "EADS" + "Philippe Camus"
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")   # "GM Ed Stefanski", "DJ Mike Read"
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == ent.start:
            prev = out.pop()
            ent = Span(doc, prev.start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and len(ent) >= 3 and ent.start > 0 and doc[ent.start - 1].lower_ in ("to", "in"):
            first = doc[ent.start]
            if gaz.country_of_capital(first.text) or gaz.lookup(first.text) is not None:
                ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        elif out and out[-1].end == ent.start and out[-1].label_ in ("ORG", "NORP") and _party(ent, gaz) \
                and not _qualifies_party(out[-1], gaz):
            ent = Span(doc, out.pop().start, ent.end, label="ORG")    # "Scottish" + "Conservative Party"
        elif ent.label_ in ("GPE", "LOC") and out and out[-1].end == ent.start and state_style(out[-1]) \
                and _country(ent, gaz):
            ent = Span(doc, out.pop().start, ent.end, label=ent.label_)   # "the Republic of" + "South Sudan"
        elif ent.label_ in ("GPE", "LOC") and out and out[-1].end == ent.start - 1 \
                and doc[ent.start - 1].lower_ == "of" and _party(out[-1], gaz):
            ent = Span(doc, out.pop().start, ent.end, label="ORG")    # "Democratic Party" + "of Japan"
        out.append(ent)
    return out


def _acronym(tok) -> bool:
    """An acronym before a person's name, which the recogniser joins to it: a body's letters ("EADS
    Philippe Camus"; a body only where the document names it so elsewhere) or a role's ("GM Ed
    Stefanski", "DJ Mike Read"), no part of the name."""
    return tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 6


STATE_STYLES = words("state_styles")


def state_style(ent) -> bool:
    """Whether an entity is a state's style cut before its name ("the Republic of", "the Kingdom of")."""
    return len(ent) >= 2 and ent[-1].lower_ == "of" and ent[-2].lower_ in STATE_STYLES


def _country(ent, gaz: Gazetteer) -> bool:
    actor = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
    return actor is not None and actor.type == "COUNTRY"


def _qualifies_party(ent, gaz: Gazetteer) -> bool:
    """A country or a legislature before a party's name qualifies it ("British Labour", "House
    Republicans"); any other name before it makes a longer name."""
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return gaz.country_named(text) is not None or fold(text) in LEGISLATURE_WORDS


def _party(ent, gaz: Gazetteer) -> bool:
    """Whether the entity ruler tagged a party's name: a longer name around it is another party's."""
    actor = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
    return actor is not None and actor.is_party
