"""Talks, agreement, support, aid and requests: whether a cooperative candidate is an event.

They need actors that can do them and something they can be about (not a product, a market, a newspaper
interview or a game), and an act with one side stands alone only where that is news. Called by
`sense.judge` for every candidate outside the conflict types; a drop names its test (`Dropped`).
"""
from __future__ import annotations

import unicodedata

from ..doctext import sentence_text
from ..domain import Context
from ..wordlists import words
from .agent_nouns import agentive
from .club_business import club_business, contract_offered, offer_refused
from .control import object_controller
from .deal_parties import contract_won, firm_bought
from .demands import ending_wanted, seen_act
from .denied_acts import own_act_denied
from .entity_lookup import unnamed
from .everyday import telling
from .given_help import AID_GIVEN, colleagues, given, private_talk
from .giving_way import refused_concession
from .legal_process import before_the_law
from .lexicon import lexicon
from .lone_accusations import lone_accusation
from .lone_stances import news_matter, public_backing
from .mood import standing_present
from .noun_frames import TIME_LABELS
from .noun_phrases import prep_objects
from .political_stances import denial_refused, political_stance
from .quantities import is_people
from .sense_words import (
    LAW_ENFORCEMENT,
    OFFICE_HOLDER,
    POLITICAL,
    SCORE,
    STATES,
    Dropped,
    lemma_in,
    object_kind,
    played,
)
from .shared_views import view_shared
from .sport_play import penalty_appealed, spoken_judgement
from .trips import met_things, no_meeting

# verbal and material cooperation: who meets, agrees, helps, concedes or asks
COOPERATIVE = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# acts done at a time, which a simple present with no time tells only as a role or a habit
# (mood.standing_present); a stance is held in the present ("Labour opposes the plan") and stays
DONE_AT_A_TIME = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE"})
# types whose other side is their point: a meeting, a collaboration or a request with nobody is no event
NEEDS_OTHER_SIDE = frozenset({"CONSULT", "COOPERATE"})
CONVENING = words("meeting_host_verbs")
# types whose lone actor acts on a proposition ("Hamas rejected the proposal", "the EU backed the plan")
ON_PROPOSITIONS = frozenset({"SUPPORT", "AGREE", "REJECT", "ACCUSE", "REQUEST"})
PRODUCTS = words("product_nouns")
GAME_ROLES = words("game_roles")
COMMERCE = words("commerce_verbs")
# nouns of a standing relation between sides: an act only as what a verb does to it ("deepened its
# relationship with Vietnam", "maintained ties despite the war"), not one had, enjoyed or damaged
RELATIONS = words("relation_nouns")
RELATION_STATES = words("relation_states")
# accusations made in law, not words between players: "was charged with assault", "indicted", "sued"
LEGAL_CHARGES = words("legal_act_words")
# conduct asked of others left unnamed ("urged restraint"); what ends a legal matter ("to settle the lawsuit",
# "to pay a fine"): a request or an agreement that says this is news with its other side unsaid
REQUESTED_CONDUCT = words("requested_conduct")
NOT_ASKED = words("demands_not_asked")
# who calls for something in public by name: a body or a person ("the union called for", "Ms Reyes called for")
CALLERS = frozenset({"ORGANIZATION", "PERSON"})
# how a noun says what it is for, of or to do: "help for farmers", "an end to the deal", "measures to combat ageism"
CONTENT = frozenset({"prep", "acl", "relcl"})
# nouns of a part, degree or set of what is asked for: "the highest tier of penalties", "a package of measures"
PART_NOUNS = words("demanded_parts")
SETTLED_MATTERS = words("settled_matters")
PENALTIES_PAID = words("penalties_paid")
ADDRESSED_BODIES = words("addressed_bodies")
AUDIENCES = words("audience_nouns")
NEWSROOM = words("newsroom_roles")
FULFILLED = words("fulfilled_terms")
DEFENDING = words("defending_verbs")
OFFERING = words("offering_verbs")
OFFERED_TERMS = words("offered_terms")
SPEAKING = words("sense_cooperative_speaking")
# changes made by policy, a matter to stand on as a plan is: "backed a reduction in the voting age"
POLICY_CHANGES = words("policy_change_nouns")
# a court's finding is a ruling, not a stance: "the judge ruled that the sentence was too harsh"
RULING = words("act_ruling_verbs")
# how such a noun names what it changes: "a cut in", "cuts to", "the closure of", "encroachment into"
CHANGED_THING = words("sense_cooperative_changed_thing")
# what a lone actor's statement acts on that says what the statement is, its addressee unnamed: a claim or
# an order refused ("vowed to resist the charges", "ignored orders to stop"), an act demanded ("demanded
# assurances", "pressed for penalties", "said there should be an inquiry"), a doubt of a wrong; a charge
# refused by the label it denies ("the plans are not racist, Mr Howard said": refuted_labels.py)
STATED_THINGS = {"REJECT": words("statement_claim_nouns") | words("statement_order_nouns") | words("statement_denied_nouns")
                 | words("condemnatory_adjectives"),
                 "REQUEST": words("stance_demanded_acts") | words("requested_aid"), "ACCUSE": words("doubt_nouns") | words("doubting_verbs")}

