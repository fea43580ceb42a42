"""Acts aimed at or scheduled, not done, that no modal marks:

- the purpose of another act: what is done "in order to", "so as to" or "so that" something else
  happens ("cut spending in order to get bailout loans from the EU", "invoked the prerogative in
  order to withdraw the men's passports", "held the strike so that Greece can get a bailout");
- an act arranged with "be to" or "be due to" ("the Foreign Secretary is to visit Thailand", "he is
  due to meet Mr Putin", "days before Ms Rice was to ask the UN"), the same future as "will visit";
- a meeting or visit told as the time or place of an act to come ("will sign the treaty during his
  visit to Beijing", "will raise it at a meeting with the king", "will travel to Beijing for talks
  with Mr Xi"): the modal marks the verb, and the meeting it is set in is as much to come. An act
  said about it ("will report on the talks") may tell of talks held, and is left alone.

The contract codes an act not (yet) done as certainty "possible" (PLOVER's hypothetical mode, as
"will step down" in tests/data/certainty_probes.yaml), so the event stays with that certainty
instead of being stored as done.

A bare infinitive of purpose ("sent troops to help") is left alone: measured in session 9, it costs
held-out recall, as the dev gold counts many such purposes (help sent) as done."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from ..wordlists import words
from .lexicon import lexicon
from .mood import NOUN_SLOTS  # how a noun trigger hangs under the verb of its clause
from .trials_ahead import trial_bearer

# the noun of "in order to" and the marks of "so as to", "so that"
ORDER = "order"
SO = "so"
SO_SECOND = words("purposes_so_second")
UNDONE = frozenset({"possible"})
# the modals of the future ("wo" is the tagger's "will" of "won't"); "would" is left out, the future of a
# past saying ("said he would sign it during his visit") that may since have come
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# prepositions that set an act in a meeting: "during his visit", "at a meeting", "for talks"; "on" only
# before a journey ("on a visit to Kabul"): "will rule on the talks" names a topic
SETTING_PREPS = words("purposes_setting_preps")
JOURNEYS = words("purposes_journeys")
# the prepositions by which a verb of saying sets its act in a meeting ("will announce it during his visit")
SAID_AT = words("purposes_said_at")
# the event types of meetings and visits
MEETING_TYPES = frozenset({"CONSULT"})


def purposed(event: Event, trigger) -> Event:
    """The event with certainty "possible" when its trigger's clause is a purpose or arranged; else the event."""
    if trigger is None or event.negated or event.certainty in UNDONE:
        return event
    if event.type in MEETING_TYPES and meeting_to_come(trigger):
        return replace(event, certainty="possible")
    if not purpose_clause(trigger):
        return event
    if (bearer := trial_bearer(trigger)) is not None and arranged(bearer):
        return event    # "is to face trial": the charges are brought, only the trial is to come
    return replace(event, certainty="possible")


def purpose_clause(trigger) -> bool:
    """The trigger's verb, or a verb it is joined to, is introduced by "in order to", "so as to" or
    "so that", or arranged by "be to" or "be due to"."""
    verb = trigger
    if verb.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head       # "to get loans from the IMF": the loans' verb, through a preposition
        elif verb.dep_ in NOUN_SLOTS:
            verb = verb.head
        else:
            return False
    for _ in range(3):
        if in_order_to(verb) or so_marked(verb) or arranged(verb):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head        # "in order to arrest and prosecute them": both acts share the purpose
    return False


def in_order_to(verb) -> bool:
    """"in order to get": the verb is an infinitive on "order", the object of "in"."""
    head = verb.head
    return verb.dep_ == "acl" and head.lower_ == ORDER and head.dep_ == "pobj" and head.head.lower_ == "in" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def so_marked(verb) -> bool:
    """"so as to assist", "so that Greece can get": the verb's marks are "so" and "as" or "that"."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return SO in marks and any(m in SO_SECOND for m in marks)


def arranged(verb) -> bool:
    """"is to visit", "was to ask", "are to be investigated", "is due to meet": an infinitive that
    completes a form of "be" (or "due" after one) whose subject is the doer or the done-to, and
    that has no predicate noun."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lower_ == "due" and head.dep_ == "acomp":
        head = head.head
    elif any(c.dep_ in ("attr", "acomp") for c in head.children):
        return False    # "is the third MP to defect", "was wrong to give": of the predicate, an act done
    return head.lemma_.lower() == "be" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def meeting_to_come(trigger) -> bool:
    """A noun set after "during", "at", "for" or "on a visit" on a verb in the future ("will sign the treaty
    during his visit", "will travel to Beijing for talks", "will speak on a visit to Kabul"), or on a verb it
    completes ("will try to settle it at the summit"); a verb of saying only "during" or "at" it ("will
    announce it during his visit"; "will report for the talks" is no setting)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    setting = prep.lower_ in SETTING_PREPS or prep.lower_ == "on" and trigger.lemma_.lower() in JOURNEYS
    if prep.dep_ != "prep" or not setting:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon().reporting and prep.lower_ not in SAID_AT:
        return False
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
