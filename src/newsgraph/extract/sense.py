"""Word sense and domain: whether a candidate event is the event its trigger word names.

Violence words have other senses: sport ("a clash with Barcelona", "block a shot"), film ("shoot a
film"), business ("hit profits") and politics ("attacked the plan" is criticism, "killed the bill"
a rejection). The sense follows from what the word acts on (the semantic class of its object, in
data/lexicon/words/sense.yaml), from who acts (a hurricane or inflation is never an actor), and
from the document (a match report is dense in sport words). Beyond violence words: stories and
hypotheses are no events ("a plot about spies who kill", "can veto", "if they agree"); injuries and
blows with no attacker or weapon are accidents; talks, agreement, support and aid need actors that
can do them and something they can be about (not a product, a market, a newspaper interview or a
game), and an act with one side stands alone only where that is news (extract/sense_cooperative.py).
`judge` is the one place where extraction keeps, drops or retypes a candidate on these grounds, and
says which test dropped one (`Dropped`, shown by the funnel); the conflict types' senses are in
extract/sense_conflict.py, the word classes in extract/sense_words.py, the document domain in domain.py.
"""
from __future__ import annotations

from ..domain import Context
from ..model import PLOVER_TYPES
from ..wordlists import words
from .asked_acts import asked, asked_about, asks_a_question
from .construction_types import construction_type, sanctioned_act, suspended_thing, treated_how
from .deployments import no_deployment
from .entity_lookup import ACTOR_LABELS
from .everyday import everyday_sense
from .everyday_acts import everyday_act
from .fiction import character, fiction
from .fixtures import fixture
from .framing import (
    aimed_at,
    conditioned,
    failed,
    later_step,
    obliged,
    permitted,
    planned,
    purpose_of,
    seeking_to,
    sought_membership,
    unannounced_plan,
    wished,
)
from .kind_descriptions import kind_described
from .kind_participles import kind_participle
from .led_senses import other_lead_sense
from .letting import letting
from .lone_stances import lone_stand
from .misjoined import stray_bare_verb
from .mood import generic_clause
from .noun_phrases import passive_agent
from .offences import clear_offence_sides
from .pledges import pledge
from .quantities import is_people
from .sense_conflict import (  # noqa: F401 (the word classes and tests other modules import from here)
    ATTACK_MEANS,
    LABOUR,
    LITERAL,
    SECURITY,
    SIDE_LABELS,
    WEAPONS,
    attack_means,
    conflict,
    ended,
    munition,
    security_side,
    side_of_fire,
)
from .sense_cooperative import cooperative
from .sense_nominal import classifying, fought_in_arena, joined_company, joined_protest, war_on_abstraction
from .sense_words import (  # noqa: F401 (OFFICE_HOLDER, STATES and NOT_ACTORS are imported from here)
    NATURAL_HAZARDS,
    NOT_ACTORS,
    OFFICE_HOLDER,
    STATES,
    Dropped,
    object_kind,
)
from .show_exits import show_eviction
from .sport_discipline import internal_discipline
from .sport_play import sport_play
from .tallies import tallied
from .undone_acts import sought_noun, talked_out_of, time_for
from .verbal_attacks import words_or_blow
from .warned_acts import warning_head
from .warnings import advice_not_threat

CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"})
FOUGHT_ILLS = words("fought_ills")
ILL_FIGHTING = words("ill_fighting")
PREVENTING = words("preventing")
OPENING = words("opening_acts")
CONDITIONAL = words("supposing_conjunctions")
# modals of ability: "can veto", "can be arrested" state what may happen to anyone, not an event
# ("may", "could" and "might" predict one: it is kept, its certainty "possible"; "would" only as
# "would have", a counterfactual: "said it would withdraw" reports an intention)
SPECULATIVE = words("can_modals")
# modals of obligation: the act is demanded or recommended, not done
OBLIGED = words("statement_obligation")
# verbs of agreeing that, with a clause, concede a fact rather than agree to anything
CONCEDING_FACTS = words("fact_conceding_verbs")
# verbs of fighting that also take an illness, a hazard or an economic ill as object
COMBATING = words("combating_verbs")
WARS = words("sense_wars")
# the head words of organisation names: a body named for a cause it deals with is an actor
BODY_NAME_HEADS = words("organisation_name_words") | words("public_body_heads") | words("cause_named_body_heads")



