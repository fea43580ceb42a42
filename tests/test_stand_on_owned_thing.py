"""A stand whose object resolved to the owned thing stood on, a document or scheme named as an actor of
its own, takes the thing's owner as object (one_sided.owner_for_thing). Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, type_, pair", [
    ("Chancellor Gordon Brown unveiled his Budget on Wednesday. Tory leader Michael Howard has dismissed "
     "Gordon Brown's Budget as a cynical bribe.", "REJECT", ("Michael Howard", "Gordon Brown")),
    ("Finance minister Hans Eichel has launched a Global Health Fund. But the US says it cannot support "
     "Mr Eichel's Global Health Fund.", "REJECT", ("United States", "Hans Eichel")),
])
def test_the_owner_of_the_thing_is_the_object(text, type_, pair, analyse_text):
    got = named_sides(analyse_text(text), type_)
    assert pair in got
    assert not any(o in ("Budget", "Global Health Fund") for _, o in got)


def test_a_stand_on_a_person_stays_with_the_person(analyse_text):
    # the owner's own people are not the owner's things: "criticised Blair's adviser" stays on the adviser
    text = ("Tory leader Michael Howard has criticised Tony Blair's adviser Alastair Campbell over the "
            "dossier.")
    got = named_sides(analyse_text(text), "ACCUSE")
    assert ("Michael Howard", "Alastair Campbell") in got and ("Michael Howard", "Tony Blair") not in got
