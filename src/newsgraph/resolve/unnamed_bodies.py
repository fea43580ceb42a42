"""State bodies named by what they are, with no name of their own: "the education ministry", "the
city council", "a parliamentary commission", "the electoral commission". News in many countries
writes them in lower case; they act ("the city council banned the march") and are acted on
("teachers accused the education ministry").

Each is a body of this document only (two stories' "interior ministry" may be two states'), typed
a government body and named as written, with the story's country when the story has one
(resolve/story_country.py). Only a phrase with a word saying which body (a bare "the ministry"
refers back: resolve/kinds.py) heading a side (subject, object, object of a preposition, a
conjunct), with no name or nationality in it (those are country_phrases' and the recogniser's),
and no "of" phrase ("the council of elders") nor owner ("Kenya's ministry").
"""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..model import Entity
from ..wordlists import words
from .gazetteer import Gazetteer
from .names import fold
from .participants import document_tag
from .resolution import ResolutionDraft
from .story_country import StoryEvidence

# heads of a state body's description: "ministry", "council", "commission"
BODY_HEADS = words("unnamed_body_heads")
SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# what a body is accused of ("accused the ministry of corruption"): no "of" phrase of the body's own
CHARGE_NOUNS = words("misconduct_charge_nouns")


def which_body_words(tok, res: ResolutionDraft) -> list | None:
    """The lower-case words before `tok` that say which body it is ("education", "city",
    "parliamentary"), or None when the phrase has a name, nationality, owner or number in it."""
    found = []
    for c in tok.lefts:
        if c.dep_ == "det":
            if c.lower_ not in ("the", "a", "an"):
                return None    # "this ministry", "each council": told before, or any
            continue
        if c.i in res.token_entity or c.ent_type_ or not c.text.islower() or c.dep_ not in ("amod", "compound", "nmod"):
            return None
        if c.pos_ not in ("NOUN", "ADJ"):
            return None
        found.append(c)
    return found or None


def of_members(prep) -> bool:
    """"the council of elders", "the commission of inquiry", "the assembly of Kosovo": an "of" phrase
    that says whose or what body it is (not the charge after "accused the ministry of lying")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        p.dep_ == "pobj" and p.tag_ in ("NNS", "NNP", "NNPS", "NN") and p.lemma_.lower() not in CHARGE_NOUNS
        for p in prep.children)


def unnamed_bodies(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Name the state bodies a description without a name gives (see the module)."""
    heads = tokens_with_lemma(doc, BODY_HEADS)
    if not heads:
        return
    story = None
    for i in heads:
        tok = doc[i]
        if i in res.token_entity or not tok.text.islower() or tok.tag_ not in ("NN", "NNP") or tok.dep_ not in SIDE_DEPS:
            continue
        if any(c.dep_ == "poss" for c in tok.children) or any(of_members(c) for c in tok.rights):
            continue
        which = which_body_words(tok, res)
        if which is None:
            continue
        start = min(c.i for c in which)
        if res.covered(start, i + 1):
            continue
        span = doc[start:i + 1]
        if story is None:
            story = story_evidence(doc, gaz, res)
        entity = document_body(doc, span, "GOVERNMENT", story)
        res.add_mention(span, entity, "description of a body", label="ORG", head=i, alias=False)


def story_evidence(doc, gaz: Gazetteer, res: ResolutionDraft) -> StoryEvidence:
    """What body_country reads of a document, read once by a pass before the first body it adds."""
    return StoryEvidence.read(doc, gaz, res)


def document_body(doc, span, typ: str, story: StoryEvidence) -> Entity:
    """A body of this document only, named as `span` writes it, with the story's country at the span
    where the story has one (`story`: story_evidence, read once per document by the caller): its home
    first, as a bare title's ("a British story quoting George Bush ... the committee said" is Britain's)."""
    country = story.country_at(span.start, by_politics=False) if story.mentions else None
    return Entity(key=f"{typ}:#{document_tag(doc)}:{fold(span.text).replace(' ', '-')}", name=span.text,
                  type=typ, country=country, reason="description")
