"""Types that follow the construction around a trigger rather than its word alone. Forces sent or
deployed to help, rescue or treat the wounded are aid, not a show of force: in "sent troops to help flood
victims" the event is the help (PLOVER AID: material help, rescue, medical care), which the purpose
verb states itself; "sent troops to the border" stays MOBILIZE. Called by the sense judge
(extract/sense.py). Letting others into a place is access, a concession with material effect: "allowed
aid convoys into the region", "permitted inspectors to visit the site" are RETREAT (mode access), while
"allowed Egypt to deploy more troops" stays CONCEDE. Suspending someone (a member, a state, a body, a
firm's shares) is a sanction; suspending an activity of one's own ("suspended its flights", "suspended the
broadcasts") is no act against anyone, while suspending another's ("suspended Al Jazeera's broadcasts") is.
A protest made by a state, a government or an armed group, or one addressed to someone ("protested to
Tokyo"), is a diplomatic protest: PLOVER counts it as ACCUSE, not as a demonstration (PROTEST). Firing
or hitting "back at" one's critics is a reply in words (ACCUSE), whoever the critics are. A warning
that a plan or policy will do harm ("warned ministers that the reforms would wreck the health service")
criticises it: the speaker threatens nothing of its own (PLOVER THREATEN is a coercive warning).
An order given to one's own forces is their deployment: "ordered troops to the border" is MOBILIZE; no
one is asked anything (an order to another actor, "ordered Israel to withdraw", stays REQUEST).
Charging someone a sum is a fine (SANCTION, "could charge Google up to 10% of its turnover"), charging
them with a crime an accusation; police or troops charging a crowd ("riot police charged the demonstrators")
rush at it, a blow (ASSAULT), unless a crime, a reason or a count says they were accused. Treating people a certain way ("treated the passengers unfairly", "like
animals") is how they were dealt with, not the care of the sick or wounded (AID). A crowd dispersed with no
force told is repression short of violence (COERCE); an act "sanctioned" is approved, no sanction of anyone.
Blame that names a penalty ("condemned the man to death", "was condemned to ten years in prison") passes a
sentence (SANCTION, mode convict). A summons to testify or appear ("was summoned to testify before the Senate")
asks the witness to come (REQUEST), no accusation. A strike by a nation's forces or on a country or place ("called the Israeli strike on Rafah a massacre") is a blow, not a walkout.
An attack made in words ("attacked Blair in a speech") is criticism: extract/verbal_attacks.py, asked by
the sense judge beside this module (it reads the judge's own word classes).
"""
from __future__ import annotations

from ..model import ARMED_TYPES
from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .frames import frame_for_verb
from .lexicon import lexicon
from .noun_frames import noun_frame
from .seizing import disarmed_person
from .sense_words import STATES, lemma_in, object_kind

RELIEF_PURPOSES = words("relief_purposes")
RELIEF_WORK = words("relief_work_nouns")
RELIEF_MODIFIERS = words("relief_modifiers")
ACCESS_ACTS = words("access_acts")
LETTING = words("construction_types_letting")
INTO = words("construction_types_into")
SUSPENDED_ACTIVITIES = words("suspended_activities")
# kinds of things (sense_words.object_kind) a work, a show or a game is: "suspended the tournament"
THING_KINDS = words("construction_types_thing_kinds")
PROTEST_WORDS = words("protest_words")
CRITICS = words("critic_nouns")
WARNING_VERBS = words("warning_verbs")
# what a speaker may warn of as its own act: "warned Russia that sanctions would follow" threatens
COERCIVE = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "MOBILIZE", "REJECT"})
ORDERING = words("ordering_verbs")
FORCES = words("forces_nouns")
# where forces are ordered: "ordered troops to the border", "into Crimea", "onto the streets"
DESTINATIONS = words("construction_types_destinations")
CHARGING = words("sum_charging_verbs")
SUMS = words("charged_sums")
SUM_ENTS = frozenset({"MONEY", "PERCENT"})
# a crowd that police or troops charge at: "charged the demonstrators", "charged the crowd"
CHARGED_CROWDS = words("charged_crowds")
# what an accusation gives: the crime ("with murder"), the reason ("over the attack", "for rioting")
CHARGE_REASONS = words("construction_types_charge_reasons")
TREATING = words("treating_verbs")
MANNERS = words("treatment_manners")
LIKENING = words("construction_types_likening")
# a strike on these is a blow: "on Rafah", "on Lebanon", "on Kurds"
TARGET_ENTS = frozenset({"GPE", "LOC", "NORP"})
SENTENCING = words("sentencing_blame_verbs")
DISPERSING = words("dispersing_verbs")
CROWD_FORCE = words("crowd_force_means")
APPROVED_ACTS = words("approved_acts")
SECURITY = words("security_nouns")
SEEKING = words("construction_types_seeking")
SOUGHT_CHARGES = words("sought_charges")
# what a reproach is about: "confronted her about the emails", "over the quotas"
REPROACHED_MATTERS = words("construction_types_reproached_matters")
PENALTIES = words("penalties")
EMBARGO_NOUNS = words("embargo_nouns")
EMBARGOED_GOODS = words("embargoed_goods")
# a summons whose infinitive is to come before a body and speak: a demand on a witness (witness_summoned)
SUMMONING = words("charges_summoning")
WITNESS_ACTS = words("witness_acts")


