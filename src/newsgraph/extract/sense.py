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
`judge` is the one place where extraction keeps, drops or retypes a candidate on these grounds; the
word classes and the document domain are in extract/sense_words.py.
"""
from __future__ import annotations

from functools import lru_cache

from ..model import PLOVER_TYPES
from ..wordlists import table, words
from .asked_acts import asked, asks_a_question
from .construction_types import construction_type, not_the_act, struck_on
from .everyday import disaster_story, everyday_sense, traffic_death
from .force import by_force, fired_harmlessly
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
    unrealised_noun,
    wished,
)
from .lone_stances import lone_stand
from .mood import generic_clause
from .noun_phrases import passive_agent
from .quantities import is_people
from .seizing import seizing_sense
from .sense_cooperative import cooperative
from .sense_nominal import classifying, fought_in_arena, joined_company, joined_protest, war_on_abstraction
from .sense_words import (  # noqa: F401 (Context, OFFICE_HOLDER and STATES are imported from here)
    OFFICE_HOLDER,
    SCORE,
    STATES,
    Context,
    lemma_in,
    object_kind,
    played,
)
from .warnings import advice_not_threat

CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"})
# types whose figurative uses are the issue: violence, repression, threats, deployments
FIGURATIVE_PRONE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
NOT_ACTORS = words("not_actors")
LITERAL = words("literal_triggers")
UNBODILY = words("unbodily_manners")
SECURITY = words("security_nouns")
FIGURATIVE_SENSE = table("figurative_senses")
SECURITY_TYPES = frozenset({"MILITARY", "ARMED_GROUP"})
ATTACK_MEANS = words("attack_means")
ACCIDENTAL = words("accidental_causes")
WEAPONS = words("weapon_nouns")
# what is launched or fired: the weapon, else the verb has another sense
LAUNCHING = frozenset({"launch", "fire"})
COMPANIES = frozenset({"ORGANIZATION", "MEDIA"})
THREAT_VERBS = frozenset({"threaten", "warn"})
LABOUR = words("labour_words")
# verbs that end what their object noun names: "lifted the blockade", "ended the siege"
ENDING_VERBS = frozenset({"lift", "end", "ease", "relax", "scrap", "revoke", "repeal", "overturn", "remove"})
FICTION = words("fiction_nouns")
PREVENTING = words("preventing")
OPENING = words("opening_acts")
# verbs of acting a part: what the part does is the plot ("plays a pirate who attacks a ship")
ROLE_VERBS = frozenset({"play", "portray"})
CONDITIONAL = frozenset({"if", "unless", "whether"})
# modals of ability: "can veto", "can be arrested" state what may happen to anyone, not an event
# ("may", "could" and "might" predict one: it is kept, its certainty "possible"; "would" only as
# "would have", a counterfactual: "said it would withdraw" reports an intention)
SPECULATIVE = frozenset({"can", "ca"})
# modals of obligation: the act is demanded or recommended, not done
OBLIGED = frozenset({"should", "must", "ought"})
# verbs of agreeing that, with a clause, concede a fact rather than agree to anything
CONCEDING_FACTS = frozenset({"accept", "acknowledge", "admit", "concede", "recognise", "recognize"})
# verbs of criticism first, of blows only in a fight: "slammed the minister", "hit out at"
CRITICISM = frozenset({"slam", "blast", "savage", "lambast", "lash", "rap", "pillory", "clash"})
CRITICISM_REASONS = frozenset({"for", "over"})
TIMES = frozenset({"DATE", "TIME"})
# what a verbal attack goes on with: "attacked the plan, saying it was unfair", "calling it a sham"
SAYING = frozenset({"say", "call", "describe", "accuse", "brand", "claim", "argue", "insist"})
# words of bodily harm or a blow, which an accident, an illness or a game also causes
HARM = frozenset({"injure", "hurt", "wound", "harm", "injury", "hit", "strike", "knock", "battle", "fight"})
# deaths a quake deals as well as a gunman: no sign of violence in a disaster story
DEATHS = frozenset({"kill", "killing", "killer", "dead", "death"})
# propositions that are also campaigns of force: "the bombing campaign killed 30"
# named entity labels of a side whose fire it is ("Israeli fire", "Hamas fire")
SIDE_LABELS = frozenset({"NORP", "ORG", "GPE"})
# who suffers violence by the very word: never its doer
SUFFERERS = frozenset({"victim", "casualty"})
CAMPAIGNS = frozenset({"campaign", "move", "operation", "offensive"})
# verbs of fighting that also take an illness, a hazard or an economic ill as object
COMBATING = frozenset({"battle", "fight", "combat", "tackle", "attack"})
WARS = frozenset({"war", "conflict", "insurgency", "uprising"})
PRESENT = frozenset({"VBZ", "VBP"})
# violence words whose other senses (a film shot, a match shot, wounded pride) never have people as victim
WOUNDING = frozenset({"shoot", "shooting", "wound", "assault"})
WOUND_CUES = words("wound_cues")


# verbs of letting: a concession when granted, not when they say what another act is for
LETTING = frozenset({"allow", "let", "permit", "enable"})
# NER labels of the names that may be the doer of what is complained of
NAMED_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@lru_cache(maxsize=1)
def _violence_cues() -> frozenset[str]:
    return words("violence_cues") | WEAPONS | ATTACK_MEANS | SECURITY | LITERAL


@lru_cache(maxsize=1)
def _arms_cues() -> frozenset[str]:
    """Words of weapons, attack and armed men, without those of death and harm a disaster story has too."""
    return _violence_cues() - HARM - DEATHS


def not_an_actor(tok) -> bool:
    """A natural hazard, disease or abstraction stated as the doer ("Hurricane Ivan hit Grenada")."""
    if tok is None:
        return False
    if side_of_fire(tok) is not None:
        return False        # "wounded by Israeli fire", "Hamas fire": gunfire, whose side is named
    if tok.lemma_.lower() in NOT_ACTORS or tok.lower_ in NOT_ACTORS:
        return True
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in NOT_ACTORS for c in tok.lefts)


def side_of_fire(tok):
    """The side whose fire it is ("Israeli" in "wounded by Israeli fire"), or None."""
    if tok is None or tok.lemma_.lower() != "fire":
        return None
    return next((c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in SIDE_LABELS),
                None)


def attack_means(tok) -> bool:
    """A weapon or blast as the subject, not an accident: "a roadside bomb", "an explosion", not
    "a gas explosion"."""
    if tok is None or tok.lemma_.lower() not in ATTACK_MEANS:
        return False
    return not any(c.lemma_.lower() in ACCIDENTAL for c in tok.lefts)


def security_side(c, entity_type) -> bool:
    """Police, troops, militants or gunmen take part, or a weapon strikes ("a car bomb struck a
    market"): violence words are literal around them."""
    if attack_means(c.subject_tok):
        return True
    for key, tok in ((c.subject, c.subject_tok), (c.object, c.object_tok)):
        if entity_type(key) in SECURITY_TYPES:
            return True
        if tok is not None and (tok.lemma_.lower() in SECURITY or tok.lower_ in SECURITY):
            return True
    return False


def ended(trigger) -> bool:
    """An event noun that a verb of ending governs ("lifted the curfew")."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") \
        and trigger.head.lemma_.lower() in ENDING_VERBS


def threat_over(trigger):
    """The verb of threat or warning whose object or complement the event is, or None."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in ("xcomp", "dobj", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in THREAT_VERBS:
            return t
    return None


def labour_strike(c) -> bool:
    """A strike by workers: a general or hunger strike, one that people go on or call."""
    if c.trigger.lemma_.lower() != "strike" or any(x.dep_ in ("dobj", "agent") for x in c.trigger.children) or struck_on(c.trigger):
        return False    # "a driver struck a woman", "was struck by a car", "the strike on Rafah": a blow, no walkout
    near = [*c.trigger.children, c.trigger.head] + ([c.subject_tok] if c.subject_tok is not None else [])
    if any(t.lemma_.lower() in LABOUR or t.lower_ in LABOUR for t in near):
        return True
    return c.trigger.dep_ == "pobj" and c.trigger.head.lower_ == "on" and c.trigger.head.head.lemma_ == "go"


def unarmed(c, entity_type) -> bool:
    """Companies, bodies and media on both sides ("Airbus fired back at Boeing"), or a launch
    or firing of something other than a weapon ("launched a club", "fired the manager")."""
    sides = {entity_type(c.subject), entity_type(c.object)}
    if c.type == "ASSAULT" and None not in sides and (
            sides <= COMPANIES or "MEDIA" in sides and sides <= COMPANIES | {"PERSON"}):
        return True
    if c.trigger.lemma_.lower() in LAUNCHING:
        return any(o.dep_ == "dobj" and o.lemma_.lower() not in WEAPONS for o in c.trigger.children)
    return False


def led_by_margin(verb) -> bool:
    """"lead" with a margin ("lead the Republicans by five points", "by 39% to 34%"): a lead in a poll,
    a race or a match."""
    return verb.lemma_.lower() == "lead" and verb.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ == "by" and any(o.pos_ == "NUM" or o.ent_type_ in ("PERCENT", "CARDINAL")
                                                      or any(n.dep_ == "nummod" for n in o.children)
                                                      for o in p.children if o.dep_ == "pobj")
        for p in verb.children)


