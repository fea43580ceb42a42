"""Names of firms the recogniser missed, read from the firm noun or the base put beside them.

The small English model leaves many company names untagged ("the Canadian chipmaker ATI", "e-mail software
firm Sendmail", "Markham, Ont-based ATI", "rival 3Com"); the side of an act on them is then the description,
the place or nothing. A run of capitalised words no entity holds is a firm's name when

- a lower-case firm noun stands right before it and the parse joins the two (the name in apposition to the
  noun, or the noun a modifier of the name): "the chipmaker ATI", "drugmaker Elan";
- a hyphenated base stands right before it: "Toronto-based ATI", "Ont-based ATI".

A name the recogniser tagged as a building, product or work ("the chipmaker Vortaxa" as FAC) is a firm's
as well where a firm noun stands so before it.

A firm noun that opens its sentence and that the recogniser took into the name after it ("Bookmaker
Ladbrokes said", "Chipmaker Vortaxa cut jobs", as PERSON or ORG) is no word of the name: the rest is the
firm's name. Not the nouns that begin firms' own names ("Bank Leumi", "Club Med", "Studio Canal").

A run of name words compounded onto "shares" is a firm's name as well ("Ladbrokes shares rose", "Kelvar
Mining shares fell"): only a firm has shares; not a word that opens its sentence and that the story writes
in lower case elsewhere (a common noun capitalised there).

A name a firm buys, acquires, takes over or merges with is a firm's as well ("GE bought Vivendi Universal",
"Google acquired Pyra Labs": the recogniser tags both PERSON) when the name is untagged or tagged as a person,
place or thing, and the story does not say otherwise: no place or person the gazetteer knows, no name that
opens with a given name or that the story gives a person with a given name elsewhere ("Real bought Owen" where
"Michael Owen" is named), no one-word person's name, no first words of a work's title ("bought Flight into
Danger").

Not a word that heads names of places, bodies and things ("the firm's London office"), a title, a date or a
number, nor a run the parse does not join to the noun ("the firm Monday said", "the company Smith founded":
the name of another party, the subject of a clause).
"""
from __future__ import annotations

from ..doctext import children, tokens_with_lemma, tokens_with_lower
from ..wordlists import words
from .missed_names import NOT_NAME_WORDS
from .names import GIVEN_NAMES

# firm nouns a company's name is put beside ("the chipmaker ATI", "software firm Sendmail")
FIRM_NOUNS = words("private_firms")
BASED = frozenset({"based"})
SHARES = frozenset({"shares"})
# firm nouns that begin firms' own names ("Bank Leumi", "Club Med"): kept in the name
OWN_NAME_NOUNS = words("firm_name_openers")
# recogniser labels of no actor that a firm's name beside a firm noun is given by mistake
MISLABELLED = frozenset({"FAC", "PRODUCT", "WORK_OF_ART"})
MAX_WORDS = 3
# a firm sells its goods by name ("sells Windows"): only a name bought or merged with is read as a firm's
DEAL_VERBS = words("deal_verbs") - {"sell"}
# labels a bought firm's name is given by mistake ("bought Vivendi Universal": PERSON)
DEAL_MISLABELLED = MISLABELLED | {"PERSON", "GPE"}
# gazetteer types of no firm
NOT_FIRMS = frozenset({"PERSON", "COUNTRY", "LOCATION"})
# words that carry a work's title on past its first name ("bought Flight into Danger": a play)
TITLE_LINKS = frozenset({"into", "of", "the", "a", "an", "with"})


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
    for i in tokens_with_lower(doc, SHARES):
        start = _shares_owner(doc, i, tagged)
        if start is not None:
            found.setdefault(start, Span(doc, start, i, label="ORG"))
    for i in tokens_with_lower(doc, BASED):
        hyphen = i > 1 and doc[i - 1].text == "-" and doc[i - 1].idx + 1 == doc[i].idx
        end = _run_end(doc, i + 1, tagged) if hyphen else None
        if end is not None:
            found.setdefault(i + 1, Span(doc, i + 1, end, label="ORG"))
    return [found[k] for k in sorted(found)]


def opening_firm_nouns(doc, ents) -> list:
    """ORG spans for the names after a firm noun that opens the sentence inside an entity (see the module):
    "Bookmaker Ladbrokes" -> "Ladbrokes". The caller drops the entity the span is cut from."""
    from spacy.tokens import Span  # noqa: PLC0415

    out = []
    for ent in ents:
        first = doc[ent.start]
        if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and first.is_sent_start and first.text[:1].isupper() \
                and first.lower_ in FIRM_NOUNS - OWN_NAME_NOUNS and all(firm_name_word(t) for t in ent[1:]):
            out.append(Span(doc, ent.start + 1, ent.end, label="ORG"))
    return out


