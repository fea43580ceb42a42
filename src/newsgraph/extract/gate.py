"""A gate over whole events: classes of events, described by their structure (type, sides and the
kinds of actor on them, certainty, the trigger's part of speech, the document's domain), that are
mostly wrong, dropped or trimmed after every construction has spoken. Each rule was measured on the
hand-judged audit samples (tests/data/precision_audit.yaml) before it was kept."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain import Context
from ..model import FORCE_TYPES, SENTENCE_RELATION_TYPES, Event
from ..quotes import in_quote, sentence_quotes
from ..resolve.owners import is_party
from ..wordlists import words
from .actors import KnownActors
from .advice import advice_to_a_kind
from .decided_acts import decided_by_owner
from .disparaged import disparaged
from .entity_lookup import unnamed
from .fates import restated, ruled_out
from .idle_acts import idle
from .kept_open import kept_open
from .mood import capacity, indefinite_doer, modal_of, unreal
from .one_sided import one_sided_rule, owned_stand, victims
from .purposes import purposed
from .quantities import is_people
from .refusals import COURTS
from .said_acts import said_or_standing
from .sense import ATTACK_MEANS, WEAPONS, not_an_actor
from .stand_ins import people_for_state
from .story_attackers import hazard
from .titles import one_of_several, prenominal_trade, staff_title, trade_not_office

NONE = "-"
GENERIC = "GENERIC"
RECIPIENT_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC"})
PHRASE_HEADS = frozenset({"NOUN", "PROPN", "NUM"})
AID_GOODS = words("aid_goods")
# bodies asked to act by name of their kind ("urged the government to"), as judge.yaml lists them
ADDRESSED_BODIES = words("addressed_bodies")
DEFINITE = words("definite_determiners")
PERSONAL = words("gate_personal")
ADDRESSEE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# words of a promise made by one side alone ("promised to cut taxes", "are committed to imposing")
PLEDGING = words("gate_pledging")
# words of duty or need that carry a request by themselves ("said Britain should take", "must repay")
DUTY_WORDS = words("gate_duty_words")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class Shape:
    """What the gate sees of an event: its type and certainty, the kind of each side (an entity
    type, GENERIC for an unnamed collective, "-" for none) and the trigger's dependency."""
    type: str
    certainty: str
    subject: str
    object: str
    trigger_dep: str
    located: bool
    hurt: bool
    object_people: bool     # the object or recipient is people, resolved to an actor or not ("to flood victims")
    placed_in_sentence: bool  # the event's place is stated in its sentence ("arrived in the Sinai to assist")
    gives_aid: bool         # what is given is aid by itself: an aid noun as trigger or as the thing given
    doer_left_out: bool = False     # no subject, though the trigger's clause names who did it ("was blamed by the parents")
    negated: bool = False   # the event is said not to happen or have happened
    victim_left_out: bool = False   # violence with no object, though the verb's own object names who
    heads_owners_body: bool = False  # a leader's object is the owner of the body headed ("headed Nixon's committee")
    mood: str | None = None  # why a modal makes the act unreal ("could appeal", "would send"; mood.py), or None
    title_by_trade: bool = False    # a title that names a trade, not a body led ("British director X"; titles.py)
    addressee_left_out: bool = False    # a request whose verb names a definite addressee the event lacks
    party_pledge: bool = False  # a political party's promise with no one it is made to
    any_doer: bool = False  # the modal clause's subject is any one of a kind ("a Tory government would"; mood.py)
    capacity: bool = False  # an act one can do, not one done ("can seize", "the power to bar him"; mood.py)
    left_open: bool = False  # a refusal denied with a verb of ruling out ("has not ruled out talks"; kept_open.py)
    duty: str | None = None  # a request carried by a word of duty: "duty" binding no one who can act, "duty on
    # someone", or "past duty" for a past "had to" told now
    hazard_doer: bool = False  # the doer is a storm or disease the story names ("Hurricane Mitch", then "Mitch killed")


def side_kind(key: str | None, res: KnownActors) -> str:
    if key is None:
        return NONE
    if unnamed(key):
        return GENERIC
    ent = res.entities.get(key)
    return ent.type if ent is not None else NONE


