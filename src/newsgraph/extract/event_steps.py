"""The steps that turn one candidate into an Event, in the order events._events runs them: a threat
anchored on its vow, the sides settled (a quoted "we", a place that is no side), the claim made about
it (who says so, how certain), then the record with its date and place."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .actors import KnownActors
from .aid_purposes import place_helped
from .announced_acts import announcing_body
from .answered_requests import same_side
from .arguments import entity_type
from .attribution import Attributor
from .clause_walk import stronger
from .constructions import conditional_threat
from .deployments import settle_deployment
from .described_sides import PERSON_HEADS
from .doubted_doers import doubted_claim
from .faulted_doers import accused_by_name
from .frames import Candidate, noun_frame
from .framing import unrealised_noun
from .hindsight import REPROACHING
from .keep import STATEMENTS, vow_of
from .modifier_owners import MEMBER_NOUNS
from .political_offices import titled
from .quantities import is_people
from .said_threats import said_threat
from .sense import OFFICE_HOLDER
from .sense_words import lemma_in
from .statements import FIRST_PERSON
from .timeplace import date_for, place_for
from .title_claims import title_claim
from .tried_force import retyped_try

PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
# types whose other side is whom one meets or visits: a place visited is no one consulted
NEEDS_HOST = frozenset({"CONSULT"})


def as_threat(c: Candidate, res: KnownActors, attributor: Attributor, held) -> Candidate:
    """The candidate retyped as the threat it is part of, if it is one; else itself."""
    threat = vow_of(c)
    if threat is not None:
        # the event is the threat, asserted or not on its own terms: anchor it on the vow
        c.type, c.trigger, c.anchor = "THREATEN", threat, threat
    elif (said := said_threat(c, res, attributor, held)) is not None:
        c = said   # "Hamas said it would attack Israel" is Hamas's threat, made by saying
    elif conditional_threat(c):
        c.type = "THREATEN"   # "will strike unless the attacks stop"
    return c


class ActorKinds:
    """The kind of actor the sense judge reads for a key: an office holder making a statement
    speaks for the office; any other actor is its entity type. `political(key)` says whether the
    document gives the actor a political office or chamber (political_offices.py), which makes its
    lone stand on a thing political news (political_stances.py)."""

    def __init__(self, event_type: str, res: KnownActors, officials, doc=None) -> None:
        self.event_type, self.res, self.officials, self.doc = event_type, res, officials, doc

    def __call__(self, key):
        if key in self.officials and self.event_type in STATEMENTS:
            return OFFICE_HOLDER
        return entity_type(key, self.res)

    def political(self, key) -> bool:
        return bool(key) and (key in self.officials or self.doc is not None and titled(key, self.res, self.doc))


def actor_kinds(event_type: str, res: KnownActors, officials, doc=None) -> ActorKinds:
    """The sense judge's reading of actors' kinds for a candidate of `event_type` (ActorKinds)."""
    return ActorKinds(event_type, res, officials, doc)


def unsettled(c: Candidate, res: KnownActors, gaz, lex, attributor: Attributor) -> str | None:
    """Settle the candidate's sides in place; the reason to drop it when they cannot be."""
    if c.subject is None and c.subject_tok is not None and c.subject_tok.lower_ in FIRST_PERSON:
        c.subject = attributor.speaker_of_quote(c.subject_tok)
    if c.subject is not None and (c.subject == c.object or own_matter(c)):
        return "acts on itself"   # an actor acting on itself is a resolution error, not an event
    if c.object is not None and c.type not in PLACE_TARGETS and entity_type(c.object, res) == "LOCATION" \
            and not undone_on_place(c, lex) and not accused_by_name(c, gaz, res):
        # aid, talks or support go to actors; a place is where, not whom, except a capital
        # ("a visit to Jerusalem" is a visit to Israel's government)
        country = gaz.country_of_capital(res.entities[c.object].name) if gaz is not None else None
        if country is None and c.type in NEEDS_HOST:
            return "place without host"   # "officials travelled to the Sinai": a trip to a place is no consultation
        if country is not None:
            c.object = country.key
            res.add_actor(country)
        elif not place_helped(c):   # "EU aid to Gaza" keeps Gaza: the place stands for its people (aid_purposes.py)
            c.object = None
    settle_deployment(c, res, gaz)   # "deployed troops to Mali": Mali, not the forces moved
    return None


