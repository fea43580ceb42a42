"""Everyday senses of event words: what they are said of shows that no conflict or cooperation
between sides took place.

Markets have "demand" for goods ("growing demand for cars") that no one demands of anyone; a
chancellor "delivers" a Budget and a witness "gives" a statement, which is no aid; ministries
"release" figures, not prisoners; people "seek" refuge or re-election, which asks nobody for
anything; prospectors "strike" oil; attackers in a software story "execute" code; MPs "bombard" a
minister with questions; a man dies of a "heart attack"; a "driver" kills a pedestrian in a crash, and
one who "hit" a woman in a story of cars and drivers ran her down; police "treat" a fire as suspicious; a politician "warns" that apathy is the real danger; a lawyer "asks" a witness a question; an airline "orders" 30
planes; police "decline to name" a suspect and "offer" a reward for information; a firm "receives" patents and a doctor an award; a law or a
technique "allows" people to do things, which no one concedes. `everyday_sense` is called
by the sense judge (extract/sense.py) for every candidate.
"""
from __future__ import annotations

from ..doctext import lemma_lowers, token_lowers
from ..wordlists import words
from .buyers import buyers_appetite
from .entity_lookup import ACTOR_LABELS
from .framing import FUTURE
from .letting import letting, letting_outcome
from .quantities import is_people
from .sense_words import NOT_ACTORS, lemma_in, object_kind

MARKET_DEMAND = words("market_demand_modifiers")
COMMUNICATION = words("communication_nouns")
SOUGHT_NOT_ASKED = words("sought_not_asked")
STRUCK_NOT_BLOWS = words("struck_not_blows")
MEDICAL_ATTACKS = words("medical_attacks")
VEHICLES = words("vehicles")
MISHAPS = words("mishaps")
TELLING = words("telling_verbs")
INVITED_OFFERS = words("invited_offers")
HONOURS = words("honours")
QUERIES = words("queries")
PAY_WORDS = words("pay_words")
TRADED_ENERGY = words("traded_energy")
HELD_TITLES = words("held_titles")
TITLE_HOLDERS = words("title_holders")
AID_BODIES = words("aid_bodies")
HALTED_THINGS = words("halted_things")
HAPPENINGS = words("happenings") | NOT_ACTORS
ARMED_ACTION = words("armed_action_modifiers")
OBJECTLESS_PROTESTS = words("objectless_protests")
PRICES = words("priced_nouns") | words("charged_prices")
WITHDRAWN_NOTICES = words("withdrawn_notices")
DUTY_VERBS = words("entrusted_duty_verbs")
DUTY_NOUNS = words("entrusted_duty_nouns")
# a refusal to tell is no rejection ("declined to name him", "refused to release the figures"), but
# acceptance of what another said or decided is no telling ("refused to recognise the election results")
ACCEPTING = words("refused_by_negation")
# what the harm's own phrase calls it when no one meant it: "in a hunting accident"
ACCIDENTS = words("everyday_accidents")
# people at the wheel: their killing is a traffic death only as told in the passive
DRIVERS = words("everyday_drivers")
# what a driver does to someone with the vehicle: "a driver struck and killed a woman", "ran over a boy"
IMPACT_VERBS = words("impact_verbs")
# what makes a vehicle a weapon: "rammed the crowd in a terror attack", "deliberately drove into"
RAMMING = words("ramming_words")
# weapons and words of attack: a blow dealt with them is no road death ("struck him with a bat")
ARMS = words("handheld_weapons") | words("thrown_weapons") | words("weapon_nouns") | words("fired_rounds") | RAMMING
# what is offered to anyone who helps the police, an appeal to the public: no agreement with anyone
REWARDS = words("everyday_rewards")
# what is executed that is no person: "execute code", "executed the order"
EXECUTED_TASKS = words("executed_tasks")
# degrees of harm suffered that make "hit" the impact on a place or a trade ("India and Indonesia worst
# hit", "the tourist industry is likely to be hardest hit"): its side is the one hit, by no one named
IMPACT_DEGREES = words("impact_degrees")
# who can concede, besides people, names and a crowd: the bodies a law or rule comes from
MEMBERS = words("member_nouns") | words("generic_actors") | words("collective_singulars") | words("addressed_bodies")
# what makes "demand" one made of someone: an article, a possessor or a number ("the demand", "their
# demands", "two demands")
DETERMINED = frozenset({"det", "poss", "nummod"})
# what is asked for when "ask" is a request: an act ("asked him to leave"), a thing ("asked for aid")
ASKED_FOR = frozenset({"xcomp", "ccomp"})