def trigger_token(event: Event, doc):
    if event.trigger_start < 0:
        return None
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def phrase_head(text: str, event: Event, doc):
    """The last word of a side's phrase as the sentence writes it ("a Thai fishing trawler" ->
    trawler), or None."""
    at = event.sentence.find(text) if text else -1
    if at < 0:
        return None
    span = doc.char_span(event.start + at, event.start + at + len(text), alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def people_phrase(text: str, event: Event, doc) -> bool:
    head = phrase_head(text, event, doc)
    return head is not None and is_people(head)


def people_recipient(trigger) -> bool:
    """Someone the act goes to or is for, in the trigger's own phrases, resolved to an actor or not:
    people ("to flood victims", "to displaced families", "to the former Sudanese minister"), a name
    ("in military aid to Taiwan") or a named place in what is given ("rebuilding schools in Mozambique")."""
    if trigger is None:
        return False
    given = [t for d in trigger.children if d.dep_ == "dobj" for t in d.subtree]
    return any(t.ent_type_ in ("GPE", "LOC") for t in given) or any(
        p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for") and (p.head.i == trigger.i or p.head.pos_ in PHRASE_HEADS)
        and any(o.dep_ == "pobj" and recipient(o) for o in p.children) for p in trigger.subtree)


def aid_given(trigger) -> bool:
    """The thing given, by the trigger or the verb it serves ("give a grant to help"), is aid:
    "sent 200 tonnes of food aid", "delivering food aid", "provide funding to help"."""
    verbs = (trigger, trigger.head) if trigger.dep_ in ("xcomp", "advcl") else (trigger,)
    return any(t.lemma_.lower() in AID_GOODS for v in verbs for d in v.children if d.dep_ == "dobj"
               for t in d.subtree)


def own_dependent(verb, deps: tuple[str, ...]):
    return next((c for c in verb.children if c.dep_ in deps), None)


def named_doer(trigger):
    """Who does the act, as the trigger's own clause names them, or None: the agent of a passive
    ("was criticised by many in his own party", "was struck by a stray bullet") or the subject
    an active verb shares with the verb it is conjoined or adjoined to ("Young Buck has been
    charged after allegedly stabbing a man", "groups are rampaging, fighting battles with police")."""
    agent = own_dependent(trigger, ("agent",))
    if agent is not None:
        return own_dependent(agent, ("pobj",))
    if trigger.pos_ != "VERB" or trigger.tag_ == "VBN" or own_dependent(trigger, ("nsubj", "nsubjpass", "csubj")):
        return None
    verb = trigger
    for _ in range(4):
        if verb.dep_ == "conj" or verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB") \
                and own_dependent(verb, ("mark", "aux")) is None:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            verb = verb.head.head     # "charged after stabbing": the doer of the verb the phrase modifies
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        doer = own_dependent(verb, ("nsubj", "nsubjpass"))
        if doer is not None:
            return doer
    return None


def named_victim(trigger) -> bool:
    """The verb's own object names someone: the direct object of an active verb ("killing the chief
    executive officer", "shot Wilhelm"), the subject of a passive one ("89 people were arrested",
    "before they were dispersed by police")."""
    if trigger.pos_ != "VERB":
        return False
    passive_verb = own_dependent(trigger, ("auxpass",)) is not None
    victim = own_dependent(trigger, ("nsubjpass",) if passive_verb else ("dobj",))
    return victim is not None and (is_people(victim) or victim.ent_type_ in RECIPIENT_LABELS
                                   or victim.pos_ == "PRON" and victim.lower_ not in ("it", "this", "that"))


def doer(tok) -> bool:
    """Someone who acts, not a weapon, a blast or a hazard ("a car bomb rammed a convoy, killing
    five": the bomber is not named), nor a court named by its role alone ("was convicted by a jury":
    the court goes unnamed, judgements.unnamed_courts)."""
    return tok is not None and tok.lemma_.lower() not in ATTACK_MEANS | WEAPONS | COURTS and not not_an_actor(tok)


def owner_of_headed(event: Event, trigger, res: KnownActors) -> bool:
    """The object of a verb of heading is only the owner of what is headed: "headed President
    Nixon's re-election committee" leads the committee, not Nixon."""
    if trigger.pos_ != "VERB" or event.object is None:
        return False
    headed = own_dependent(trigger, ("dobj",))
    return headed is not None and res.token_entity.get(headed.i) != event.object and any(
        res.token_entity.get(t.i) == event.object for c in headed.children if c.dep_ == "poss" for t in c.subtree)


def recipient(tok) -> bool:
    return is_people(tok) or tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in RECIPIENT_LABELS or any(
        c.ent_type_ in RECIPIENT_LABELS for c in tok.children)


def shape(event: Event, doc, res: KnownActors, quotes: list[tuple[int, int]] = ()) -> Shape:
    tok = trigger_token(event, doc)
    return Shape(type=event.type, certainty=event.certainty, subject=side_kind(event.subject, res),
                 object=side_kind(event.object, res), trigger_dep=tok.dep_ if tok is not None else NONE,
                 located=event.location is not None,
                 hurt=any(k in event.quantities for k in ("killed", "wounded")),
                 object_people=people_phrase(event.object_text, event, doc) or people_recipient(tok),
                 placed_in_sentence=event.location_method in ("clause", "sentence"),
                 gives_aid=tok is not None and (tok.pos_ == "NOUN" or aid_given(tok)),
                 negated=event.negated,
                 victim_left_out=event.type in FORCE_TYPES and event.object is None and tok is not None
                 and named_victim(tok),
                 doer_left_out=event.subject is None and tok is not None and doer(named_doer(tok)),
                 heads_owners_body=event.type == "LEADERSHIP" and tok is not None and owner_of_headed(event, tok, res),
                 mood=unreal(tok, modal_quoted(doc, tok, quotes)) if tok is not None else None,
                 title_by_trade=event.type == "LEADERSHIP" and title_by_trade(event, tok, doc, res),
                 addressee_left_out=event.type == "REQUEST" and event.object is None and tok is not None
                 and definite_addressee(tok),
                 party_pledge=event.type == "AGREE" and event.object is None and tok is not None
                 and tok.lemma_.lower() in PLEDGING and is_party(event.subject, res),
                 any_doer=tok is not None and indefinite_doer(tok),
                 capacity=tok is not None and capacity(tok),
                 left_open=event.type == "REJECT" and tok is not None and kept_open(tok, event.negated),
                 duty=duty_kind(tok) if event.type == "REQUEST" and tok is not None else None,
                 hazard_doer=event.type in FORCE_TYPES and event.subject is not None and hazard(event.subject, doc, res))


def duty_kind(tok) -> str | None:
    """How a word of duty carries a request: "past duty" for "had to" under a verb in the present ("says
    the firemen had to protect the houses": what was needed then, told now, not a demand shifted into the
    past as "said councils had to deliver" is), "duty" for any other such word, None for other words."""
    if tok.lemma_.lower() not in DUTY_WORDS:
        return None
    if tok.lemma_.lower() == "have" and tok.tag_ == "VBD" and tok.dep_ == "ccomp" and tok.head.tag_ in PRESENT_TAGS:
        return "past duty"
    return "duty"


def modal_quoted(doc, tok, quotes) -> bool:
    """Whether the modal of the trigger's clause (else the trigger) stands inside a quotation, where
    nothing is shifted back: a quote of the predicate alone ('said the move would be "profoundly
    wrong"') leaves the reported "would" outside, the future of the past."""
    _, modal = modal_of(tok)
    return in_quote(doc, (modal if modal is not None else tok).i, quotes)


def title_by_trade(event: Event, tok, doc, res: KnownActors) -> bool:
    if tok is None or not prenominal_trade(tok):
        return False
    film = Context.of(doc).domain == "film"
    return trade_not_office(tok, side_kind(event.object, res), film, (event.object or "").startswith("gaz:"))


def definite_addressee(trigger) -> bool:
    """The request's verb names whom it asks, definitely: a name ("urged Rosneft to repay") or a
    body of a kind that governs or bargains, one and definite ("urged the government to scrap the tax",
    "called on the council to"), not "urged other donors" or "urged people to"; a plural ("called on
    the warring parties to") names several actors, which one object cannot hold; a pronoun ("calling on
    it to avoid civilian deaths") names whom it stands for."""
    if trigger.pos_ != "VERB":
        return False
    asked = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in ADDRESSEE_LABELS and t.pos_ == "PROPN" or t.lower_ in PERSONAL or t.tag_ == "NN"
               and t.lemma_.lower() in ADDRESSED_BODIES
               and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) for t in asked)


