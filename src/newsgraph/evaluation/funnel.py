"""Where recall is lost: every candidate event of a text and the stage that dropped it.

`funnel_of` analyses a document as ingest does, with extraction observed (extract/fates.py), and
returns its candidates' fates and each sentence's trigger words (the lexicon's entries for any type
among its words); `miss_stage` says, for a gold fact that no event was made of, how far a candidate of
the fact's type got in its sentence, and, where none was proposed, whether the lexicon knows a word
of the sentence for the type (a construction declined it) or not (the lexicon lacks it).
evaluation/why.py prints a text's funnel; evaluation/devgold.py counts the stages of its missed facts.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..extract import analyse
from ..extract.fates import KEEP_GATE, KEPT, SENSE_JUDGE, STAGES, Fate, observing
from ..extract.lexicon import triggers_in
from ..ingest import record_to_document
from ..model import Analysis, Document

SPANS_SENTENCES = "quote spans sentences"
NOTHING = "nothing proposed"
OTHER_TYPE = "other type proposed"
WITH_TRIGGER = ", trigger of the type present"
NO_TRIGGER = ", no trigger of the type"
# why a fact whose sentence has no event was missed, from the earliest loss to the latest: no parsed
# sentence holds its quote; no candidate at all, or candidates of other types only, each split by whether
# the sentence holds a trigger word of the fact's type (a construction declined it) or not (the lexicon
# lacks it); else the furthest stage a candidate of its type reached (a "kept" one was made and lost after
# extraction, in the store or export)
MISS_STAGES = (SPANS_SENTENCES, NOTHING + WITH_TRIGGER, NOTHING + NO_TRIGGER,
               OTHER_TYPE + WITH_TRIGGER, OTHER_TYPE + NO_TRIGGER, *STAGES)

Trigger = tuple[str, str]   # a lexicon entry's words ("crack down") and its type


@dataclass(slots=True)
class Funnel:
    """A document's analysis, its parsed sentences, its candidates' fates and its sentences' trigger words."""
    analysis: Analysis
    sentences: list[tuple[int, str]]    # (first character, text)
    fates: list[Fate]
    triggers: dict[int, list[Trigger]]  # by the sentence's first character

    def name(self, key: str | None) -> str:
        entity = self.analysis.entities.get(key) if key else None
        return entity.name if entity is not None else (key or "-")


def funnel_of(document: Document, nlp, gaz) -> Funnel:
    """The funnel of one document, analysed as ingest analyses it (in one piece: dev articles are short)."""
    doc = nlp(document.text)
    with observing() as fates:
        analysis = analyse(document, doc, gaz)
    triggers = {s.start_char: triggers_in(s) for s in doc.sents}
    return Funnel(analysis, [(s.start_char, s.text) for s in doc.sents], fates.fates, triggers)


def text_funnel(text: str, nlp, gaz) -> Funnel:
    return funnel_of(Document(source="why", text=text), nlp, gaz)


def miss_stage(funnel: Funnel, quote: str, types: Iterable[str], norm: Callable[[str], str]) -> tuple[str, Fate | None]:
    """The stage (one of MISS_STAGES) of a fact told by `quote`, of any of `types`, and the candidate
    that got furthest, if one of the types was proposed. `norm` is the scorer's text normaliser: a
    sentence holds the quote as the scorer finds it there."""
    normed = norm(quote)
    if not any(normed in norm(s) for _, s in funnel.sentences):
        return SPANS_SENTENCES, None
    there = [f for f in funnel.fates if normed in norm(f.sentence)]
    typed = [f for f in there if f.type in set(types)]
    if not typed:
        known = WITH_TRIGGER if type_triggers(funnel, quote, types, norm) else NO_TRIGGER
        return (OTHER_TYPE if there else NOTHING) + known, None
    best = max(typed, key=lambda f: f.reach)
    return best.stage, best


def quote_triggers(funnel: Funnel, quote: str, norm: Callable[[str], str]) -> list[Trigger]:
    """The trigger words of any type of the parsed sentence(s) holding `quote`."""
    quote = norm(quote)
    return sorted({t for start, s in funnel.sentences if quote in norm(s) for t in funnel.triggers.get(start, ())})


def type_triggers(funnel: Funnel, quote: str, types: Iterable[str], norm: Callable[[str], str]) -> list[Trigger]:
    """The trigger words of any of `types` in the sentence(s) holding `quote`."""
    return [t for t in quote_triggers(funnel, quote, norm) if t[1] in set(types)]


def trigger_words(triggers: Iterable[Trigger]) -> str:
    """"criticise (ACCUSE), crack down (COERCE)": trigger entries for a reader."""
    return ", ".join(f"{words} ({etype})" for words, etype in triggers)


def describe(funnel: Funnel, fate: Fate) -> str:
    """One candidate on one line: type, trigger, sides (phrase and actor) and fate."""
    sides = [f"{role} {text or '-'} [{funnel.name(key)}]" for role, text, key in
             (("subject", fate.subject_text, fate.subject), ("object", fate.object_text, fate.object))]
    fate_text = fate.stage if fate.stage == KEPT else f"dropped: {fate.stage}" + (f" ({fate.rule})" if fate.rule else "")
    return f"{fate.type:<12} {fate.trigger!r} (token {fate.trigger_i}); {'; '.join(sides)}  -> {fate_text}"


def funnel_lines(funnel: Funnel) -> list[str]:
    """Every sentence and its candidates, in the order extraction judged them."""
    lines = []
    for start, sentence in funnel.sentences:
        there = [f for f in funnel.fates if f.sentence_start == start]
        lines += [sentence.strip(), *("  " + describe(funnel, f) for f in there)]
        found = funnel.triggers.get(start, [])
        unproposed = [t for t in found if t[1] not in {f.type for f in there}]
        if there and unproposed:   # a word of a type no candidate has: a construction declined it
            lines.append(f"  trigger words of types not proposed: {trigger_words(unproposed)}")
        lines += [] if there else [f"  no candidate; trigger words: {trigger_words(found)}" if found
                                   else "  no candidate; no trigger word"]
    return lines


def article_funnels(jsonl: Path, ids: set[str] | None, nlp, gaz) -> dict[str, Funnel]:
    """The funnels of the articles `ids` (all, if None) of a JSONL file, by article id, each read as
    ingest reads it."""
    out = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if ids is None or (key := str(record.get("id"))) in ids:
                key = str(record.get("id"))
                out[key] = funnel_of(record_to_document(record, f"{jsonl.name}#{key}"), nlp, gaz)
    return out


# the stages where a judge of the candidate's sense or of the event's worth, not a duplicate, dropped it
JUDGED = (SENSE_JUDGE, KEEP_GATE)


def judged_drops(funnels: dict[str, Funnel]) -> list[str]:
    """Every candidate a sense judge or the keep gate dropped, one tab-separated line each: article id,
    stage, the judge's test or rule, the candidate (as `describe`) and its sentence."""
    return [f"{key}\t{f.stage}\t{f.rule}\t{describe(funnel, f)}\t{' '.join(f.sentence.split())}"
            for key, funnel in funnels.items() for f in funnel.fates if f.stage in JUDGED]


def stage_counts(stages: Iterable[str]) -> dict[str, int]:
    """How many misses stopped at each of MISS_STAGES."""
    counts = dict.fromkeys(MISS_STAGES, 0)
    for stage in stages:
        counts[stage] += 1
    return counts
