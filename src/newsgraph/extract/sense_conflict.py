"""The senses of the conflict types' words: violence, repression, threats and deployments told
literally, or in another sense.

A violence word is literal around police, troops, gunmen or a weapon, or in a phrase that names only
violence ("opened fire", "shot dead", "beat him to death"); it is criticism or a rejection when it
acts on a proposition ("attacked the plan", "blocked the bill") or on people for something ("slammed
the minister for"), a game, a film or a market's word when it acts on one, and an accident when no
attacker, weapon or armed side is in its sentence. What the domain of the document allows decides the
rest (a match report's clashes, a price war). `conflict` is the sense judge's part for the conflict
types (extract/sense.py); each drop names the test that made it (`Dropped`).
"""
from __future__ import annotations

from functools import lru_cache

from ..doctext import per_token, sentence_text
from ..domain import Context
from ..model import ARMED_TYPES
from ..wordlists import table, words
from .arguments import VERBAL
from .censorship import censored
from .club_business import club_business
from .construction_types import struck_on
from .everyday import MISHAPS, disaster_story, traffic_death
from .force import by_force, fired_harmlessly
from .frames import frame_for_verb
from .house_revolts import house_revolt
from .legal_process import before_the_law, held_for
from .lexicon import lexicon
from .noun_frames import TIME_LABELS
from .noun_phrases import clause_verb
from .public_bodies import public_body
from .quantities import is_people
from .road_harms import road_death, run_down
from .seizing import seizing_sense
from .sense_words import LAW_ENFORCEMENT, SCORE, STATES, Dropped, lemma_in, object_kind, played
from .sport_discipline import state_act
from .sport_play import governing_penalty

# types whose figurative uses are the issue: violence, repression, threats, deployments
FIGURATIVE_PRONE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
LITERAL = words("literal_triggers")
UNBODILY = words("unbodily_manners")
AUDIENCES = words("targeted_audiences")
SECURITY = words("security_nouns")
FIGURATIVE_SENSE = table("figurative_senses")
ATTACK_MEANS = words("attack_means")
ACCIDENTAL = words("accidental_causes")
# munitions, not crafts: the subjects of "a blast ripped through", "shells rained on" (events.yaml)
MUNITIONS = words("munitions")
WEAPONS = words("weapon_nouns")
# what is launched or fired: the weapon, else the verb has another sense
LAUNCHING = words("sense_conflict_launching")
COMPANIES = frozenset({"ORGANIZATION", "MEDIA"})
THREAT_VERBS = words("sense_conflict_threat_verbs")
LABOUR = words("labour_words")
# verbs that end what their object noun names: "lifted the blockade", "ended the siege"
ENDING_VERBS = words("ending_verbs")
# verbs of criticism first, of blows only in a fight: "slammed the minister", "hit out at"
CRITICISM = words("criticism_verbs")
CRITICISM_REASONS = words("reason_prepositions")
# nouns of a war that, between people, parties and firms, is a feud: "declared war on each other"
WORD_WARS = words("word_wars")
# what a verbal attack goes on with: "attacked the plan, saying it was unfair", "calling it a sham"
SAYING = words("describing_verbs")
# words of bodily harm or a blow, which an accident, an illness or a game also causes
HARM = words("harm_words")
# deaths a quake deals as well as a gunman: no sign of violence in a disaster story
DEATHS = words("death_words")
# named entity labels of a side whose fire it is ("Israeli fire", "Hamas fire")
SIDE_LABELS = frozenset({"NORP", "ORG", "GPE"})
# who suffers violence by the very word: never its doer
SUFFERERS = words("sense_conflict_sufferers")
# propositions that are also campaigns of force: "the bombing campaign killed 30"
CAMPAIGNS = words("sense_conflict_campaigns")
# what a court or a government issues and acts through: "was barred from the race by a Supreme Court ruling"
ISSUED = words("issued_rulings")
PRESENT = frozenset({"VBZ", "VBP"})
# violence words whose other senses (a film shot, a match shot, wounded pride) never have people as victim
WOUNDING = words("sense_conflict_wounding")
WOUND_CUES = words("wound_cues")
# words of a gun, knife or bomb attack that no game or market uses (not "shot", "attack", "strike")
ARMED_VIOLENCE = words("armed_violence_words")
# words of a wound or blow that an attack in the story dealt, though their sentence names no weapon
WOUNDS = words("wound_words")
# how many of them make a story one of armed violence
ARMED_STORY_MIN = 3
# who attacks computers, not people: their attack is a cyber attack (COERCE, as the lexicon's "cyberattack")
CYBER_ATTACKERS = frozenset({"hacker"})
PROTESTING_PEOPLE = words("protesting_people")


