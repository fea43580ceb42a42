"""Names of firms the recogniser missed, read from the firm noun or the base put beside them.

The small English model leaves many company names untagged ("the Canadian chipmaker ATI", "e-mail software
firm Sendmail", "Markham, Ont-based ATI", "rival 3Com"); the side of an act on them is then the description,
the place or nothing. A run of capitalised words no entity holds is a firm's name when

- a lower-case firm noun stands right before it and the parse joins the two (the name in apposition to the
  noun, or the noun a modifier of the name): "the chipmaker ATI", "drugmaker Elan";
- a hyphenated base stands right before it: "Toronto-based ATI", "Ont-based ATI".

A name the recogniser tagged as a building, product or work ("the chipmaker Vortaxa" as FAC) is a firm's
as well where a firm noun stands so before it.

Not a word that heads names of places, bodies and things ("the firm's London office"), a title, a date or a
number, nor a run the parse does not join to the noun ("the firm Monday said", "the company Smith founded":
the name of another party, the subject of a clause).
"""
from __future__ import annotations

from ..doctext import tokens_with_lower
from ..wordlists import words
from .missed_names import NOT_NAME_WORDS

# firm nouns a company's name is put beside ("the chipmaker ATI", "software firm Sendmail")
FIRM_NOUNS = words("private_firms")
BASED = frozenset({"based"})
# recogniser labels of no actor that a firm's name beside a firm noun is given by mistake
MISLABELLED = frozenset({"FAC", "PRODUCT", "WORK_OF_ART"})
MAX_WORDS = 3


def missed_firm_names(doc, ents) -> list:
    """ORG spans for the firms' names no entity of `ents` holds or that it labels as no actor (see the
    module); a span relabelled has the bounds of the entity it stands for."""
    from spacy.tokens import Span  # noqa: PLC0415

    tagged = {i for e in ents for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    for i in tokens_with_lower(doc, FIRM_NOUNS):
        tok = doc[i]
        end = _run_end(doc, i + 1, tagged) if tok.text.islower() else None
        if end is not None and _joined(tok, doc[i + 1:end]):
            found[i + 1] = Span(doc, i + 1, end, label="ORG")
    for ent in ents:
        noun = doc[ent.start - 1] if ent.label_ in MISLABELLED and ent.start > 0 else None
        if noun is not None and noun.lower_ in FIRM_NOUNS and noun.text.islower() and _joined(noun, ent):
            found[ent.start] = Span(doc, ent.start, ent.end, label="ORG")
    for i in tokens_with_lower(doc, BASED):
        hyphen = i > 1 and doc[i - 1].text == "-" and doc[i - 1].idx + 1 == doc[i].idx
        end = _run_end(doc, i + 1, tagged) if hyphen else None
        if end is not None:
            found.setdefault(i + 1, Span(doc, i + 1, end, label="ORG"))
    return [found[k] for k in sorted(found)]


def firm_name_word(tok) -> bool:
    """A word of a firm's name: a capitalised or digit-bearing proper noun ("ATI", "Sendmail", "3Com"),
    no word of a place's, body's or title's name."""
    text = tok.text
    return tok.pos_ == "PROPN" and any(ch.isupper() for ch in text[:2]) \
        and any(ch.isalpha() for ch in text) and text.lower() not in NOT_NAME_WORDS


def _run_end(doc, start: int, tagged: set[int]) -> int | None:
    """The end of the run of name words from `start`, or None where there is none, it runs on past
    MAX_WORDS or into a tagged name (then it is part of a longer name)."""
    end = start
    sent_end = doc[start].sent.end if start < len(doc) else start
    while end < sent_end and end not in tagged and firm_name_word(doc[end]):
        end += 1
    if end == start or end - start > MAX_WORDS or end < sent_end and end in tagged:
        return None
    return end


def _joined(noun, run) -> bool:
    """Whether the parse puts the firm noun beside the name: the name in apposition to it, or the
    noun a modifier of the name's head."""
    head = run.root
    return head.dep_ == "appos" and head.head.i == noun.i or noun.dep_ in ("compound", "amod", "nmod") \
        and noun.head.i == head.i


def based_apposition(tok):
    """The firm a place is the base of when the parser heads the phrase with the place ("buy Markham,
    Ont-based ATI": ATI in apposition to Markham), or None."""
    return next((a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and any(
        m.dep_ == "amod" and m.lower_ in BASED and m.i > 1 and m.doc[m.i - 1].text == "-" for m in a.children)),
        None)
