"""Acts asked of someone: what a verb of asking asks another to do has not been done by them.

"Rybachuk called on the EU to recognise the steps Ukraine took", "the campaign urged the government
to continue pressing its case", "the director urged students to seek gatekeeper positions": the request is the event (REQUEST, by the one who asks, of the
one asked); the act asked for is neither done nor promised by the one asked, as someone else's act
that a verb of wishing governs is not (extract/framing.py `wished`). The verbs of asking are those
the lexicon gives a REQUEST frame over a clause ("urge", "call on", "ask", "tell X to"), with the one
asked named before the infinitive.
An act asked for oneself ("asked to meet the president", "sought to expose") is an aim, left to
the sense judge's other tests; a visit or talks one is invited to ("invited Modi to visit Washington")
are how a meeting is arranged, and stay as the meeting to come, and an order binds those it orders.
"""
from __future__ import annotations

from ..quotes import in_quote, sentence_quotes
from ..wordlists import words
from .control import PREP_CONTROL
from .frames import frame_for_verb, governing_frame
from .lexicon import lexicon

# how the act asked of a named addressee hangs under the verb of asking: "urged X to go", "called on X to go".
# A clause with a subject of its own ("demanded that Ankara withdraw", "called for Israel to lift") is
# left as it is coded now: the act demanded, kept with certainty "possible" (tests/data/devset.yaml)
ASKED_CLAUSES = frozenset({"xcomp"})
# words that make a clause under "ask" a question about what was done ("asked why ministers attacked the
# plan", "asked whether police had arrested him"), not an act asked for
QUESTION_WORDS = words("asked_acts_question_words")
# verbs of asking whose act asked for is coded as the act to come: an invitation to visit or talk; an
# order, which those it binds carry out ("was ordered held without bail", "ordered troops into the town")
ARRANGING = words("asked_acts_arranging")


def asked(t) -> bool:
    """`t` is the infinitive a verb of asking asks of another it names: an object ("urged the government
    to"), "called on X", a passive's subject ("was urged to resign")."""
    head = t.head
    pleaded = pleaded_with(t)
    if t.dep_ not in ASKED_CLAUSES and not pleaded or head.i == t.i or head.pos_ not in ("VERB", "AUX") \
            or head.lemma_.lower() in ARRANGING:
        return False
    if any(x.lower_ in QUESTION_WORDS and x.i < t.i for x in t.children):
        return False
    frame = frame_for_verb(head, lexicon())[0] if pleaded else governing_frame(head, t, lexicon())
    if frame is None or frame.type != "REQUEST":
        return False
    return one_asked(head, t) is not None


def pleaded_with(t) -> bool:
    """An infinitive the parser hangs as a clause of purpose on a verb that asks through a preposition:
    "pleaded with Germany to send tanks", "appealed to donors to give" (the one asked precedes it)."""
    return t.dep_ == "advcl" and t.head.lemma_.lower() in PREP_CONTROL and not any(
        x.dep_ in ("nsubj", "nsubjpass", "mark") for x in t.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def one_asked(verb, clause):
    """Whom the verb of asking names as asked, before the clause: its object ("urged the government
    to"), the object of its preposition ("called on the EU to", "appealed to donors to") or the
    subject of its passive ("was urged to resign"); None when it asks no one by name ("asked to meet")."""
    for c in verb.children:
        if c.i > clause.i:
            continue
        if c.dep_ in ("dobj", "dative", "nsubjpass"):
            return c
        if c.dep_ == "prep" and c.lower_ in PREP_CONTROL.get(verb.lemma_.lower(), ()):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def asks_a_question(verb) -> bool:
    """A verb of asking whose clause is a question ("How was it right that ..., the leader asked", "Is
    this fair? he asked"): words put to someone, no request that they act."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        words = list(clause.subtree)
        if words[0].lower_ in QUESTION_WORDS or words[-1].lower_ == "?" or inverted(clause):
            return True
    return False


def inverted(clause) -> bool:
    """An auxiliary before its clause's subject: "Should farmers pay ...", "Is it fair ..."."""
    subject = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return False
    verbs = [clause] + [x for x in clause.children if x.dep_ in ("aux", "auxpass")]
    return any(v.pos_ == "AUX" and v.i < subject.i for v in verbs)


def asked_about(trigger) -> bool:
    """The trigger's clause is a yes-or-no question: its auxiliary comes before its subject and a question
    mark closes it ("so are these people followed up and prosecuted?", "Should the United Kingdom approve
    the treaty?", "Will the rebels free the hostages?"). What it asks about is neither told as done nor as
    to come; a question that names what was done ("why did police arrest him?") asks about a fact told,
    and is left alone. Only a quoted question: one told outside quotes stays, as a possible act
    (attribution: a question asserts nothing), the reading its tests keep."""
    clause = trigger.head if trigger.dep_ in ("aux", "auxpass") or trigger.pos_ in ("NOUN", "PROPN") else trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in clause.children):
        clause = clause.head    # "are they followed up and prosecuted?": both acts are asked about
    if not inverted(clause) or any(t.lower_ in QUESTION_WORDS for t in clause.lefts):
        return False
    end = max(t.i for t in clause.subtree)
    # the mark may close the clause before or after its closing quotation mark
    closing = clause.doc[max(end - 1, 0):min(end + 2, len(clause.doc))]
    return any(t.lower_ == "?" for t in closing) and in_quote(trigger.doc, trigger.i, sentence_quotes(trigger.doc))