@lru_cache(maxsize=1)
def _violence_cues() -> frozenset[str]:
    return words("violence_cues") | WEAPONS | ATTACK_MEANS | SECURITY | LITERAL


@lru_cache(maxsize=1)
def _arms_cues() -> frozenset[str]:
    """Words of weapons, attack and armed men, without those of death and harm a disaster story has too."""
    return _violence_cues() - HARM - DEATHS


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


def munition(tok) -> bool:
    """A munition or blast, not an accident's nor a craft: "a car bomb", "mortar shells", not "a gas
    explosion", "a helicopter"."""
    return tok is not None and tok.lemma_.lower() in MUNITIONS and attack_means(tok)


def security_side(c, entity_type) -> bool:
    """Police, troops, militants or gunmen take part, or a weapon strikes ("a car bomb struck a
    market"): violence words are literal around them."""
    if attack_means(c.subject_tok):
        return True
    for key, tok in ((c.subject, c.subject_tok), (c.object, c.object_tok)):
        if entity_type(key) in ARMED_TYPES:
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
    if c.trigger.lemma_.lower() != "strike" or any(x.dep_ in ("dobj", "agent") for x in c.trigger.children) \
            or struck_on(c.trigger):
        return False    # "a driver struck a woman", "was struck by a car", "the strike on Rafah": a blow, no walkout
    near = [*c.trigger.children, c.trigger.head] + ([c.subject_tok] if c.subject_tok is not None else [])
    if any(t.lemma_.lower() in LABOUR or t.lower_ in LABOUR for t in near):
        return True
    return c.trigger.dep_ == "pobj" and c.trigger.head.lower_ == "on" and c.trigger.head.head.lemma_ == "go"


def unarmed(c, entity_type) -> bool:
    """Companies, bodies and media on both sides ("Airbus fired back at Boeing"), a war or battle
    between people, parties and firms with no harm in its sentence ("Blair and Brown declared war on
    each other", "Mr Blunkett's battle with the chief constable": a feud), or a launch or firing of
    something other than a weapon ("launched a club", "fired the manager")."""
    sides = {entity_type(c.subject), entity_type(c.object)}
    if c.type == "ASSAULT" and None not in sides and (
            sides <= COMPANIES or "MEDIA" in sides and sides <= COMPANIES | {"PERSON"}):
        return True
    if c.type == "ASSAULT" and None not in sides and sides <= COMPANIES | {"PERSON"} \
            and c.trigger.pos_ == "NOUN" and c.trigger.lemma_.lower() in WORD_WARS and not harm_told(c.trigger):
        return True
    if c.trigger.lemma_.lower() in LAUNCHING:
        return any(o.dep_ == "dobj" and o.lemma_.lower() not in WEAPONS for o in c.trigger.children)
    return False