# particles of going on with one's own act: "press on with", "press ahead with"
GOING_ON = words("everyday_going_on")


def everyday_sense(c) -> bool:
    """The candidate's trigger is used in an everyday sense: no event between sides."""
    if c.trigger.pos_ == "PROPN" and c.trigger.ent_type_ in ("DATE", "TIME"):
        return True   # a month's name in a date ("born March 29", "on May 3"): a time, no act
    lemma = c.trigger.lemma_.lower()
    if c.type == "REQUEST" and lemma == "invite":
        return any(lemma_in(t, INVITED_OFFERS) for t in objects(c.trigger))  # "invite bids for two licences"
    if c.type == "AGREE" and lemma == "offer":
        # "offered Mourinho some advice", "offered condolences"; "offered a reward for information" to anyone
        return any(spoken(t) or lemma_in(t, REWARDS) for t in objects(c.trigger))
    if c.type == "REQUEST" and lemma != "order":
        return lemma == "demand" and market_demand(c.trigger) or lemma == "seek" and any(
            lemma_in(t, SOUGHT_NOT_ASKED) for t in objects(c.trigger)) or lemma == "ask" and questioned(c.trigger) \
            or lemma == "press" and kept_on(c.trigger)   # "pledged to press on with its attack": no one asked
    if c.type == "AID" and lemma == "aid" and aid_as_kind(c.trigger):
        return True     # "spoke to aid workers", "the aid agency Oxfam"
    if c.type == "AID" and lemma == "shelter":
        return shelter_taken(c.trigger)     # "villagers sheltering in a mosque" take shelter, give none
    if c.type == "AID":
        said = [*objects(c.trigger), *([c.object_tok] if c.object_tok is not None else [])]
        return any(spoken(t) for t in said) or lemma == "treat" and any(
            x.dep_ == "prep" and x.lower_ in ("as", "like") for x in c.trigger.subtree) \
            or lemma == "supply" and any(traded_energy(t) for t in objects(c.trigger)) \
            or lemma == "protect" and any(t.dep_ == "dobj" and no_one(t) for t in objects(c.trigger)) \
            or lemma == "contribute" and any(no_one(p) for x in c.trigger.children if x.dep_ == "prep" and x.lower_ == "to"
                                             for p in x.children if p.dep_ == "pobj")
        # "treating a fire ... as arson"; "gas supplied by Turkmenistan" is trade; "protect their national
        # resources" shields a thing and "contributed to the FTSE's decline" adds to one: they help no one
    if c.type == "THREATEN" and lemma == "warn":
        return foretold(c.trigger)
    if c.type == "PROTEST" and lemma in OBJECTLESS_PROTESTS:
        return shown_or_led(c.trigger)
    if c.type == "REQUEST" and lemma == "order":
        return purchase(c.trigger)
    if c.type == "CONCEDE" and letting(c.trigger):
        # "the law allows people to copy CDs"; "..., allowing it to expand": an outcome, no one lets (letting.py)
        return letting_outcome(c.trigger) or any(x.dep_ in ("nsubj", "csubj") and thing(x) for x in c.trigger.children)
    if c.type == "REJECT":   # (an honour declined, "refused his Academy Award", rejects no one's demand)
        return any(x.dep_ == "xcomp" and telling(x) and not lemma_in(x, ACCEPTING) for x in c.trigger.children) \
            or any(honour(t) for t in (*objects(c.trigger), c.object_tok) if t is not None)
    if c.type == "ACCUSE" and lemma == "charge":
        return priced(c.trigger) or entrusted(c.trigger)   # "was charged VAT", "charged with overseeing the vote"
    if c.type == "ACCUSE" and lemma == "suspect":
        # suspicion accuses a party only with its charge ("suspected of fraud", "suspect him of lying");
        # without one it is a guess at a cause ("arson is suspected", "police suspect foul play")
        return not any(x.dep_ == "prep" and x.lower_ == "of" for t in (c.trigger, *objects(c.trigger))
                       for x in t.children)
    if c.type == "SUPPORT" and lemma == "defend":
        return own_course_defended(c.trigger)
    if c.type == "SANCTION" and lemma == "suspend":
        return any(halted_thing(t) for t in (*objects(c.trigger), c.object_tok)) \
            and not aimed_at_someone(c.trigger)  # "shares were suspended", not "suspended aid to the junta"
    if c.type == "CONSULT" and lemma == "discuss":
        return any(spoken(t) for t in objects(c.trigger))     # "would not discuss a motive": telling, no talks
    if c.type == "CONSULT" and lemma == "receive":
        return any(spoken(t) or counted_thing(t) or lemma_in(t, HONOURS) or object_kind(t) in (
            "work", "market", "proposition") for t in objects(c.trigger))   # "received 25,772 patents", "the report", "an award"
    if c.type == "RETREAT" and lemma == "release":
        # figures, names, an album; a game out in the shops ("with a UK release two days later")
        return any(spoken(t) or object_kind(t) in ("work", "play") for t in (*objects(c.trigger), c.object_tok) if t is not None)
    if c.type == "RETREAT" and lemma == "withdraw":
        # "withdrew a tsunami alert", "withdrew the advert": a notice or a work taken back, no retreat from anyone
        return any(lemma_in(t, WITHDRAWN_NOTICES) or object_kind(t) == "work" for t in objects(c.trigger))
    if c.type in ("ASSAULT", "COERCE"):
        if lemma == "strike" and (any(lemma_in(t, STRUCK_NOT_BLOWS) for t in objects(c.trigger)) or any(
                x.dep_ == "prt" and x.lower_ == "up" for x in c.trigger.children)):
            return True     # "struck oil in Mississippi", "struck a chord with voters", "struck up a friendship"
        if lemma == "execute" and any(executed_task(t) for t in objects(c.trigger)):
            return True     # "execute code", "executed the plan", "the raid of the ranch, executed after a tip"
        if lemma in ("hit", "strike") and happening_doer(c.trigger):
            return True     # "the worst unrest to hit France", "the walkout hit jobcentres"
        if lemma in ("hit", "strike") and impact_suffered(c.trigger):
            return True     # "Sri Lanka and India worst hit", "the industry will be hardest hit"
        if lemma == "attack" and any(x.dep_ in ("compound", "amod") and lemma_in(x, MEDICAL_ATTACKS)
                                     for x in c.trigger.children):
            return True     # "died of a heart attack"
        return words_with(c.trigger) or lemma == "confront" and faced_with(c.trigger)
        # "bombarded him with questions"; "women are confronted with these issues": a plight, no one coerced
    return False


