"""Document metadata stated in the text itself, and cleaning of page boilerplate.

News text carries its metadata in a few conventional lines: a headline first, a byline
("By Jane Doe and AP", "By: JNS and World Israel News Staff", "By JOHN SMITH, Associated Press"),
a credit naming the publication it appeared in ("Sourced : The Times of Israel", "This article
originally appeared on Behold Israel, February 4, 2018"), a date line ("Published: 4 Feb 2018"),
a dateline ("JERUSALEM (Reuters), Feb. 4, 2018 -"). `extract_metadata` reads those lines only,
never sentences of the story, so an outlet the story merely cites ("according to a Bloomberg
report") is not taken for the outlet it appeared in; the lines it reads are taken out of the body.
`clean_text` drops comment forms, sharing prompts, photo credits and captions printed twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import DATE, normalise_date  # noqa: F401  (normalise_date is part of this module's API)
from ..wordlists import words

# --- boilerplate -----------------------------------------------------------------------------
# Lines after which a page holds only its comment section.
COMMENTS_START = re.compile(
    r"^\s*(leave a (reply|comment)|post a comment|add a comment|join the (discussion|conversation)"
    r"|comments are closed|\d+\s+comments?|comments?\s*\(\d+\))\s*[:.!]?\s*$", re.I)
BOILERPLATE = re.compile(
    r"^\s*(your email address will not be published|required fields are marked|you must be logged in"
    r"|share (this|on|via)\b|click to (share|print|email)|like this (story|article)\?|share this (story|article)"
    r"|share it with|(related|recommended|more) (articles?|stories|reading)\s*:?\s*$|read more\s*:"
    r"|sign up (for|to)\b|subscribe (to|for)\b|follow us on\b|advertisement\s*$|comments?\s*$"
    r"|(tweet|email|print|facebook|twitter|whatsapp|linkedin|reddit)\s*$"
    r"|all rights reserved|copyright\s+(©\s*)?\d{4}|©\s*\d{4}"
    r"|(see|read|watch) (more|also|next)\b|don'?t miss\b|also on \S+\.[a-z]{2,4}\b"
    # teaser links to other stories: "China furious at Macron [INSIGHT]"
    r"|.{0,200}\[(video|videos|pictures|photos|insight|reaction|analysis|poll|reveal|latest|live)\]\W*$)", re.I)
# Photo credit lines ("[Photo: LevantineTV / YouTube ]", "Photo credit: AP") and captions
# ("Illustrative image - militants (Photo: Wikimedia Commons)", "... (AP Photo/Ariel Schalit)").
PHOTO_CREDIT = re.compile(
    r"^\s*[\[(]?\s*(photo|image|picture|video|credit|photo credit|file photo|photograph)s?\s*(credit)?\s*[:/].{0,150}$"
    r"|^\s*illustrative\s+(image|photo|picture)\b"
    r"|[(\[]\s*(\w+\s+){0,3}(photo|image|picture|credit|file)s?\b\s*[:/][^)\]]{0,120}[)\]]\s*$", re.I)

# --- header lines ------------------------------------------------------------------------------
BYLINE = re.compile(r"^\s*(?:written\s+|words\s+)?by\s*:?\s+(?P<names>\S.{0,200})$", re.I)
REPORTING_BY = re.compile(r"^\s*\(?\s*(?:reporting|additional reporting|writing)\s+by\s+(?P<names>.{2,200}?)\s*\)?\s*$",
                          re.I)
OUTLET_LINE = re.compile(
    r"^\s*(?:(?:sourced|source|via)\s*:|(?:(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)"
    r"|published\s+(?:by|in)|reprinted\s+from|republished\s+from)\s*:?)\s*(?P<outlet>\S.{0,100})$", re.I)
# An outlet name: capitalised words with the small words names of publications use.
_NAME = r"[A-Z0-9][\w'’&.-]*(?:\s+(?:of|the|and|for|on|&|[A-Z0-9][\w'’&.-]*)){0,7}"
CREDIT_SENTENCE = re.compile(
    rf"^\s*[(\[]?\s*(?:this|the\s+above|the)\s+(?:article|story|report|piece|post|op-ed|column|analysis|interview)"
    rf"\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)(?:appeared|published|ran|posted|written)"
    rf"\s+(?:on|in|at|by|for)\s+(?:the\s+website\s+of\s+)?(?P<outlet>{_NAME})"
    rf"(?:,?\s+(?:on\s+)?(?P<date>{DATE}))?", re.I)
REPUBLISHED = re.compile(
    rf"^\s*[(\[]?\s*(?:re(?:published|printed|posted)|shared)\s+(?:with\s+permission\s+)?(?:from|of|courtesy\s+of)\s+"
    rf"(?P<outlet>{_NAME})", re.I)
DATE_LINE = re.compile(r"^\s*(?:published|posted|first published|date)\s*(?:on|at|:)?\s*:?\s*(?P<date>.{6,80})$", re.I)
UPDATED_LINE = re.compile(r"^\s*(?:last\s+)?updated\s*(?:on|at|:)?\s*:?\s*.{0,80}$", re.I)
# "JERUSALEM (Reuters), Feb. 4, 2018 - ", "GAZA CITY, Gaza Strip (AP) — ": an upper-case place opens the story.
DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){{0,4}}\s*(?:\((?P<agency>[A-Za-z][\w .&-]{{1,30}})\))?\s*,?\s*"
    rf"(?P<date>{DATE})?\s*(?:[-—–:]|--)\s")

# Words that make a byline part a publication, not a person ("Associated Press", "Reuters").
MEDIA_WORDS = words("media_words")
# Job titles that follow a name in a byline and are neither a person nor an outlet.
ROLE = re.compile(
    r"^(?:(?:senior|chief|staff|special|foreign|political|military|defen[cs]e|diplomatic|contributing|guest|"
    r"associate|managing|deputy|middle east|white house|news|science|business)\s+)*"
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|analyst|journalist|photographer)s?$", re.I)
NAME_PARTICLES = words("name_particles")


@dataclass(frozen=True, slots=True)
class Metadata:
    body: str
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


# --- bylines -------------------------------------------------------------------------------------

def split_byline(names: str) -> tuple[tuple[str, ...], str | None]:
    """Authors and an outlet hint from the words after "By". A part ending in "Staff" names the
    outlet's staff ("World Israel News Staff" -> outlet "World Israel News"); a part after a comma
    that reads as a publication ("JOHN SMITH, Associated Press") is the outlet, not an author.
    Returns ((), None) when the words are not a list of names (e.g. "By the end of the day")."""
    names = re.split(r"\s+(?:\||[-—–]{1,2}|on|updated|published)\s+(?=\S)", names.strip(), maxsplit=1, flags=re.I)[0]
    names = names.strip().strip(".,;:|").strip()
    if not names:
        return (), None
    authors: list[str] = []
    outlet: str | None = None
    for group_no, group in enumerate(re.split(r"\s*[,;]\s*", names)):
        for part in re.split(r"\s+(?:and|&)\s+", group, flags=re.I):
            part = " ".join(part.split()).strip(" .,")
            if not part:
                continue
            if ROLE.match(part):
                continue
            words = part.split()
            if len(words) >= 2 and words[-1].lower() == "staff":
                authors.append(part)
                outlet = outlet or " ".join(words[:-1])
                continue
            if not _looks_like_name(words):
                return (), None
            if words[0].lower() == "the" and not _looks_like_outlet(words):
                # a noun phrase, not people: "The Russian and Syrian Defense Ministries"
                return (), None
            if group_no > 0 and _looks_like_outlet(words):
                outlet = outlet or part
                continue
            authors.append(name_case(part))
    return tuple(dict.fromkeys(authors)), outlet


def split_names(names: str) -> tuple[str, ...]:
    """Authors named by a byline's words (see split_byline)."""
    return split_byline(names)[0]


