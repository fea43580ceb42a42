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

from ..wordlists import table
from .resolution import ResolutionDraft

# mention reasons that say the words ARE the actor's name (not a description or a pronoun)
NAME_REASONS = ("gazetteer", "name", "alias rule: short form")
# types whose one-word names are safe to repeat (a one-word person name is a surname: another rule)
ONE_WORD_TYPES = frozenset({"ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "MEDIA", "COUNTRY"})
# kinds of people and bodies the recogniser sometimes tags as a name ("MPs", "NGOs"): no one body
KIND_WORDS = frozenset(w for ws in table("generic_kinds").values() for w in ws)


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_punct


def heads_a_name(doc, m) -> bool:
    """Whether a one-word mention is tagged as a name heading its phrase ("Monsanto admitted"), not
    a word the recogniser took for one ("Rest in peace, Kiki": an adverb; "Home affairs")."""
    span = doc.char_span(m.start, m.end)
    return span is not None and len(span) == 1 and span[0].tag_ in ("NNP", "NNPS") \
        and span[0].dep_ not in ("compound", "amod", "advmod", "nmod")


def named_forms(doc, res: ResolutionDraft) -> dict[tuple[str, ...], str]:
    """Words of each name mention -> its entity; a form two entities share is left out."""
    forms: dict[tuple[str, ...], str | None] = {}
    for m in res.mentions:
        ent = res.entities.get(m.entity)
        if ent is None or not m.reason.startswith(NAME_REASONS) or not m.text[:1].isupper():
            continue
        words = tuple(m.text.split())
        if len(words) == 1 and (m.text.lower() in KIND_WORDS or m.text.lower().rstrip("s") in KIND_WORDS):
            continue
        if len(words) == 1 and (ent.type not in ONE_WORD_TYPES or len(m.text) < 3 or not m.text.isalpha()
                                or not heads_a_name(doc, m)):
            continue
        if words in forms and forms[words] != m.entity:
            forms[words] = None
        else:
            forms[words] = m.entity
    return {w: k for w, k in forms.items() if k is not None}


def repeated_names(doc, res: ResolutionDraft) -> None:
    """Tag the untagged repeats of names tagged elsewhere in the document (see the module)."""
    forms = named_forms(doc, res)
    if not forms:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in forms:
        firsts.setdefault(words[0], []).append(words)
    for tok in doc:
        if tok.text not in firsts or tok.i in res.token_entity or not _name_word(tok):
            continue
        if tok.i > 0 and _name_word(doc[tok.i - 1]) and not doc[tok.i - 1].is_sent_start:
            continue    # inside a longer name ("the New Monsanto Fund")
        for words in sorted(firsts[tok.text], key=len, reverse=True):
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[tok.i:end]) != words or res.covered(tok.i, end):
                continue
            if end < len(doc) and _name_word(doc[end]):
                continue    # "Monsanto Fund": a longer name
            last = doc[end - 1]
            if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and last.head.text.islower():
                break    # "RCMP officers", "Home affairs spokesman": a modifier, which other passes read
            key = forms[words]
            res.add_mention(doc[tok.i:end], res.entities[key], "alias rule: a name tagged elsewhere in the document",
                            label="ORG" if res.entities[key].type != "PERSON" else "PERSON")
            break
