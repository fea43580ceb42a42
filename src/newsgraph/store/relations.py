"""Relations kept in the store. graph.aggregate over every claim is run when corpus entities
are written (Store.replace_entities, in the same transaction) and its result is stored in
the `relations` table in the aggregation's order; the read model then answers relation
pages, actor profiles and evidence cards with indexed lookups instead of aggregating the
corpus per request.

The stored relations are the unfiltered aggregation. They answer exactly any query whose
filters only pick relations by actor, dyad, type, quad class or negation, because each of those
keeps every claim of the dyads it keeps (what a relation and its contradictions are built
from); other filters (dates, outlets, sources, certainty) aggregate their own claims."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields

from ..graph import aggregate
from .filters import Filters

# The filters the stored relations answer (see above); the others must be unset.
STORED_FILTERS = frozenset({"actor", "dyad", "type", "quad_class", "negated"})


def answers(f: Filters) -> bool:
    """Whether the stored relations answer a query with filters `f` exactly."""
    return all(getattr(f, x.name) is None for x in fields(f) if x.name not in STORED_FILTERS)


def relation_rows(read) -> Iterator[tuple]:
    """(rank, subject, type, object, origins, record as JSON) of every relation of the store."""
    events = [event for event, _ in read.events(Filters())]
    rels = aggregate(events, read.document_index(), read.media_entities())
    for rank, rel in enumerate(rels):
        record = rel.as_dict()
        yield rank, rel.subject, rel.type, rel.object, record["origins"], json.dumps(record)