# verbs of a state, not an act: wanting another to be or stay something asks nothing of it
STATIVE = words("sense_cooperative_stative")


def wanted_of_named_body(c, entity_type) -> bool:
    """"Amnesty wants Britain to close the camp", "the union wants Ford to keep the plant open": a named
    body's or office holder's stated want of another named body's act is a demand on it; of a person or
    an unnamed collective ("investors want the firm to pay out"), or of a state of things ("wanted the UK
    to be prosperous"), it stays a wish."""
    bodies = STATES | {"ORGANIZATION"}
    acts = [x for x in c.trigger.children if x.dep_ in ("ccomp", "xcomp") and x.lemma_.lower() not in STATIVE]
    return (bool(acts) and entity_type(c.subject) in bodies | {OFFICE_HOLDER} and not unnamed(c.subject)
            and entity_type(c.object) in bodies and not unnamed(c.object))


def want_is_demand(c, entity_type) -> bool:
    """A want is a demand between states or offices, of a named body on another, or of a prosecutor or the
    police on the one they pursue ("prosecutors wanted the firms to surrender their profits"); anyone
    else's is a wish."""
    between_states = entity_type(c.subject) in STATES | {OFFICE_HOLDER} and (
        entity_type(c.object) in STATES | {None} or (c.object or "").startswith("gaz:"))
    pursuer = lemma_in(c.subject_tok, LAW_ENFORCEMENT) and c.object is not None \
        and not any(x.dep_ == "neg" for x in c.trigger.children)
    return between_states or wanted_of_named_body(c, entity_type) or pursuer