def own_matter(c: Candidate) -> bool:
    """A state's government acting on its state as named, or on a thing of the state's ("the White House
    backs the US's strong dollar policy"): its own matter; not on people who stand for the state ("the
    Kremlin reined in Russia's regional governors")."""
    tok = c.object_tok
    return c.object is not None and same_side(c.subject, c.object) and tok is not None and not (
        is_people(tok) or lemma_in(tok, PERSON_HEADS) or lemma_in(tok, MEMBER_NOUNS))


def undone_on_place(c: Candidate, lex) -> bool:
    """A concession that ends a coercion or sanction done to a place keeps the place as its side,
    as the act it undoes does: "eased its blockade of Gaza", "lifted the siege of Aleppo"."""
    tok = c.object_tok
    if c.type != "CONCEDE" or tok is None or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    frame = noun_frame(tok.head.head, lex)
    return frame is not None and frame.type in PLACE_TARGETS


def claim_of(c: Candidate, res: KnownActors, attributor: Attributor):
    """Who says the event happened and how certain it is; an unnamed doer becomes the body that
    announced it (set on the candidate)."""
    claim = attributor.own_statement(attributor.attribute(c.trigger, c.anchor), c.type, c.trigger,
                                     c.subject, c.subject_tok)
    c.subject = c.subject or announcing_body(c.trigger, c.subject, c.object, claim.source, res)
    claim = title_claim(doubted_claim(claim, c, attributor), c)   # "TBWA's boss Trevor Beattie": held as told
    if c.type not in ("THREATEN", "AGREE") and unrealised_noun(c.trigger) or retyped_try(c.type, c.trigger, attributor.lex):
        # kept only when its doer announced it (sense.judge): a plan, as "will withdraw" is
        claim = replace(claim, certainty=stronger(claim.certainty, "possible"))
    if (c.type == "REQUEST" or c.type == "ACCUSE" and c.trigger.lower_ in REPROACHING) \
            and c.trigger.dep_ == "aux" and claim.certainty == "possible":
        # a demand stated as an obligation ("must release"), a reproach in hindsight ("should have acted":
        # hindsight.py): the demand or reproach was made, as reported
        claim = replace(claim, certainty="reported" if claim.source is not None else "asserted")
    return claim


def recorded(c: Candidate, claim, doc, res: KnownActors, gaz, location, quantities) -> Event:
    """The Event of a kept candidate, with its claim, date and place."""
    sent = c.trigger.sent
    date, date_kind = dated(c, doc)
    location, location_method = place_for(c, res, location, gaz)
    return Event(
        type=c.type, subject=c.subject, object=c.object, sentence=sent.text, start=sent.start_char,
        end=sent.end_char, trigger=c.trigger.text, trigger_start=c.trigger.idx,
        trigger_end=c.trigger.idx + len(c.trigger.text), negated=claim.negated, certainty=claim.certainty,
        source=claim.source, location=location, date=date, date_kind=date_kind,
        location_method=location_method,
        quantities=quantities, subject_text=span_text(c.subject_tok), object_text=span_text(c.object_tok),
    )


def dated(c: Candidate, doc) -> tuple[str | None, str | None]:
    """The event's date and how it is known: stated in its clause, else the document's date."""
    stated = date_for(c, doc)
    if stated:
        return stated, "stated"
    published = doc.user_data.get("published")
    return (published[:10], "reported") if published else (None, None)


def span_text(tok) -> str:
    if tok is None:
        return ""
    left = tok.left_edge.i
    return tok.doc[left:tok.i + 1].text