def construction_type(c, entity_type=lambda key: None) -> str:
    """The candidate's type as its construction decides it: access granted is RETREAT ("allowed aid
    convoys into the region"), a state's protest is ACCUSE; otherwise the type it was proposed with.
    `entity_type(key)`: an actor's entity type."""
    if access_granted(c):
        return "RETREAT"
    if forces_ordered(c):
        return "MOBILIZE"
    if witness_summoned(c):
        return "REQUEST"
    if charged_sum(c) or condemned_to_penalty(c) or trade_banned(c, entity_type):
        return "SANCTION"
    if crowd_charged(c, entity_type):
        return "ASSAULT"
    if dispersed_without_force(c) or disarmed_person(c, entity_type):
        return "COERCE"
    return "ACCUSE" if diplomatic_protest(c, entity_type) or protest_in_words(c) or retort(c) \
        or warned_against_plan(c) or confronted_over(c) or charges_sought(c) else c.type


def witness_summoned(c) -> bool:
    """A summons to testify or appear ("was summoned to testify before the Senate", "subpoenaed her to give
    evidence"): a demand that the person come before the body (PLOVER REQUEST), no accusation of her; a
    summons with no such infinitive ("summoned the ambassador over the remarks") stays a protest (ACCUSE)."""
    verb = c.trigger
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SUMMONING:
        return False
    return any(x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() in WITNESS_ACTS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in verb.children)


def trade_banned(c, entity_type) -> bool:
    """A ban on a trade laid on a state ("the EU imposed its arms ban on China", "lifted the import ban on
    Iran"): an embargo (PLOVER SANCTION), not repression; "a ban on Afghan women working" stays COERCE."""
    noun = c.trigger
    if c.type != "COERCE" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in EMBARGO_NOUNS:
        return False
    goods = any(x.dep_ in ("compound", "amod", "nmod") and x.lemma_.lower() in EMBARGOED_GOODS for x in noun.children)
    return goods and c.object is not None and entity_type(c.object) in STATES


def charges_sought(c) -> bool:
    """Charges sought against someone ("prosecutors are seeking indictments against X", "will seek charges against
    the officers"): the prosecutor's accusation (PLOVER ACCUSE), not a request made of the accused; "sought
    guidance from the committee" stays a request."""
    verb = c.trigger
    return c.type == "REQUEST" and verb.lemma_.lower() in SEEKING and any(
        x.dep_ == "dobj" and lemma_in(x, SOUGHT_CHARGES) for x in verb.children)


def confronted_over(c) -> bool:
    """Someone confronted "about" or "over" a matter by people who are neither the law nor armed, with no weapon
    shown (extract/force.py makes that a threat): "confronted her coworkers about her belief", "was confronted by
    farmers over the quotas" is a reproach in words (ACCUSE); "riot police confronted the students" stays COERCE."""
    verb = c.trigger
    if c.type != "COERCE" or verb.lemma_.lower() != "confront" or lemma_in(c.subject_tok, SECURITY):
        return False
    sides = [x for x in verb.children if x.dep_ == "dobj"] + [p for a in verb.children if a.dep_ == "agent"
                                                              for p in a.children]   # the parser hangs it there too
    return any(x.dep_ == "prep" and x.lower_ in REPROACHED_MATTERS for t in (verb, *sides) for x in t.children)


