"""The extraction lexicons, declared as data in data/lexicon/ and loaded once per process:
verbs and nouns mapped to event types, role nouns, and the attribution/certainty vocabulary."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import EVENT_TYPES, FORCE_TYPES
from ..wordlists import read_yaml


@dataclass(frozen=True, slots=True)
class Frame:
    """How one verb or noun states an event."""
    type: str
    object_preps: tuple[str, ...] = ()
    symmetric: bool = False
    patient_of: bool = False       # nouns: "the assassination of X" -> X is acted upon
    light_only: bool = False       # nouns: an event only under a light verb
    object_types: tuple[str, ...] = ()
    requires_object_prep: bool = False   # "use X against Y": an event only with the preposition
    reverses: bool = False         # undoes what its object noun states: that noun is no event itself
    needs_clause: bool = False     # "told X to leave": an event only with an object and a to-infinitive
    any_object_for: tuple[str, ...] = ()   # subjects for whom object_types do not hold ("police told residents to")
    own_object: bool = False       # the direct object is the actor's own ("recalled its envoy from X"): X is acted on
    means_subject: bool = False    # an event only when a weapon or blast is the subject ("a blast ripped through")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Frame]        # "lemma", "lemma particle" or "lemma noun"
    nouns: dict[str, Frame]
    adjectives: dict[str, Frame]
    light_verbs: frozenset[str]
    reversals: dict[str, dict[str, str]]   # verb -> {type of its object noun: type of the act}
    not_events: frozenset[str]
    leadership_roles: frozenset[str]
    affiliation_roles: frozenset[str]
    reporting: dict[str, str]
    denial: frozenset[str]
    hedge_verbs: dict[str, str]
    hedge_adverbs: dict[str, str]
    modals: frozenset[str]
    possible_heads: frozenset[str]
    report_nouns: frozenset[str]


def _read(name: str):
    return read_yaml(name)


def _frames(entries: dict, defaults: dict[str, list[str]], origin: str) -> dict[str, Frame]:
    frames = {}
    for word, spec in entries.items():
        if isinstance(spec, str):
            spec = {"type": spec}
        etype = spec["type"]
        if etype not in EVENT_TYPES:
            raise ValueError(f"{origin}: {word}: unknown event type {etype}")
        # YAML 1.1 reads a bare `on` as true: take it back as the preposition
        preps = [("on" if p is True else str(p)) for p in spec.get("object", defaults.get(etype, []))]
        frames[str(word).lower()] = Frame(
            type=etype, object_preps=tuple(preps), symmetric=bool(spec.get("symmetric")),
            patient_of=bool(spec.get("patient_of")), light_only=bool(spec.get("light_only")),
            object_types=tuple(spec.get("only_object_types", ())),
            requires_object_prep=bool(spec.get("requires_object_prep")),
            needs_clause=bool(spec.get("needs_clause")), any_object_for=tuple(spec.get("any_object_for", ())),
            own_object=bool(spec.get("own_object")), means_subject=bool(spec.get("means_subject")))
    return frames


def _object_classes(spec: dict, verbs: dict[str, Frame]) -> dict[str, Frame]:
    """object_classes.yaml: every verb of a group with every noun of its class as a "lemma noun" entry
    ("dispatched the army" is MOBILIZE, "approved a loan" AID), unless verbs.yaml writes the pair itself."""
    frames = dict(verbs)
    for name, group in spec.items():
        if group["type"] not in EVENT_TYPES:
            raise ValueError(f"object_classes.yaml: {name}: unknown event type {group['type']}")
        frame = Frame(type=group["type"], object_preps=tuple(str(p) for p in group.get("object", ())),
                      own_object=bool(group.get("own_object")))
        for verb in group["verbs"]:
            for noun in group["nouns"]:
                frames.setdefault(f"{verb} {noun}", frame)
    return frames


def _reversals(spec: dict) -> dict[str, dict[str, str]]:
    """verbs.yaml `reversals`: groups of verbs that undo what their object noun states, with the
    type of the undoing per type of the noun ("lifted the curfew": COERCE -> CONCEDE)."""
    table: dict[str, dict[str, str]] = {}
    for name, group in spec.items():
        for undone, etype in group["types"].items():
            if etype not in EVENT_TYPES or undone not in EVENT_TYPES:
                raise ValueError(f"verbs.yaml: reversals: {name}: unknown event type {undone} or {etype}")
            for verb in group["verbs"]:
                table.setdefault(str(verb), {})[undone] = etype
    return table


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in _read("lemma_fixes.yaml").items()}


def fix_lemmas(doc) -> None:
    """Correct the lemmas the pipeline gets wrong ("waged" -> "wag") for verbs and nouns."""
    from spacy.attrs import LOWER  # noqa: PLC0415

    fixes = lemma_fixes()
    wanted = {doc.vocab.strings[form]: lemma for form, lemma in fixes.items() if form in doc.vocab.strings}
    if not wanted:
        return
    for i, lower in enumerate(doc.to_array([LOWER]).tolist()):
        if lower in wanted and doc[i].pos_ in ("VERB", "NOUN", "AUX"):
            doc[i].lemma_ = wanted[lower]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = _read("verbs.yaml")
    defaults = {k: [("on" if p is True else str(p)) for p in v]
                for k, v in verbs.get("defaults", {}).get("object", {}).items()}
    roles = _read("roles.yaml")
    att = _read("attribution.yaml")
    return Lexicon(
        verbs=_object_classes(_read("object_classes.yaml"), _frames(verbs["verbs"], defaults, "verbs.yaml")),
        nouns=_frames(_read("nouns.yaml"), defaults, "nouns.yaml"),
        adjectives=_frames(_read("adjectives.yaml"), defaults, "adjectives.yaml"),
        light_verbs=frozenset(verbs.get("light_verbs", [])),
        reversals=_reversals(verbs.get("reversals", {})),
        not_events=frozenset(verbs.get("not_events", [])),
        leadership_roles=frozenset(r.lower() for r in roles["LEADERSHIP"]),
        affiliation_roles=frozenset(r.lower() for r in roles["AFFILIATION"]),
        reporting=dict(att["reporting"]),
        denial=frozenset(att["denial"]),
        hedge_verbs=dict(att["hedge_verbs"]),
        hedge_adverbs=dict(att["hedge_adverbs"]),
        modals=frozenset(att["modals"]),
        possible_heads=frozenset(att["possible_heads"]),
        report_nouns=frozenset(att["report_nouns"]),
    )


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One entry of verbs.yaml, nouns.yaml or adjectives.yaml with the sentence that shows it."""
    source: str            # the file: "verbs.yaml", ...
    words: str             # "attack", "crack down", "rocket fire"
    type: str
    example: str | None
    object_types: tuple[str, ...] = ()