def ruling(s: Shape) -> str:
    """"keep" or the name of the rule that drops the event (RULES)."""
    return next((name for name, rule in RULES if rule(s)), "keep")


def hypothetical(s: Shape) -> bool:
    # an act only wished, offered or allowed under another verb ("wanted to meet", "would like to
    # thank", "will be permitted to request") that names one side only is a stance, not an event
    # between actors; with both sides named ("would provide employees with counseling") it is kept
    # as stated, and so is violence tried or feared ("tried to storm parliament"), which conflict
    # data code as violence
    return s.certainty == "possible" and (s.subject == NONE or s.object == NONE) and s.type not in FORCE_TYPES \
        and s.trigger_dep == "xcomp"


def placeless_violence(s: Shape) -> bool:
    # violence or repression with no actor, no victim, no toll and no place ("were arrested after
    # entering the compound") says nothing a reader can place
    return s.type in FORCE_TYPES and s.subject == NONE and s.object == NONE and not s.hurt and not s.located


def aid_to_nobody(s: Shape) -> bool:
    # aid is given to someone (PLOVER AID): "providing financing", "supplied gas" with no recipient,
    # not even people unnamed ("food aid to displaced families"), a place ("military aid to Taiwan",
    # "rebuilding schools in Mozambique": a place resolves to no actor) or a place where it is
    # given ("arrived in the Sinai to assist"), nor aid itself given ("sent 200 tonnes of food aid",
    # "the EU bailout"), is a budget line, trade or a figure of speech ("gave brokers guidance")
    return s.type == "AID" and s.object == NONE and not (s.object_people or s.placed_in_sentence or s.gives_aid)


