"""A person's name with a quoted nickname inside it: Vincent "The Chin" Gigante, Kimani 'Kiki' Gray,
Joaquin ‘El Chapo’ Guzman. News writes a nickname so, in single or double quotes, straight or curly,
between a first name and a surname; the recogniser splits such a name, runs it into the quote, or
misses it. The whole is one person's name. A quote that is no nickname stays apart: a title after a
lower-case word ('the film "Jaws" director Steven Spielberg'), a quoted word of speech ('Tom Hale said
"Nobody" had called'). The name is the person's only where its first word is a person's (a given name
or tagged a person's name) or its surname is tagged a person's, there or anywhere else in the document (Marion "Suge" Knight,
untagged, in a story that goes on with "Mr Knight", tagged), so that a headline's quoted title
between two capitalised words ("Studio Plans 'Hunger Games' Sequel") joins nothing."""
from __future__ import annotations

from .quotes import QUOTE_PAIRS
from .resolve.names import GIVEN_NAMES, is_title

MAX_WORDS = 3


def _capitalised(tok) -> bool:
    """A capitalised word ("Kiki", "El", "O'Neal", "Head")."""
    text = tok.text
    return text[:1].isupper() and text.replace("'", "").replace("-", "").replace(".", "").isalpha()


def _name_word(tok) -> bool:
    """A capitalised word that may be a first name or a surname: no title of office ("Judge")."""
    return _capitalised(tok) and not is_title(tok.text)


def _nickname_end(doc, i: int) -> int | None:
    """Where the quote opened at token i (written apart from the word before, close to the word
    after) closes, after one to three capitalised words written close to it; None if it does not."""
    close = QUOTE_PAIRS.get(doc[i].text)
    if close is None or doc[i].whitespace_ or i == 0 or not doc[i - 1].whitespace_:
        return None
    for k in range(i + 1, min(i + 1 + MAX_WORDS, len(doc))):
        if not _capitalised(doc[k]):
            return None
        if not doc[k].whitespace_:
            q = k + 1
            if q < len(doc) and doc[q].text == close and doc[q].whitespace_ and q + 1 < len(doc):
                return q
            return None
    return None


def _a_person(doc, first: int, last: int, labels: dict[int, str], person_words: set[str]) -> bool:
    """Whether the words around the quote are a person's name (see the module)."""
    if not (_name_word(doc[first]) and _name_word(doc[last]) and doc[last].pos_ == "PROPN"):
        return False
    return labels.get(first) == "PERSON" or labels.get(last) == "PERSON" or doc[first].lower_ in GIVEN_NAMES \
        or doc[first].text in person_words or doc[last].text in person_words


def _joined_spans(doc) -> list[tuple[int, int]]:
    """(start, end) of each First 'Nick' Last name, with the person's name words the recogniser
    tagged around it ("Mob boss Vincent": from Vincent; "Guzman Loera": to Loera)."""
    # few words are quote marks and few quotes hold a name's middle: the entities are read only then
    opening = [tok.i for tok in doc[1:] if tok.text in QUOTE_PAIRS]
    labels = None
    spans = []
    for i in opening:
        q = _nickname_end(doc, i)
        if q is None:
            continue
        if labels is None:
            labels = {k: e.label_ for e in doc.ents for k in range(e.start, e.end)}
            person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
        first, last = i - 1, q + 1
        if not _a_person(doc, first, last, labels, person_words):
            continue
        start, end = first, last + 1
        while start > 0 and labels.get(start - 1) == "PERSON" and _name_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and labels.get(end) in (labels.get(last), "PERSON") and end - 1 in labels \
                and _name_word(doc[end]):
            end += 1
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def join_nicknamed_names(doc):
    """Pipeline component after the recogniser: each First 'Nick' Last becomes one PERSON entity,
    in place of the entities it overlaps."""
    from spacy.tokens import Span  # noqa: PLC0415  (slow import)

    spans = _joined_spans(doc)
    if not spans:
        return doc
    kept = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in spans)]
    doc.ents = sorted(kept + [Span(doc, s, e, label="PERSON") for s, e in spans], key=lambda e: e.start)
    return doc