def _shares_owner(doc, i: int, tagged: set[int]) -> int | None:
    """The start of the untagged name compounded onto "shares" at `i` (see the module), or None."""
    start = i
    while start > doc[i].sent.start and start - 1 not in tagged and firm_name_word(doc[start - 1]) \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, i + 1):
        start -= 1
    if start == i or i - start > MAX_WORDS or start > doc[i].sent.start and (
            start - 1 in tagged or firm_name_word(doc[start - 1])):
        return None
    first = doc[start]
    if first.is_sent_start and any(t.text == first.lower_ for t in doc):
        return None    # "Mining shares rose ... mining stocks": a common noun opening the sentence
    return start


def deal_object_firms(doc, ents, gaz) -> list:
    """ORG spans for the names a firm (a body's name, "it" or a firm noun) buys, acquires, takes over or
    merges with, untagged or labelled as no firm (see the module)."""
    from spacy.tokens import Span  # noqa: PLC0415

    at = {i: e for e in ents for i in range(e.start, e.end)}
    found = {}
    for i in tokens_with_lemma(doc, DEAL_VERBS | {"take"}):
        verb = doc[i]
        if verb.pos_ == "VERB" and _firm_subject(verb, at):
            for obj in _deal_objects(verb):
                span = _name_at(doc, obj, at)
                if span is not None and _may_be_firm(doc, span, ents, gaz):
                    found[span] = Span(doc, span[0], span[1], label="ORG")
    return list(found.values())


def _firm_subject(verb, at: dict) -> bool:
    """Whether the verb's subject (its governor's, for "agreed to buy") is a body's name, "it" or a firm noun."""
    clause = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subj = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.i in at and at[subj.i].label_ == "ORG" or subj.lower_ == "it"
                                 or subj.lower_ in FIRM_NOUNS)


def _deal_objects(verb) -> list:
    """What a deal verb acts on: its object ("bought X", "took over X"), or whom it merges "with"."""
    if verb.lemma_.lower() == "take" and not any(p.dep_ == "prt" and p.lower_ == "over" for p in children(verb)):
        return []
    return [c for c in children(verb) if c.dep_ == "dobj"] + [
        o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with" and verb.lemma_.lower() == "merge"
        for o in children(p) if o.dep_ == "pobj"]


def _name_at(doc, head, at: dict) -> tuple[int, int] | None:
    """The bounds of the name headed by `head`: the entity mislabelled that ends with it, or the untagged
    run of name words its compounds make; None for a firm's name already tagged or no name."""
    ent = at.get(head.i)
    if ent is not None:
        return (ent.start, ent.end) if ent.label_ in DEAL_MISLABELLED and ent.end == head.i + 1 else None
    if not firm_name_word(head):
        return None
    start = head.i
    while start > head.sent.start and start - 1 not in at and firm_name_word(doc[start - 1]) \
            and doc[start - 1].head.i == head.i:
        start -= 1
    return (start, head.i + 1) if head.i + 1 - start <= MAX_WORDS else None


def _may_be_firm(doc, bounds: tuple[int, int], ents, gaz) -> bool:
    """Whether nothing in the gazetteer or the story makes the name a person's or a place's."""
    span = doc[bounds[0]:bounds[1]]
    actor = gaz.lookup(span.text)
    if actor is not None and actor.type in NOT_FIRMS or span[0].lower_ in GIVEN_NAMES:
        return False
    if len(span) == 1 and any(e.label_ == "PERSON" and e.start == bounds[0] for e in ents):
        return False   # "bought Drogba": one word a person's surname
    end = bounds[1]
    if end + 1 < len(doc) and doc[end].lower_ in TITLE_LINKS and doc[end].text.islower() \
            and doc[end + 1].text[:1].isupper():
        return False   # the first words of a work's title
    return not any(e.label_ == "PERSON" and len(e) > len(span) and e.text.endswith(" " + span.text) for e in ents)


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
    return next((a for a in children(tok) if a.dep_ == "appos" and a.pos_ == "PROPN" and any(
        m.dep_ == "amod" and m.lower_ in BASED and m.i > 1 and m.doc[m.i - 1].text == "-" for m in children(a))),
        None)