def cooperative(c, context: Context, entity_type):
    """Talks, agreement, support and aid need actors that can do them, on something they can be
    about: players meeting in a draw, a company offering servers or a fan supporting a club are no
    events, nor is talking to a newspaper."""
    if c.type == "CONSULT" and (object_kind(c.object_tok) == "show" or (
            context.domain in ("sport", "film") and c.trigger.lemma_.lower() in ("host", "receive"))):
        return Dropped("show hosted")   # hosting a show or a game
    sides = {entity_type(c.subject), entity_type(c.object)}
    wants = c.trigger.lemma_.lower() == "want" or c.type == "REQUEST" and seen_act(c.trigger, lexicon()) is not None
    if wants and not want_is_demand(c, entity_type):
        return Dropped("a wish")   # "investors want the firm to pay out"
    if c.trigger.lemma_.lower() == "want" and c.object is None and not lemma_in(c.subject_tok, LAW_ENFORCEMENT) \
            and ending_wanted(c.trigger, lexicon(), None) is None and seen_act(c.trigger, lexicon()) is None:
        return Dropped("a hope")   # "Britain wants the economy to grow": a hope; "wants the sanctions lifted" a demand
    if context.domain == "sport" and not sides & POLITICAL and not lawful(c) and not spoken_judgement(c) \
            and not club_business(c) and not contract_offered(c, entity_type) and not offer_refused(c) \
            and not penalty_appealed(c):
        # "England meet Italy", "Arsenal continued to press" (not "police charged the winger", "Keane
        # criticised the referee": extract/sport_play.py; "the board rejected the takeover bid": club_business.py)
        return Dropped("sport domain")
    if context.domain in ("film", "tech") and c.type in COOPERATIVE and not sides & STATES and not before_the_law(c) \
            and not firm_bought(c, entity_type):
        # a studio's deal with a star, a chip maker's offer to its customers (not a lawsuit settled: a
        # studio's "agent" or "officials" are no police, so only the legal process counts here)
        return Dropped(f"{context.domain} domain")
    if SCORE.search(sentence_text(c.trigger)):
        return Dropped("score")   # "won their meeting 7-5"
    if played(c, GAME_ROLES) and not lawful(c) and not contract_offered(c, entity_type) and not offer_refused(c):
        return Dropped("game roles")   # "the fans supported the club"
    if c.type == "REQUEST" and c.trigger.lemma_.lower() == "plead" and any(
            x.lower_ == "guilty" for x in c.trigger.subtree):
        return Dropped("plea in court")   # "pleaded not guilty": a plea in court, not an appeal
    if c.type in ("CONSULT", "AID") and entity_type(c.object) == "MEDIA":
        return Dropped("media side")   # "speaking to the BBC", "gave interviews to Radio Farda"
    if c.type == "CONSULT" and c.trigger.lemma_.lower() in SPEAKING and any(audience(t) for t in spoken_to(c)):
        return Dropped("audience")   # "speaking to Parliament", "spoke to 100 pupils", "told the BBC's Today programme"
    if c.type == "AGREE" and c.trigger.lemma_.lower() == "agree" and any(
            p.dep_ == "pobj" and object_kind(p) == "proposition"
            for x in c.trigger.children if x.dep_ == "prep" and x.lower_ == "with" for p in x.children):
        c.type = "SUPPORT"  # "agreed with Germany's view": backing a position, no deal between sides
    if c.type == "AGREE" and view_shared(c.trigger):
        return Dropped("view shared")   # "the jury agreed", "agreed about what happened" (shared_views.py)
    if c.type == "COOPERATE" and lemma_in(c.trigger, RELATIONS) and (
            c.trigger.dep_ not in ("dobj", "nsubjpass") or lemma_in(c.trigger.head, RELATION_STATES)):
        return Dropped("a relation")   # "continuing his close relationship with Biden": a state, not cooperation done
    if c.type == "CONSULT" and c.trigger.lemma_.lower() == "meet" and any(
            x.dep_ == "dobj" and object_kind(x) in ("proposition", "market") for x in c.trigger.children):
        return Dropped("demand met")   # "to meet the country's rising demand", "met the farmers' demands": no meeting
    if c.type == "CONSULT" and c.trigger.lemma_.lower() == "meet" and any(lemma_in(t, FULFILLED) for t in met_things(c)):
        # "met all of its promises", "to meet the aim of reducing the deficit": fulfilled, no meeting
        return Dropped("aim fulfilled")
    if c.type == "REQUEST" and c.subject_tok is not None and lemma_in(c.subject_tok, FULFILLED):
        return Dropped("terms ask")   # "an OECD target that calls for 40% access": the body's terms, not the body asking
    if (dropped := given(c, entity_type)) is not None:
        return dropped      # "gave the artists credits", "helped the reporters crack the case" (given_help.py)
    if colleagues(c, entity_type):
        return Dropped("colleagues")   # "I work with him every day": two persons at their job (given_help.py)
    if private_talk(c, entity_type):
        return Dropped("private talk")   # "he talked with his neighbour": a conversation (given_help.py)
    if c.type in DONE_AT_A_TIME and standing_present(c.trigger):
        return Dropped("standing present")   # "Medicaid, which provides health care", "it liaises with the government"
    if (dropped := no_meeting(c)) is not None:
        return dropped      # "looking forward to visiting London", "the cross was met by Scott" (trips.py)
    if c.type == "AID" and c.object is None and lemma_in(c.trigger, OFFERING):
        c.type = "AGREE"    # "would offer large student loans": help offered to no one named is a promise
    things = acted_on(c)
    if c.type in COOPERATIVE and any(not amount(t) and not is_people(t) and (
            object_kind(t) in ("work", "market") or lemma_in(t, PRODUCTS)) for t in things) \
            and not firm_bought(c, entity_type):   # "bought the software maker Sybari Software": a firm
        # "failed to meet expectations", "will offer servers", "gave it a 10 mark"; people named by a word
        # that also names a work are people ("an agreement with pilots", not "a pilot episode")
        return Dropped("product or market")
    if c.object is None:
        return one_sided(c, things, entity_type)
    return c


