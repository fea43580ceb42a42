"""The headline's events: a document's title is analysed as a short text of its own, beside the
body, whose analysis it never changes.

A headline states the story's main event, often in the one sentence a reader quotes. It is parsed
on its own (not prepended to the text: the document's id, offsets and every body event stay as
they are), resolved on its own, and its actors are then the body's where the body names them
(resolve/headline_names.py). Its events are ordinary events whose evidence is the title: `passage`
"title" says that their offsets index `Document.title`.

Headline English, read so:
- a title the body repeats at its start is not analysed twice (the body's events hold it);
- a question ("Will Iran strike Israel?") asserts nothing: no events;
- "X to <verb>" ("Obama to visit Cuba") is a plan: certainty "possible";
- "X: Y" and "Y - X" with X a short name the title resolves ("Police: gunman acted alone") say
  that X claims Y: the events of Y have X as their source, certainty "reported"; a trailing
  " | X" or " - X" naming the outlet (or a medium) is the outlet's label, dropped;
- Title Case ("Hamas, ISIS Continue Close Collaboration") capitalises words that are no names, and
  the recogniser reads them as names: such a title is parsed with the words the body never writes
  capitalised inside a sentence set in lower case (same length: offsets hold), and its events keep
  the title as written;
- present tense tells of past events ("Police arrest three"): nothing to do, the document's date
  stands in for the event's, as for any event with no date of its own;
- so a past participle is a passive whose "was" headlines leave out ("Labour accused of broken pledge",
  "26 pirates arrested"): a main verb in -ed with a subject, no object or clause of its own and no
  auxiliary is read as passive (its subject the one acted on) before extraction;
- a place before a colon ("New Zealand: climber killed") is where, not who claims: a country or
  place is a claimant only of a quoted claim ("Sudan: 'rebels shelled town'").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Analysis, Document, Entity, Event, Source, SourceRef
from ..resolve.headline_names import headline_keys
from ..resolve.names import fold
from ..wordlists import words
from . import analyse

# a headline longer than this is no headline (a first paragraph taken for a title)
MAX_CHARS = 250
# the body's start, in characters, where a repeated headline is looked for
REPEAT_WINDOW = 1000
# Whether ingest analyses headlines unless told (`newsgraph ingest --titles`): not yet. Headline events
# find facts no body sentence gives (dev set part AH 0.286 -> 0.429, AG 0.280 -> 0.320), but they are
# less often right than the body's (0.74 against about 0.77) and, restating the lede in words no
# annotator quoted, they take the tuning set's supported share (0.714 -> 0.684) under its floor (0.70).
ON_BY_DEFAULT = False
# the least confidence (extract/confidence.py) a headline's event needs: a headline is a sentence
# without context (no article, no auxiliaries, metaphors: "Sony console hits US"), and of 75 headline
# events drawn at random from bench articles and judged by hand, 52 were right (0.69; the body's:
# about 0.77); the 6 under 0.4 were 5 wrong, 1 right (0.74 of the 69 kept)
MIN_CONFIDENCE = 0.4
# the longest attribution ("Police:", "- UN envoy") a headline may carry, in words
ATTRIBUTION_WORDS = 4
# words that open a question headline (read as one only with a question mark in it)
QUESTION_OPENERS = words("headline_question_openers")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# what a verb in -ed with a subject does not have when a headline leaves out its passive "was"
ACTIVE_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "aux", "auxpass", "nsubjpass", "attr", "oprd"})
# claimants that are places: they claim only a quoted claim
PLACE_TYPES = frozenset({"COUNTRY", "LOCATION"})
_QUOTES = "\"'\u201c\u2018"
_LABEL_RE = re.compile(r"\s+(?:\||-|\u2013|\u2014)\s+([^|\-\u2013\u2014]+?)\s*$")
_COLON_RE = re.compile(r"^([^:]{2,60}):\s+\S")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _title_case(words: list[str]) -> bool:
    """Whether a headline capitalises its words as Title Case does: nearly all of its longer words
    after the first (short ones, "on", "of", "to", are lower case in both styles)."""
    longer = [w for w in words[1:] if len(w) > 3]
    return len(longer) >= 3 and sum(w[0].isupper() for w in longer) >= 0.8 * len(longer)


def _named_in_body(word: str, body: str) -> bool:
    """Whether the body writes the word capitalised inside a sentence (a name: "Gaza", "ISIS"), not
    only at a sentence's start."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        before = body[max(0, m.start() - 40):m.start()].rstrip()
        if before and before[-1] not in ".!?:\"'\u201c\u2018\n" and word[0].isupper():
            return True
    return False


