"""Names of bodies the recogniser cuts at "of" or "for": "the Bank of England" comes as "The Bank
of" and "England", "the Zimbabwe Congress of Trade Unions" as "Zimbabwe" alone, "the Kenya Union
of Journalists" is read as "Kenya Union"; it may also leave out a name's first words and tag only
the head word ("Menatep Group's director", "Fostering Network chief" as "Group", "Network"). A body's head word (a word organisation names are made
of: "Congress", "Union", "Bank", "Council") with "of" or "for" and capitalised words after it is one
name. Titles of office ("the President of France", "the King of Jordan") have no such head word
and stay the offices' (resolve/offices.py)."""
from __future__ import annotations

from ..doctext import doc_ents, tokens_with_lower
from ..wordlists import words
from .names import mostly_capitalised

ORGANISATION_NAME_WORDS = words("organisation_name_words")
JOINING = words("cut_names_joining")
# entity labels no body's name goes on with: "the Labour Party of Tony Blair", "the Union for Monday"
NOT_IN_NAMES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# a seat in a legislature "for" a constituency is no part of its name ("entered Parliament for Sheffield")
SEATS = words("cut_names_seats")
MAX_LEFT = 3
MAX_TAIL = 4


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.tag_ not in ("DT", "POS", "PRP", "PRP$") \
        and tok.ent_type_ not in NOT_IN_NAMES and any(ch.isalpha() for ch in tok.text)


def _tail_end(doc, i: int, sent_end: int) -> int | None:
    """The end of the capitalised words after "of"/"for" at i - 1 ("of Trade Unions", "for the
    Protection of Birds"), or None."""
    j = i + 1 if i < sent_end and doc[i].lower_ == "the" else i
    end = j
    while end < sent_end and end - j < MAX_TAIL:
        if _name_word(doc[end]):
            end += 1
        elif doc[end].lower_ in JOINING and end + 1 < sent_end and _name_word(doc[end + 1]) and end > j:
            end += 2   # "Union of Journalists of Kenya"
        else:
            break
    last = doc[end - 1].ent_type_ and next((e for e in doc_ents(doc) if e.start < end <= e.end - 1), None)
    if last:
        end = last.end   # "of South Africa": a name the tail cut is taken whole
    return end if end > j else None


def _ends_a_name(ent, end: int) -> bool:
    """Whether a recogniser's name ends before a possessive: its owner ("the UK's", "the United
    Nations'"), not words of the body's own name ("Providers'" inside the name it tagged)."""
    return ent is not None and ent.end == end


def _possessive(tok) -> bool:
    """A possessive marker inside a body's name ("Providers' Association", "Women's Institute")."""
    return tok.tag_ == "POS" or tok.text in ("'", "'s", "’", "’s")


def _headline(doc, start: int, end: int) -> bool:
    """Whether most words of the sentence around the name are capitalised, as in a headline ("Bank
    Of Japan Holds Rates For Exporters"), where capitals tell nothing."""
    sent = doc[start].sent
    words_ = [t for t in sent if t.is_alpha and not start <= t.i < end and t.i != sent.start]
    return mostly_capitalised(words_)


def cut_body_names(doc) -> list[tuple[int, int]]:
    """(start, end) of each body's name the recogniser cut at "of"/"for", in text order: the
    recogniser's entity ends at the head word or at "of" ("The Bank of"), or the head word has
    capitalised words before it the recogniser did not join ("Zimbabwe Congress of Trade
    Unions"). A name the recogniser has whole is left alone ("the Ministry of Defence")."""
    entity_at = {t.i: ent for ent in doc_ents(doc) for t in ent}
    out: list[tuple[int, int]] = []
    for i in tokens_with_lower(doc, JOINING):
        tok = doc[i]
        if tok.i == 0 or out and tok.i < out[-1][1]:
            continue
        head = doc[tok.i - 1]
        if head.lower_ not in ORGANISATION_NAME_WORDS or not head.text[:1].isupper() \
                or tok.lower_ == "for" and head.lower_ in SEATS:
            continue
        end = _tail_end(doc, tok.i + 1, tok.sent.end)
        if end is None:
            continue
        start = head.i
        left = 0
        while start > tok.sent.start and left < MAX_LEFT:
            if _name_word(doc[start - 1]):
                start -= 1
            elif start - 2 >= tok.sent.start and _possessive(doc[start - 1]) and _name_word(doc[start - 2]) \
                    and not _ends_a_name(entity_at.get(start - 2), start - 1):
                start -= 2   # "the Internet Service Providers' Association of India", not "the UK's Royal Bank of"
            else:
                break
            left += 1
        whole = entity_at.get(head.i)
        if whole is not None and whole.end >= end:
            continue
        cut = whole is not None and whole.end in (head.i + 1, tok.i + 1)
        if not cut and start == head.i or _headline(doc, start, end):
            continue
        out.append((start, end))
    return out


def cut_first_words(doc) -> list[tuple[int, int]]:
    """(start, end) of each body's name the recogniser tagged as its head word alone ("Group",
    "Network"), the capitalised words compounded onto it before left out ("Menatep Group's
    managing director"), in text order; none in a headline."""
    entity_at = {t.i: ent for ent in doc_ents(doc) for t in ent}
    out: list[tuple[int, int]] = []
    for ent in doc_ents(doc):
        head = doc[ent.start]
        if len(ent) != 1 or ent.label_ != "ORG" or head.lower_ not in ORGANISATION_NAME_WORDS \
                or not head.text[:1].isupper():
            continue
        start = head.i
        while start > head.sent.start and head.i - start < MAX_LEFT and doc[start - 1].i not in entity_at \
                and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i in range(start, head.i + 1):
            start -= 1
        if start < head.i and not _headline(doc, start, head.i + 1):
            out.append((start, head.i + 1))
    return out
