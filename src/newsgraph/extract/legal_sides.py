"""The defendant of an act of law that the verb's or noun's own slots missed: the "against" phrase
hanging deeper in what is sought ("filed a lawsuit for defamation against X", "a damages claim for
$18m against Y"), or a party described, not named ("sued a former contractor", "has sued 45
banks": whoever is sued is a party, whatever the noun). PLOVER ACCUSE: a lawsuit or charges between
the plaintiff and the defendant."""
from __future__ import annotations

from ..model import Entity
from ..resolve.names import fold
from ..resolve.participants import DETERMINERS, collective_span, document_tag
from ..wordlists import words
from .actors import KnownActors
from .allegations import answer_anchor, answering_verb
from .arguments import actor_of, is_passive
from .described_sides import described_side
from .entity_lookup import entity_type
from .frames import Candidate, clause_subject
from .refusals import COURTS
from .sense_cooperative import LEGAL_CHARGES

# verbs whose subject answers a legal action another brought, as the one it is against: "agreed to settle a
# lawsuit filed by the SEC", "is fighting charges brought by prosecutors" (read only with the bringer named:
# "settled its lawsuit" may be the plaintiff's)
DEFENDING = words("legal_sides_defending")
# verbs of putting a member out of a body, whose "from" phrase names the body that does it when the
# verb states no doer: "was expelled from the Labour party", "was suspended from the union"
PUTTING_OUT = words("putting_out_verbs")
# what may put a member out of itself: a body or a state ("expelled from Russia" is Russia's act);
# not a place ("barred from Gaza")
EXPELLING_TYPES = frozenset({"ORGANIZATION", "GOVERNMENT", "COUNTRY", "ARMED_GROUP", "MILITARY"})
# what may lie between the act and its "against" phrase: what is sought and how much
# ("a lawsuit [for defamation] against", "a claim [for $18 million] against")
COUNTING = words("counting_nouns")
SOUGHT_CHAIN = frozenset({"prep", "pobj", "nummod", "quantmod", "compound", "npadvmod", "amod"})


def legal_defendants(candidates: list[Candidate], res: KnownActors) -> None:
    """Give a one-sided act of law its defendant, when one is found (see the module's doc)."""
    for c in candidates:
        if c.type != "ACCUSE" or c.object is not None or c.trigger.lemma_.lower() not in LEGAL_CHARGES:
            continue
        tok = defendant(c.trigger)
        if tok is None:
            continue
        key = actor_of(tok, res) or described_side(tok, res) or sued_party(c.trigger, tok, res)
        if key is not None and key != c.subject:
            c.object, c.object_tok = key, tok