def not_an_actor(tok) -> bool:
    """A natural hazard, disease or abstraction stated as the doer ("Hurricane Ivan hit Grenada")."""
    if tok is None:
        return False
    if side_of_fire(tok) is not None:
        return False        # "wounded by Israeli fire", "Hamas fire": gunfire, whose side is named
    if tok.lemma_.lower() in NOT_ACTORS or tok.lower_ in NOT_ACTORS:
        return True
    # "Hurricane Ivan", not a body named for what it deals with ("the Oil Ministry", "the Competition Commission")
    return tok.pos_ == "PROPN" and tok.lower_ not in BODY_NAME_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in NOT_ACTORS for c in tok.lefts)


def no_actor(c) -> bool:
    """The doer is a hazard, a disease or an abstraction, as the subject, the passive's agent or the
    thing a hazard's clause hangs on (not_an_actor, hazard_clause)."""
    return not_an_actor(c.subject_tok) or c.subject is None and not_an_actor(passive_agent(c.trigger)) \
        or hazard_clause(c.trigger, c.subject_tok)


def hazard_clause(trigger, tok) -> bool:
    """A "that" or "which" clause hung on a place or thing in a hazard's phrase: "an earthquake on a Gulf
    island that killed 10 people" tells what the quake did; the parse gives the clause to the island."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head    # "that killed 10 people and forced villagers out"
    if tok is None or clause.dep_ != "relcl" or clause.head.i != tok.i or tok.dep_ != "pobj":
        return False
    if tok.ent_type_ in ACTOR_LABELS or is_people(tok) or tok.head.dep_ != "prep":
        return False
    return tok.head.head.lemma_.lower() in NATURAL_HAZARDS and any(
        t.lower_ in ("that", "which") for t in clause.children if t.dep_ in ("nsubj", "nsubjpass"))


def blames_no_one(verb) -> bool:
    """A verb whose only complement is a "that" clause naming no one ("complained that the weather
    was bad", "alleged that the count was flawed"): what it says is wrong has no doer to accuse."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(t.ent_type_ in ACTOR_LABELS or t.pos_ in ("PROPN", "PRON") and t.lower_ != "it"
                                     or is_people(t) for c in clauses for t in c.subtree)


def judge(c, context: Context, entity_type):
    """The candidate as extraction should keep it: unchanged or retyped (a verbal sense), or `Dropped`
    with the test that found it no event (the funnel, extract/fates.py, records it).
    `entity_type(key)` gives an actor's entity type."""
    if no_actor(c):
        return Dropped("no actor")   # "an earthquake struck", "was hit by supply bottlenecks", "a quake ... that killed 10"
    if joined_company(c, entity_type):
        return Dropped("joined company")   # "joined Pele as the only teenagers to score"
    if c.type not in PLOVER_TYPES and c.trigger.pos_ == "VERB" and any(
            x.dep_ == "dobj" and object_kind(x) == "play" for x in c.trigger.children):
        return Dropped("play object")   # "headed the ball wide"
    if c.type == "AFFILIATION" and sought_membership(c.trigger):
        return Dropped("membership sought")   # "hopes to join the EU", "Croatia's bid to join Nato": no member yet
    if c.type == "LEADERSHIP" and (sense := other_lead_sense(c, context.domain, entity_type)) is not None:
        # "lead the Conservatives by 39% to 34%", "led the Colts to their eighth win", "led the chart"
        return Dropped(sense)   # extract/led_senses.py
    if joined_protest(c):
        c.type, c.object, c.object_tok = "PROTEST", None, None
        return c            # "farmers joined the protesters": they protest; against whom is not said here
    if c.type not in PLOVER_TYPES:
        return c            # a standing relation ("the club's captain") is no act
    if (why := no_deployment(c)) is not None:
        return Dropped(why)   # "sent troops to help flood victims", "British forces are stationed in Basra"
    if suspended_thing(c, entity_type):
        return Dropped("suspended thing")   # "trading was suspended"
    if treated_how(c) or sanctioned_act(c):   # "treated them unfairly": no aid; "sanctioning military action"
        return Dropped("treatment" if c.type == "AID" else "act approved")
    c.type = words_or_blow(c, entity_type) or construction_type(c, entity_type)  # verbal_attacks.py
    if fiction(c.trigger) or character(c.subject_tok) or character(c.object_tok):
        return Dropped("fiction")   # "a plot about spies conspiring", "cops played by Samuel L Jackson"
    if c.type != "THREATEN" and hypothetical(c.trigger):
        return Dropped("hypothetical")   # "to prevent him from fighting", "can veto"
    if c.type not in ("THREATEN", "AGREE") and unannounced_plan(c.trigger, c.type in CONFLICT):
        # "the pending invasion", "proposed sanctions" (kept: "a proposed offer", "announced its imminent withdrawal")
        return Dropped("unrealised noun")
    if c.type not in ("REQUEST", "THREATEN") and any(any(x.dep_ == "aux" and x.lower_ in OBLIGED for x in v.children)
                                                     or obliged(v) for v in (c.trigger, purpose_of(c.trigger)) if v):
        return Dropped("obliged")   # "the watchdog should investigate", "must pass the law to allow": not done
    if classifying(c.trigger):
        return Dropped("classifying noun")   # "the trade body", "aid workers", "Massive Attack"
    if war_on_abstraction(c.trigger) or fought_in_arena(c.trigger):
        return Dropped("war on an abstraction")   # "the war on drugs", "a court battle"
    if failed(c.trigger):
        return Dropped("failed")   # "failed to force"
    if c.type not in CONFLICT and (aimed_at(c.trigger) or c.type == "REQUEST" and seeking_to(c.trigger)):
        return Dropped("aimed at")   # "sought to expose", "working towards lifting"
    if c.type in CONFLICT and c.type != "THREATEN" and planned(c.trigger):
        return Dropped("planned")   # "plotted to kill"
    if everyday_sense(c) or everyday_act(c):   # everyday_acts.py: "destroyed 37,000 files", "the closure of a line"
        return Dropped("everyday sense")   # "growing demand for cars", "delivered his Budget", "struck oil"
    if c.type == "AGREE" and c.trigger.lemma_.lower() in CONCEDING_FACTS and any(
            x.dep_ == "ccomp" for x in c.trigger.children):
        return Dropped("fact conceded")   # "its lawyers now accept (that) the banks were not involved": a view
    if c.trigger.lemma_.lower() in WARS and c.object is None and named_after_place(c.subject_tok, c.subject,
                                                                                  entity_type):
        c.subject, c.subject_tok = None, None   # "the Iraq war", "Angola's civil war": where, not who
    if c.type == "CONCEDE" and letting(c.trigger) and (aim := purpose_of(c.trigger)) is not None \
            and aim.lemma_.lower() not in OPENING:
        # "stopped the game to allow the coach to speak": the aim of another act, no concession
        return Dropped("letting for an aim")
    if (dropped := no_act_between_sides(c, context.domain, entity_type)) is not None:
        return dropped   # "vowed to cut taxes", "figures show 300 were charged", "moved to shooting guard"
    if c.type == "REQUEST" and asks_a_question(c.trigger) or asked_about(c.trigger):
        # "How was it right that the poor pay more, the leader asked", "are they prosecuted?": a question
        return Dropped("question")
    if c.type == "ACCUSE" and c.trigger.lemma_.lower() == "charge" and any(x.dep_ == "prt" for x in c.trigger.children):
        # "the clearance was charged down", "charged up the batteries": no charge laid
        return Dropped("charged with a particle")
    if c.type == "ACCUSE" and c.object is None and blames_no_one(c.trigger):
        return Dropped("no one blamed")   # "complained that the weather was bad": a grievance, no one accused
    if advice_not_threat(c, entity_type):
        return Dropped("advice")   # "warned his supporters against complacency": advice, no threat (warnings.py)
    if c.type not in CONFLICT:   # a lone condemnation of violence or an act judged is news (lone_stances.py)
        kept = cooperative(c, context, entity_type)
        return c if isinstance(kept, Dropped) and lone_stand(c, context.domain) else kept
    if c.trigger.lemma_.lower() in COMBATING and (
            c.object is None and not_an_actor(c.object_tok) and not armed_attack(c, entity_type)
            or fought_ill(c.trigger)):
        return Dropped("fought an ill")   # "battled cancer", "fought the flames", "to fight terrorism"
    return conflict(c, context, entity_type)


def no_act_between_sides(c, domain: str | None, entity_type) -> Dropped | None:
    """A pledge of one's own policy, a count or a rule of prosecution, a kind of people described by a charge
    (extract/kind_descriptions.py), a reality show's eviction (show_exits.py), a noun read as a bare verb ("fault lines", "demand dipping": misjoined.py), a sport's own discipline or play in a sport story (extract/pledges.py, tallies.py,
    sport_discipline.py, sport_play.py), a game named as a clash or a meeting (fixtures.py), as a `Dropped`; None for an act.
    An offence read as a side ("his DUI arrest") is unnamed first (extract/offences.py)."""
    clear_offence_sides(c)
    for test, reason in ((pledge, "pledge"), (tallied, "tally"), (lambda c: stray_bare_verb(c.trigger), "stray bare verb"),
                         (kind_described, "kind described"),   # "citizens suspected of terrorism could face arrest"
                         (show_eviction, "show eviction"),   # "the latest contestant to be evicted from Big Brother"
                         (lambda c: fixture(c, entity_type), "fixture")):   # "Sunday's Heineken Cup clash with Wasps": a game (fixtures.py)
        if test(c):
            return Dropped(reason)
    if internal_discipline(c, domain, entity_type):
        return Dropped("sport discipline")   # "the federation banned the runner": the sport's own business
    return Dropped("sport play") if sport_play(c, domain) else None


def armed_attack(c, entity_type) -> bool:
    """An attack by gunmen, troops or militants, or by a bomb, on a thing named like a cause ("gunmen
    attacked a market", "militants attacked the crowd"): a target, not an ill fought, whoever says
    "speculators attacked the pound"."""
    return c.trigger.lemma_.lower() == "attack" and security_side(c, entity_type)


def fought_ill(trigger) -> bool:
    """A verb of combat whose direct objects are all ills or abstractions, no one's forces: "work with
    Pakistan to fight terrorism", "combat extremism", "tackle crime and corruption"."""
    if trigger.lemma_.lower() not in ILL_FIGHTING:
        return False        # "attacked the market" is no ill fought
    objects = [x for x in trigger.children if x.dep_ == "dobj"]
    objects += [c for x in objects for c in x.conjuncts]
    return bool(objects) and all(x.pos_ == "NOUN" and x.ent_type_ == "" and (
        x.lemma_.lower() in FOUGHT_ILLS or x.lower_.endswith("ism"))
        for x in objects)


def hypothetical(trigger) -> bool:
    """An act under "if", "unless" or "whether", one only within someone's power ("can veto"), a
    counterfactual ("would have given"), one something prevents ("to stop him from fighting"), one
    expected, wished for or asked of someone (extract/asked_acts.py), or one to follow a later step
    (extract/framing.py): it has not happened."""
    if later_step(trigger) or sought_noun(trigger) or talked_out_of(trigger):
        return True         # "will be named after he is charged", "demanded the arrest of the general"
    t = trigger
    for _ in range(4):
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if auxes & SPECULATIVE or {"would", "have"} <= auxes or any(
                c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in t.children):
            return True
        if conditioned(t) or wished(t) or asked(t) or permitted(t) or generic_clause(t) or warning_head(t) \
                or time_for(t) or kind_participle(t):
            return True     # "could be sentenced if convicted", "expects the authorities to prosecute",
            # "urged the government to scrap the tax" (extract/asked_acts.py), "parents seeking access are
            # often disadvantaged" (extract/kind_participles.py)
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "from" and t.head.head.lemma_.lower() in PREVENTING:
            return True
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in PREVENTING:
            return True     # "to stop militants attacking the town"
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "nsubj", "nsubjpass", "dobj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def named_after_place(tok, key, entity_type) -> bool:
    """A country or place modifying a war noun ("the Iraq war", "Angola's civil war") names where
    it is fought."""
    return tok is not None and tok.dep_ in ("compound", "poss", "nmod") and \
        entity_type(key) in ("COUNTRY", "LOCATION")