def doer_left_out(s: Shape) -> bool:
    # the clause names who did it, as a passive's agent or the subject a participle or conjoined
    # verb shares, and the event has no subject: a doer the sentence gives is missing, the event
    # is wrong as it stands ("was blamed by the parents", "charged after allegedly stabbing a man")
    return s.doer_left_out


def heads_owners_body(s: Shape) -> bool:
    # a leader of the body an owner has is no leader of the owner ("headed Nixon's committee")
    return s.heads_owners_body


def victim_left_out(s: Shape) -> bool:
    # violence or repression whose verb names its victims ("killing the chief executive officer",
    # "in which 89 people were arrested") but whose event has none: the side the sentence gives
    # is missing, the event is wrong as it stands
    return s.victim_left_out


def denied_possibility(s: Shape) -> bool:
    # an act both unrealised and denied, with no one doing it ("attacks will not be tolerated",
    # "the stunts may not have been to everyone's taste, forcing Labour to react"), states
    # neither that it happened nor that anyone will do it: the event is the warning around it.
    # A named actor's denied intention ("Greece said it would not reject the pact") is its stance
    return s.negated and s.certainty == "possible" and s.subject == NONE


def unreal_mood(s: Shape) -> bool:
    # an act a modal states as unreal: undone ("could have been killed", "had the police arrested him")
    # or only on a condition ("I would send him", "says he would be happy to meet"). A threat is made in
    # these words ("warned it could strike"), and violence foreseen stays violence unless it is undone
    # ("attacks would follow the vote", as `hypothetical` below); a title holds whatever its holder
    # would do ("the Russian energy minister would discuss"), unless undone ("would have been president")
    if s.type == "THREATEN" or s.mood not in ("counterfactual", "conditional"):
        return False
    return s.mood == "counterfactual" or s.type not in FORCE_TYPES | SENTENCE_RELATION_TYPES


