"""One-sided events whose other side the sentence names but the event did not take, and talks only
wished for: each is wrong as it stands (the hand audit counts it wrong), so the gate drops it, or
completes it where the side resolved.

- Talks with a named partner whose host the sentence gives, as the owner of the talks ("his final
  talks with Mr Thorpe") or as the subject of the clause whose phrase of time holds them ("Ahead of
  talks with the LSE, the pan-European bourse said"), when that host resolved to no actor.
- Talks, meetings and agreements with one side only, under a verb that wishes, plans, proposes or
  denies them ("said he hoped the talks could set a date for negotiations with Turkey"): PLOVER
  CONSULT is talks held; a plan for them with both sides named stays (with its certainty).
- The victim of a crime booked as the one convicted or charged, with no court named: the object
  of a penalty or charge that is the victim of violence the same sentence tells ("Peterson was
  convicted of murder for the death of Laci Peterson", where the names of husband and wife resolved
  to one actor).
- A stand on another's thing with no object, though the thing's owner is named ("criticised Tony
  Blair's plans"): the owner becomes the object when it resolved to an actor (as "dismissed Gordon
  Brown's Budget" is a rejection of Brown); and so does a stand whose object is the owned thing itself,
  resolved as an actor of its own ("dismissed Gordon Brown's Budget" -> Budget, "cannot support Mr
  Brown's International Finance Facility").
- One-sided contact, aid and pleas whose word names no act of their type (partnerless.py)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from ..wordlists import words
from .partnerless import partnerless
from .sense_words import lemma_in
from .talks_with import clause_host

UNHELD = frozenset(words("unheld_talk_verbs"))
# bodies named by their kind, as an owner of the thing stood on ("the government plans"; judge.yaml)
BODIES = frozenset(words("addressed_bodies"))
# acts of policy or government whose owner is the other side of a stand on them (stances.yaml); the
# owner of a crime ("Stefan's murder") is its victim, not a side
PUBLIC_MATTERS = frozenset(words("public_matter_nouns"))
OWNED_DOCUMENTS = PUBLIC_MATTERS | frozenset(words("owned_documents"))
STANDS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
OWNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TALKS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
PENALTIES = frozenset({"SANCTION", "ACCUSE"})
# how far up the parse a wish is looked for: clause, its object, a phrase or two between
REACH = 6


def host_left_out(event: Event, trigger) -> bool:
    """Talks with a partner and no host, though the sentence names the host: the talks noun's owner
    ("his talks with X") or the subject of the clause whose phrase holds them; had it resolved, it
    would be the subject (talks_with.talks_partners)."""
    if event.type != "CONSULT" or event.subject is not None or event.object is None or trigger.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" for c in trigger.children) or clause_host(trigger) is not None


def unheld(event: Event, trigger) -> bool:
    """A one-sided meeting, talks or agreement under a verb that wishes, plans or denies it."""
    if event.type not in TALKS or (event.subject is not None and event.object is not None):
        return False
    tok = trigger
    for _ in range(REACH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and lemma_in(tok, UNHELD):
            return True
    return False


def victims(events: list[Event], kinds: dict[str, str]) -> set[tuple[int, str]]:
    """(sentence start, object) of each act of violence whose victim is a person (`kinds`: entity key ->
    type): who was hurt in each sentence; a group ("eleven people were convicted of the bombs which
    killed seven people") may be two."""
    return {(e.start, e.object) for e in events if e.type == "ASSAULT" and kinds.get(e.object) == "PERSON"}


def one_sided_rule(event: Event, trigger, hurt: set[tuple[int, str]] = frozenset()) -> str | None:
    """The name of the rule that drops the event, or None; `hurt` holds the victims of the document's
    acts of violence (victims())."""
    if event.type in PENALTIES and event.subject is None and (event.start, event.object) in hurt:
        return "victim as convict"
    if trigger is None:
        return None
    if host_left_out(event, trigger):
        return "host left out"
    if unheld(event, trigger):
        return "talks not held"
    return partnerless(event, trigger)


def thing_owner(thing):
    """Who owns the thing a stand is on, as its phrase names them: its possessor ("Brown's Budget",
    "the government's decision"), a body as its modifier ("the government plans") or the "by"/"of"
    phrase of its maker ("the decision by the court", "the plans of the council"); or None."""
    for c in thing.children:
        if c.dep_ in ("poss", "compound") and named_owner(c):
            return c
    return next((o for p in thing.children if p.dep_ == "prep" and p.lower_ in ("by", "of") for o in p.children
                 if o.dep_ == "pobj" and named_owner(o)), None)


def named_owner(tok) -> bool:
    """A name of an actor ("Brown's", "of the council"), or a body by its kind ("the government"), not a
    day ("Sunday's vote") nor a possessive pronoun or what it owns (most often the stander's own:
    "defended his decision", "said his party's plans were not racist")."""
    if tok.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return False    # "his party's plans": the stander's own
    return tok.ent_type_ in OWNER_LABELS or tok.pos_ == "NOUN" and lemma_in(tok, BODIES)


def owned_stand(event: Event, object_tok, res) -> Event:
    """A stand with no object on a public matter whose owner is named and resolved: the event with the
    owner as object; else the event itself (an owner that resolved to no actor is held back from
    dropping the event: gate.HELD_BACK)."""
    if event.type in STANDS and event.object is not None and object_tok is not None:
        return owner_for_thing(event, object_tok, res)
    if event.type not in STANDS or event.object is not None or object_tok is None or object_tok.pos_ != "NOUN":
        return event
    owner = thing_owner(object_tok) if lemma_in(object_tok, PUBLIC_MATTERS) else None
    if owner is None:
        return event
    key = res.entity_at(owner.i)
    if key is None or key == event.subject:
        return event
    return replace(event, object=key, object_text=owner.text)


def owner_for_thing(event: Event, thing, res) -> Event:
    """A stand whose object resolved to the thing stood on, a document or scheme named as an actor of
    its own ("Gordon Brown's Budget" -> Budget): the event with the thing's named owner as object, when
    that owner resolved to another actor; else the event itself."""
    if thing.pos_ not in ("NOUN", "PROPN") or thing.lemma_.lower() not in OWNED_DOCUMENTS \
            or res.entity_at(thing.i) != event.object:
        return event
    owner = next((c for c in thing.children if c.dep_ == "poss" and named_owner(c)), None)
    key = res.entity_at(owner.i) if owner is not None else None
    if key is None or key in (event.object, event.subject):
        return event
    return replace(event, object=key, object_text=owner.text)