def blames_no_one(verb) -> bool:
    """A verb whose only complement is a "that" clause naming no one ("complained that the weather
    was bad", "alleged that the count was flawed"): what it says is wrong has no doer to accuse."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(t.ent_type_ in NAMED_SIDES or t.pos_ in ("PROPN", "PRON") and t.lower_ != "it"
                                     or is_people(t) for c in clauses for t in c.subtree)


def judge(c, context: Context, entity_type):
    """The candidate as extraction should keep it: unchanged, retyped (a verbal sense), or None
    when it is no event. `entity_type(key)` gives an actor's entity type."""
    if not_an_actor(c.subject_tok) or c.subject is None and not_an_actor(passive_agent(c.trigger)):
        return None         # "an earthquake struck", "was hit by supply bottlenecks"
    if joined_company(c, entity_type) or c.type not in PLOVER_TYPES and c.trigger.pos_ == "VERB" and any(
            x.dep_ == "dobj" and object_kind(x) == "play" for x in c.trigger.children):
        return None         # "joined Pele as the only teenagers to score", "headed the ball wide"
    if c.type == "AFFILIATION" and sought_membership(c.trigger):
        return None         # "hopes to join the EU", "Croatia's bid to join Nato": no member yet
    if c.type == "LEADERSHIP" and led_by_margin(c.trigger):
        return None         # "Labour lead the Conservatives by 39% to 34%": ahead in a count, not at the head
    if joined_protest(c):
        c.type, c.object, c.object_tok = "PROTEST", None, None
        return c            # "farmers joined the protesters": they protest; against whom is not said here
    if c.type not in PLOVER_TYPES:
        return c            # a standing relation ("the club's captain") is no act
    if not_the_act(c, entity_type):
        return None         # "sent troops to help flood victims": the help is the event; "ordered an inquiry"
    c.type = construction_type(c, entity_type)   # "allowed aid convoys into the region": access
    if fiction(c.trigger) or c.type != "THREATEN" and hypothetical(c.trigger):
        return None         # "a plot about spies conspiring", "to prevent him from fighting"
    if c.type not in ("THREATEN", "AGREE") and unrealised_noun(c.trigger):
        return None         # "the pending invasion", "proposed sanctions" ("a proposed offer" is an offer made)
    if c.type not in ("REQUEST", "THREATEN") and any(any(x.dep_ == "aux" and x.lower_ in OBLIGED for x in v.children)
                                                     or obliged(v) for v in (c.trigger, purpose_of(c.trigger)) if v):
        return None         # "the watchdog should investigate", "must pass the law to allow": not done
    if classifying(c.trigger) or war_on_abstraction(c.trigger) or fought_in_arena(c.trigger):
        return None         # "the trade body", "aid workers", "Massive Attack", "the war on drugs", "a court battle"
    if failed(c.trigger) or c.type not in CONFLICT and (aimed_at(c.trigger) or c.type == "REQUEST" and seeking_to(
            c.trigger)) or c.type in CONFLICT and c.type != "THREATEN" and planned(c.trigger):
        return None         # "failed to force", "sought to expose", "working towards lifting", "plotted to kill"
    if everyday_sense(c):
        return None         # "growing demand for cars", "delivered his Budget", "struck oil"
    if c.type == "AGREE" and c.trigger.lemma_.lower() in CONCEDING_FACTS and any(
            x.dep_ == "ccomp" for x in c.trigger.children):
        return None         # "its lawyers now accept (that) the banks were not involved": a view
    if c.trigger.lemma_.lower() in WARS and c.object is None and named_after_place(c.subject_tok, c.subject,
                                                                                  entity_type):
        c.subject, c.subject_tok = None, None   # "the Iraq war", "Angola's civil war": where, not who
    if c.type == "CONCEDE" and c.trigger.lemma_.lower() in LETTING and (aim := purpose_of(c.trigger)) is not None \
            and aim.lemma_.lower() not in OPENING:
        return None         # "stopped the game to allow the coach to speak": the aim of another act, no concession
    if c.type == "REQUEST" and asks_a_question(c.trigger):
        return None         # "How was it right that the poor pay more, the leader asked": a question, no request
    if c.type == "ACCUSE" and c.trigger.lemma_.lower() == "charge" and any(x.dep_ == "prt" for x in c.trigger.children):
        return None         # "the clearance was charged down", "charged up the batteries": no charge laid
    if c.type == "ACCUSE" and c.object is None and blames_no_one(c.trigger):
        return None         # "complained that the weather was bad": a grievance, no one accused
    if advice_not_threat(c, entity_type):
        return None         # "warned his supporters against complacency": advice, no threat (warnings.py)
    if c.type not in CONFLICT:   # a lone condemnation of violence or an act judged is news (lone_stances.py)
        return cooperative(c, context, entity_type) or (c if lone_stand(c, context.domain) else None)
    if c.trigger.lemma_.lower() in COMBATING and c.object is None and not_an_actor(c.object_tok):
        return None         # "battled cancer", "fought the flames"
    return _conflict(c, context, entity_type)


