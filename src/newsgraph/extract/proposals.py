"""Renamings and pledges the text states ("Sinai Province, formerly known as Ansar Bayt
al-Maqdis", "Boko Haram pledged allegiance to Islamic State and became ISWAP") become
proposals: stored with their sentence, listed by `newsgraph entities --proposals` with the
gazetteer YAML that would apply them, and applied only when a user pastes that YAML into a
gazetteer file. A news sentence is no authority on a group's history; the user decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .. import wordlists
from ..doctext import doc_text
from ..model import Mention, Proposal

# a name: capitalised words, with the particles of Arabic and English names between them
_WORD = r"(?:al-|el-|ad-|ash-)?[A-Z][\w'\u2019\-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|the|al|wal|bin|fi|li|wa|al-|el-)\s+)*{_WORD})*"
_QUOTE = r"[\"\u201c']?"


def _cues(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(c) for c in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    formerly = _cues(wordlists.ordered("renaming_new_first"))
    renamed = _cues(wordlists.ordered("renaming_old_first"))
    pledged = _cues(wordlists.ordered("pledge_words"))
    became = _cues(wordlists.ordered("pledge_became"))
    new_first = rf"(?P<new>{_NAME})\s*[,(]\s*(?:{formerly})\s+(?:the\s+)?{_QUOTE}(?P<old>{_NAME})"
    old_first = rf"(?P<old>{_NAME})(?:\s*,)?\s+(?:has\s+|had\s+)?(?:{renamed})\s+(?:the\s+)?{_QUOTE}(?P<new>{_NAME})"
    pledge = (rf"(?P<old>{_NAME})\s+(?:has\s+|had\s+)?(?:{pledged})\s+(?:the\s+)?(?P<to>{_NAME})"
              rf"[^.;]{{0,60}}?\s+(?:{became})\s+(?:the\s+)?{_QUOTE}(?P<new>{_NAME})")
    return (("pledge", re.compile(pledge)), ("renaming", re.compile(old_first)),
            ("renaming", re.compile(new_first)))


@lru_cache(maxsize=1)
def _required_cues() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per pattern of `patterns()`, the cue lists it matches one phrase of each of, as written."""
    return ((wordlists.ordered("pledge_words"), wordlists.ordered("pledge_became")),
            (wordlists.ordered("renaming_old_first"),), (wordlists.ordered("renaming_new_first"),))


def _entity_at(mentions: list[Mention], start: int, end: int) -> str | None:
    """The entity of the mention that ends where a name ends (the name's head)."""
    found = [m for m in mentions if start <= m.start < end and m.end <= end + 1]
    return found[-1].entity if found else None


def find_proposals(doc, mentions: list[Mention]) -> list[Proposal]:
    """The renamings and pledges stated in a parsed document's sentences."""
    out: list[Proposal] = []
    whole = doc_text(doc)
    # a pattern whose cue words the text never writes cannot match: most documents run none
    usable = [p for p, cues in zip(patterns(), _required_cues(), strict=True)
              if all(any(c in whole for c in phrases) for phrases in cues)]
    if not usable:
        return out
    for sent in doc.sents:
        text = sent.text
        taken: list[tuple[int, int]] = []
        for kind, pattern in usable:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                (old, old_at), (new, new_at) = _name(m, "old"), _name(m, "new")
                to = _name(m, "to") if m.groupdict().get("to") else None
                base = sent.start_char
                out.append(Proposal(
                    kind=kind, old_name=old, new_name=new,
                    old_entity=_entity_at(mentions, base + old_at, base + old_at + len(old)),
                    new_entity=_entity_at(mentions, base + new_at, base + new_at + len(new)),
                    pledged_to=_entity_at(mentions, base + to[1], base + to[1] + len(to[0])) if to else None,
                    sentence=text, start=sent.start_char, end=sent.end_char))
    return out


def _name(match: re.Match, group: str) -> tuple[str, int]:
    """A matched name without what leads up to its article ("In May the Ogaden Youth", "The
    Valley Guards"; "Army of the Valley" keeps its own), and where it starts in the sentence."""
    name, at = match.group(group), match.start(group)
    article = re.match(r"(?:.*?(?<!\bof)\s)?(?:The|the)\s+", name)
    if article and len(name) > article.end():
        return name[article.end():], at + article.end()
    return name, at


def gazetteer_snippet(proposal: dict, gaz) -> str:
    """The gazetteer YAML that applies a stored proposal (`proposal`: as ReadModel.proposals
    gives it), to paste into a file passed with --gazetteer. A gazetteer entry replaces the
    bundled one of the same id, so the snippet carries the known actor's fields."""
    keys = (proposal.get("old_key"), proposal.get("new_key"))
    actor = next((gaz.actors[k[4:]] for k in keys if k and k.startswith("gaz:") and k[4:] in gaz.actors), None)
    date = (proposal.get("published") or "")[:7] or None
    entry: dict = {"id": actor.id if actor else re.sub(r"\W+", "_", proposal["new_name"]).strip("_").upper(),
                   "name": proposal["new_name"], "type": actor.type if actor else "ARMED_GROUP"}
    if actor is not None:
        entry.update({k: v for k, v in (("country", actor.country), ("parent", actor.parent),
                                        ("relation", actor.relation)) if v})
        entry["aliases"] = [a for a in actor.aliases if a not in (proposal["new_name"], proposal["old_name"])]
    pledged = proposal.get("pledged_key")
    if pledged and pledged.startswith("gaz:"):
        entry.update({"parent": pledged[4:], "relation": "AFFILIATION"})
    entry["names"] = [{"name": proposal["old_name"], "until": date}, {"name": proposal["new_name"], "from": date}]
    note = "# from: " + " ".join(proposal["sentence"].split())[:200]
    check = f"# the date is the report's ({date}); check when the change happened" if date else \
        "# the report has no date: fill in `until` and `from`"
    return "\n".join((note, check, yaml.safe_dump([entry], sort_keys=False, allow_unicode=True).rstrip()))
