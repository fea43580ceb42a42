"""Document metadata stated in the text itself: headline, byline, outlet, date; and cleaning of
boilerplate (comment forms, sharing prompts, repeated caption lines)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

BOILERPLATE = re.compile(
    r"^\s*(leave a (reply|comment)|your email address will not be published|required fields are marked"
    r"|share (this|on)\b|click to share|related articles?:?$|sign up for|subscribe to our|"
    r"comments?$|post a comment|you must be logged in|advertisement$)", re.I)
BYLINE = re.compile(r"^\s*by\s*:?\s+(?P<names>[^\n]{2,120})$", re.I)
OUTLET_LINE = re.compile(r"^\s*(sourced|source|originally published (?:by|in|on)|via)\s*:\s*(?P<outlet>[^\n]{2,80})$", re.I)
ORIGINALLY = re.compile(
    r"(?:this (?:article|story|report) )?(?:was )?originally (?:appeared|published|ran) (?:on|in|at|by) "
    r"(?:the (?=[A-Z]))?(?P<outlet>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,5})(?:,? (?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4}))?",
    re.I)


@dataclass(frozen=True, slots=True)
class Metadata:
    body: str
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


def split_names(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", names.strip().rstrip("."))
    return tuple(p.strip() for p in parts if p.strip() and len(p.strip()) < 60)


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and len(line) < 200 and not line.rstrip().endswith((".", ":")) \
        or (2 <= len(words) <= 25 and line.rstrip().endswith(".") is False)


def normalise_date(value: object) -> str | None:
    """A YYYY-MM-DD string from a date in common forms, or None."""
    if value is None:
        return None
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.match(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$", s)
        if m and m.group(1).lower() in MONTHS:
            mo, d, y = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
        else:
            m = re.match(r"^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$", s)
            if not (m and m.group(2).lower() in MONTHS):
                return None
            d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def clean_text(text: str) -> str:
    """Drop boilerplate lines and exact repeats of a caption sentence; normalise blank lines."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if BOILERPLATE.match(line):
            continue
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    # a caption repeated twice in a row on one line ("A soldier stands... A soldier stands...")
    lines = []
    for line in text.split("\n"):
        half = len(line) // 2
        if len(line) > 40 and line[:half].strip() and line[:half].strip() == line[half:].strip():
            line = line[:half].strip()
        lines.append(line)
    return "\n".join(lines)


def extract_metadata(text: str) -> Metadata:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = outlet = published = None
    authors: tuple[str, ...] = ()
    body_lines: list[str] = []
    first_content = True
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            body_lines.append(line)
            continue
        header_zone = i < 8
        m = BYLINE.match(stripped) if header_zone else None
        if m and len(stripped.split()) <= 14:
            authors = split_names(m.group("names"))
            continue
        m = OUTLET_LINE.match(stripped) if header_zone else None
        if m:
            outlet = m.group("outlet").strip()
            continue
        if first_content:
            first_content = False
            # a headline: the first line, short, not a full sentence paragraph
            if len(stripped) < 200 and len(stripped.split()) <= 30 and not re.search(r"[.!?]\s+[A-Z]", stripped) \
                    and not stripped.endswith("."):
                title = stripped
                continue
        body_lines.append(line)
    body = "\n".join(body_lines)
    m = None
    for m in ORIGINALLY.finditer(body):
        pass
    if m and outlet is None:
        outlet = m.group("outlet").strip().rstrip(".")
        if m.group("date"):
            published = normalise_date(m.group("date"))
    return Metadata(body=body, title=title, outlet=outlet, authors=authors, published=published)