def force_noun(noun) -> bool:
    """Whether `noun` is a lexicon noun of violence or repression (ASSAULT, COERCE): "the bombing", "the arrests"."""
    frame = lexicon().nouns.get(noun.lemma_.lower())
    return frame is not None and frame.type in FORCE_TYPES


def lexicon_entries() -> list[LexiconEntry]:
    """Every trigger entry of the lexicon, in file order, with its example sentence."""
    files = (("verbs.yaml", _read("verbs.yaml")["verbs"]), ("nouns.yaml", _read("nouns.yaml")),
             ("adjectives.yaml", _read("adjectives.yaml")))
    found = []
    for source, entries in files:
        for word, spec in entries.items():
            spec = {"type": spec} if isinstance(spec, str) else spec
            found.append(LexiconEntry(source, str(word).lower(), spec["type"], spec.get("example"),
                                      tuple(spec.get("only_object_types", ()))))
    # a group's example shows one of its verbs with one of its nouns
    found += [LexiconEntry("object_classes.yaml", " ".join(group["verbs"]), group["type"], group.get("example"))
              for group in _read("object_classes.yaml").values()]
    return found


# which entries a token of each part of speech may head: a verb entry ("crack down", "approve loan") is
# headed by its first word, a noun entry ("rocket fire") by its last, an adjective by itself
_TRIGGER_CLASSES = {"VERB": "verbs", "AUX": "verbs", "NOUN": "nouns", "PROPN": "nouns", "ADJ": "adjectives"}


@lru_cache(maxsize=1)
def _triggers_by_head() -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    """Every trigger entry of lexicon() as (words, type), by its class and head word."""
    lex = lexicon()
    index: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name, entries in (("verbs", lex.verbs), ("nouns", lex.nouns), ("adjectives", lex.adjectives)):
        for words, frame in entries.items():
            head = words.split()[-1 if name == "nouns" else 0]
            index.setdefault(name, {}).setdefault(head, []).append((words, frame.type))
    return {name: {head: tuple(found) for head, found in heads.items()} for name, heads in index.items()}


def triggers_in(tokens) -> list[tuple[str, str]]:
    """The trigger entries (words, type) of the lexicon that the tokens (a parsed sentence) hold: a
    token of the entry's part of speech whose lemma or form is its head word, with the entry's other
    words among the tokens' lemmas and forms. The lexicon knows a word of the sentence for the type,
    whatever the constructions made of it. Read-only: extraction does not use it (evaluation/funnel.py
    tells lexicon gaps from construction gaps with it)."""
    tokens = list(tokens)
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    index = _triggers_by_head()
    found = {entry for t in tokens if (name := _TRIGGER_CLASSES.get(t.pos_))
             for form in {t.lemma_.lower(), t.lower_} for entry in index.get(name, {}).get(form, ())
             if set(entry[0].split()) <= words}
    return sorted(found)
