"""A small store built by hand (no NLP): known claims for exact checks of the query layer,
the JSON API, the explorer and the Python API."""
from __future__ import annotations

from pathlib import Path

from newsgraph.model import Analysis, Document, Entity, Event, Mention, Source
from newsgraph.resolve.corpus import resolve_corpus
from newsgraph.resolve.gazetteer import load_gazetteer
from newsgraph.store import Store

HOSTILE_NAME = "<img src=x onerror=alert(2)>Evil Cell"
ALPHA, BETA, EGYSRC, TOI, EVIL = ("ARMED_GROUP:alpha front", "ARMED_GROUP:beta brigade",
                                  "ANONYMOUS_SOURCE:egyptian sources", "gaz:TOI", "ARMED_GROUP:evil")
ENTITIES = {
    ALPHA: ("Alpha Front", "ARMED_GROUP", None),
    BETA: ("Beta Brigade", "ARMED_GROUP", None),
    EGYSRC: ("Egyptian sources", "ANONYMOUS_SOURCE", "EGY"),
    TOI: ("The Times of Israel", "MEDIA", "ISR"),
    EVIL: (HOSTILE_NAME, "ARMED_GROUP", None),
}


def _analysis(text: str, outlet: str | None, published: str | None, claims: list[dict]) -> Analysis:
    doc = Document(source=f"hand:{abs(hash(text))}", text=text, outlet=outlet, published=published)
    entities, mentions, events = {}, [], []
    for key, (name, type_, country) in ENTITIES.items():
        at = text.find(name)
        if at >= 0:
            entities[key] = Entity(key, name, type_, country, {name})
            mentions.append(Mention(at, at + len(name), name, key, "ORG"))
    for c in claims:
        trig = text.find(c["trigger"])
        source = c.get("source")
        if source and source.entity not in entities and source.entity in ENTITIES:
            name, type_, country = ENTITIES[source.entity]
            entities[source.entity] = Entity(source.entity, name, type_, country, {name})
        for ref in (source.chain if source else ()):
            if ref.entity in ENTITIES and ref.entity not in entities:
                name, type_, country = ENTITIES[ref.entity]
                entities[ref.entity] = Entity(ref.entity, name, type_, country, {name})
        events.append(Event(type=c["type"], subject=c["subject"], object=c["object"], sentence=text, start=0,
                            end=len(text), trigger=c["trigger"], trigger_start=trig, trigger_end=trig + len(c["trigger"]),
                            negated=c.get("negated", False), certainty=c.get("certainty", "asserted"), source=source,
                            date=c.get("date"), subject_text=ENTITIES[c["subject"]][0],
                            object_text=ENTITIES[c["object"]][0]))
    return Analysis(doc, entities, mentions, events)


def build_hand_store(path: Path) -> Path:
    toi = Source(TOI, "the Times of Israel")
    egy = Source(EGYSRC, "Egyptian sources")
    docs = [
        _analysis("Alpha Front is cooperating with Beta Brigade in the north.", "The Times of Israel", "2018-02-04",
                  [dict(type="COOPERATE", subject=ALPHA, object=BETA, trigger="cooperating")]),
        _analysis("According to the Times of Israel, Alpha Front is cooperating with Beta Brigade.", "JNS",
                  "2018-02-05", [dict(type="COOPERATE", subject=ALPHA, object=BETA, trigger="cooperating",
                                      certainty="reported", source=toi)]),
        _analysis("Egyptian sources said Alpha Front cracked down on Beta Brigade last month.", "Ahram Online",
                  "2018-03-01", [dict(type="COERCE", subject=ALPHA, object=BETA, trigger="cracked down",
                                      certainty="reported", source=egy, date="2018-02")]),
        _analysis("Alpha Front denied cooperating with Beta Brigade, Egyptian sources said.", "Ahram Online",
                  "2018-03-02", [dict(type="COOPERATE", subject=ALPHA, object=BETA, trigger="cooperating",
                                      negated=True, source=egy)]),
        _analysis(f"<script>window.__pwned = 1</script> {HOSTILE_NAME} attacked Alpha Front <b>today</b>.",
                  "Evil <script>alert(3)</script> News", "2018-04-01",
                  [dict(type="ASSAULT", subject=EVIL, object=ALPHA, trigger="attacked")]),
    ]
    with Store(path) as store:
        for a in docs:
            store.write(a)
        resolve_corpus(store, load_gazetteer())
    return path