def honour(tok) -> bool:
    """An award, prize or title bestowed ("his Academy Award", "a knighthood"); not a pay award, which
    settles wages ("the union rejected the pay award")."""
    return (lemma_in(tok, HONOURS) or tok.lower_ in HONOURS) and not any(
        x.dep_ in ("compound", "amod") and x.lower_ in PAY_WORDS for x in tok.children)


def kept_on(verb) -> bool:
    """A verb with "on" or "ahead" as its particle: "press on with the offensive", "pressed ahead with its plans" go on
    with an act of one's own; "pressed Iran to release the sailors" asks."""
    return any(x.dep_ in ("prt", "advmod") and x.lower_ in GOING_ON for x in verb.children)


def words_with(verb) -> bool:
    """A blow struck "with" words: "bombarded him with (a barrage of) questions", but not "detained them,
    with reports saying why"."""
    return any(spoken(p) or any(spoken(q) for r in p.children if r.lower_ == "of" for q in r.children)
               for x in verb.children if x.dep_ == "prep" and x.lower_ == "with"
               for p in x.children if p.dep_ == "pobj" and not absolute(p))


def faced_with(verb) -> bool:
    """A passive "confronted with" a problem or a person, no one named confronting ("despite being confronted
    with an abusive father", "women are confronted with these issues"): what someone faces, no act."""
    return any(x.dep_ == "auxpass" for x in verb.children) and not any(x.dep_ == "agent" for x in verb.children) \
        and any(x.dep_ == "prep" and x.lower_ == "with" for x in verb.children)