def recased(title: str, body: str) -> str:
    """A Title Case headline with its capitalised words that are no names in lower case (the first
    word kept; acronyms kept); any other headline as it is. Same length as `title`."""
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(title)]
    if not _title_case([w for _, w in words]):
        return title
    out = list(title)
    for at, word in words[1:]:
        if not word[0].isupper() or word.isupper() or (len(word) > 1 and any(c.isupper() for c in word[1:])):
            continue
        if _named_in_body(word, body) or _named_in_body(word.split("-")[0], body):
            continue
        out[at] = word[0].lower()
    return "".join(out)


def outlet_label(title: str, document: Document) -> int:
    """The length of the title without a trailing " | Outlet" / " - Outlet" label."""
    m = _LABEL_RE.search(title)
    if m is None:
        return len(title)
    label = fold(m.group(1))
    if title[m.start():].lstrip().startswith("|") or (document.outlet and label == fold(document.outlet)):
        return m.start()
    return len(title)


def headline_text(document: Document) -> str | None:
    """The part of the title to analyse, or None: no title, no headline (too long, a question), or
    one the body repeats at its start."""
    title = (document.title or "").rstrip()
    title = title[:outlet_label(title, document)].rstrip()
    if not title.strip() or len(title) > MAX_CHARS or not any(c.isalpha() for c in title):
        return None
    first = title.split()[0].lower()
    if title.endswith("?") or (first in QUESTION_OPENERS and "?" in title):
        return None
    if _squash(title) in _squash(document.text[:len(title) + REPEAT_WINDOW]):
        return None
    return title


def claimant_parts(title: str) -> list[tuple[int, int, int, int]]:
    """(claimant start, end, claim start, end) of "X: Y" and "Y - X" where X is short enough to
    be a claimant ("Police: gunman acted alone", "Rebels shelled town - UN")."""
    parts = []
    if m := _COLON_RE.match(title):
        parts.append((0, m.end(1), m.end(1), len(title)))
    if m := _LABEL_RE.search(title):
        parts.append((m.start(1), m.end(1), 0, m.start()))
    return [p for p in parts if len(title[p[0]:p[1]].split()) <= ATTRIBUTION_WORDS]


def _apart(title: str) -> str:
    """The title with a short claimant ("X: Y", "Y - X") made a sentence of its own (its colon or
    dash a full stop, same length), so that the parser reads Y as a sentence, not X as Y's subject."""
    out = list(title)
    for start, end, _, claim_end in claimant_parts(title):
        # the colon right after the claimant, or the dash between the claim and the claimant
        out[end if start == 0 else claim_end + len(title[claim_end:start]) - len(title[claim_end:start].lstrip())] = "."
    return "".join(out)


def shouted(title: str) -> bool:
    """An all-capitals headline ("TRIAL DATE SET FOR MURDER ACCUSED"): no case to tell names by."""
    letters = [c for c in title if c.isalpha()]
    return len(title.split()) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def to_parse(document: Document) -> str | None:
    """The text the parser reads for the document's headline (recased: see `recased`; a claimant
    apart: see `_apart`), or None."""
    title = headline_text(document)
    if title is None or shouted(title):
        return None
    return _apart(recased(title, document.text))


# --- the headline's events ----------------------------------------------------------------------

def _plan(doc, ev: Event) -> bool:
    """"Obama to visit Cuba": the trigger is an infinitive no finite verb governs."""
    if ev.trigger_start < 0:
        return False
    tok = next((t for t in doc if t.idx == ev.trigger_start), None)
    if tok is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok
    while head.dep_ in ("xcomp", "conj", "advcl") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" and head.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in head.children)