def one_sided(c, things, entity_type):
    """A state, armed group, international body or unnamed collective acting alone is news ("Pakistan
    appealed for flood relief"), except a collaboration with nobody; anyone else's act stands alone
    only where the thing it is done with says what it is: a meeting hosted, a proposal rejected or
    backed, aid sent."""
    if c.type == "CONSULT" and (c.trigger.lemma_.lower() == "receive" or c.trigger.pos_ == "NOUN"):
        # "received donations", "at an IMF meeting in April"; "discussions with US officials" name the other side
        return c if convened(c) or partner(c.trigger) else Dropped("lone meeting noun")
    if c.type == "REJECT" and denial_refused(c.trigger):
        return Dropped("denial refused")   # "refused to deny the claims": nothing rejected (political_stances.py)
    if c.type == "SUPPORT" and lemma_in(c.trigger, DEFENDING) and (
            any(own(t) for t in things) or not any(people(t) for t in things)):
        # "the minister defended his decision": one's own act justified, no one backed; with no other side
        # named, a defence of a policy is its maker's ("the Home Office defended the measures")
        return Dropped("own act defended")
    if c.type == "AGREE" and lemma_in(c.trigger, OFFERING) and not acceptable_offer(c.trigger, things):
        # "the Tories offered a hard right agenda", "countries which offer broadband speeds"
        return Dropped("offer of no act")
    key = c.subject or ""
    if entity_type(key) in STATES | {OFFICE_HOLDER} or unnamed(key) or (
            key.startswith("gaz:") and entity_type(key) == "ORGANIZATION"):
        return Dropped("lone cooperation") if c.type == "COOPERATE" else c
    if any(people(t) for t in things) or lone_accusation(c, things):
        return c            # "urged European leaders to act", "praised his chancellor", "she is accused of"
    if c.type in NEEDS_OTHER_SIDE:
        # "hosted a meeting on reform": who else came may go unsaid; a trip or a speech is no meeting
        return c if convened(c) else Dropped("lone meeting")
    if c.type in ON_PROPOSITIONS:
        # "rejected the plan" (stance_matter); "the minister dismissed the figures" (political_stances.py)
        return c if stance_matter(c, things, entity_type) or political_stance(c, things, entity_type) \
            else Dropped("lone stance on nothing")
    if c.type == "AID":
        # "sent $5m", "sent food", "the first truck of aid donations was sent": a load or a share of aid is aid
        return c if any(lemma_in(t, AID_GIVEN) or amount(t) or any(lemma_in(o, AID_GIVEN) for o in prep_objects(t, "of"))
                        for t in things) else Dropped("lone aid of nothing")
    return c


def stance_matter(c, things, entity_type) -> bool:
    """What a lone stance is on, when that makes it news: a proposition or a change of policy ("rejected
    the plan", "backed cuts to the budget"), an act ("agreed to pay a fine", "ruled out scrapping the
    scheme"), a claim or an order refused ("is refusing to obey the order", "denied bribing officials"),
    or an act asked of others; a public matter ("welcomed the ceasefire"), except in a court's finding."""
    news = not any(a.lemma_.lower() in RULING for a in c.trigger.ancestors)
    return any(object_kind(t) == "proposition" or policy_change(t) or news and news_matter(t) for t in things) or (
        c.type in ("AGREE", "REJECT") and committed_act(c.trigger)) or act_stood_on(c.trigger) or stated(c, things) or (
        c.type == "REJECT" and (own_act_denied(c.trigger) or refused_concession(c.trigger))) or (
        c.type == "REQUEST" and (asked_of_others(c.trigger, things) or body_called_for(c, entity_type))) \
        or c.type == "AGREE" and (settles(c.trigger) or contract_won(c.trigger)) or public_backing(c)


