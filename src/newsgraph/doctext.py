"""Whole-document reads done once or without building a Token per word: spaCy's `Doc.text` joins
every token at each call, and resolution and extraction ask for it many times per document."""
from __future__ import annotations

from functools import lru_cache

from .bounded import BoundedCache

_KEY = ("newsgraph", "text")
_ENTS = ("newsgraph", "ents")
_LOWERS = ("newsgraph", "lowers")
_LEMMA_LOWERS = ("newsgraph", "lemma lowers")
_BOUNDS = ("newsgraph", "token bounds")
_TEXTS = ("newsgraph", "texts")
_IDS_LEMMA = ("newsgraph", "lemma ids")
_IDS_LOWER = ("newsgraph", "lower ids")
_IDS_POS = ("newsgraph", "pos ids")
_TOKENS = ("newsgraph", "tokens")
_CHILDREN = ("newsgraph", "children")
_SENTS = ("newsgraph", "sents")


def kept(doc, key, make):
    """`make(doc)`, computed on the first call and kept in the Doc's user data under `key`: for what
    several passes read of one document."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make(doc)
    return value


def doc_text(doc) -> str:
    """`doc.text`, computed on the first call and kept in the Doc's user data."""
    return kept(doc, _KEY, _joined)


def _joined(doc) -> str:
    """What `doc.text` returns (each token's text and its trailing space), read from arrays: spaCy
    builds a Token for every word to join them."""
    from spacy.attrs import SPACY  # noqa: PLC0415

    return "".join(text + " " if space else text for text, space in zip(token_texts(doc), doc.to_array(SPACY).tolist(), strict=True))


def token_texts(doc) -> list[str]:
    """The text of every token, read from an array (building a Token per position costs more)."""
    from spacy.attrs import ORTH  # noqa: PLC0415

    cached = doc.user_data.get(_TEXTS)
    if cached is None or len(cached) != len(doc):
        known, strings = _KNOWN_TEXTS.room(), doc.vocab.strings
        cached = doc.user_data[_TEXTS] = [known[h] if h in known else known.setdefault(h, strings[h])
                                          for h in doc.to_array(ORTH).tolist()]
    return cached


# the text of each string id met, kept across documents: a dict lookup costs less than the
# StringStore's (which decodes the string again at every call); a worker's vocabulary grows with its corpus
_KNOWN_TEXTS: BoundedCache = BoundedCache(100_000)


def doc_tokens(doc) -> list:
    """Every Token of the document, built once: spaCy builds a new Token at each `doc[i]`, `.children`
    or `.head`, and the passes read the same tokens many times."""
    return kept(doc, _TOKENS, list)


def children(tok) -> tuple:
    """`tok.children` (its dependents, in order), read from lists built once per document: spaCy walks
    the token's whole span and builds each child anew at every read."""
    doc = tok.doc
    kids = doc.user_data.get(_CHILDREN)     # (not `kept`: this is read a million times per 200 articles)
    if kids is None:
        kids = doc.user_data[_CHILDREN] = _children(doc)
    return kids[tok.i]


def _children(doc) -> list[tuple]:
    """Each token's dependents, from the HEAD array (each head's offset from its token); tuples, as
    every caller shares them."""
    from spacy.attrs import HEAD  # noqa: PLC0415

    toks = doc_tokens(doc)
    kids: list[list] = [[] for _ in toks]
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            kids[i + offset].append(toks[i])
    return [tuple(k) for k in kids]


def doc_sents(doc) -> tuple:
    """`doc.sents`, built once per document (spaCy makes every sentence's Span anew at each read)."""
    return kept(doc, _SENTS, lambda d: tuple(d.sents))


def doc_ents(doc) -> tuple:
    """`doc.ents`, built once per document: spaCy makes a new Span for every entity at each call,
    and resolution reads the entities in many passes. The pipeline has set them before analysis,
    which never sets them."""
    return kept(doc, _ENTS, lambda d: d.ents)


def tokens_with_lemma(doc, lemmas) -> list[int]:
    """Indices of the tokens whose lemma is one of `lemmas`, read as an array (no Token is built
    for the others): for passes that look at a few words of every document."""
    from spacy.attrs import LEMMA  # noqa: PLC0415

    return _tokens_with(doc, LEMMA, _IDS_LEMMA, lemmas)


def tokens_with_lower(doc, words) -> list[int]:
    """Indices of the tokens whose lower-cased form is one of `words`, read as an array as
    tokens_with_lemma reads lemmas: a pass over every token builds a Token object for each."""
    from spacy.attrs import LOWER  # noqa: PLC0415

    return _tokens_with(doc, LOWER, _IDS_LOWER, words)


def tokens_with_pos(doc, tags) -> list[int]:
    """The indices of the tokens whose coarse part of speech is one of `tags` ("NUM"), in order."""
    from spacy.attrs import POS  # noqa: PLC0415

    return _tokens_with(doc, POS, _IDS_POS, tags)