def trade_title(s: Shape) -> bool:
    # "British director Sean Reed", "Blue Harbour director Jo Lee" in a film review: a trade, with the
    # holder's nationality or work, not a body led (titles.py)
    return s.title_by_trade


def addressee_left_out(s: Shape) -> bool:
    # a request whose verb names whom it asks ("MPs urged the government to redraft the clauses")
    # but whose event has no object: the side the sentence gives is missing, the event is wrong as
    # it stands (as `doer left out`); "urged other donors to contribute" names no one in particular
    return s.addressee_left_out


def party_pledge(s: Shape) -> bool:
    # a party's promise to no one ("the Liberal Democrats are promising to cut class sizes", "the
    # Tories are committed to imposing limits"): a campaign pledge to voters, no agreement between
    # actors (PLOVER AGREE: to cooperate); a state's pledge ("pledged to pay 10% of the debt") stays
    return s.party_pledge


def hypothetical_doer(s: Shape) -> bool:
    # an act a modal gives to any one of a kind ("a Conservative government would allow a vote", "an
    # employer can refuse"): a generic or hypothetical statement, no act of a particular actor; a threat
    # and violence foreseen stay, as in `unreal mood`
    return s.any_doer and s.type not in FORCE_TYPES | {"THREATEN"}


def option(s: Shape) -> bool:
    # a non-violent act stated only as possible with "could" or "might" ("the party could appeal",
    # "Ofcom could hand over frequencies"); an act that "could not" be done did not happen (negated)
    return s.mood == "possibility" and s.type not in FORCE_TYPES | {"THREATEN"} and not s.negated


def capacity_only(s: Shape) -> bool:
    # an act its doer can do or has the power or right to do ("under the law the government can seize
    # farms", "the board has the power to suspend or bar him"): a capacity, nothing done; a threat
    # is made in such words ("we can strike anywhere") and stays
    return s.capacity and s.type != "THREATEN"


def possibility_left_open(s: Shape) -> bool:
    # "has not ruled out talks", "refused to rule out an interest", "would not exclude sanctions": the
    # speaker keeps something possible; neither the denied rejection nor the refusal around it is an
    # act towards anyone (session 27: 8 such events on the bench, wrong by the lead's session-26 list; the
    # judge of tuning seed 29 had counted one, "did not rule out the possibility of regulation", right)
    return s.left_open


def past_duty(s: Shape) -> bool:
    # "had to" told in the present ("he says the crews had to protect nearby homes"): what was needed
    # then, and done; no one is asked. Under a verb in the past ("said councils had to deliver") it is
    # the speaker's demand shifted back, and stays
    return s.duty == "past duty"


def hazard_as_doer(s: Shape) -> bool:
    # a storm, a quake or a disease the story names and then makes the subject ("Hurricane Mitch ...
    # Mitch killed 10,000 people"): a disaster's toll, no attack by anyone
    return s.hazard_doer


RULES = (("placeless violence", placeless_violence), ("aid to nobody", aid_to_nobody),
         ("doer left out", doer_left_out), ("heads an owner's body", heads_owners_body),
         ("denied possibility", denied_possibility), ("unreal mood", unreal_mood),
         ("trade title", trade_title), ("party pledge", party_pledge), ("hypothetical doer", hypothetical_doer),
         ("capacity", capacity_only), ("possibility left open", possibility_left_open),
         ("past duty", past_duty), ("hazard as doer", hazard_as_doer))
