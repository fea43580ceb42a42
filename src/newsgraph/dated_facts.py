"""Facts about exported entities that come from the dated data, not from a sentence: the offices
a person held (data/gazetteer/roles), the names a group went by and the groups it split from or
succeeded (data/gazetteer/history, and the user's gazetteer files).

Group links become standing relations (SUCCESSOR_OF, SPLIT_FROM) between groups that are both in
the corpus; they cite no event, and say where they come from in `basis`.
"""
from __future__ import annotations

from collections import defaultdict

from .resolve.history import GroupHistory, group_histories
from .resolve.offices import RoleBook, offices_of, role_book


def gazetteer_ids(key_map: dict[str, str]) -> dict[str, str]:
    """Corpus entity id -> gazetteer id, for entities the gazetteer knows."""
    return {entity: key[4:] for key, entity in sorted(key_map.items()) if key.startswith("gaz:")}


def entity_roles(name: str, key_map: dict[str, str], book: RoleBook) -> list[dict]:
    """The dated offices of the person so named: {"role", "of", "from", "until"}; `of` is the
    corpus entity of the country or body, or null when the corpus has none."""
    return [{"role": r.title, "of": key_map.get(f"gaz:{r.body}"), "from": r.start, "until": r.end}
            for r in offices_of(name, book)]


def entity_names(history: GroupHistory) -> list[dict]:
    return [{"name": n.name, "from": n.start, "until": n.until} for n in history.names]


def history_relations(present: dict[str, str], histories: dict[str, GroupHistory],
                      documents: dict[str, int]) -> list[dict]:
    """SUCCESSOR_OF / SPLIT_FROM between groups both present (`present`: gazetteer id -> entity
    id); `documents` counts the documents that mention each entity."""
    out = []
    for gid, entity in sorted(present.items()):
        history = histories.get(gid)
        for link in history.links if history else ():
            other = present.get(link.target)
            if other is None:
                continue
            out.append({"subject": entity, "object": other, "type": link.relation, "events": [],
                        "documents": max(1, min(documents.get(entity, 1), documents.get(other, 1))),
                        "outlets": [], "origins": 0, "first_seen": link.date, "last_seen": link.date,
                        "contradicted_by": [], "basis": "group history (gazetteer)"})
    return out


def documents_per_entity(events: list[dict]) -> dict[str, int]:
    seen: dict[str, set] = defaultdict(set)
    for ev in events:
        for who in (ev["subject"], ev["object"]):
            if who:
                seen[who].update(e["document"] for e in ev["evidence"])
    return {k: len(v) for k, v in seen.items()}


def add_dated_facts(export: dict, key_map: dict[str, str], gazetteer_files: tuple[str, ...] = ()) -> dict:
    """Give the export's people their `roles`, renamed groups their dated `names`, and add the
    groups' standing links to `relations`."""
    book = role_book()
    histories = group_histories(tuple(gazetteer_files))
    gaz_of = gazetteer_ids(key_map)
    for entity in export["entities"]:
        gid = gaz_of.get(entity["id"])
        if entity["type"] == "PERSON":
            roles = entity_roles(entity["name"], key_map, book)
            if roles:
                entity["roles"] = roles
        elif gid in histories and histories[gid].names:
            entity["names"] = entity_names(histories[gid])
    present = {gid: eid for eid, gid in gaz_of.items()}
    export["relations"].extend(history_relations(present, histories, documents_per_entity(export["events"])))
    return export


def successions(gid: str, histories: dict[str, GroupHistory]) -> list[dict]:
    """The groups a group came from ("from") and those that came from it ("to")."""
    found = [{"relation": link.relation, "direction": "from", "group": link.target, "date": link.date}
             for link in (histories[gid].links if gid in histories else ())]
    found += [{"relation": link.relation, "direction": "to", "group": h.id, "date": link.date}
              for h in histories.values() for link in h.links if link.target == gid]
    return found


def dated_profile(entity: dict, keys_to_entities, names_of) -> dict:
    """For an actor page: dated `names`, `roles` (with the body's entity and name) and
    `successions` (with the other group's entity and name). `keys_to_entities` maps entity keys
    to corpus ids (the store's), `names_of` a gazetteer id to its name."""
    gid = next((k[4:] for k, _ in entity.get("keys", ()) if k.startswith("gaz:")), None)
    histories = group_histories()
    terms = offices_of(entity["name"], role_book()) if entity["type"] == "PERSON" else []
    linked = successions(gid, histories) if gid else []
    ids = keys_to_entities({f"gaz:{r.body}" for r in terms} | {f"gaz:{x['group']}" for x in linked})
    roles = [{"role": r.title, "of": ids.get(f"gaz:{r.body}"), "of_name": names_of(r.body) or r.body,
              "from": r.start, "until": r.end} for r in terms]
    for x in linked:
        history = histories.get(x["group"])
        x["entity"] = ids.get(f"gaz:{x['group']}")
        x["name"] = names_of(x["group"]) or (history.names[-1].name if history and history.names else x["group"])
    names = entity_names(histories[gid]) if gid in histories else []
    return {"names": names, "roles": roles, "successions": linked}