def conflict(c, context: Context, entity_type):
    """The conflict candidate as extraction should keep it (retyped as a threat, a protest, criticism
    or a rejection where the words say so), or why it is no event."""
    if ended(c.trigger):
        return Dropped("ended")    # "lifted the blockade of Qatar": the concession is the event
    if c.subject is not None and side_of_fire(c.subject_tok) is not None:
        c.subject_tok = side_of_fire(c.subject_tok)   # the side that fired, not the fire, is the doer
    c.type = seizing_sense(c, entity_type) or house_revolt(c) or c.type   # "a rebellion by MPs": a vote
    if c.type == "NONE":
        return Dropped("seizing sense")
    if (harmless := no_blow_dealt(c)) is not None:
        return harmless
    threat = threat_over(c.trigger) if c.type != "THREATEN" else None
    if threat is not None:
        # "threatened sanctions against", "warned of attacks on", "threatened to expel": a threat
        c.type, c.trigger, c.anchor = "THREATEN", threat, threat
        return c
    if labour_strike(c):
        c.type = "PROTEST"  # "a general strike", "teachers went on strike"
        return c
    if c.type == "ASSAULT" and (cyber_attack(c) or pursued_by_the_law(c)):
        c.type = "COERCE"   # "hackers attacked the bank": a cyber attack; "prosecutors targeted the ranch": no blow
    kind = None if entry_names_object(c) else object_kind(owned_thing(c)) or object_kind(c.object_tok)  # "shut down the newspaper"
    security = security_side(c, entity_type)
    literal = c.trigger.lemma_.lower() in LITERAL or done_to_death(c.trigger) \
        or (by_force(c) or violence_phrase(c.trigger)) and context.domain != "sport"   # "pointed a pistol at"
    if context.domain == "sport" and governing_penalty(c):   # "UEFA banned the defender": no firm's rules, no game
        return sanction(c)
    if dismissed(c.trigger):
        return Dropped("dismissal")   # "was fired from the firm"
    if not security and c.subject_tok is not None and c.subject_tok.i != c.trigger.i \
            and object_kind(c.subject_tok) == "proposition" and c.subject_tok.lemma_.lower() not in CAMPAIGNS \
            and not issued_by(c):
        return Dropped("proposition as doer")   # "Britain's approach is hitting workers"
    if c.type == "COERCE" and not (security or literal) and entity_type(c.subject) in COMPANIES \
            and not public_body(c.subject_tok):   # "the Commission restricted the use of the name": a state's act
        # "Microsoft is clamping down on pirated copies": a firm's rules, not repression
        return Dropped("firm's rules")
    if c.type == "ASSAULT" and not security and audience_targeted(c):
        return Dropped("audience targeted")   # "Labour's campaign targeted Tory voters": no blow
    if c.type == "ASSAULT" and not security and criticised(c):
        # "attacked Brown for his record", "slammed the minister", "hit out at": criticism, by and of people
        c.type = "ACCUSE"   # with one side only when a plan is attacked ("attacked the plans, saying ...")
        return c if c.subject and (c.object or kind == "proposition") else Dropped("criticism with one side")
    if c.type in FIGURATIVE_PRONE and not security:
        if kind == "proposition":
            # "attacked the plan" is criticism, "blocked the bill" a rejection: verbal conflict
            sense = "COERCE" if censored(c, entity_type) else FIGURATIVE_SENSE.get(c.trigger.lemma_.lower())
            if sense is None:
                return Dropped("figurative object")
            c.type = sense
            return c
        if kind in ("work", "play", "market") and not (literal and by_force(c)):
            return Dropped(f"{kind} object")   # "shot a film", "blocked the shot", "hit profits"
        if not literal and (played(c) or unarmed(c, entity_type)) and not (before_the_law(c) or state_act(c, entity_type)):
            # "the forwards bombarded", "Airbus fired back at Boeing"; not "the winger was booked into jail"
            return Dropped("game or firms")
    wound = story_wound(c, entity_type)   # "a cashier was wounded", told in a shooting story
    if c.type == "ASSAULT" and c.subject is None and not security and accidental_harm(c.trigger) and not wound:
        return Dropped("accident")   # "was injured", "was hit while crossing": an accident, illness or game
    if not security and (traffic_death(c, armed_sign) or run_down(c)) or road_death(c, security):
        return Dropped("traffic death")   # "killed by a drunk driver", "killed after slipping", "hit her" in a road story
    if not security and disaster_harm(c, literal):
        return Dropped("disaster story")   # deaths in a quake story; "buildings were toppled", no one's
    if c.type == "ASSAULT" and (c.subject is None or c.object is None) and not (security or literal) \
            and not lemma_in(c.trigger, WEAPONS | ATTACK_MEANS) and entity_type(c.subject) not in STATES \
            and not violent(c.trigger) and not wound and not c.told_by and not held_for(c.trigger):
        # one side and a word of many senses, nothing violent around: "a box-office hit"; not an
        # attack the story told with its attacker around it ("The shooting occurred at 3 p.m.")
        return Dropped("one side, nothing violent")
    if context.domain == "film" and narrated(c.trigger):
        return Dropped("film plot")   # "after his father is killed, he sets out": a plot told in the present
    if security or literal:
        return c            # an arrest, a murder, riot police: the same in every domain
    if SCORE.search(sentence_text(c.trigger)):
        return Dropped("score")   # "ousted the seventh seed 6-1 6-3"
    return domain_sense(c, context.domain, entity_type)


def no_blow_dealt(c) -> Dropped | None:
    """Why an assault candidate deals no blow, or None (a victim read as its doer loses that side)."""
    if c.type != "ASSAULT":
        return None
    if any(x.dep_ == "advmod" and x.lower_ in UNBODILY for x in c.trigger.children):
        return Dropped("no blow")   # "emotionally battered by a husband", "verbally assaulted the crew": no blow
    if lemma_in(c.subject_tok, SUFFERERS) and c.subject_tok.i != c.trigger.i:
        c.subject, c.subject_tok = None, None   # "walked in where the victims were and shot them": a misparse
    if fired_harmlessly(c.trigger):
        return Dropped("fired at no one")   # "fired warning shots", "fired into the air": at no one
    if no_one(c.object_tok):
        return Dropped("no one harmed")   # "No-one was injured in the fire", "nobody was hurt"
    return None


