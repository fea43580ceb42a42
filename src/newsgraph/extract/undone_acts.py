"""Acts told as sought or as due, not as done: an act noun someone demands, seeks or calls for ("the
opposition demanded the arrest of the general", "Yukos will seek sanctions against Baikal", "protesters called
for the expulsion of the ambassador": the demand is the event, the arrest is not made), and an act it is
"time" for someone to do ("it is time for the minister to resign", "the time has come for the rebels to lay
down their arms", "it is high time the government released the prisoners"): a call, not the act; and an
act someone is talked "out of" ("talked the gunman out of shooting the hostages"). All are held as
hypothetical by the sense judge (extract/sense.py)."""
from __future__ import annotations

from ..wordlists import words

SOUGHT_ACT_VERBS = words("sought_act_verbs")
CALLED_FOR_HEADS = words("called_for_heads")
DUE_TIME_NOUNS = words("due_time_nouns")
TOLD_TIMES = words("told_times")
PUT_FORWARD = words("put_forward_nouns")


def sought_noun(trigger) -> bool:
    """An act noun that is the direct object of a verb of demanding or seeking, or the "for" phrase of a
    call, plea or push (first of a coordination: "demanded the arrest and trial of the general")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() in PUT_FORWARD:
        return False    # ("considering an offer from Quiksilver": the offer is made)
    t = trigger
    while t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj":
        return t.head.pos_ == "VERB" and t.head.lemma_.lower() in SOUGHT_ACT_VERBS
    head = t.head
    return t.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" and \
        head.head.pos_ in ("VERB", "NOUN") and head.head.lemma_.lower() in CALLED_FOR_HEADS


def time_for(verb) -> bool:
    """A verb told as what it is time to do: an infinitive on "time" or "moment" ("time for X to resign",
    "the moment for Iran to accept", "time is running out for Iran to accept"), or the clause of "it is
    (high) time" ("it is high time the government released them"); not a time told as past ("the first
    time police raided the camp")."""
    head = verb.head
    if head.i == verb.i:
        return False
    infinitive = any(x.dep_ == "aux" and x.lower_ == "to" for x in verb.children)
    if verb.dep_ in ("relcl", "acl"):
        return infinitive and due_time(head)
    if verb.dep_ in ("advcl", "xcomp"):   # "time is running out for Iran to accept the offer"
        return infinitive and any(x.dep_ == "nsubj" and due_time(x) for x in head.children)
    return verb.dep_ == "ccomp" and head.lemma_.lower() == "be" and any(
        x.dep_ == "attr" and x.i < verb.i and due_time(x) for x in head.children)


def due_time(noun) -> bool:
    """"time" or "moment", not a time told as past or counted ("the first time", "the last time")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DUE_TIME_NOUNS and not any(
        x.lower_ in TOLD_TIMES for x in noun.children)


def talked_out_of(verb) -> bool:
    """An act someone is talked, persuaded or scared "out of" ("talked the gunman out of shooting the
    hostages", "backed out of signing the deal"): not done."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.i != prep.i