def _conflict(c, context: Context, entity_type):
    if ended(c.trigger):
        return None         # "lifted the blockade of Qatar": the concession is the event
    if c.subject is not None and side_of_fire(c.subject_tok) is not None:
        c.subject_tok = side_of_fire(c.subject_tok)   # the side that fired, not the fire, is the doer
    c.type = seizing_sense(c, entity_type) or c.type
    if c.type == "NONE":
        return None
    if c.type == "ASSAULT" and any(x.dep_ == "advmod" and x.lower_ in UNBODILY for x in c.trigger.children):
        return None         # "emotionally battered by a husband", "verbally assaulted the crew": no blow
    if c.type == "ASSAULT" and lemma_in(c.subject_tok, SUFFERERS) and c.subject_tok.i != c.trigger.i:
        c.subject, c.subject_tok = None, None   # "walked in where the victims were and shot them": a misparse
    if c.type == "ASSAULT" and fired_harmlessly(c.trigger):
        return None         # "fired warning shots", "fired into the air": at no one
    threat = threat_over(c.trigger) if c.type != "THREATEN" else None
    if threat is not None:
        # "threatened sanctions against", "warned of attacks on", "threatened to expel": a threat
        c.type, c.trigger, c.anchor = "THREATEN", threat, threat
        return c
    if labour_strike(c):
        c.type = "PROTEST"  # "a general strike", "teachers went on strike"
        return c
    kind = object_kind(c.object_tok)
    security = security_side(c, entity_type)
    literal = c.trigger.lemma_.lower() in LITERAL or done_to_death(c.trigger) \
        or (by_force(c) or violence_phrase(c.trigger)) and context.domain != "sport"   # "pointed a pistol at"
    if dismissed(c.trigger) or not security and c.subject_tok is not None and c.subject_tok.i != c.trigger.i \
            and object_kind(c.subject_tok) == "proposition" and c.subject_tok.lemma_.lower() not in CAMPAIGNS:
        return None         # "was fired from the firm"; "Britain's approach is hitting workers"
    if c.type == "COERCE" and not (security or literal) and entity_type(c.subject) in COMPANIES:
        return None         # "Microsoft is clamping down on pirated copies": a firm's rules, not repression
    if c.type == "ASSAULT" and not security and criticised(c):
        # "attacked Brown for his record", "slammed the minister", "hit out at": criticism, by and of people
        c.type = "ACCUSE"
        return c if c.subject is not None and c.object is not None else None
    if c.type in FIGURATIVE_PRONE and not security:
        if kind == "proposition":
            # "attacked the plan" is criticism, "blocked the bill" a rejection: verbal conflict
            sense = FIGURATIVE_SENSE.get(c.trigger.lemma_.lower())
            if sense is None:
                return None
            c.type = sense
            return c
        if kind in ("work", "play", "market") and not (literal and by_force(c)) \
                or not literal and (played(c) or unarmed(c, entity_type)):
            return None     # "shot a film", "blocked the shot", "hit profits", "the forwards bombarded"
    if c.type == "ASSAULT" and c.subject is None and not security and accidental_harm(c.trigger):
        return None         # "was injured", "was hit while crossing": an accident, illness or game
    if not security and (traffic_death(c, violent) or c.type == "ASSAULT" and c.subject is None and not violent(
            c.trigger) and disaster_story(c.trigger.doc, _arms_cues())):
        return None         # "killed by a drunk driver", "killed after slipping and falling", deaths in a quake story
    if c.type == "ASSAULT" and (c.subject is None or c.object is None) and not (security or literal) \
            and not lemma_in(c.trigger, WEAPONS | ATTACK_MEANS) and entity_type(c.subject) not in STATES \
            and not violent(c.trigger):
        return None         # one side and a word of many senses, nothing violent around: "a box-office hit"
    if context.domain == "film" and narrated(c.trigger):
        return None         # "after his father is killed, he sets out": a plot told in the present
    if security or literal:
        return c            # an arrest, a murder, riot police: the same in every domain
    if SCORE.search(c.trigger.sent.text):
        return None         # "ousted the seventh seed 6-1 6-3"
    if context.domain in ("sport", "film") and not harm_to_people(c, entity_type):
        return None         # a match report's battles and clashes; not "a man was shot in the thigh"
    if context.domain in ("business", "tech") and c.type in ("ASSAULT", "THREATEN"):
        return None         # price wars, hostile bids, attacks on a market, creditors' threats
    return c


