"""A country's central bank is a state body of that country, not a firm: "the Kenyan central bank froze
the accounts", "the Reserve Bank of Malawi", "the Federal Reserve" and "the Bank of Uganda" (a "Bank of"
a country that is no commercial bank's name: "Bank of America" is a firm). Such a name is typed
GOVERNMENT (resolve/document.unknown_type, cut_names); its country comes from the name as for any body.
The words are data: data/lexicon/words/central_banks.yaml."""
from __future__ import annotations

from dataclasses import replace

from ..wordlists import words
from .gazetteer import Gazetteer
from .resolution import ResolutionDraft
from .unnamed_bodies import SIDE_DEPS, document_body, story_evidence

PHRASES = tuple(words("central_bank_phrases"))
COMMERCIAL_OF = frozenset(words("commercial_banks_of"))


def _folded(text: str) -> str:
    return " " + " ".join(text.lower().split()).replace(" 's", "'s") + " "


def central_bank(span) -> bool:
    """A name or description that says it is a central bank: "Kenyan central bank", "Reserve Bank of
    India", "Federal Reserve"."""
    text = _folded(" ".join(t.text for t in span))
    return any(f" {p} " in text for p in PHRASES)


def bank_of_country(span, country: str | None) -> bool:
    """"(the) Bank of Uganda", with the country found in the name: the country's central bank, unless
    the name is a commercial bank's ("Bank of America", "Bank of Ireland")."""
    toks = [t for t in span if t.lower_ != "the"]
    if country is None or len(toks) < 3 or toks[0].lower_ != "bank" or toks[1].lower_ != "of":
        return False
    return " ".join(t.lower_ for t in toks[2:]) not in COMMERCIAL_OF


def central_bank_descriptions(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """"the central bank of Kenya", "the central bank" (lower case, no name): a state body of the
    country its "of" phrase names, else of the story's country (unnamed_bodies.document_body)."""
    story = None
    for tok in doc:
        if tok.lower_ != "bank" or not tok.text.islower() or tok.i in res.token_entity or tok.dep_ not in SIDE_DEPS:
            continue
        central = [c for c in tok.lefts if c.lower_ in ("central", "reserve") and c.dep_ in ("amod", "compound")]
        if not central or any(c.dep_ == "poss" for c in tok.children) or res.covered(central[0].i, tok.i + 1):
            continue
        span = doc[central[0].i:tok.i + 1]
        if story is None:
            story = story_evidence(doc, gaz, res)
        country = _country_of(tok, res)
        named = None if country is not None else _named_before(tok.i, res)
        if named is not None:   # "the Bank of England ... the central bank said": the one named
            res.add_mention(span, named, "description of a central bank named before", label="ORG", head=tok.i,
                            alias=False)
            continue
        entity = document_body(doc, span, "GOVERNMENT", story)
        if country is not None:
            entity = replace(entity, key=f"{entity.key}:{country}", country=country)
        res.add_mention(span, entity, "description of a central bank", label="ORG", head=tok.i, alias=False)


def _country_of(bank, res: ResolutionDraft) -> str | None:
    """The country of "of Kenya" after the bank, when the recogniser's entity there is a country."""
    for prep in bank.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                ent = res.entities.get(res.token_entity.get(p.i, ""))
                if p.dep_ == "pobj" and ent is not None and ent.type == "COUNTRY":
                    return ent.country
    return None


def _named_before(i: int, res: ResolutionDraft):
    """The central bank named last before token i ("the Bank of England", "the Federal Reserve"), or None."""
    for j in range(i - 1, -1, -1):
        ent = res.entities.get(res.token_entity.get(j, ""))
        if ent is not None and ent.type == "GOVERNMENT" and ent.reason != "description" and (
                any(f" {p} " in _folded(ent.name) for p in PHRASES) or _folded(ent.name).startswith(" bank of ")):
            return ent
    return None
