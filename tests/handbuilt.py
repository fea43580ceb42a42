"""Hand-built spaCy Docs: a parse written out token by token, so that construction tests do not
depend on one model version's parse. A blank English vocabulary, no model.

Each row: `word lemma POS TAG head dep [entity]`, with `head` the index of the head token (the
root points at itself) and `entity` an NER label that starts an entity (`+` continues it)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def vocab():
    import spacy
    return spacy.blank("en").vocab


def build(table: str, no_space_before: tuple[str, ...] = (".", ",", "'s", "?", "”")):
    """The Doc a parse table describes (a space after every token, except before punctuation)."""
    from spacy.tokens import Doc

    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in no_space_before and words[i] != "“"
              for i in range(len(words))]
    ents = []
    for r in rows:
        label = r[6] if len(r) > 6 else "O"
        ents.append("O" if label == "O" else f"I-{ents_label(ents)}" if label == "+" else f"B-{label}")
    return Doc(vocab(), words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], heads=[int(r[4]) for r in rows], deps=[r[5] for r in rows], ents=ents)


def ents_label(previous: list[str]) -> str:
    """The label of the entity a `+` row continues."""
    return previous[-1].split("-", 1)[1]


def analyse_doc(doc, gazetteer, published: str | None = None):
    """Resolution and extraction of a hand-built Doc, as the pipeline runs them."""
    from newsgraph.extract import analyse
    from newsgraph.model import Document
    return analyse(Document(source="hand-built", text=doc.text, published=published), doc, gazetteer)
