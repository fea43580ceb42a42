"""Plural common nouns the recogniser takes for names at the start of a sentence: capitalised there,
"Shells landed near the school", "Millions of people lost access", "Tools that watch users" are tagged as
a firm's or a person's name. A one-word entity that opens its sentence is no name when the word is an
English plural noun (its singular is a noun the model's lemmatizer knows: "shells" -> "shell") and the
story never writes it capitalised inside a sentence, where only a name is ("the Saints won ... Saints
beat Wasps": a team), nor in a sport story, where teams go by plural nicknames ("Rovers took the lead"). A
name the gazetteer's entity ruler tagged stays."""
from __future__ import annotations

from .domain import Context


def _singular(word: str) -> str | None:
    """The regular singular of a plural written in lower case ("shells" -> "shell", "companies" ->
    "company"), or None for a word that is no regular plural."""
    if not word.isalpha() or len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def initial_plural(ent, nouns: frozenset[str] | set[str]) -> bool:
    """Whether the entity `ent` is a plural common noun opening its sentence (see the module); `nouns`:
    the English nouns."""
    if len(ent) != 1 or ent.ent_id_ or not ent[0].is_sent_start or not ent.text[:1].isupper() or ent.text.isupper():
        return False
    single = _singular(ent.text.lower())
    if single is None or single not in nouns or any(t.text == ent.text and not t.is_sent_start for t in ent.doc):
        return False
    return Context.of(ent.doc).domain != "sport"    # "Rovers took the lead": a team by its plural nickname


def make_initial_plurals(nlp, name: str):
    """Pipeline component after the recogniser: drop the entities initial_plural finds."""
    nouns = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))

    def component(doc):
        ents = list(doc.ents)
        kept = [e for e in ents if not initial_plural(e, nouns)]
        if len(kept) != len(ents):
            doc.ents = kept
        return doc
    return component
