"""Custody or violence stated by a participle before the people it was done to: "jailed opposition
leader Alexei Navalny", "the detained Reuters journalists", "relatives of the kidnapped aid workers",
"slain journalist Daphne Caruana Galizia" (PLOVER COERCE, mode arrest; ASSAULT, modes abduct and
targeted), with the doer unnamed. Only participles whose sense on people is this one, and only on
people, named or described: "the banned drug", "a fired coach" and "the seized cocaine" are not.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import PEOPLE_TYPES
from ..wordlists import table
from .actors import KnownActors
from .arguments import entity_type, sides_of
from .entity_lookup import described
from .frames import Candidate
from .quantities import is_people

PARTICIPLES = {word: etype for etype, forms in table("patient_participles").items() for word in forms}
# a proper noun after the participle that opens a title rather than naming the people's side: one the tagger
# names as no entity, or as a work's ("Arrested Development star X"); a name of any other kind is the
# people's ("jailed Belarusian activist", "the detained Reuters journalists", "jailed Kremlin critic X")
TITLE_LABELS = frozenset({"", "WORK_OF_ART"})
# the frames that carry each type's defaults
FRAME_NOUNS = {"COERCE": "detention", "ASSAULT": "killing"}


def titled(participle) -> bool:
    """The participle opens a name ("Arrested Development star Jason Bateman"): it is inside a named
    entity, or a title word follows."""
    doc = participle.doc
    after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if participle.ent_iob_ != "O":
        return True
    return after is not None and after.pos_ == "PROPN" and after.ent_type_ in TITLE_LABELS


def participle_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """Each noun phrase of people with such a participle among its modifiers, however the parser
    hangs it ("Jailed Belarusian activist X": on "Belarusian")."""
    for head in (n for n in tokens.nouns if n.dep_ != "compound"):
        doc = head.doc
        for tok in (doc[i] for i in range(head.left_edge.i, head.i)):
            etype = PARTICIPLES.get(tok.lower_)
            frame = lex.nouns.get(FRAME_NOUNS[etype]) if etype is not None else None
            if frame is None or tok.i in used or tok.dep_ not in ("amod", "compound") or titled(tok):
                continue
            sides = sides_of(head, res)
            for key, side in sides:
                kind = entity_type(key, res) if key is not None else None
                if key is None or kind == "PERSON" and described(key, res):
                    continue   # "the detained person", "the slain teen": one told of, or anyone, left to the story
                if kind in PEOPLE_TYPES or is_people(head):
                    used.add(tok.i)
                    yield Candidate(etype, tok, None, key, None, side, frame, tok)