def sanction(c):
    """A penalty in a sport story that is not the sport's own discipline (dropped before: sport_discipline.py), as a
    ban a court deals ("was banned from driving for a year"): a SANCTION."""
    c.type = "SANCTION"
    return c


def domain_sense(c, domain: str | None, entity_type):
    """What the document's domain allows of a conflict candidate that nothing literal marks: a match report's
    battles, a film's and a market's attacks are dropped; a hackers' attack is kept (a governing body's penalty
    was kept as a SANCTION before: `conflict`)."""
    if domain is not None and cyber_attack(c):
        return c    # "hackers attacked the studio"
    if domain in ("sport", "film") and not harm_to_people(c, entity_type) and not before_the_law(c) \
            and not (domain == "sport" and (club_business(c) or state_act(c, entity_type))) and not protest_by_protesters(c):
        # not "fined the club for breaching stock rules"
        return Dropped(f"{domain} domain")   # a match report's battles; not "a man was shot in the thigh"
    if domain in ("business", "tech") and c.type in ("ASSAULT", "THREATEN"):
        return Dropped(f"{domain} domain")   # price wars, hostile bids, attacks on a market, creditors' threats
    return c


def protest_by_protesters(c) -> bool:
    """A protest by campaigners, activists or demonstrators ("the tour was cancelled after protests by gay rights
    campaigners"): a protest in a film or sport story too, not a team's rally nor a plot."""
    return c.type == "PROTEST" and lemma_in(c.subject_tok, PROTESTING_PEOPLE)


def issued_by(c) -> bool:
    """A ruling, order or decree its named issuer restrains or penalises through ("was barred from the election
    by a Supreme Court ruling"): the issuer is the doer, no proposition ("the plan was hit by a ruling" stays out)."""
    tok = c.subject_tok
    return c.type in ("COERCE", "SANCTION") and c.subject is not None and tok.lemma_.lower() in ISSUED and any(
        m.dep_ in ("compound", "poss") and m.ent_type_ for m in tok.children)


def owned_thing(c):
    """The thing the trigger acts on when the object is only its owner, named in its "of" phrase:
    "plans" in "attacked the plans of the home secretary", "record" in "slammed the record of the
    government" (what is attacked is the thing, words aimed at its owner); None otherwise."""
    tok = c.object_tok
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    thing = tok.head.head
    return thing if thing.dep_ in ("dobj", "nsubjpass") and thing.head.i == c.trigger.i else None


def cyber_attack(c) -> bool:
    """Hackers attack ("hackers attacked the bank", "hackers targeted the studio"): an attack on computers, which
    the lexicon types COERCE ("cyberattack", "hack"), in a tech, business or film story as in any news."""
    return c.type in ("ASSAULT", "COERCE") and lemma_in(c.subject_tok, CYBER_ATTACKERS)


def entry_names_object(c) -> bool:
    """Whether the trigger's lexicon entry names its object noun ("shut down newspaper", "close
    airport"): the entry gives the object its literal sense, whatever the noun means elsewhere
    ("attacked the newspaper" is criticism; "shut down the newspaper" is not)."""
    if c.object_tok is None or c.trigger.pos_ not in VERBAL:
        return False
    key = frame_for_verb(c.trigger, lexicon())[1]
    return " " in key and key.rsplit(" ", 1)[-1] == c.object_tok.lemma_.lower()


def disaster_harm(c, literal: bool) -> bool:
    """Harm with no doer, and no sign of attack in its sentence, in a story of a quake, a flood or a crash:
    deaths ("a total of 10 people had been killed"), or a thing of no actor's knocked down ("buildings were
    toppled"), not an act of the law ("looters were arrested")."""
    return c.subject is None and (c.type == "ASSAULT" or c.type == "COERCE" and c.object is None and not literal) \
        and not violent(c.trigger) and disaster_story(c.trigger.doc, _arms_cues())


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
            p.dep_ in ("pobj", "pcomp") and not any(t.ent_type_ in TIME_LABELS for t in p.subtree) for p in x.children)
        for x in c.trigger.children)


def audience_targeted(c) -> bool:
    """An audience aimed at ("the campaign targeted Tory voters", "adverts targeting young consumers"), with nothing
    violent in the sentence: a campaign's or a seller's aim, no attack."""
    return c.trigger.lemma_.lower() == "target" and lemma_in(c.object_tok, AUDIENCES) and not violent(c.trigger)