def fiction(trigger) -> bool:
    """An event told inside a story: "a plot about spies conspiring to kill him", "the film follows
    a man who is kidnapped"."""
    below, described = trigger, False
    for n, a in enumerate(trigger.ancestors):
        if n >= 6:
            return False
        if a.pos_ in ("NOUN", "PROPN") and a.lemma_.lower() in FICTION or any(
                x.dep_ == "nsubj" and x.lemma_.lower() in FICTION for x in a.children):
            return True     # "the story of a man who ...", "the film follows agents who ..."
        if a.pos_ == "VERB" and a.lemma_.lower() in ROLE_VERBS and below.dep_ == "dobj" and described:
            return True     # "Cruise plays an agent who is kidnapped": a role ("played a role in the attacks" is none)
        described, below = described or below.dep_ in ("relcl", "acl"), a
    return False


def hypothetical(trigger) -> bool:
    """An act under "if", "unless" or "whether", one only within someone's power ("can veto"), a
    counterfactual ("would have given"), one something prevents ("to stop him from fighting"), one
    expected, wished for or asked of someone (extract/asked_acts.py), or one to follow a later step
    (extract/framing.py): it has not happened."""
    if later_step(trigger):
        return True         # "will be named after he is charged"
    t = trigger
    for _ in range(4):
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if auxes & SPECULATIVE or {"would", "have"} <= auxes or any(
                c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in t.children):
            return True
        if conditioned(t) or wished(t) or asked(t) or permitted(t) or generic_clause(t):
            return True     # "could be sentenced if convicted", "expects the authorities to prosecute",
            # "urged the government to scrap the tax" (extract/asked_acts.py)
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "from" and t.head.head.lemma_.lower() in PREVENTING:
            return True
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in PREVENTING:
            return True     # "to stop militants attacking the town"
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "nsubj", "nsubjpass", "dobj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def dismissed(trigger) -> bool:
    """"was fired from his job": a passive of firing whose subject is no weapon is a dismissal, unless
    its preposition is left without its object ("the convoy was fired on", "were fired upon"): the
    subject is what was shot at."""
    # a sentence-initial plural may be tagged a name and keep its "s" ("Rockets were fired at")
    return trigger.lemma_.lower() == "fire" and any(
        c.dep_ == "nsubjpass" and not lemma_in(c, WEAPONS) and c.lower_.removesuffix("s") not in WEAPONS
        for c in trigger.children) and not any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "at") and not any(x.dep_ == "pobj" for x in c.children)
        for c in trigger.children)