def sued_party(trigger, tok, res: KnownActors) -> str | None:
    """The party the verb "sue" names by description: counted ("45 banks"), indefinite ("a website")
    or plural and described ("former auditors"). Not "the company" or "the firm": a definite
    singular refers back to a party named before, which a new description would wrongly split."""
    if trigger.lemma_.lower() != "sue" or tok.dep_ != "dobj" or tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() in COUNTING:   # "a host of companies": the companies
        tok = next((p for x in tok.children if x.dep_ == "prep" and x.lower_ == "of"
                    for p in x.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if tok is None:
            return None
        return described_party(tok, res)
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    counted = any(c.dep_ == "nummod" for c in tok.children)
    plural = tok.tag_ == "NNS" and (counted or not dets and any(c.dep_ in ("amod", "compound") for c in tok.children))
    if not (counted or plural or dets & {"a", "an"}):
        return None
    return described_party(tok, res)


def described_party(tok, res: KnownActors) -> str:
    """A described party's key, made for this document: "45 banks" -> "banks"."""
    start = next((t.i for t in tok.lefts if t.lower_ not in DETERMINERS and t.dep_ != "nummod"), tok.i)
    name = tok.doc[start:tok.i + 1].text
    key = f"OTHER:#{document_tag(tok.doc)}:{fold(name).replace(' ', '-')}"
    res.add_mention(collective_span(tok, res), Entity(key=key, name=name, type="OTHER", reason="description"),
                    "description of a side", label="GENERIC")
    return key


def defendant(trigger):
    """The token naming whom an act of law is against: the direct object of the verb ("sued a former
    contractor"), or the object of an "against" under the act or the verb that makes it ("filed")."""
    if trigger.pos_ == "VERB":
        direct = next((x for x in trigger.children if x.dep_ == "dobj"), None)
        if direct is not None:
            return direct
    heads = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    for head in heads:
        for prep in head.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "against" and sought_between(prep, head):
                return next((x for x in prep.children if x.dep_ == "pobj"), None)
    return None


def sought_between(prep, head) -> bool:
    """Whether `prep` hangs from `head` through what is sought only (no clause, no other act)."""
    t = prep
    while t.i != head.i:
        if t.dep_ not in SOUGHT_CHAIN and t.head.i != head.i:
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def brought_by(candidates: list[Candidate], res: KnownActors) -> None:
    """The accuser of charges or a suit named in the participle that brings them: "denies the charges
    brought against him by the state", "the complaint filed by Iran" (the noun's own slots miss it);
    with the accuser named, the one answering them (defended_against).
    Charges one denies are read from the one denying, as answered allegations are (allegations.py):
    the denial does not undo them."""
    for c in candidates:
        if c.type != "ACCUSE" or c.trigger.pos_ != "NOUN" or c.trigger.lemma_.lower() not in LEGAL_CHARGES:
            continue
        answerer = answering_verb(c.trigger)
        if answerer is not None and c.anchor is not None and c.anchor.i == answerer.i:
            c.anchor = answer_anchor(c.trigger)   # "denies the charges against him": denied, still brought
        if c.subject is None:
            tok = next((p for a in c.trigger.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")
                        for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"), None)
            key = actor_of(tok, res) if tok is not None else None
            if key is not None and key != c.object:
                c.subject, c.subject_tok = key, tok
        if c.subject is not None:
            defended_against(c, res)


def defended_against(c: Candidate, res: KnownActors) -> None:
    """The one a legal action is against, as the subject of the verb that answers it, when the action has
    no other side: "Marsh agreed to settle a lawsuit filed by Eliot Spitzer" (Marsh)."""
    noun = c.trigger
    if c.object is not None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DEFENDING:
        return
    key, tok = clause_subject(noun.head, res)
    if key is not None and key != c.subject:
        c.object, c.object_tok = key, tok


def fined_parties(candidates: list[Candidate], res: KnownActors) -> None:
    """The one fined when the parser makes it a modifier of the sum: "fined Google 100 million euros"
    read as "[Google 100 million euros]"; the name before the amount is the verb's first object."""
    for c in candidates:
        if c.type != "SANCTION" or c.object is not None or c.trigger.pos_ != "VERB":
            continue
        for amount in (x for x in c.trigger.children if x.dep_ == "dobj" and x.i > c.trigger.i and counted(x)):
            tok = next((m for m in amount.lefts if m.dep_ in ("nmod", "compound") and m.pos_ == "PROPN"
                        and m.i == c.trigger.i + 1 + sum(1 for x in m.lefts)), None)
            key = actor_of(tok, res) if tok is not None else None
            if key is not None and key != c.subject:
                c.object, c.object_tok = key, tok


def counted(tok) -> bool:
    """A sum: "100 million euros", "$5m", "a £20,000 penalty"."""
    return tok.ent_type_ == "MONEY" or any(x.dep_ in ("nummod", "quantmod") or x.like_num for x in tok.lefts)


def charged_in_court(candidates: list[Candidate], res: KnownActors) -> None:
    """"Mensah appeared in court charged with fraud": the parser hangs the participle on the court;
    the one charged is the subject of the verb whose court it is, not the court."""
    for c in candidates:
        verb, tok = c.trigger, c.object_tok
        if c.type not in ("ACCUSE", "SANCTION") or tok is None or verb.dep_ != "acl" or verb.tag_ != "VBN" \
                or tok.i != verb.head.i or tok.lemma_.lower() not in COURTS or tok.dep_ != "pobj":
            continue
        subj = next((x for x in tok.head.head.children if x.dep_ == "nsubj"), None)
        key = actor_of(subj, res) if subj is not None else None
        if key is not None and key != c.subject:
            c.object, c.object_tok = key, subj


def expelling_bodies(candidates: list[Candidate], res: KnownActors) -> None:
    """The body a member is put out of, as the doer, when the passive names no other: "Mr Hale was
    expelled from the Labour party", "Blake, suspended from the union in May": a party, union or
    state expels its own. Not when the verb has its "by" phrase, nor for a place."""
    for c in candidates:
        verb = c.trigger
        if c.type != "SANCTION" or c.subject is not None or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in PUTTING_OUT or not is_passive(verb) \
                or any(x.dep_ == "agent" for x in verb.children):
            continue
        body = next((p for x in verb.children if x.dep_ == "prep" and x.lower_ == "from"
                     for p in x.children if p.dep_ == "pobj"), None)
        key = actor_of(body, res) if body is not None else None
        if key is not None and key != c.object and entity_type(key, res) in EXPELLING_TYPES:
            c.subject, c.subject_tok = key, body