def _looks_like_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 6:
        return False
    for word in words:
        core = word.strip(".'’()")
        if not core:
            return False
        if core.lower() in NAME_PARTICLES or re.match(r"^(?:al|el|bin|ibn|abu|de)-", core, re.I):
            continue
        if not (core[0].isupper() or core[0].isdigit()):
            return False
    return True


def _looks_like_outlet(words: list[str]) -> bool:
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        return True  # an agency's initials: AP, AFP, JNS
    return any(w.lower().strip(".") in MEDIA_WORDS for w in words)


def name_case(name: str) -> str:
    """'JOHN SMITH' -> 'John Smith'; mixed-case names and initials stay as written."""
    if name.isupper() and len(name) > 5 and " " in name:
        return " ".join(w.capitalize() if len(w) > 1 else w for w in name.split())
    return name


# --- headline ------------------------------------------------------------------------------------

def looks_like_title(line: str) -> bool:
    """A headline: a short line that is not a sentence of running text."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250:
        return False
    if re.search(r"[.,;:]['\"”’)]?$", line):
        return False  # a sentence or a lead-in, not a headline
    return not re.search(r"[a-z]{3}[.!?]['\"”’]?\s+[A-Z]", line)  # "Jr. On" is no sentence end


# --- the header and credit lines -----------------------------------------------------------------

def _clean_outlet(value: str) -> tuple[str | None, str | None]:
    """An outlet name and a date from the words of a credit line."""
    value = value.strip()
    published = None
    if m := re.search(rf",?\s+(?:on\s+)?({DATE})", value):
        published = normalise_date(m.group(1))
        value = value[:m.start()]
    value = re.split(r"\s*[,;(|]|\s+(?:and|with)\s+(?:is\s+)?(?:re)?(?:posted|published|printed|shared)\b", value)[0]
    value = re.sub(r"\s+(?:of|the|and|for|on|&)$", "", value.strip().rstrip(".:"), flags=re.I).strip()
    words = value.split()
    if not words or len(words) > 8 or not (value[0].isupper() or value[0].isdigit()):
        return None, published
    return value, published


def extract_metadata(text: str, *, find_title: bool = True) -> Metadata:
    """Headline, byline, outlet and date from their conventional lines; the rest is the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = published = None
    authors: tuple[str, ...] = ()
    outlet_line = outlet_credit = outlet_byline = outlet_dateline = None
    keep = [True] * len(lines)
    content_seen = 0          # non-empty lines seen so far
    first_body_done = False
    title_tried = False
    n_nonempty = sum(1 for ln in lines if ln.strip())
    for i, line in enumerate(lines):
        stripped = line.strip().lstrip("#").strip() if line.lstrip().startswith("#") else line.strip()
        if not stripped:
            continue
        content_seen += 1
        header = content_seen <= 6
        short = len(stripped) <= 250
        # credit lines open or close a text; a "Source:" line in the middle labels a chart or quote
        edge = short and (header or content_seen > n_nonempty - 6)
        if header and not authors and (m := BYLINE.match(stripped)) and short:
            found, hint = split_byline(m.group("names"))
            if found or hint:
                authors, outlet_byline = found or authors, outlet_byline or hint
                if (m2 := re.search(DATE, m.group("names"))) and not published:
                    published = normalise_date(m2.group(0))
                keep[i] = False
                continue
        if short and (m := REPORTING_BY.match(stripped)):
            found, _ = split_byline(re.split(r";|\s+editing\s+by\s+", m.group("names"), flags=re.I)[0])
            if found:
                authors = authors or found
                keep[i] = False
                continue
        if edge and (m := OUTLET_LINE.match(stripped)):
            name, when = _clean_outlet(m.group("outlet"))
            if name:
                outlet_line = outlet_line or name
                published = published or when
                keep[i] = False
                continue
        if edge and ((m := CREDIT_SENTENCE.match(stripped)) or (m := REPUBLISHED.match(stripped))):
            name, when = _clean_outlet(m.group("outlet"))
            if name:
                outlet_credit = outlet_credit or name
                published = published or (normalise_date(m.group("date")) if m.groupdict().get("date") else when)
                keep[i] = False
                continue
        if header and len(stripped) <= 100:
            if (m := DATE_LINE.match(stripped)) and (when := normalise_date(m.group("date"))):
                published = published or when
                keep[i] = False
                continue
            if (UPDATED_LINE.match(stripped) or re.search(r"\b(?:last\s+)?updated\b", stripped, re.I)) \
                    and normalise_date(stripped) and len(stripped.split()) <= 14:
                keep[i] = False
                continue
            if (when := normalise_date(stripped)) and len(re.sub(DATE, "", stripped, flags=re.I).split()) <= 3:
                published = published or when   # a line holding only a date (and a time)
                keep[i] = False
                continue
        if find_title and not title_tried and n_nonempty > content_seen:
            title_tried = True  # only the first line that is not a byline, date or credit
            if looks_like_title(stripped):
                title = stripped
                keep[i] = False
                continue
        if not first_body_done:
            first_body_done = True
            if m := DATELINE.match(stripped):
                if m.group("date") and not published:
                    published = normalise_date(m.group("date"))
                if m.group("agency") and _looks_like_outlet(m.group("agency").split()):
                    outlet_dateline = m.group("agency").strip()
    body = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    outlet = outlet_line or outlet_credit or outlet_byline or outlet_dateline
    return Metadata(body=body, title=title, outlet=outlet, authors=authors, published=published)


# --- cleaning ------------------------------------------------------------------------------------

def _doubled(line: str) -> bool:
    """A caption printed twice on one line: "S S" with S a sentence of some length."""
    if not 40 <= len(line) <= 600:
        return False
    return any(line[:m].strip() == line[m:].strip() for m in {len(line) // 2, (len(line) + 1) // 2})


def clean_text(text: str) -> str:
    """Drop comment sections, sharing and subscription prompts, photo credits, captions printed
    twice and repeated lines; normalise line ends and blank lines. Idempotent."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
        if COMMENTS_START.match(stripped):
            break  # what follows is the comment form and readers' comments
        if len(stripped) <= 300 and (BOILERPLATE.match(stripped) or PHOTO_CREDIT.search(stripped)):
            continue
        if _doubled(stripped):
            continue  # a caption repeated by the page layout
        key = " ".join(stripped.split())
        if len(key) >= 20 and key in seen:
            continue  # the same paragraph again (pull quotes, repeated captions)
        seen.add(key)
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
