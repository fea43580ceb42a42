"""A state's government named bare where the story's state is not clear: "MPs urged the government to
redraft the bill", "the union called on the government to act".

resolve/story_country.py gives "the government" the government of the story's country, and leaves it
unresolved where no country is clear or two compete: a wrong state is worse than none. The phrase
still names a side: a British story that names no state ("a committee of MPs ... urged the
government") asks its own government, and an event that drops it loses its addressee or doer. Here
such a phrase left unresolved after story_country and its sibling passes becomes a body of this
document only, typed a government, named "government", with no country: the side is kept, no state
is guessed. Every bare "the government" of the document is that one body (as resolve/bare_bodies.py
makes "the council"). Only a side ("urged the government", "the government said"), written "the
government" with no word saying which ("a government", "the previous government" are not it) and
no owner or "of" phrase (those name their state).
"""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..model import Entity
from ..wordlists import words
from .bare_bodies import bare_side
from .names import fold
from .participants import document_tag
from .resolution import ResolutionDraft

# the heads of a government named bare ("the government", "the administration")
PLACELESS_HEADS = words("placeless_government_heads")


def placeless_governments(doc, res: ResolutionDraft) -> None:
    """Keep the bare "the government" that no pass resolved as a government of this document (see the module)."""
    for i in tokens_with_lemma(doc, PLACELESS_HEADS):
        tok = doc[i]
        if i in res.token_entity or not bare_side(tok, tok.lemma_.lower()):
            continue
        name = tok.lower_
        res.add_mention(doc[i:i + 1], Entity(key=f"GOVERNMENT:#{document_tag(doc)}:{fold(name)}", name=name,
                                              type="GOVERNMENT", reason="description"),
                        "description of a body: no state clear", label="ORG", head=i, alias=False)
