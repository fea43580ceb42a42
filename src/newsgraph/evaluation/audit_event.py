"""The audit's event: one stored event as a judge sees it, under an identity that survives re-ingest
(evaluation/audit.py draws and scores them; audit_reanalyse.py makes them again with new code)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

NO_ACTOR = "-"          # the name of a side the event leaves empty


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One stored event as the audit shows it."""
    identity: str
    source: str
    sentence: str
    type: str
    subject: str
    object: str
    trigger: str
    certainty: str
    negated: bool


def identity(document: str, sentence: str, type_: str, subject: str, object_: str) -> str:
    """Stable across re-ingest: document ids are content hashes, the rest is what the event says."""
    sentence_hash = hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:12]
    return "|".join((document, sentence_hash, type_, subject, object_))
