"""A name the recogniser missed in one sentence though it tagged it elsewhere in the document:
"Monsanto admitted ... Monsanto faced charges from the SEC" (the second "Monsanto" untagged).

The same words, written the same way (case and all), name the same actor throughout one story.
Only a whole name heading its phrase counts: the capitalised words around the match must end where
it ends ("the Monsanto Fund" is another body), a modifier is left to the passes that read what it
modifies ("RCMP officers": resolve/participants.py), and a one-word name must be a body's, not a person's (a surname
alone is read by document.untagged_short_names, after the full name only). Names met by
description or coreference ("the company") are no names.
"""
from __future__ import annotations

from ..wordlists import table, words
from .gazetteer import GUARD_BODIES
from .resolution import ResolutionDraft

# mention reasons that say the words ARE the actor's name (not a description or a pronoun)
NAME_REASONS = ("gazetteer", "name", "alias rule: short form")
# types whose one-word names are safe to repeat (a one-word person name is a surname: another rule)
ONE_WORD_TYPES = frozenset({"ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "MEDIA", "COUNTRY"})
# types of the actors a side may be (a place is where, read by the place passes)
ACTOR_TYPES = ONE_WORD_TYPES | {"PERSON"}
# prepositions of place: "a news conference in Downing Street" is where, not who
PLACE_PREPOSITIONS = words("metonym_place_prepositions")
# words that join two names into one ("Fish and Wildlife Service", "Marks & Spencer")
JOINING = frozenset({"and", "&", "of", "for", "de"})
# kinds of people and bodies the recogniser sometimes tags as a name ("MPs", "NGOs", "Government"): no
# one body, whichever the story means where it is written again
KIND_WORDS = frozenset(w for ws in table("generic_kinds").values() for w in ws) \
    | frozenset(w for ws in table("bare_state_bodies").values() for w in ws) | {f"{w} guard" for w in GUARD_BODIES} \
    | frozenset(table("body_kinds").get("ORGANIZATION", ())) | frozenset(table("body_kinds").get("GOVERNMENT", ())) \
    | words("referring_body_kinds") | frozenset(table("descriptions"))


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_punct


def heads_a_name(doc, m) -> bool:
    """Whether a one-word mention is tagged as a name heading its phrase ("Monsanto admitted"), not
    a word the recogniser took for one ("Rest in peace, Kiki": an adverb; "Home affairs")."""
    span = doc.char_span(m.start, m.end)
    return span is not None and len(span) == 1 and span[0].tag_ == "NNP" \
        and span[0].dep_ not in ("compound", "amod", "advmod", "nmod")


def named_forms(doc, res: ResolutionDraft) -> dict[tuple[str, ...], str]:
    """Words of each name mention -> its entity; a form two entities share is left out."""
    forms: dict[tuple[str, ...], str | None] = {}
    for m in res.mentions:
        ent = res.entities.get(m.entity)
        if ent is None or ent.type not in ACTOR_TYPES or not m.reason.startswith(NAME_REASONS) \
                or not m.text[:1].isupper():
            continue
        form = tuple(m.text.split())
        if len(form) == 1 and (m.text.lower() in KIND_WORDS or m.text.lower().rstrip("s") in KIND_WORDS):
            continue
        if len(form) == 1 and (ent.type not in ONE_WORD_TYPES or len(m.text) < 3 or not m.text.isalpha()
                                or not heads_a_name(doc, m)):
            continue
        if form in forms and forms[form] != m.entity:
            forms[form] = None
        else:
            forms[form] = m.entity
    return {w: k for w, k in forms.items() if k is not None}


def repeated_names(doc, res: ResolutionDraft) -> None:
    """Tag the untagged repeats of names tagged elsewhere in the document (see the module)."""
    forms = named_forms(doc, res)
    if not forms:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        firsts.setdefault(form[0], []).append(form)
    from spacy.attrs import ORTH  # noqa: PLC0415

    wanted = {doc.vocab.strings.add(w) for w in firsts}
    # the words as an array: a Token is built only where a name's first word is written
    for i in [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted]:
        tok = doc[i]
        if tok.i in res.token_entity or not _name_word(tok):
            continue
        if tok.i > 0 and _name_word(doc[tok.i - 1]) and not doc[tok.i - 1].is_sent_start:
            continue    # inside a longer name ("the New Monsanto Fund")
        if tok.i > 1 and doc[tok.i - 1].lower_ in JOINING and _name_word(doc[tok.i - 2]):
            continue    # the end of a name joined by "and" or "of" ("the Fish and Wildlife Service")
        for form in sorted(firsts[tok.text], key=len, reverse=True):
            end = tok.i + len(form)
            if end > len(doc) or tuple(t.text for t in doc[tok.i:end]) != form or res.covered(tok.i, end):
                continue
            if end < len(doc) and _name_word(doc[end]):
                continue    # "Monsanto Fund": a longer name
            last = doc[end - 1]
            if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and last.head.text.islower():
                break    # "RCMP officers", "Home affairs spokesman": a modifier, which other passes read
            if doc[end - 1].dep_ == "pobj" and doc[end - 1].head.lower_ in PLACE_PREPOSITIONS:
                break    # "a news conference in Downing Street": where, not who
            key = forms[form]
            res.add_mention(doc[tok.i:end], res.entities[key], "alias rule: a name tagged elsewhere in the document",
                            label="ORG" if res.entities[key].type != "PERSON" else "PERSON")
            break