# measured and held back: on the audit seeds `hypothetical` drops 6 events, all wrong, but costs
# held-out dev recall 0.008 (part D) and 0.010 (part E), over the 0.005 allowed: the dev gold counts
# one-sided plans as facts where the audit does not. Also measured and dropped: one-sided
# cooperation by non-state actors (audit 3 right / 14 wrong; tuning recall -0.017), an act in a
# purpose infinitive ("to allow", "to freeze"; held-out part E -0.010), a place as actor (tuning -0.011)
# `victim left out` (session 9): on the audit seeds 5 wrong / 1 right, dev recall unchanged, but
# conflict summaries lose type recall 0.974 -> 0.955 (held-out 0.930 -> 0.920) and a probe: an
# attack with its attacker and toll is conflict data even when its victims are not taken
# `option` (session 9): on the audit seeds it drops 1 event, wrong, and on bench text outside the audit
# 5, all wrong, but held-out probes lose one (type 0.764 -> 0.759): the contract codes PLOVER's
# hypothetical mode as certainty "possible", and the probes expect such acts kept. Session 32 measured it
# again: on 300 unseen bench articles it drops 1 event, wrong; of the 13 possible non-violent events of the
# bench's unseen articles with "could" or "might", 7 take it as their own clause's modal, all wrong by the
# audit's judging ("could appeal", "could work with voluntary groups", "could oppose the scheme"); but
# held-out probes still lose one (type 0.809 -> 0.805, actors 0.755 -> 0.750): the contract and the audit disagree
# on PLOVER's hypothetical mode, which is the lead's to settle, not a rule's
# `addressee left out` (session 10): on the audit seeds it drops 6 sampled events, all wrong (the government
# urged is named, the object empty), and on bench text outside the samples 14 more, all wrong as they
# stand, but held-out probes lose one (type 0.773 -> 0.768): they count a request with its addressee
# unresolved as found. Session 20 (with pronouns added): on the audit seeds it drops 6 sampled events, all
# wrong, but speech probes lose 3 ("urged the government to fund", type 0.806 -> 0.787 with the owner drop
# below) and held-out probes 2 lose one; so does dropping a stand on a public matter whose named owner
# is unresolved ("blocked the government's plan"; one_sided.owned_stand keeps it). Session 22 measured
# both again: on the audit's tuning seeds they drop 6 sampled events and on bench text 18, all wrong as they
# stand (the type right, the side unresolved), and speech probes lose two; held back still, as the issue
# asks: an event whose side is missing is still an event (emitted with the side empty), not a wrong one
HELD_BACK = (("hypothetical", hypothetical), ("victim left out", victim_left_out), ("option", option),
             ("addressee left out", addressee_left_out))


def gated(events: list[Event], doc, res: KnownActors) -> list[Event]:
    """The events no rule drops (RULES, idle_acts.idle: acts nobody did to anybody, said_acts: a
    concession said, an agreement held, and one_sided: a side the sentence names left out, talks
    not held), a stand on an owned matter taking its
    owner as object (one_sided.owned_stand), an act aimed at made possible (purposes.py), with a
    state that stands for its people replaced by them (stand_ins.py)."""
    stated = [as_member(people_for_state(event, doc, res), doc) for event in events]
    restated(events, stated)   # for an observer (fates.py), if there is one
    quotes = sentence_quotes(doc) if stated else []
    hurt = victims(stated, {k: e.type for k, e in res.entities.items()})
    kept = []
    for event in stated:
        rule = ruling(shape(event, doc, res, quotes))
        if rule == "keep":
            tok, thing = trigger_token(event, doc), phrase_head(event.object_text, event, doc)
            named = side_kind(event.object, res) not in (NONE, GENERIC)
            rule = idle(event, tok, res) or said_or_standing(event, tok) or one_sided_rule(event, tok, hurt) or (
                "advice to a kind" if advice_to_a_kind(event, tok, thing, named) else "keep")
            if rule == "keep":   # (an act aimed at, not done, keeps its event as possible: purposes.py)
                event = disparaged(purposed(decided_by_owner(owned_stand(event, thing, res), tok, res), tok), tok)
        if rule == "keep":
            kept.append(event)
        else:
            ruled_out(event, rule)   # for an observer, if there is one
    return kept


def as_member(event: Event, doc) -> Event:
    """A leader "a director of the bank", "an IMF director" is one of several, and "director at Trusteer",
    "Summit's President of Production" hold a post inside the body: a member (AFFILIATION)."""
    if event.type != "LEADERSHIP":
        return event
    tok = trigger_token(event, doc)
    return replace(event, type="AFFILIATION") if tok is not None and (one_of_several(tok) or staff_title(tok)) else event
