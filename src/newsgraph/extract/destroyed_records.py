"""Papers and data destroyed: an office getting rid of records ("the ministry destroyed 37,000 files
last year", "the number of files destroyed by the department", "burned thousands of documents",
"the destruction of the tapes") is no violence. PLOVER ASSAULT is violence against people or their
property; whether getting rid of records hid a wrong is a charge the sentence states apart
("accused of destroying evidence" is read as the accusation)."""
from __future__ import annotations

from ..wordlists import words
from .everyday import objects
from .sense_words import lemma_in

RECORDS = words("destroyed_records")
RECORD_ENDING = words("destroyed_records_record_ending")


def records_destroyed(c) -> bool:
    """The candidate is an ASSAULT whose trigger destroys records: what it acts on (or, for the noun
    "destruction", the "of" thing) is a file, a document, an email or the like, counted or not."""
    if c.type != "ASSAULT" or c.trigger.lemma_.lower() not in RECORD_ENDING:
        return False
    acted = [*objects(c.trigger), *(o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for o in p.children if o.dep_ == "pobj")]
    return any(record(t) for t in acted)


def record(tok) -> bool:
    """A record, or a count of records ("thousands of files", "37,000 files")."""
    counted = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return lemma_in(tok, RECORDS) or (tok.like_num or tok.ent_type_ == "CARDINAL") and any(
        lemma_in(o, RECORDS) for o in counted)