def _tokens_with(doc, attr: int, key: tuple, words) -> list[int]:
    """The tokens whose `attr` is one of `words`: the tokens are grouped by the attribute once per
    document (several passes ask), the words' string ids read once per word list."""
    index = doc.user_data.get(key)
    if index is None or index[0] != len(doc):
        index = doc.user_data[key] = _grouped(doc.to_array(attr))
    _, group_of, bounds, order = index
    wanted = _string_ids(doc.vocab.strings, words if isinstance(words, frozenset) else frozenset(words))
    found = [order[bounds[g]:bounds[g + 1]] for g in map(group_of.__getitem__, wanted & group_of.keys())]
    return sorted(i for group in found for i in group) if len(found) > 1 else found[0] if found else []


def _grouped(values) -> tuple[int, dict[int, int], list[int], list[int]]:
    """The token indices grouped by value, sorted in numpy (a loop over the tokens costs more): (the
    number of tokens, each value's group, where each group starts in `order` and, last, its length, the
    indices in order of value then position)."""
    if not len(values):
        return 0, {}, [0], []
    order = values.argsort(kind="stable")
    ranked = values[order]
    starts = [0, *((ranked[1:] != ranked[:-1]).nonzero()[0] + 1).tolist()]
    group_of = {value: g for g, value in enumerate(ranked[starts].tolist())}
    return len(values), group_of, [*starts, len(values)], order.tolist()


@lru_cache(maxsize=64)
def _string_ids(strings, words: frozenset[str]) -> frozenset[int]:
    return frozenset(strings.add(w) for w in words)


def sentence_text(tok) -> str:
    """`tok.sent.text`, read from the document's text (Span.text builds a Token for every word)."""
    sent = tok.sent
    return span_text(tok.doc, sent.start, sent.end)


def token_memo(read):
    """`read(token, source)`, a pure function of the parse and `source` (a lexicon), read once per token
    and source: several passes ask about the same tokens. Kept in the document's memo (`per_token`)."""
    key = ("newsgraph", "memo", read.__qualname__)

    def memo(tok, source):
        known = per_token(tok.doc, key, source)
        i = tok.i
        if i in known:
            return known[i]
        found = known[i] = read(tok, source)
        return found
    memo.__doc__, memo.__name__, memo.__wrapped__ = read.__doc__, read.__name__, read
    return memo


def per_token(doc, key: tuple, source) -> dict:
    """A per-document memo (token index -> what a pure function of the parse and `source` read
    there), dropped by `forget`; a new `source` (another lexicon) starts a new one."""
    memo = doc.user_data.get(key)
    if memo is None or memo[0] is not source:
        memo = doc.user_data[key] = (source, {})
    return memo[1]


def span_ents(span) -> list:
    """`span.ents` (the entities wholly inside it, up to the first that runs past its end), read from
    doc_ents."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out


def forget(doc) -> None:
    """Drop what these helpers (and other per-document caches: keys "newsgraph.*") read from the Doc, for
    a Doc whose lemmas or tags were corrected after (analyse corrects them first) or once it is analysed."""
    for key in [k for k in doc.user_data if isinstance(k, tuple) and k[:1] == ("newsgraph",)
                or isinstance(k, str) and k.startswith("newsgraph.")]:
        del doc.user_data[key]


def token_lowers(doc) -> list[str]:
    """The lower-cased form of every token (spaCy's `lower_`), read from an array once per document."""
    # spaCy's LOWER is the text's str.lower(): lower-casing the cached texts is cheaper than
    # looking every token's LOWER string up
    return kept(doc, _LOWERS, lambda d: [t.lower() for t in token_texts(d)])


def lemma_lowers(doc) -> list[str]:
    """The lower-cased lemma of every token (`tok.lemma_.lower()`), read from an array once per document."""
    from spacy.attrs import LEMMA  # noqa: PLC0415

    def read(d) -> list[str]:
        known, strings = _KNOWN_TEXTS.room(), d.vocab.strings
        return [(known[h] if h in known else known.setdefault(h, strings[h])).lower() for h in d.to_array(LEMMA).tolist()]
    return kept(doc, _LEMMA_LOWERS, read)


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text` (from the first token's first character to the last token's last), read
    from the document's text and token offsets without building the Span or its Tokens."""
    if end <= start:
        return ""
    text, starts, ends = kept(doc, _BOUNDS, _bounds)
    return text[starts[start]:ends[end - 1]]


def token_starts(doc) -> list[int]:
    """Each token's character offset (`tok.idx`), read from an array once per document."""
    return kept(doc, _BOUNDS, _bounds)[1]


def _bounds(doc) -> tuple[str, list[int], list[int]]:
    """The document's text and each token's start and end offsets in it."""
    from spacy.attrs import IDX  # noqa: PLC0415

    starts = doc.to_array(IDX).tolist()
    return doc_text(doc), starts, [i + len(t) for i, t in zip(starts, token_texts(doc), strict=True)]