def order_of(c) -> bool:
    """A verb of ordering with no act of another actor in its clause: "ordered troops to the border",
    "ordered an inquiry" (not "ordered Israel to withdraw", "ordered that the camps be closed")."""
    return c.type == "REQUEST" and c.trigger.pos_ == "VERB" and c.trigger.lemma_.lower() in ORDERING and not any(
        x.dep_ in ("xcomp", "ccomp", "advcl") and x.pos_ in ("VERB", "AUX") for x in c.trigger.children)


def forces_ordered(c) -> bool:
    """Forces ordered somewhere ("ordered troops to the border", "ordered Russian forces into Crimea"):
    the order moves one's own forces, a deployment (PLOVER MOBILIZE), asking nothing of anyone."""
    return order_of(c) and any(x.dep_ == "dobj" and lemma_in(x, FORCES) for x in c.trigger.children) and any(
        x.dep_ == "prep" and x.lower_ in DESTINATIONS for x in c.trigger.children)


def charged_sum(c) -> bool:
    """A charge of a sum ("could charge Google up to 10% of its turnover", "charged the bank a fine of
    $2m"): a fine (PLOVER SANCTION); a charge "with" a crime stays an accusation."""
    verb = c.trigger
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGING:
        return False
    if any(x.dep_ == "prep" and x.lower_ == "with" for x in verb.children):
        return False
    sums = [x for x in verb.children if x.dep_ in ("dobj", "dative", "npadvmod")]
    return any(lemma_in(x, SUMS) or any(t.ent_type_ in SUM_ENTS for t in x.subtree) for x in sums)


def condemned_to_penalty(c) -> bool:
    """Blame "to" a penalty ("the judge condemned the man to death", "was condemned to life in prison", "to ten
    years"): a sentence passed (PLOVER SANCTION, mode convict); "condemned the attack" blames (ACCUSE)."""
    verb = c.trigger
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SENTENCING:
        return False
    heads = (verb, *(x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")))   # "[the man to death]"
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and lemma_in(o, PENALTIES)
                                                             for o in p.children)
               for h in heads for p in h.children)


def dispersed_without_force(c) -> bool:
    """A crowd broken up with no force told ("police dispersed the crowd outside parliament"): repression short of
    violence (PLOVER COERCE); tear gas, water cannon, batons or shots ("fired tear gas to disperse the protesters")
    make it a blow (ASSAULT, mode crowd-control)."""
    verb = c.trigger
    if c.type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in DISPERSING:
        return False
    return not any(t.i != verb.i and lemma_in(t, CROWD_FORCE) for t in verb.sent)


