"""Acts that a sentence frames as not (yet) done: under a condition, as an obligation still to meet,
as someone's expectation or wish, or as what will follow a later step.

"If it joins, Turkey may have to accept restrictions", "he could be sentenced to life if convicted",
"the lobby expects the authorities to prosecute", "the name will be released after he is charged",
"failed to force the town to surrender", "is working towards lifting the ban", "efforts to free the
hostages": none of these acts has happened. The sense judge (extract/sense.py) drops such candidates; a threat,
promise or offer is itself the event, so the verbs that make one are never read as conditioned.
"""
from __future__ import annotations

from ..wordlists import words

# the clause that makes an act conditional: "if convicted", "unless it complies"
CONDITIONS = words("conditions")
# verbs whose act is a commitment, made whatever its condition: "promised to resign if ..."
COMMITTING = words("committing_verbs")
# verbs of apology: one told done is made whatever its "if" ("apologised if his remarks caused offence")
APOLOGISING = words("apologising_verbs")
# verbs of expecting and wishing: someone else's act they govern is still to come ("expects X to
# prosecute", "would like the UN to send troops")
WISHING = words("framing_wishing")
# verbs of permission: what one is permitted to do is a right, not yet an act
PERMITTING = words("enabling_verbs")
# verbs of a duty laid on someone: what one is required or obliged to do is still owed ("is required to pay")
BINDING = words("framing_binding")
# obligations still to meet: "has to accept", "will have to pay" ("had to flee": it happened)
OBLIGING = words("have_need_to")
FUTURE = frozenset({"will", "would", "shall", "'ll", "could", "may", "might", "can", "ca"})
# conjunctions after which a present tense tells what will happen: "after he is charged"
LATER = words("framing_later")
PRESENT = frozenset({"VBZ", "VBP"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# verbs whose infinitive did not happen: "failed to agree", "neglected to pay"
FAILING = words("framing_failing")
# verbs of trying and aiming: the act they govern is a goal ("sought to expose", "tried to
# negotiate", "aims to give", "working towards lifting"); a goal of violence is still coded as the
# attempt ("tried to kill the mayor" is an attack), so the sense judge applies this to other acts only
AIMING = words("aiming_verbs")
# nouns of trying and aiming: "in a bid to help", "efforts to release", "a drive to recruit"
AIMS = words("framing_aim_nouns")
# verbs of planning: a plotted attack, or one others say is planned, has not happened and is no threat
# made to anyone ("accused Khartoum of planning to invade", "plotted to kill the king"); cooperation
# planned is news as a future act ("plans to meet the president"), so the sense judge applies this to
# conflict
PLANNING = words("planning_verbs")
SECRET_PLANS = words("framing_secret_plans")
# "did nothing to help", "does little to stop": the act is denied
NOTHING = words("framing_nothing")
# how an act hangs under the word that frames it: its complement, a preposition's object
FRAMED_BY = frozenset({"xcomp", "pcomp", "pobj", "prep", "acl", "advcl", "conj"})
# how joining hangs under what seeks it: "hopes to join", "bid to join", "ambition of joining", and the
# tagger's "waiting for years to join" (an infinitive read as the relative clause of "years", or as an
# adverbial clause of "waiting": "has been waiting for a decade to join the WTO")
SOUGHT_BY = frozenset({"xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep"})


def conditioned(t) -> bool:
    """An "if" or "unless" clause modifies the verb ("could be sentenced if convicted"), which is not
    a verb of commitment nor an apology told done ("apologised if his remarks caused offence")."""
    if t.lemma_.lower() in APOLOGISING and t.tag_ in ("VBD", "VBN"):
        return False
    return t.lemma_.lower() not in COMMITTING and any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in x.children)
        for x in t.children)