def _claimant(title: str, analysis: Analysis) -> tuple[int, int, str] | None:
    """(start, end, entity key): the part of the title a claimant states and the claimant, in "X: Y"
    and "Y - X" where X is a short part that the title's resolution ties to one actor."""
    for start, end, claim_start, claim_end in claimant_parts(title):
        keys = {x.entity for x in analysis.mentions if start <= x.start and x.end <= end}
        if len(keys) != 1:
            continue
        key = keys.pop()
        entity = analysis.entities.get(key)
        if entity is not None and entity.type in PLACE_TYPES and title[claim_start:claim_end].strip()[:1] not in _QUOTES:
            continue   # "New Zealand: climber killed": where, not who says so
        return claim_start, claim_end, key
    return None


def _rekeyed(ev: Event, keys: dict[str, str]) -> Event:
    def key(k):
        return keys.get(k, k) if k else k
    source = ev.source
    if source is not None:
        source = Source(key(source.entity), source.text, tuple(SourceRef(key(r.entity), r.text) for r in source.chain))
    return replace(ev, subject=key(ev.subject), object=key(ev.object), location=key(ev.location), source=source)


def title_events(title: str, parsed: Analysis, doc) -> list[Event]:
    """The events of the headline's own analysis, read as headline English, their evidence the
    title as written (`title`; the parse may have read it recased)."""
    claim = _claimant(title, parsed)
    out = []
    for ev in parsed.events:
        if ev.confidence is not None and ev.confidence < MIN_CONFIDENCE:
            continue
        # the evidence is the whole headline, whatever sentences the parser cut it in
        changes: dict = {"passage": "title", "sentence": title, "start": 0, "end": len(title)}
        if ev.trigger_start >= 0:
            changes["trigger"] = title[ev.trigger_start:ev.trigger_end]
        if claim is not None and ev.source is None and claim[0] <= ev.trigger_start < claim[1]:
            name = parsed.entities[claim[2]].name if claim[2] in parsed.entities else claim[2]
            changes["source"] = Source(claim[2], name)
            if ev.certainty == "asserted":
                changes["certainty"] = "reported"
        elif _plan(doc, ev) and ev.certainty == "asserted":
            changes["certainty"] = "possible"
        out.append(replace(ev, **changes))
    return out


def headline_passives(doc) -> None:
    """Read a headline's "X <verb>ed" as the passive it is ("Labour accused of broken pledge": Labour
    was accused): its subject becomes a passive subject, "by" its agent."""
    for tok in doc:
        if tok.tag_ not in ("VBD", "VBN") or not (tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
            continue
        kids = list(tok.children)
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if len(subjects) != 1 or any(c.dep_ in ACTIVE_DEPS for c in kids):
            continue
        subjects[0].dep_ = "nsubjpass"
        tok.tag_ = "VBN"
        for c in kids:
            if c.dep_ == "prep" and c.lower_ == "by":
                c.dep_ = "agent"


def analyse_headline(body: Analysis, title: str, doc, gaz) -> Analysis:
    """The body's analysis with the events of its headline, `doc` being the headline's parse (of
    `to_parse`'s text), read as headline English first."""
    headline_passives(doc)
    parsed = analyse(replace(body.document, text=doc.text), doc, gaz)
    return with_headline(body, title, parsed, doc)


def with_headline(body: Analysis, title: str, parsed: Analysis, doc) -> Analysis:
    """The body's analysis with the headline's events added: their actors the body's entities where
    the body names them (resolve/headline_names.py), else new entities of their own. The body's
    events, mentions and entities are left as they are; the headline's mentions are not stored
    (their offsets index the title)."""
    events = title_events(title, parsed, doc)
    if not events:
        return body
    keys = headline_keys(parsed.entities, body.entities)
    entities: dict[str, Entity] = dict(body.entities)
    for ev in events:
        for k in (ev.subject, ev.object, ev.location, ev.source.entity if ev.source else None,
                  *(r.entity for r in (ev.source.chain if ev.source else ()))):
            if k and keys.get(k, k) not in entities and k in parsed.entities:
                entities[keys.get(k, k)] = parsed.entities[k]
    return replace(body, entities=entities, events=[*body.events, *(_rekeyed(ev, keys) for ev in events)])


__all__ = ["analyse_headline", "headline_passives", "headline_text", "recased", "title_events", "to_parse",
           "with_headline"]