def shown_or_led(verb) -> bool:
    """A verb whose protest takes no object, told with a direct object or a clause: it shows, leads or
    gathers something ("demonstrate that the poll was fair", "demonstrated their strength", "rallied
    support"), no protest; "demonstrated outside the embassy", "marched on parliament" stay."""
    return verb.pos_ in ("VERB", "AUX") and any(x.dep_ in ("dobj", "ccomp") for x in verb.children)


def aid_as_kind(trigger) -> bool:
    """"aid" naming a kind of worker or body ("aid workers", "the aid agency"), also where the parser
    reads "spoke to aid workers" as an infinitive with its object right after it."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "compound":
        return lemma_in(trigger.head, AID_BODIES)
    return any(x.dep_ == "dobj" and x.i == trigger.i + 1 and lemma_in(x, AID_BODIES) for x in trigger.children)


def own_course_defended(trigger) -> bool:
    """"defend" said of a side's own title ("defended his title", "the defending champion") or of play
    ("Wales defended well"): it supports no other side. Defending a course ("defended the plans") or
    someone ("defended the embattled judge") stays support."""
    after = trigger.nbor() if trigger.i + 1 < len(trigger.doc) else None
    if trigger.dep_ == "amod" or trigger.tag_ == "VBG" and lemma_in(after, TITLE_HOLDERS):
        return True         # "the defending champion", "against defending champion Anna Berg"
    held = [x for x in trigger.children if x.dep_ in ("dobj", "nsubjpass")]
    if not held:
        return trigger.pos_ == "VERB" and not any(x.dep_ in ("agent", "prep") and x.lower_ in ("by", "against")
                                                  for x in trigger.children)
    # a course defended ("defended the plans") stays support: the speech after-set's gold and the office
    # tests count it; a title is only ever one's own
    return all(lemma_in(t, HELD_TITLES) for t in held)


def halted_thing(tok) -> bool:
    """What is suspended is a thing, not a person or a body: shares, trading, a programme ("Southcorp's
    shares were suspended", "the agency's programmes have been suspended"; not "suspended a
    candidate"). A name owning it is read through its possessive: the thing, not the firm, is halted."""
    if tok is None:
        return False
    if tok.dep_ in ("poss", "compound") and tok.head.pos_ == "NOUN":
        tok = tok.head
    return lemma_in(tok, HALTED_THINGS) and no_one(tok)


def aimed_at_someone(trigger) -> bool:
    """The suspension names whom it is aimed at: "suspended aid to the junta", "talks with Hamas"."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "with", "for") and any(o.dep_ == "pobj" for o in p.children)
               for t in (trigger, *objects(trigger)) for p in t.children)


def shelter_taken(trigger) -> bool:
    """"sheltering in a school", "sheltered from the shelling": people taking shelter, with no one
    sheltered by them ("sheltered refugees", "were sheltered by the monks", "families sheltered by
    the church")."""
    if trigger.pos_ != "VERB" or trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return False
    return not any(x.dep_ in ("dobj", "nsubjpass", "agent") for x in trigger.children)


def happening_doer(trigger) -> bool:
    """"hit" or "strike" said of a happening: a war, unrest, a walkout or a natural or economic ill as
    its subject, or as the noun its clause describes ("the worst violence to hit Greece"). Armed
    action stays an attack ("military action hit the town")."""
    doers = [x for x in trigger.children if x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP")]
    if not doers and trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
        doers = [trigger.head]
    return any(lemma_in(d, HAPPENINGS) and not any(lemma_in(m, ARMED_ACTION) for m in d.children
                                                     if m.dep_ in ("amod", "compound")) for d in doers)


def absolute(tok) -> bool:
    """A "with" phrase whose noun has a clause of its own ("with reports suggesting that ...", "with
    officials saying ..."): what accompanies the act, not what it was done with."""
    return any(x.dep_ == "acl" and x.tag_ == "VBG" for x in tok.children)   # not "questions posed by MPs"


def traded_energy(tok) -> bool:
    """Energy sold by the barrel or the pipeline: "natural gas", "120,000 barrels of fuel oil"."""
    return lemma_in(tok, TRADED_ENERGY) or any(lemma_in(p, TRADED_ENERGY) for r in tok.children if r.lower_ == "of"
                                                for p in r.children)


def no_one(tok) -> bool:
    """A common noun, singular or plural, that names no one who acts: "resources", "interests"."""
    return tok.pos_ == "NOUN" and not is_people(tok) and not lemma_in(tok, MEMBERS) and tok.ent_type_ not in ACTOR_LABELS


def thing(tok) -> bool:
    """A common noun that names no one who acts: a law, a technique, a rule ("German law does allow
    people to copy CDs", "rapid imaging has allowed aid groups to find routes"), not "the government",
    "officials", "the court" or a name. A thing makes an act possible; only an actor concedes it."""
    return tok.pos_ == "NOUN" and not is_people(tok) and not lemma_in(tok, MEMBERS) and tok.ent_type_ not in ACTOR_LABELS \
        and tok.tag_ == "NN" and not any(x.dep_ == "compound" and x.ent_type_ in ACTOR_LABELS for x in tok.children)


def impact_suffered(trigger) -> bool:
    """"worst hit", "hardest hit", "badly hit" with no object and no one doing it: the side is what
    suffered the impact of a disaster or a slump, not an attacker."""
    if not any(x.dep_ == "advmod" and x.lower_ in IMPACT_DEGREES and x.i < trigger.i for x in trigger.children):
        return False
    return not any(x.dep_ in ("dobj", "agent") for x in trigger.children)


def foretold(trigger) -> bool:
    """A warning that states a fact or a danger ("warned the Abstentions Party was the real challenge"),
    with no act to come in it: no threat ("warned that it would retaliate", "warned Iran not to")."""
    said = [x for x in trigger.children if x.dep_ == "ccomp"]
    if not said or any(x.dep_ == "xcomp" or x.dep_ == "prep" and x.lower_ in ("of", "against")
                       for x in trigger.children):
        return False
    return not any(a.dep_ in ("aux", "auxpass") and a.lower_ in FUTURE for x in said for a in x.children)


def telling(verb) -> bool:
    """A verb of telling, or one whose object is words or names: "comment", "release the names"."""
    return lemma_in(verb, TELLING) or any(x.dep_ == "dobj" and lemma_in(x, COMMUNICATION) for x in verb.children)


def purchase(trigger) -> bool:
    """"ordered 30 planes": a count of things ordered, with no act ordered of anyone ("ordered
    troops to withdraw", "ordered 200 troops")."""
    return not any(x.dep_ == "xcomp" for x in trigger.children) and any(
        x.dep_ == "dobj" and counted_thing(x) for x in trigger.children)


def priced(trigger) -> bool:
    """"charge" as a seller's price: what is charged, or what it is charged for, is a price, a fee or a
    sum ("the tariffs BT charges rivals", "charged customers £35", "was charged VAT", "charging students
    for tuition fees"); a charge laid in law names an offence ("charged him with fraud")."""
    if trigger.pos_ != "VERB":
        return False
    charged = [*objects(trigger), *(x for x in trigger.children if x.dep_ in ("dative", "npadvmod")),
               *(p for x in trigger.children if x.dep_ == "prep" and x.lower_ == "for" for p in x.children
                 if p.dep_ == "pobj")]
    return any(lemma_in(t, PRICES) or t.ent_type_ == "MONEY" for t in charged)


def entrusted(trigger) -> bool:
    """"charge" as entrusting a duty: what one is charged with is a task, told by a verb of office work
    ("a researcher charged with testing the game", "the commission charged with overseeing the vote")
    or a noun of duty ("charged with the task of regulating banks"); a charge laid in law names an
    offence ("charged with stealing a car", "charged with running a brothel")."""
    duties = [p for x in trigger.children if x.dep_ == "prep" and x.lower_ == "with"
              for p in x.children if p.dep_ in ("pcomp", "pobj")]
    return any(lemma_in(p, DUTY_NOUNS) or p.tag_ == "VBG" and lemma_in(p, DUTY_VERBS) for p in duties)


def counted_thing(tok) -> bool:
    """A number of things, not of people: "30 planes", "25,772 patents" (not "200 troops")."""
    return tok.pos_ == "NOUN" and not is_people(tok) and any(n.dep_ == "nummod" for n in tok.children)


def executed_task(tok) -> bool:
    """A task, not a person, as what is executed: "code", "the plan", or the "of" object of a task that the
    parser gave the participle ("the raid of the ranch, executed after a tip")."""
    return lemma_in(tok, EXECUTED_TASKS) or object_kind(tok) == "proposition" or tok.dep_ == "pobj" \
        and tok.head.lower_ == "of" and lemma_in(tok.head.head, EXECUTED_TASKS)


def objects(verb) -> list:
    """What a verb acts on: its direct object, its passive subject, or the noun a participle or a
    relative clause modifies ("figures released by the ministry", "the note he gave police")."""
    found = [x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")]
    if any(x.dep_ == "mark" for x in verb.children):
        return found        # a clause that says what the noun says: "reports that Russia gave Syria tanks"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") or verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" \
            and any(x.dep_ == "nsubj" and x.tag_ not in ("WP", "WDT") for x in verb.children):
        # a relative clause with a subject of its own acts on the noun: "the statement Timmons gave police"
        found.append(verb.head)
    return found


def market_demand(trigger) -> bool:
    """The noun "demand" as a market's appetite: a mass noun with no article or possessor ("there is
    demand for steel"), or one graded, of a market or of its buyers ("China's growing demand for oil",
    "consumers' demand for credit")."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN":
        return False        # "their demands", "the demanded release"
    if any(x.dep_ in ("amod", "compound") and lemma_in(x, MARKET_DEMAND) for x in trigger.children) \
            or buyers_appetite(trigger):
        return True     # (buyers.py: "consumers' demand for credit")
    return not any(x.dep_ in DETERMINED for x in trigger.children)


def spoken(tok) -> bool:
    """Words said or handed over: a speech, a Budget, a statement, figures."""
    return lemma_in(tok, COMMUNICATION)


def questioned(trigger) -> bool:
    """"asked Coleman", "asked him whether he had seen the gun", "asked about the plan": a question,
    not a request, which asks someone to act or for something ("asked him to leave", "asked for help",
    "asked permission")."""
    if trigger.pos_ != "VERB":
        return False
    if any(x.dep_ == "dobj" and questions(x) for x in trigger.children):
        return True     # "asked the suspect a series of questions": the other object is who is asked
    return not any(asked_for(x) for x in trigger.children)


def asked_for(x) -> bool:
    """A complement that says what is asked for: an act, a thing, or "for" something."""
    if x.dep_ in ASKED_FOR:
        return not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in x.children)
    return x.dep_ == "prep" and x.lower_ == "for" or x.dep_ == "dobj" and x.pos_ == "NOUN" and not is_people(x) \
        and not questions(x)


def questions(noun) -> bool:
    """Questions put: "a question", "all kinds of questions", "a series of queries"."""
    return noun.lemma_.lower() in QUERIES or any(p.lemma_.lower() in QUERIES for x in noun.children
                                                 if x.dep_ == "prep" and x.lower_ == "of" for p in x.children)


def traffic_death(c, violent) -> bool:
    """A death or injury dealt by a vehicle, or by a driver in a passive ("was killed by a drunk driver",
    "struck and killed by a motorist"; not "charged a bus driver with killing"), with no sign of an
    attack; or one in a fall, crash or quake, told in the harm's own phrase ("injured in the earthquake")
    or with no weapon or armed side in the sentence ("killed after slipping and falling")."""
    if c.type != "ASSAULT":
        return False
    doer = c.subject_tok
    if doer is None:
        doer = next((p for x in c.trigger.children if x.dep_ == "agent" for p in x.children if p.dep_ == "pobj"),
                    None)
    if lemma_in(doer, VEHICLES) and (not lemma_in(doer, DRIVERS) or passive(c.trigger) or driven_into(c.trigger)
                                     or struck_in_own_clause(doer)):
        return not any(lemma_in(t, RAMMING) for t in c.trigger.sent)
    if c.subject is None and any(lemma_in(o, MISHAPS) for p in c.trigger.children if p.dep_ == "prep"
                                 and p.lower_ in ("in", "during") for o in p.children if o.dep_ == "pobj"):
        return True     # "were injured in the earthquakes": the harm's own phrase names the mishap
    if accident_phrase(c.trigger):
        return True     # "shot and killed his father in a duck-hunting accident": a doer, but no attack
    return c.subject is None and not violent(c.trigger) and (own_fall(c.trigger) or any(
        lemma_in(t, MISHAPS) for t in c.trigger.sent))


def own_fall(verb) -> bool:
    """The harmed one's own fall as the harm's adverbial clause or the clause of its "after" or "in", a fall with no
    faller of its own ("was killed after falling 2,000ft while climbing", "died when falling from a ladder");
    not a place that fell to an army ("as the town fell")."""
    clauses = [*verb.children, *(p for x in verb.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pcomp")]
    return any(x.dep_ in ("advcl", "pcomp") and x.lemma_.lower() == "fall" and not any(
        s.dep_.startswith("nsubj") for s in x.children) for x in clauses)


def armed(tok) -> bool:
    """A noun or modifier of weapons or attack ("a knife", "an air strike", "deliberately"), not a verb of
    impact ("struck", "rammed"), which is what is judged."""
    return tok.pos_ != "VERB" and lemma_in(tok, ARMS)


def disaster_story(doc, violence_cues: frozenset[str]) -> bool:
    """A story of a quake, a flood or a crash: its words of mishap come at least twice and outnumber its
    words of weapons, attack and armed men ("a total of 10 people had been killed", told after the
    quake)."""
    # read from the document's lemma and word lists: a Token built for every word of the story cost more
    pairs = list(zip(lemma_lowers(doc), token_lowers(doc), strict=True))
    mishaps = sum(1 for lemma, lower in pairs if lemma in MISHAPS or lower in MISHAPS)
    return mishaps >= 2 and mishaps > sum(1 for lemma, lower in pairs if lemma in violence_cues or lower in violence_cues)


def accident_phrase(verb) -> bool:
    """The harm's own phrase, or that of the verb it is coordinated with, calls it an accident ("shot
    his father in a hunting accident", "was killed in a shooting accident"), whoever did it."""
    verbs = [verb, verb.head, *verb.children] if verb.dep_ == "conj" else [verb, *(x for x in verb.children if x.dep_ == "conj")]
    return any(o.lemma_.lower() in ACCIDENTS for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
               for o in p.children if o.dep_ == "pobj")


def driven_into(verb) -> bool:
    """A driver's harm dealt by impact: the verb, or the verb it is coordinated with, is one of
    striking or running over ("a drunk driver struck and fatally injured a woman")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(lemma_in(v, IMPACT_VERBS) for v in verbs)


def struck_in_own_clause(driver) -> bool:
    """The driver's own clause tells the impact ("a driver who fled after striking a woman was charged
    with her murder", "the motorist who hit the boy"): the harm the sentence names is that impact."""
    return any(t.pos_ == "VERB" and lemma_in(t, IMPACT_VERBS) for r in driver.children if r.dep_ in ("relcl", "acl")
               for t in r.subtree)


def passive(verb) -> bool:
    """The verb, or the verb it is coordinated with, is passive ("was struck and killed by")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(x.dep_ in ("auxpass", "agent", "nsubjpass") for v in verbs for x in v.children)