def policy_change(tok) -> bool:
    """A change made by policy, with what it changes named ("a reduction in the voting age", "cuts to
    hospital funding", "job cuts", "the closure of the plant"); not a "rise" or an "increase", most often a
    market's."""
    return lemma_in(tok, POLICY_CHANGES) and any(
        x.dep_ == "compound" or x.dep_ == "prep" and x.lower_ in CHANGED_THING for x in tok.children)


def own(tok) -> bool:
    """A thing defended that is the defender's own: its possessor is a pronoun ("defended his decision",
    "its actions"), or the defender's own body is ("defend his party's plans", "its government's
    record"), or it is a reflexive ("defended itself"); not "defended Turkey's bid", another side's (a
    defence of a bare "the plan" with no other side named is dropped as the maker's own, one_sided)."""
    if tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves")):
        return True
    owners = [x for x in tok.children if x.dep_ == "poss"]
    return any(x.pos_ == "PRON" or x.pos_ == "NOUN" and any(y.dep_ == "poss" and y.pos_ == "PRON" for y in x.children)
               for x in owners)


def acceptable_offer(trigger, things) -> bool:
    """An offer another side can take up: of an act ("offered to send troops"), of aid or a sum, of terms
    (OFFERED_TERMS: "offered concessions", "an offer of talks"), or made to someone named ("made offers to
    70 nations", "offered the rebels an amnesty")."""
    if committed_act(trigger) or any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                                     for x in trigger.children):
        return True         # (the tagger may take the verb for a noun: "offered to host talks")
    # what is offered, and what it is "of" or "in" ("an offer of talks", "offered $50m in aid")
    offered = [*things, *(o for h in (trigger, *things) for p in h.children if p.dep_ == "prep"
                          and p.lower_ in ("of", "in") for o in p.children if o.dep_ == "pobj")]
    if any(lemma_in(t, AID_GIVEN) or lemma_in(t, OFFERED_TERMS) or amount(t)
           or any(x.ent_type_ == "MONEY" for x in t.children) for t in offered):
        return True
    to = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(people(t) or t.ent_type_ == "GPE" for t in (*to, *(x for x in trigger.children if x.dep_ == "dative")))


