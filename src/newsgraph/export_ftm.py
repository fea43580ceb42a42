"""FollowTheMoney export: the graph as line-delimited FtM entities (what OCCRP Aleph and the
`ftm` tools load), built with the followthemoney library from the JSON contract export.

- entities: Person; Organization (organisations, armed groups, media); PublicBody (countries,
  governments, militaries, offices); Address (places, with coordinates when geocoded);
  LegalEntity (anonymous sources and the rest);
- each PLOVER event between actors: an Event (involved: its actors, addressEntity: its place)
  and, between two actors, an UnknownLink whose `role` is the event type;
- standing relations: AFFILIATION as Membership, LEADERSHIP as Directorship, an anonymous source
  speaking for a body as Representation, group successions (SUCCESSOR_OF, SPLIT_FROM) as UnknownLink.
Every link and event carries its claim: `summary` (the sentence), `publisher` (the outlet),
`sourceUrl`, `date`.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from followthemoney import model
from followthemoney.proxy import EntityProxy

SCHEMA_OF_TYPE = {
    "PERSON": "Person", "ORGANIZATION": "Organization", "ARMED_GROUP": "Organization", "MEDIA": "Organization",
    "GOVERNMENT": "PublicBody", "MILITARY": "PublicBody", "COUNTRY": "PublicBody", "LOCATION": "Address",
    "ANONYMOUS_SOURCE": "LegalEntity", "OTHER": "LegalEntity",
}
LINK_SCHEMA = {"AFFILIATION": ("Membership", "member", "organization"),
               "LEADERSHIP": ("Directorship", "director", "organization")}


def ftm_id(entity_id: str) -> str:
    """FtM ids allow letters, digits, '-' and '.': "ent_5ceaaca97c4d973b" -> "ent-5ceaaca97c4d973b"."""
    return entity_id.replace("_", "-")


def _entity(ent: dict) -> EntityProxy:
    proxy = model.make_entity(SCHEMA_OF_TYPE.get(ent["type"], "LegalEntity"))
    proxy.id = ftm_id(ent["id"])
    proxy.add("name", ent["name"])
    if proxy.schema.name == "Address":
        proxy.add("full", ent["name"])
        geo = ent.get("geo") or {}
        proxy.add("latitude", geo.get("lat"))
        proxy.add("longitude", geo.get("lon"))
    else:
        proxy.add("alias", [a for a in ent.get("aliases", []) if a != ent["name"]][:50])
    proxy.add("country", ent.get("country"), quiet=True)
    for n in ent.get("names") or ():
        proxy.add("previousName" if n.get("until") else "alias", n["name"])
    if proxy.schema.is_a("Person"):
        proxy.add("position", [_position(r) for r in ent.get("roles") or ()])
    return proxy


def _position(role: dict) -> str:
    span = f"{role.get('from') or '?'} - {role.get('until') or ''}".strip()
    return f"{role['role']} ({span})"


def _claim(proxy: EntityProxy, ev: dict, documents: dict[str, dict]) -> EntityProxy:
    evidence = ev["evidence"][0] if ev.get("evidence") else {}
    doc = documents.get(evidence.get("document"), {})
    proxy.add("summary", " ".join((evidence.get("sentence") or "").split()))
    proxy.add("publisher", doc.get("outlet"))
    proxy.add("sourceUrl", doc.get("url"), quiet=True)
    proxy.add("date", ev.get("date") or doc.get("published"), quiet=True)
    proxy.add("recordId", ev["id"])
    return proxy


def _link(schema: str, ident: str, ends: dict[str, str]) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id("newsgraph", schema, ident)
    for prop, value in ends.items():
        proxy.add(prop, value)
    return proxy


def _fits(prop_schema: str, prop: str, entity: EntityProxy | None) -> bool:
    """Whether `entity` may stand in `prop` of `prop_schema` (a Person cannot be an organization)."""
    rng = model.get(prop_schema).properties[prop].range
    return entity is not None and (rng is None or entity.schema.is_a(rng))


def _event_links(ev: dict, nodes: dict[str, EntityProxy], documents: dict[str, dict]) -> Iterator[EntityProxy]:
    subj, obj = nodes.get(ev["subject"] or ""), nodes.get(ev["object"] or "")
    schema, src, dst = LINK_SCHEMA.get(ev["type"], ("UnknownLink", "subject", "object"))
    if _fits(schema, src, subj) and _fits(schema, dst, obj):
        link = _claim(_link(schema, ev["id"], {src: subj.id, dst: obj.id}), ev, documents)
        link.add("role", ev["type"])
        yield link
    if ev["type"] in LINK_SCHEMA:
        return
    event = _claim(_link("Event", ev["id"], {}), ev, documents)
    event.add("name", f"{ev['type']}: {subj.caption if subj else '?'} / {obj.caption if obj else '?'}")
    event.add("involved", [e.id for e in (subj, obj) if _fits("Event", "involved", e)])
    place = nodes.get(ev.get("location") or "")
    if place is not None and place.schema.name == "Address":
        event.add("addressEntity", place.id)
    yield event


def ftm_entities(export: dict, key_map: dict[str, str] | None = None) -> Iterator[EntityProxy]:
    """The FtM entities of a contract export (build_export), entities first; `key_map` (entity
    key -> entity id, the store's) finds the body an anonymous source belongs to."""
    key_map = key_map or {}
    nodes = {e["id"]: _entity(e) for e in export["entities"]}
    yield from nodes.values()
    documents = {d["id"]: d for d in export["documents"]}
    for ent in export["entities"]:       # an anonymous source speaks for its body
        agent, client = nodes[ent["id"]], nodes.get(key_map.get(ent.get("parent") or "", ""))
        if ent["type"] == "ANONYMOUS_SOURCE" and _fits("Representation", "client", client):
            yield _link("Representation", ent["id"], {"agent": agent.id, "client": client.id})
    for ev in export["events"]:
        yield from _event_links(ev, nodes, documents)
    for rel in export["relations"]:      # relations without events: the groups' successions
        subj, obj = nodes.get(rel["subject"]), nodes.get(rel["object"])
        if not rel["events"] and subj is not None and obj is not None:
            link = _link("UnknownLink", f"{rel['subject']}|{rel['type']}|{rel['object']}",
                         {"subject": subj.id, "object": obj.id})
            link.add("role", rel["type"])
            link.add("date", rel.get("first_seen"), quiet=True)
            link.add("summary", rel.get("basis"))
            yield link


def write_ftm(export: dict, out: IO[str], key_map: dict[str, str] | None = None) -> int:
    """Write the export as line-delimited FtM entities; returns how many."""
    count = 0
    for proxy in ftm_entities(export, key_map):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