def sanctioned_act(c) -> bool:
    """An act "sanctioned" ("a resolution sanctioning military action", "sanctioned the use of force"): approved,
    no one punished and no one supported (the sense judge drops it); "sanctioned Iranian oil traders" is a sanction."""
    verb = c.trigger
    if c.type != "SANCTION" or verb.pos_ != "VERB" or verb.lemma_.lower() != "sanction":
        return False
    done_to = [x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")]
    return bool(done_to) and all(lemma_in(t, APPROVED_ACTS) for t in done_to)


def crowd_charged(c, entity_type=lambda key: None) -> bool:
    """A crowd that police or troops charge ("riot police charged the demonstrators", "soldiers charged the
    crowd outside the parliament"): a rush at it (PLOVER ASSAULT, crowd control). A crime, a reason or a count
    makes it an accusation ("charged two protesters with rioting", "charged the protesters over the damage",
    "charged 20 demonstrators")."""
    verb = c.trigger
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGING:
        return False
    if not lemma_in(c.object_tok, CHARGED_CROWDS) or c.object_tok.dep_ != "dobj" or any(
            x.dep_ in ("nummod", "quantmod") for x in c.object_tok.children):
        return False
    if any(x.dep_ == "prep" and x.lower_ in CHARGE_REASONS for x in (*verb.children, *c.object_tok.children)):
        return False
    return entity_type(c.subject) in ARMED_TYPES or lemma_in(c.subject_tok, FORCES)


def treated_how(c) -> bool:
    """People treated in some manner ("treated the Roma passengers more sceptically", "treated the
    prisoners like animals", "were treated as criminals"): dealt with, not cared for."""
    verb = c.trigger
    if c.type != "AID" or verb.pos_ != "VERB" or verb.lemma_.lower() not in TREATING:
        return False
    return any(x.dep_ == "advmod" and lemma_in(x, MANNERS) for x in verb.children) or any(
        x.dep_ == "prep" and x.lower_ in LIKENING for h in (verb, *(y for y in verb.children if y.dep_ == "dobj"))
        for x in h.children)


def struck_on(noun) -> bool:
    """A strike by a nation's forces, or "on" a place or a people ("the Israeli strike on Rafah", "called
    the American strike on Baghdad a massacre"): a blow at a target, whatever verb governs it; workers strike
    "over" something, and on a network or a firm ("a strike on the London Underground"), not on a country."""
    if noun.lemma_.lower() != "strike" or noun.pos_ != "NOUN":
        return False
    targets = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return bool(targets) and (any(o.ent_type_ in TARGET_ENTS for o in targets) or any(
        m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP" for m in noun.children))


def warned_against_plan(c) -> bool:
    """A warning whose clause says a plan, policy or law will do something ("warned ministers that
    the reforms would wreck the NHS"): criticism of the plan, not a threat; a coercive act named as what
    will come ("warned Russia that sanctions would follow") or a passive ("would be imposed") stays one."""
    if c.type != "THREATEN" or c.trigger.pos_ != "VERB" or c.trigger.lemma_.lower() not in WARNING_VERBS:
        return False
    for clause in (x for x in c.trigger.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")):
        subjects = [x for x in clause.children if x.dep_ == "nsubj"]
        if subjects and all(object_kind(t) == "proposition" and not coercive_noun(t) for t in subjects):
            return True
    return False


def coercive_noun(tok) -> bool:
    frame = noun_frame(tok, lexicon())
    return frame is not None and frame.type in COERCIVE


def retort(c) -> bool:
    """An attack "back at" critics ("fired back at his critics", "shot back at detractors"): the
    critics' words are answered with words (not "fired at a critic of the regime": no "back")."""
    return c.type == "ASSAULT" and c.trigger.pos_ == "VERB" and lemma_in(c.object_tok, CRITICS) and struck_back(c.trigger)


def struck_back(verb) -> bool:
    """A blow struck "back": "fired back", "hit back at" (a reply, in words where no weapon is told)."""
    return any(x.dep_ in ("prt", "advmod") and x.lower_ == "back" for x in verb.children)


def diplomatic_protest(c, entity_type=lambda key: None) -> bool:
    """A protest a state, government or armed group makes ("China protested over the visit", "the
    foreign ministry protested"), or one addressed to someone ("protested to Tokyo"): words, not a
    crowd in the street. People named by their nation ("Iranians protested") demonstrate, and a
    country's protests ("Spain has had protests") are its crowds'."""
    if c.type != "PROTEST" or c.trigger.lemma_.lower() not in PROTEST_WORDS:
        return False
    if any(p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.ent_type_ in ACTOR_LABELS
                                                          for o in p.children) for p in c.trigger.children):
        return True
    # the verb only: "Italy has had protests of its own" are crowds in the country
    side = c.subject_tok
    return c.trigger.pos_ == "VERB" and c.subject is not None and entity_type(c.subject) in STATES and (
        side is None or side.ent_type_ != "NORP" and side.tag_ not in ("NNS", "NNPS"))


def protest_in_words(c) -> bool:
    """A protest that says something ("firms protested that the rules were too costly"): a complaint in
    words, whoever makes it, not a crowd in the street; what it says accuses (statements.py)."""
    return c.type == "PROTEST" and c.trigger.pos_ == "VERB" and c.trigger.lemma_.lower() in PROTEST_WORDS \
        and any(x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX") for x in c.trigger.children)


def purpose(verb):
    """The to-infinitive that says what the verb's act is for ("sent troops to help"), or None."""
    return next((x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)


def deployed_to_help(c) -> bool:
    """A deployment whose purpose is help to others (RELIEF_PURPOSES: "dispatched warships to rescue the
    crew"), or relief work they go to do or are sent for ("deployed to lead rescue efforts", "sent troops for
    relief work"): the aid, an event of its own verb where there is one, is what the sentence reports."""
    if c.type != "MOBILIZE" or c.trigger.pos_ != "VERB":
        return False
    aim = purpose(c.trigger)
    if aim is not None and aim.lemma_.lower() in RELIEF_PURPOSES:
        return True
    # "deployed to lead rescue efforts", "sent for relief work": the work they go to do is relief
    done = [x for x in aim.children if x.dep_ == "dobj"] if aim is not None else []
    sent = [c.trigger, *(x for x in c.trigger.children if x.dep_ == "dobj")]   # "deployed troops for rescue work"
    done += [o for h in sent for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj"]
    return any(relief_work(x) for x in done)


def relief_work(noun) -> bool:
    """Work named as relief (RELIEF_WORK): "rescue efforts", "the relief operation", "humanitarian work",
    "relief" itself; not "the operation against the rebels"."""
    lemma = noun.lemma_.lower()
    return lemma in RELIEF_WORK and (lemma in RELIEF_MODIFIERS or any(
        m.dep_ in ("compound", "amod") and m.lower_ in RELIEF_MODIFIERS for m in noun.children))


def access_granted(c) -> bool:
    """A concession that lets someone into a place: "allowed Red Cross convoys into the region" (the
    place after "into", on the verb or its object), "allowed inspectors to visit the plant"."""
    verb = c.trigger
    if c.type != "CONCEDE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in LETTING:
        return False
    heads = [verb, *(x for x in verb.children if x.dep_ in ("dobj", "ccomp"))]   # the parser may make the object a clause
    if any(p.dep_ == "prep" and p.lower_ in INTO for h in heads for p in h.children):
        return True
    return any(x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in ACCESS_ACTS for x in verb.children)


def suspended_thing(c, entity_type=lambda key: None) -> bool:
    """A sanction by "suspend" whose own object is an activity (SUSPENDED_ACTIVITIES, THING_KINDS), not
    someone: "suspending news broadcasts", "suspended its debt payments" (not "suspended a candidate",
    "suspended Gabon from the bloc", nor a pair verbs.yaml writes: "suspended exports to"), and one's own:
    another's activity, or one a state stops without naming it its own, is stopped on its owner.
    `entity_type(key)`: an actor's entity type, asked only of a suspension."""
    if c.type != "SANCTION" or c.trigger.lemma_.lower() != "suspend" or c.trigger.pos_ != "VERB":
        return False
    done_to = [x for x in c.trigger.children if x.dep_ in ("dobj", "nsubjpass")]
    frame, key = frame_for_verb(c.trigger, lexicon())
    if not done_to or key != "suspend" or frame is not None and frame.reverses:
        return False        # a pair of its own ("suspended exports to"), or aid or ties undone ("arms sales to")
    # a state, government or force suspends others' activities ("suspended the count", "suspended the
    # newspaper's publication") unless it names the activity as its own ("suspended its debt payments")
    ruling = entity_type(c.subject) in STATES
    return all((lemma_in(t, SUSPENDED_ACTIVITIES) or object_kind(t) in THING_KINDS) and not owned_by_another(t)
               and not (ruling and t.dep_ == "dobj" and not own_activity(t)) for t in done_to)


def own_activity(activity) -> bool:
    """"its flights", "their payments": an activity its actor names as its own."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in activity.children)


def owned_by_another(activity) -> bool:
    """An activity named as someone else's ("suspended the company's operations", "suspended the
    broadcasts of Al Jazeera"): stopping it is done to its owner, a sanction; "its flights" or a bare
    "flights" are the actor's own."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in activity.children) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ in ACTOR_LABELS for o in p.children)
        for p in activity.children)