def named_after_place(tok, key, entity_type) -> bool:
    """A country or place modifying a war noun ("the Iraq war", "Angola's civil war") names where
    it is fought."""
    return tok is not None and tok.dep_ in ("compound", "poss", "nmod") and \
        entity_type(key) in ("COUNTRY", "LOCATION")


def criticised(c) -> bool:
    """Criticism in words of violence: a verb that in news is criticism first ("slammed", "hit out
    at"), an attack on someone for or over something ("attacked Brown for his record"), or one
    made in words with nothing violent around ("attacked British imperialists, saying ...")."""
    lemma = c.trigger.lemma_.lower()
    if c.trigger.pos_ != "VERB" or lemma not in FIGURATIVE_SENSE and lemma not in CRITICISM:
        return False
    if lemma in CRITICISM or lemma in ("hit", "lash") and any(x.dep_ == "prt" and x.lower_ == "out"
                                                              for x in c.trigger.children):
        return not violent(c.trigger)
    if any(x.dep_ == "advcl" and x.lemma_.lower() in SAYING for x in c.trigger.children):
        return not violent(c.trigger)
    # "attacked Brown for his record" (not "attacked Gaza for three days", "killed him for his money":
    # a time, or a verb whose figurative sense is no criticism)
    return FIGURATIVE_SENSE.get(lemma) == "ACCUSE" and any(
        x.dep_ == "prep" and x.lower_ in CRITICISM_REASONS and any(
            p.dep_ in ("pobj", "pcomp") and not any(t.ent_type_ in TIMES for t in p.subtree) for p in x.children)
        for x in c.trigger.children)


