"""The noun "closure" takes its sense from the verb: closing a border, a crossing, a port, an airport or
a newspaper is coercion (verbs.yaml's "close X" entries), but the closure of a railway line, a factory
or a nightclub, with no one named who closed it ("the anniversary of the closure of the Waverley Line",
"the closure of many superclubs"), is a business or public-service decision that coerces no one. A
closure whose maker is named ("Israel's closure of the crossing", "closures arranged by the army")
is read as any other act."""
from __future__ import annotations

from functools import cache

from ..wordlists import words
from .lexicon import lexicon

CLOSING_NOUNS = words("everyday_closures_closing_nouns")


@cache
def coerced_places() -> frozenset[str]:
    """The nouns whose closing the lexicon reads as coercion: "close border" -> border."""
    return frozenset(key.split()[-1] for key in lexicon().verbs
                     if key.split()[0] in ("close", "shut") and len(key.split()) > 1)


def everyday_closure(c) -> bool:
    """A COERCE "closure" with no one who closed and nothing closed that the lexicon's verbs coerce."""
    if c.type != "COERCE" or c.subject is not None or c.trigger.lemma_.lower() not in CLOSING_NOUNS:
        return False
    closed = [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
    return bool(closed) and not any(t.lemma_.lower() in coerced_places() or t.lower_ in coerced_places()
                                    for t in closed)