def pursued_by_the_law(c) -> bool:
    """Someone or something the law "targets" ("prosecutors have targeted the ranch", "police were accused of
    targeting nationalists"), with nothing violent in the sentence but the law's own men and no reason given: a
    pursuit by the state (PLOVER COERCE), no blow; "police targeted the marchers with tear gas" stays violence."""
    subject = c.subject_tok
    return c.trigger.lemma_.lower() == "target" and lemma_in(subject, LAW_ENFORCEMENT) and not violent(
        c.trigger, besides={subject.i}) and not criticised(c)   # "targeted the firms over unpaid tax": ACCUSE


def violent(trigger, cues: frozenset[str] | None = None, besides: frozenset[int] | set[int] = frozenset()) -> bool:
    """A word of weapons, attack or armed men in the trigger's sentence, besides the trigger (a plural the
    tagger took for a name keeps its "s": "Rockets were fired"); `cues`, the words that count; `besides`,
    the indices of tokens not read (a reason's words: "attacked Blair over the Iraq war")."""
    cues = _violence_cues() if cues is None else cues
    return any(t.i != trigger.i and t.i not in besides and (t.lemma_.lower() in cues or t.lower_ in cues or t.pos_ == "PROPN"
                                     and t.lower_.removesuffix("s") in cues) for t in trigger.sent)


def armed_sign(trigger) -> bool:
    """As `violent`, but a death or harm beside the trigger is no sign of attack ("ten were killed and 50
    injured when the quake struck": each harm is the quake's)."""
    return violent(trigger, _arms_cues())


def no_one(tok) -> bool:
    """Whether a side is no one: "nobody", "none", "no one", "No-one" (one token: nlp.keep_no_one)."""
    return tok is not None and (tok.lower_ in ("nobody", "none", "no-one", "noone")
                                or tok.lower_ == "one" and any(c.lower_ == "no" for c in tok.lefts))


def harm_told(trigger) -> bool:
    """A word of harm or death in the trigger's sentence besides the trigger ("killed", "injured")."""
    return any(t.i != trigger.i and t.lemma_.lower() in HARM | DEATHS for t in trigger.sent)


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


def story_wound(c, entity_type) -> bool:
    """An injury or blow to people with no doer named ("a cashier was wounded", "she was struck in the
    chest") in a story of armed violence: the story's attack, not an accident."""
    return c.type == "ASSAULT" and c.subject is None and lemma_in(c.trigger, WOUNDS) and c.object_tok is not None \
        and (is_people(c.object_tok) or entity_type(c.object) == "PERSON") and armed_story(c.trigger.doc)


def armed_story(doc) -> bool:
    """A story of a shooting, stabbing or bombing: its words of armed violence (ARMED_VIOLENCE) come at least
    ARMED_STORY_MIN times and outnumber its words of mishap. There, "a co-worker was wounded" or "she was
    struck in the chest" is the story's attack, though its own sentence names no gun (read once per document)."""
    memo = per_token(doc, ("newsgraph", "armed_story"), None)
    if -1 not in memo:
        armed = sum(1 for t in doc if lemma_in(t, ARMED_VIOLENCE))
        memo[-1] = armed >= ARMED_STORY_MIN and armed > sum(1 for t in doc if lemma_in(t, MISHAPS))
    return memo[-1]


def harm_to_people(c, entity_type) -> bool:
    """"A man was shot in the thigh outside the studio", "the fatal shooting of two teenage girls", "the
    director was shot and stabbed in the street": gunfire or an assault on people, with the wound or death
    it caused or another act that is violence in any domain, is violence in a music story or a match report
    too; not a work's shot ("she was shot for the cover")."""
    if c.type != "ASSAULT" or not lemma_in(c.trigger, WOUNDING) or c.object_tok is None:
        return False
    if not (is_people(c.object_tok) or entity_type(c.object) == "PERSON"):
        return False
    sent = c.trigger.sent
    harmed = any(t.lower_ in WOUND_CUES or t.i != c.trigger.i and t.pos_ == "VERB" and lemma_in(t, LITERAL)
                 for t in sent)
    return harmed and not any(t.pos_ == "NOUN" and object_kind(t) == "work" and clause_verb(t) == c.trigger
                              for t in sent)


def narrated(trigger) -> bool:
    """A verb in the present tense (or its auxiliary): how reviews tell a film's story."""
    return trigger.tag_ in PRESENT or any(
        x.dep_ in ("aux", "auxpass") and x.tag_ in PRESENT for x in trigger.children)