def violent(trigger) -> bool:
    """A word of weapons, attack or armed men in the trigger's sentence, besides the trigger (a plural the
    tagger took for a name keeps its "s": "Rockets were fired")."""
    cues = _violence_cues()
    return any(t.i != trigger.i and (t.lemma_.lower() in cues or t.lower_ in cues or t.pos_ == "PROPN"
                                     and t.lower_.removesuffix("s") in cues) for t in trigger.sent)


def violence_phrase(trigger) -> bool:
    """Words of many senses that together name only gunfire: "opened fire" (not "fired the coach",
    "open a fire station"), "gunned down" (not "gunned the engine"), "shot dead" (not "shot a film")."""
    lemma = trigger.lemma_.lower()
    if lemma == "fire":
        return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "open"
    return lemma == "gun" and any(x.dep_ == "prt" and x.lower_ == "down" for x in trigger.children) \
        or lemma == "shoot" and any(x.lower_ == "dead" and x.dep_ != "dobj" for x in trigger.children)


def done_to_death(trigger) -> bool:
    """Someone did it to someone "to death" ("hacked five farmers to death", "beat him to death"):
    a killing in any domain. Not "burned to death in a fire", which has no direct object."""
    return any(x.dep_ == "dobj" for x in trigger.children) and any(
        x.dep_ == "prep" and x.lower_ == "to" and any(p.lower_ == "death" for p in x.children)
        for x in trigger.children)


def accidental_harm(trigger) -> bool:
    """An injury or a blow with no attacker and no weapon, attack or armed side in its sentence:
    "she was injured", "dozens were hurt" (by a quake), "was hit while crossing the road"."""
    return trigger.lemma_.lower() in HARM and not violent(trigger)


def harm_to_people(c, entity_type) -> bool:
    """"A man was shot in the thigh outside the studio", "the fatal shooting of two teenage girls":
    gunfire or an assault on people, with the wound or death it caused, is violence in a music story
    or a match report too; not in a sentence about a work ("she was shot for the cover")."""
    if c.type != "ASSAULT" or not lemma_in(c.trigger, WOUNDING) or c.object_tok is None:
        return False
    if not (is_people(c.object_tok) or entity_type(c.object) == "PERSON"):
        return False
    sent = c.trigger.sent
    return any(t.lower_ in WOUND_CUES for t in sent) and not any(t.pos_ == "NOUN" and object_kind(t) == "work"
                                                                for t in sent)


def narrated(trigger) -> bool:
    """A verb in the present tense (or its auxiliary): how reviews tell a film's story."""
    return trigger.tag_ in PRESENT or any(
        x.dep_ in ("aux", "auxpass") and x.tag_ in PRESENT for x in trigger.children)