def obliged(trigger) -> bool:
    """An act someone has or needs to do, not in the past: "has to accept", "may have to pay"."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.lemma_.lower() not in OBLIGING or not any(
            x.dep_ == "aux" and x.lower_ == "to" for x in trigger.children):
        return False
    return head.tag_ != "VBD" or any(x.dep_ == "aux" and x.lower_ in FUTURE for x in head.children)


def wished(t) -> bool:
    """Someone else's act that a verb of expecting or wishing governs ("the lobby expects the
    authorities to prosecute", "wants to see Belarus release them", "I hope the government will scrap the law and release me": a
    conjoined act is wished with the first); an actor's own hope or an expected act ("hopes to
    sign", "is expected to withdraw") is left alone: it often reports a plan that is news."""
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    head = t.head
    if t.dep_ == "ccomp" and head.lemma_.lower() == "see" and head.dep_ == "xcomp" and verb_of(head.head, WISHING):
        return any(x.dep_ == "nsubj" for x in t.children)   # "wants to see Belarus release them"
    if t.dep_ == "xcomp" and t.lemma_.lower() == "see" and verb_of(head, WISHING):
        # what one wants to see done: "wants to see a ceasefire between Israel and Hamas"; not what
        # one wants to see ended ("an end to the blockade": the blockade is real)
        return not any(x.dep_ == "dobj" and x.lower_ == "end" for x in t.children)
    if t.dep_ not in ("xcomp", "ccomp") or not verb_of(head, WISHING) or any(
            x.dep_ in ("auxpass", "nsubjpass") for x in head.children):
        return False
    return any(x.dep_ == "nsubj" for x in t.children) or any(x.dep_ == "dobj" for x in head.children)


def permitted(t) -> bool:
    """An act someone is or will be allowed or bound to do ("workers will be permitted to request a later
    retirement", "voters are allowed to choose", "Iran is required to hand over its uranium", "the US is bound
    by law to help Taiwan"), or that a rule allows or obliges in the present ("the law allows police to
    detain suspects", "the treaty obliges states to accept refugees", "empowers the navy to pursue pirates"): a
    right or a duty, not the act; "was allowed to leave" and "allowed police to question him" tell what happened."""
    head = t.head
    lemma = head.lemma_.lower()
    if t.dep_ not in ("xcomp", "ccomp", "advcl") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children) \
            or not (lemma in PERMITTING or lemma in BINDING or lemma == "bind" and any(
                x.dep_ == "agent" for x in head.children)):   # ("is bound to anger critics": a forecast)
        return False
    if not any(x.dep_ == "auxpass" for x in head.children):   # a rule that permits or obliges, now or to come
        # (the one permitted parsed as the object of the rule's verb or as the subject of the act)
        bound = any(x.dep_ == "dobj" for x in head.children) if t.dep_ == "xcomp" else \
            t.dep_ == "ccomp" and any(x.dep_ == "nsubj" for x in t.children)
        return bound and (head.tag_ in PRESENT and not any(x.dep_ == "aux" for x in head.children) or any(
            x.dep_ == "aux" and x.lower_ in FUTURE for x in head.children))
    return not any(x.dep_ in ("aux", "auxpass") and (x.tag_ == "VBD" or x.lower_ in ("was", "were", "had"))
                   for x in head.children)


def verb_of(tok, lemmas: frozenset[str]) -> bool:
    """The token is a verb of `lemmas` by its lemma or, where the tagger's lemma is wrong ("hopes",
    "hoped" -> "hop"), by its inflected form."""
    if tok.lemma_.lower() in lemmas:
        return True
    form = tok.lower_
    return tok.pos_ in ("VERB", "AUX") and any(form.removesuffix(end) in lemmas for end in ("s", "d", "ed", "ing"))


def sought_membership(trigger) -> bool:
    """Joining that someone hopes for, waits for, applies for or bids for ("Turkey hopes to join the
    EU", "Russia has waited a decade to join the WTO", "Croatia's bid to join Nato", "its ambition of
    joining"): the actor is not a member."""
    if trigger.lemma_.lower() != "join":
        return False
    goals, t = words("membership_goals"), trigger
    for _ in range(3):
        if t.dep_ not in SOUGHT_BY or t.head.i == t.i:
            return False
        t = t.head
        if verb_of(t, goals) or t.pos_ == "NOUN" and t.lemma_.lower() in goals:
            return True
    return False


def unrealised_noun(trigger) -> bool:
    """An event noun whose own modifier says it has not happened: "the pending invasion", "proposed
    sanctions", "a possible attack"."""
    return trigger.pos_ == "NOUN" and any(x.dep_ in ("amod", "compound") and x.lower_ in words("unrealised_modifiers")
                                          for x in trigger.children)


def announced_plan(trigger, conflict: bool) -> bool:
    """An act not yet done that its doer announces: "Spain announced its imminent withdrawal from Iraq", "the
    firm has announced a planned merger with its rival". News tells a plan so as it tells "will withdraw": the
    act is kept as possible. A conflict act needs its doer as the noun's owner ("the army announced its
    planned offensive"): "police announced a possible attack" warns of another's."""
    announcing = words("plan_announcing_verbs")
    if not unrealised_noun(trigger) or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in announcing:
        return False
    return not conflict or any(x.dep_ == "poss" for x in trigger.children)