def stated(c, things) -> bool:
    """A lone statement that names what it refuses, demands or doubts (STATED_THINGS): the thing acted
    on, what a demand is "for" ("pressed for penalties"), or a doubting trigger ("raised questions")."""
    known = STATED_THINGS.get(c.type, frozenset())
    # a demand noun's "for" may hang on the light verb that governs it: "renewed his plea for jets"
    heads = (c.trigger, c.trigger.head) if c.trigger.dep_ == "dobj" else (c.trigger,)
    asked = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj"] if c.type == "REQUEST" else []
    # "pressed for the highest tier of penalties", "called for a range of measures": what the part is of
    asked += [o for a in asked if lemma_in(a, PART_NOUNS) for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return any(lemma_in(t, known) for t in (*things, *asked)) or c.type == "ACCUSE" and lemma_in(c.trigger, known)


def body_called_for(c, entity_type) -> bool:
    """A body's "call for" something ("the union called for a higher minimum wage"), or a named person's
    that says what the thing is for or of ("Ms Reyes called for more help for farmers"): a public demand
    (`called_for`)."""
    kind = entity_type(c.subject)
    return kind in CALLERS and caller(c.subject_tok) and called_for(c.trigger, kind == "PERSON")


def caller(tok) -> bool:
    """The word of the side that calls names one who can ask: a name, a pronoun or a noun of actors ("the
    union"), not a thing that names a body ("a WSIS campaign goal that calls for 50% access")."""
    return tok is not None and (tok.pos_ in ("PROPN", "PRON") or agentive(tok))


def called_for(trigger, person: bool = False) -> bool:
    """A "call for" a thing named by a noun ("called for action on jobs", "is calling for an end to the
    deal"), not a request for comment or a taxi or an ambulance summoned (NOT_ASKED). A `person`'s call
    names what the thing is for, of or to do ("called for measures to combat ageism"): "Ms Reyes called for
    an inquiry" alone says too little (statement_matters.matter_with_content)."""
    return trigger.lemma_.lower() == "call" and any(
        o.pos_ == "NOUN" and not lemma_in(o, NOT_ASKED) and (not person or any(x.dep_ in CONTENT for x in o.children))
        for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > trigger.i  # not "For its feature, X is calling on"
        for o in p.children if o.dep_ == "pobj")


def asked_of_others(trigger, things) -> bool:
    """A request that says what others are to do: a governing or bargaining body with the act asked of
    it ("called on rich nations to fund the plan", "urged the government to scrap the tax"; "urged
    users to install the patch" is advice), or conduct asked ("urged restraint", "appealed for calm")."""
    asked = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if any(lemma_in(t, REQUESTED_CONDUCT) for t in (*things, *asked)) or act_called_for(trigger):
        return True
    return any(x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               and lemma_in(object_controller(x), ADDRESSED_BODIES) for x in trigger.children)


def act_called_for(trigger) -> bool:
    """An act asked for with its doer or undergoer named in a "for" clause ("called for the charges to
    be dropped", "pressed for the embassy to reopen", "pushed for the cash to be handed over"): a demand
    on whoever can do it, where "called for a taxi" asks nothing of anyone. A pronoun doer ("called for
    him to visit") leaves the one asked a guess: not this rule's to name."""
    by_for = any(p.dep_ == "prep" and p.lower_ == "for" for p in trigger.children)
    return any(x.dep_ in ("advcl", "xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON" for s in x.children)
               and (by_for or any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)) for x in trigger.children)


