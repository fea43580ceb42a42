"""Titles that name no leadership: a trade that is also an office, and one title holder among several.

- "director" is an office ("director of the Wildlife Society", "the IMF's managing director") and a
  trade: a film or stage director. Put before a name with only a nationality ("British director Sean
  Reed", "the Dutch director") it is the trade, and the country is the holder's, not one led; in a
  document about film, a director named by a work ("Blue Harbour director Jo Lee") made the work,
  unless a qualifier says the office ("artistic director", "executive director").
- "a director of the bank", "an IMF director", "a UK transport minister": the indefinite article
  makes the holder one of several, a member of the body (AFFILIATION), not its head.
- "director at security company Trusteer", "Summit's President of Production": a director "at" a body,
  with no qualifier of the office, holds a rank in it, and a title over one of its functions heads that
  function: both are staff (AFFILIATION), as "head of research at Y" is.
"""
from __future__ import annotations

from ..wordlists import words

# titles that are also a trade practised for a work or under a nationality
TRADE_TITLES = frozenset({"director"})
# qualifiers that make such a title the office of a body's head
OFFICE_QUALIFIERS = words("office_qualifiers")
INDEFINITE = frozenset({"a", "an"})
PRENOMINAL = frozenset({"compound", "amod", "nmod"})
ORGANISING_PREPS = words("titles_organising_preps")
BODY_FUNCTIONS = words("body_functions")
INNER_TITLES = words("inner_titles")


def modifiers(title) -> list:
    return [c for c in title.children if c.dep_ in PRENOMINAL and c.i < title.i]


def prenominal_trade(title) -> bool:
    """A trade title written before its holder's name with no office qualifier and no "of" body:
    "British director Sean Reed", "Blue Harbour director Jo Lee" (not "managing director Ann Cole")."""
    if title.lemma_.lower() not in TRADE_TITLES:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ORGANISING_PREPS for c in title.children):
        return False
    return not any(t.lower_ in OFFICE_QUALIFIERS for m in modifiers(title) for t in m.subtree) and not any(
        t.lower_ in OFFICE_QUALIFIERS for t in title.doc[max(title.i - 3, 0):title.i])


def nationality_only(title) -> bool:
    """The title's only modifiers are a nationality and adjectives: "the slain Dutch director"."""
    mods = modifiers(title)
    return any(m.ent_type_ == "NORP" for m in mods) and all(m.ent_type_ == "NORP" or m.pos_ == "ADJ" for m in mods)


def trade_not_office(title, object_type: str | None, film_document: bool, object_listed: bool) -> bool:
    """The title is the trade, so its object is no body led: a nationality's country, or in a
    document about film a work's title (an organisation found by the recogniser, not a listed one)."""
    if title is None or not prenominal_trade(title):
        return False
    if object_type == "COUNTRY" and nationality_only(title):
        return True
    return film_document and object_type == "ORGANIZATION" and not object_listed and not nationality_only(title)


def one_of_several(title) -> bool:
    """The title carries an indefinite article of its own, with nothing coordinated between them:
    "a director of Group Menatep", "an IMF director" (not "an ecologist and executive director")."""
    det = next((c for c in title.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in INDEFINITE:
        return False
    return not any(t.dep_ in ("cc", "conj") or t.lower_ == "and" for t in title.doc[det.i + 1:title.i])


def staff_title(title) -> bool:
    """A post inside a body, not over it: a director "at" the body with no office qualifier ("Dana Tamir,
    director at Trusteer", "senior director at Microsoft"; not "managing director at Barclays", nor "director
    of the centre at Y"), or a title over a function of it named as a word of its own ("Summit's President of
    Production"; "President of the Republic" is no function, "managing director of Retail Banking Research" a body)."""
    lemma = title.lemma_.lower()
    if lemma not in INNER_TITLES:
        return False
    preps = {c.lower_: c for c in title.children if c.dep_ == "prep"}
    if lemma in TRADE_TITLES and "at" in preps and "of" not in preps:
        qualifiers = [t for m in modifiers(title) for t in m.subtree]
        return not any(t.lower_ in OFFICE_QUALIFIERS for t in qualifiers)
    of = preps.get("of")
    # the function as a word of its own, not the last word of a body's name ("director of Retail Banking Research")
    return of is not None and any(o.dep_ == "pobj" and o.lower_ in BODY_FUNCTIONS and o.n_lefts == 0
                                  and o.ent_type_ != "ORG" for o in of.children)