def unannounced_plan(trigger, conflict: bool) -> bool:
    """An unrealised act noun (`unrealised_noun`) its doer did not announce (`announced_plan`): no event."""
    return unrealised_noun(trigger) and not announced_plan(trigger, conflict)


def later_step(trigger) -> bool:
    """A present tense after "after", "once" or "until" under a future or modal verb, or under "faces" (what
    one faces is to come): "will be named after he is charged", "faces life in prison when he is sentenced"."""
    if not any(x.dep_ == "mark" and x.lower_ in LATER or x.dep_ == "advmod" and x.lower_ == "when"
               for x in trigger.children):
        return False
    present = trigger.tag_ in PRESENT or any(x.dep_ in ("aux", "auxpass") and x.tag_ in PRESENT
                                            for x in trigger.children)
    head = trigger.head
    return present and (any(x.dep_ in ("aux", "auxpass") and x.lower_ in FUTURE for x in head.children)
                        or head.lemma_.lower() == "face" and head.tag_ in PRESENT)


def framing_word(trigger, lemmas: frozenset[str], pos: tuple[str, ...] = ("VERB", "AUX")):
    """The nearest word above the trigger, through complements and prepositions (at most four steps),
    whose lemma is one of `lemmas` with a part of speech in `pos`, and the word below it on the way
    (None, None when there is none)."""
    t = trigger
    for _ in range(4):
        if t.dep_ not in FRAMED_BY or t.head.i == t.i:
            return None, None
        if t.dep_ == "advcl" and not any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children):
            return None, None   # "tried to stop him when he attacked": a clause of its own
        if t.dep_ == "conj" and finite(t) and not finite(t.head):
            return None, None   # "aimed to cut taxes but was criticised": a finite verb of its own
        below, t = t, t.head
        if t.pos_ in pos and t.lemma_.lower() in lemmas and below.dep_ != "conj":
            return t, below     # (a verb coordinated with "aimed" is no goal: "aimed to help but were criticised")
    return None, None


def failed(trigger) -> bool:
    """An act someone failed to do: "failed to force the population to surrender", "would do nothing
    to help"."""
    if framing_word(trigger, FAILING)[0] is not None:
        return True
    done, _ = framing_word(trigger, frozenset({"do"}))
    return done is not None and any(x.dep_ == "dobj" and x.lower_ in NOTHING for x in done.children)


def planned(trigger) -> bool:
    """An act someone plots, or is said by others to plan: "plotted to kill the king", "accused
    Khartoum of planning to invade". A plan its actor announces ("the EU plans to impose sanctions")
    is news of a decision, which coders code as the act to come: it is left alone."""
    verb, _ = framing_word(trigger, PLANNING)
    return verb is not None and (verb.lemma_.lower() in SECRET_PLANS or verb.dep_ == "pcomp" and verb.tag_ == "VBG")


def aimed_at(trigger) -> bool:
    """An act that is only a goal: "sought to expose", "is working towards lifting the ban", "in a
    bid to help farmers", "efforts to release the hostages" ("seeking asylum" is no goal: it has no act
    under it; "worked with" is work, not an aim)."""
    verb, below = framing_word(trigger, AIMING)
    if verb is not None and (verb.lemma_.lower() != "work" or below.dep_ == "xcomp" or below.lower_ in (
            "towards", "toward")):
        return True
    return framing_word(trigger, AIMS, ("NOUN",))[0] is not None


def seeking_to(trigger) -> bool:
    """"seek" with an infinitive is trying ("prosecutors seeking to expose him", "seeks political integration
    to move power away"), not asking anyone; with help as its object the infinitive is what the help sought
    is for ("sought Russian help to retake the city")."""
    return trigger.lemma_.lower() == "seek" and not any(
        x.dep_ == "dobj" and x.lemma_.lower() in words("requested_aid") for x in trigger.children) and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in trigger.children)


def purpose_of(trigger):
    """The verb whose purpose the trigger is ("must pass the law by Friday to allow the Pentagon to pay"),
    or None: a purpose shares the modality of what it is the purpose of."""
    if trigger.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in trigger.children):
        return trigger.head
    return None


def finite(verb) -> bool:
    """A verb with a tense of its own or a subject: "was criticised", "he attacked" (not "to arrest")."""
    return verb.tag_ in FINITE or any(x.dep_ in ("nsubj", "nsubjpass") or x.dep_ in ("aux", "auxpass")
                                      and x.tag_ in FINITE for x in verb.children)