def settles(trigger) -> bool:
    """An agreement that ends a legal matter: a penalty paid or a settlement agreed ("agreed to pay a
    $1.5m fine", "agreed to pay $13m in penalties", "agreed a $168m settlement deal"), or a lawsuit or charges settled ("agreed to pay
    $14.5m to settle a lawsuit", "agreed to settle the charges")."""
    acts = [trigger, *(x for x in trigger.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
    acts += [y for x in acts for y in x.children if y.dep_ in ("advcl", "xcomp") and y.lemma_.lower() == "settle"]
    for act in acts:
        for done in (o for o in act.children if o.dep_ == "dobj"):
            named = [done, *(k for k in done.children if k.dep_ == "compound"), *paid_in(act, done)]
            if any(lemma_in(k, PENALTIES_PAID) or act.lemma_.lower() == "settle" and lemma_in(k, SETTLED_MATTERS)
                   for k in named):
                return True
    return False


def paid_in(act, done) -> list:
    """What a sum paid is paid in: "pay $13m in criminal penalties" (penalties; the parser hangs "in" on the
    verb or on the sum); nothing when no sum is paid ("paid tribute in person")."""
    if not any(t.ent_type_ == "MONEY" or t.lower_ in ("$", "£", "€") for t in done.subtree):
        return []
    return [p for h in (act, done) for x in h.children if x.dep_ == "prep" and x.lower_ == "in"
            for p in x.children if p.dep_ == "pobj"]


def lawful(c) -> bool:
    """The police, a prosecutor or a court is a side, the act is a charge in law, or it is done in the
    legal process: "the winger was charged with drink-driving", "police questioned the coach", "pleaded
    guilty to speeding", "agreed to pay $2m to settle the lawsuit" (extract/legal_process.py)."""
    return any(lemma_in(t, LAW_ENFORCEMENT) for t in (c.subject_tok, c.object_tok)) or (
        c.type == "ACCUSE" and c.trigger.lemma_.lower() in LEGAL_CHARGES) or before_the_law(c)


def committed_act(trigger) -> bool:
    """The act agreed to or refused, as a to-infinitive, when it is neither trade nor telling: "agreed
    to pay a fine", not "agreed to buy the firm" or "declined to comment" (a lone "sought to reassure"
    or "was asked to take on the role" is no request: only agreeing and refusing are read so)."""
    return any(x.dep_ == "xcomp" and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               and act_of_note(x) for x in trigger.children)


def act_of_note(act) -> bool:
    """An act a stance is news for: neither trade ("agreed to buy the firm") nor telling ("declined to comment")."""
    return not lemma_in(act, COMMERCE) and not telling(act)


def act_stood_on(trigger) -> bool:
    """A stance on an act named by a gerund, when it is neither trade nor telling: "ruled out raising
    taxes", "opposed extending the curfew", "backed scrapping the fees" (as "refused to pay" is read in
    `committed_act`); not one left open ("did not rule out raising rates": no stance taken)."""
    return not any(x.dep_ == "neg" for x in trigger.children) and any(
        (x.dep_ in ("xcomp", "dobj") or x.dep_ == "advcl" and next_to(trigger, x)) and x.tag_ == "VBG"
        and act_of_note(x) for x in trigger.children)


def next_to(verb, clause) -> bool:
    """A clause the parser hung from `verb` with nothing but its particle between ("ruled out taking
    part", read as an adverbial clause): its complement, not a clause of manner after a comma."""
    return clause.i > verb.i and all(t.dep_ in ("prt", "advmod") for t in verb.doc[verb.i + 1:clause.i])


def partner(trigger) -> bool:
    """Talks "with" someone: people named by a noun or a name ("discussions with US officials")."""
    return any(people(p) or p.ent_type_ == "GPE" for x in trigger.children if x.dep_ == "prep" and x.lower_ == "with"
               for p in x.children if p.dep_ == "pobj")


def people(tok) -> bool:
    """A person or group named by a noun that resolution did not make an actor, an office's holder
    included ("praised his chancellor", "will ask the Queen to dissolve Parliament": the lexicon's
    leadership roles)."""
    return is_people(tok) or tok.ent_type_ in ("PERSON", "NORP", "ORG") or lemma_in(tok, lexicon().leadership_roles)




def amount(tok) -> bool:
    """A sum or a quantity given ("200 million euros", "$5m"): money, not a market. News writes sums
    as "2bn euros" or "£45bn", which the parser may take for an adjective or a bare noun: a figure or
    a currency sign on the word or before it counts too; a year or a time does not ("China's 2008
    demand", "the 1990s deal")."""
    figures = [c for c in (tok, *tok.children) if c.ent_type_ not in TIME_LABELS]
    return tok.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in figures if c is not tok) or any(
        c.text[:1].isdigit() or unicodedata.category(c.text[:1] or " ") == "Sc" for c in figures)


def convened(c) -> bool:
    """A meeting someone held, hosted or called."""
    return c.type == "CONSULT" and c.trigger.head.lemma_.lower() in CONVENING


def acted_on(c) -> list:
    """What the event is done with or to, when that is a thing: the trigger verb's direct object,
    and the object token when it names no actor."""
    things = [t for t in c.trigger.children if t.dep_ == "dobj"] if c.trigger.pos_ in ("VERB", "AUX") else []
    if c.object is None and c.object_tok is not None:
        things.append(c.object_tok)
    return things


def spoken_to(c) -> list:
    """Whom a verb of speaking is addressed to: its object, "to" or "with" whom, or the event's object."""
    found = [c.object_tok] if c.object_tok is not None else []
    found += [t for t in c.trigger.children if t.dep_ == "dobj"]
    return found + [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                    for o in p.children if o.dep_ == "pobj"]


def audience(tok) -> bool:
    """Those a speech or interview is given to: a chamber, a class, a crowd (AUDIENCES), or a programme
    of an outlet named as its possessor ("the BBC's Westminster Hour"), or a person named with a newsroom
    trade (NEWSROOM), not another person or a state."""
    if lemma_in(tok, AUDIENCES) or tok.ent_type_ == "PERSON" and any(
            x.dep_ in ("compound", "appos") and lemma_in(x, NEWSROOM) for x in tok.children):
        return True     # "the BBC's defence correspondent Paul Adams", "Paul Adams, a BBC reporter"
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "GPE", "NORP") and any(
        p.dep_ == "poss" and p.ent_type_ == "ORG" for p in tok.children)
