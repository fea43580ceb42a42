"""The mood of an event's clause: acts a modal verb states as unreal, not as done or scheduled.

- A counterfactual: a modal with a perfect ("could have been killed", "might have been two people
  killed", "should have arrested him") tells what did not happen; "may have", "must have" infer
  what did ("may have fled", "must have been killed instantly") and are left alone.
- A mere possibility: "could" and "might" ("the party could appeal", "Iran might retaliate") state an
  option or a fear; the contract codes it as certainty "possible", so the gate only holds a rule for it
  back (gate.option).
- A conditional "would": "I would send him in the army", "says he would be happy to meet", "a deal
  that would give Iran access". Under a verb of saying in the past, "would" is the future of the
  past ("said it would withdraw its troops": a reported intention, news of a decision) and is left
  alone, except inside a quotation, where nothing is shifted back; "would like to thank" states a wish
  now, not a condition.
- A condition told by inversion: "should Lionsgate refuse to pay", "had the police arrested him" (a
  counterfactual).
- A capacity: "can" states what one is able or allowed to do ("under the law the government can seize
  farms"), and so does an infinitive on a noun of power or right ("has the power to suspend or bar
  him", "won the right to strike"), unless the capacity is put to use ("used its power to block").
Threats are made by saying what could happen ("warned it could strike"), and violence foreseen stays
violence unless it is undone: the gate (gate.unreal_mood) leaves them alone.
"""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .framing import purpose_of
from .letting import letting
from .quantities import is_people

CAPACITY_NOUNS = words("capacity_nouns")
CAPACITY_ADJECTIVES = words("capacity_adjectives")
EMPOWERING = words("empowering_verbs")
OPTION_NOUNS = words("option_nouns")
CAPACITY_USING = words("capacity_using_verbs")
RULE_NOUNS = words("rule_nouns")
HABITUAL = words("habitual_adverbs")
FREQUENCY = words("frequency_words")
PERFORMATIVE = words("performative_verbs")
SETTLING = words("settling_verbs")
EXPECTED_HEADS = words("expected_act_heads")
COURSE_VERBS = words("course_verbs")

UNREAL_PERFECT = words("mood_unreal_perfect")
POSSIBILITY = words("mood_possibility")
CONDITIONAL = frozenset({"would", "'d"})
PAST_TAGS = frozenset({"VBD", "VBN"})
# auxiliaries that, put before the subject, make a condition: "should they refuse", "had he known"
INVERTING = words("mood_inverting")
# how an act hangs under the verb whose modal it shares: "could be forced to pay", "would be happy to meet"
SHARED_CLAUSE = frozenset({"xcomp", "acomp"})
# how a noun trigger hangs under the verb that carries its clause's modal: "could pay a visit"
NOUN_SLOTS = frozenset({"dobj", "nsubjpass", "nsubj", "attr"})
# verbs in a tense of their own: a modal or "do" governs only a bare verb ("would set out", "did not attack")
TENSED = frozenset({"VBD", "VBZ", "VBP"})
# conjunctions of a condition: its clause is as unreal as the modal it hangs under ("would strike if attacked")
CONDITIONS = words("mood_conditions")
# how a clause hangs under the verb whose tense it takes: "said (that) it would", "made clear the UK
# would", "when the police would not"
EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "acomp", "oprd", "conj", "csubj"})
# modals that state no particular act when the doer is any one of a kind ("a landlord can evict",
# "a Conservative government would allow a vote"); "will" is left out: "a delegation will visit" is news
GENERIC_MODALS = words("mood_generic_modals")
# pronouns that name any one of a kind: "anyone who attacks", "those who kill"
ANY_ONE = words("mood_any_one")
# determiners that make a subject any one of its kind rather than one already known
INDEFINITE = frozenset({"a", "an", "any"})
# the modal of what one is able or allowed to do ("ca" is the tagger's "can" of "can't")
CAPACITY_MODALS = words("can_modals")
# "would like to thank", "would love to": a wish stated now, not a condition (what is wished is left
# to the sense judge: extract/framing.py)
WISHING = words("mood_wishing")
# verbs of a wish that, said with a speech act, perform it: "wanted to thank", "wish to apologise"
PERFORMING_WISHES = WISHING | {"want", "wish"}


def clause_verbs(trigger) -> list:
    """The trigger and the verbs above it that carry its clause's modal: a noun's verb ("could pay
    a visit"), the verbs an infinitive or adjective hangs under ("would be happy to meet")."""
    verbs, t = [], trigger
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in NOUN_SLOTS and t.head.i != t.i:
        t = t.head
    for _ in range(4):
        verbs.append(t)
        purpose = t.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(t))
        if not (t.dep_ in SHARED_CLAUSE or purpose) or t.head.i == t.i:
            break       # (a purpose shares the mood of its act: "would send troops to help")
        t = t.head
    return verbs


def auxes(verb) -> list:
    return [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]


def modal_of(trigger):
    """(the verb, its modal's lower form) for the nearest clause verb with a modal, or (None, None)."""
    for verb in clause_verbs(trigger):
        found = next((a for a in auxes(verb) if a.tag_ == "MD"), None)
        if found is not None:
            return verb, found
    return None, None


def indefinite_doer(trigger) -> bool:
    """The subject of the trigger's modal clause is any one of a kind ("a Labour government would
    scrap the fees", "an employer can refuse the request"): a hypothetical or generic doer, so the
    act is no one's in particular; "will" futures and clauses with no modal are left alone."""
    verb, modal = modal_of(trigger)
    if verb is None or modal.lower_ not in GENERIC_MODALS:
        return False
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in children(subject))


def generic_clause(verb) -> bool:
    """A relative clause in the simple present about any one of a kind, or with such a subject ("parents
    who beat their children", "rebels who attack aid convoys will be punished", "anyone who attacks an
    officer", "a crime where people are killed"), or a main clause that says how often any one of a kind
    does it ("workers usually protest when wages are cut", `habitual`): what such people do, no act of anyone in
    particular; "troops who are fighting the rebels" (progressive) and "a man who attacked" (past) are acts."""
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if not simple_present(verb):
        return False
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" and subject is not None and any_one(subject) and habitual(verb):
        return True     # "farmers often block roads when fuel prices rise", "fans tend to protest"
    if verb.dep_ != "relcl":
        # "gangs that kidnap tourists often demand ransoms": the kind a generic clause defines does it
        return subject is not None and any_one(subject) and any(
            r.dep_ == "relcl" and generic_clause(r) for r in children(subject))
    if verb.tag_ == "VBN":
        # a passive tells what any such people suffer ("where people are killed"), not what its antecedent
        # is ("regulations which are blamed for hindering": a charge made now)
        return subject is not None and subject.tag_ == "NNS" and is_people(subject) and any_one(subject)
    return any_one(verb.head) or subject is not None and subject.tag_ == "NNS" and any_one(subject)


def simple_present(verb) -> bool:
    """"attack", "attacks", "are killed": a present with no modal, no progressive and no perfect."""
    helpers = auxes(verb)
    if verb.tag_ in ("VBZ", "VBP"):
        return not helpers and present_form(verb)
    if verb.dep_ == "relcl" and verb.tag_ == "NN":   # (the tagger's "kidnap")
        return not helpers
    return verb.tag_ == "VBN" and len(helpers) == 1 and helpers[0].dep_ == "auxpass" and helpers[0].tag_ in ("VBZ", "VBP")


def present_form(verb) -> bool:
    """The word is a present form, as its tag says: the tagger tags some past forms of rarer verbs
    present ("Switzerland unfroze the assets": VBZ); a third person's present ends in -s, another
    person's is the bare verb ("are" aside)."""
    word, lemma = verb.lower_, verb.lemma_.lower()
    return word.endswith("s") if verb.tag_ == "VBZ" else word == lemma or lemma == "be"


def habitual(verb) -> bool:
    """The verb says how often its act is done ("usually", "often", "routinely"), or is "tend"."""
    return verb.lemma_.lower() == "tend" or any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in children(verb))


def standing_present(verb) -> bool:
    """A clause of running text in the simple present with no time of its own: what its subject does as
    a role, a habit or a property ("Medicaid, which provides health care to the poor", "it liaises with
    the government", "I work with him every day", "the system allows the patenting of software"), no act
    done at a time. A date or time makes the act one scheduled ("ministers meet on Thursday"), an
    adverbial clause ties it to another act ("when it meets next week", "as he visits Leeds"), and a
    headline, which has no closing stop, tells news in the present ("Iran agrees to talks"); a verb that
    governs another act states an intention or a commitment now ("intends to cooperate", "offers to
    mediate"), and one done for an end of its own is work under way ("work with the ministry to settle
    the terms of the transfer")."""
    if not simple_present(verb) or verb.dep_ == "advcl" or timed(verb) or repeated(verb) or any(
            x.dep_ in ("xcomp", "ccomp") or purpose_of(x) is not None for x in children(verb)):
        return False
    last = verb.sent[-1]
    return last.is_punct and last.lower_ not in (":", ",", "-")


def repeated(verb) -> bool:
    """Named parties said to do it often ("the two presidents often speak by phone", "its leaders
    regularly visit the town, where they are hosted by local commanders"): a pattern of acts between
    them, which event data records (a generic doer's habit is dropped elsewhere: `habitual`). A relative
    clause shares the how-often of the clause its noun is in."""
    if habitual(verb):
        return True
    if verb.dep_ != "relcl":
        return False
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head is not host:
        host = host.head
    return host.pos_ == "VERB" and habitual(host)


def timed(verb) -> bool:
    """An adjunct of the verb gives a date or a time that is no frequency: "on Thursday", "next week",
    "today", not "every day", "daily" or "a year" (a date inside what is given, "a one-year target",
    "for winter fuel", is no time of the act)."""
    for x in children(verb):
        if x.dep_ in ("npadvmod", "tmod", "advmod") and x.ent_type_ in ("DATE", "TIME"):
            when = list(x.subtree)
        elif x.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in children(x)):
            when = list(x.subtree)
        else:
            continue
        if not frequency(when):
            return True
    return False


def frequency(tokens) -> bool:
    """"every day", "each year", "daily", "a year", "per month": how often, not when."""
    return any(t.lower_ in FREQUENCY or t.lemma_.lower() in ("day", "week", "month", "year") and any(
        d.dep_ == "det" and d.lower_ in ("a", "an", "per") for d in children(t)) for t in tokens)


def any_one(noun) -> bool:
    """Any one of a kind: a plural with no determiner, possessor or number ("parents", "rebels"),
    a noun with "any", "every" or "no", or "anyone", "whoever", "those"."""
    if noun.lower_ in ANY_ONE:
        return True
    marks = [c for c in children(noun) if c.dep_ in ("det", "poss", "nummod", "predet")]
    if noun.tag_ == "NNS" and noun.ent_type_ == "" and not marks:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in marks)


def counterfactual(trigger) -> bool:
    """"could have been killed", "should have arrested him": a modal, then "have", then the act."""
    verb, modal = modal_of(trigger)
    if verb is None or modal.lower_ not in UNREAL_PERFECT:
        return False
    return any(a.lemma_.lower() == "have" and a.i > modal.i for a in auxes(verb))


def tense(verb) -> str | None:
    """"past", "present" or "modal" as the verb's own form or its first finite auxiliary says, or None
    for a form with no tense ("to meet", "meeting", "clear")."""
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    for a in auxes(verb):
        if a.tag_ == "VBD" or a.lower_ in ("had", "was", "were", "did"):
            return "past"
        if a.tag_ in ("VBZ", "VBP"):
            return "present"
        if a.tag_ == "MD":
            return "modal"
    return None


def shifted_back(verb) -> bool:
    """The clause hangs under a verb in the past, through complements and adverbial clauses: it is
    reported ("said it would withdraw", "had made clear the UK would welcome migrants") or tells a
    past of its own ("started throwing bottles when the police would not release her")."""
    t = verb
    for _ in range(5):
        if t.dep_ not in EMBEDDED or t.head.i == t.i:
            break
        below, t = t, t.head
        if below.dep_ != "conj" and tense(t) is not None:   # (a conjunct shares the tense above it)
            return tense(t) == "past"
    return any(c.dep_ in ("parataxis", "ccomp") and c.tag_ in PAST_TAGS and c.i > verb.i for c in children(t))


def inverted_condition(trigger) -> str | None:
    """The auxiliary of a condition told by putting it before the subject, with no "if" ("should
    Lionsgate refuse to pay", "had the police arrested him": a counterfactual), or None."""
    verb = trigger.head if trigger.dep_ == "aux" else trigger
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "advcl" or subject is None or any(c.dep_ == "mark" for c in children(verb)):
        return None
    return next((a.lower_ for a in auxes(verb) if a.lower_ in INVERTING and a.i < subject.i), None)


def unreal(trigger, quoted: bool) -> str | None:
    """Why the trigger's clause states no act ("counterfactual", "possibility", "conditional"), or None;
    `quoted`: the trigger is inside a quotation."""
    inverted = inverted_condition(trigger)
    if inverted is not None:
        return "conditional" if inverted == "should" else "counterfactual"
    verb, modal = modal_of(trigger)
    if verb is None:
        return None
    if counterfactual(trigger):
        return "counterfactual"
    if modal.lower_ in POSSIBILITY:
        return "possibility"
    if modal.lower_ in CONDITIONAL and verb.lemma_.lower() not in WISHING and (quoted or not shifted_back(verb)):
        return "conditional"
    return None


def tensed_apart(verb, head) -> bool:
    """Whether a past or present verb joined to `head` ("Labour would set out plans and attacked the Tory
    plans", "did not take part because police had arrested its leaders") is outside the modal and negation
    of head's clause; "nor" and "neither" carry the negation on ("nor does he kill")."""
    return verb.dep_ in ("conj", "advcl") and finite(verb) and not any(
        c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither") for c in children(head)) and not any(
        c.dep_ == "mark" and c.lower_ in CONDITIONS for c in children(verb))   # "would retaliate if attacked"


def finite(verb) -> bool:
    """A verb in a tense of its own, by its form or a past auxiliary's ("attacked", "had arrested", "was
    released"), not a bare or participle form that shares the tense above ("to meet", "has attacked" after
    "will retaliate once")."""
    return verb.tag_ in TENSED or any(a.tag_ == "VBD" for a in auxes(verb))


def capacity(trigger) -> bool:
    """The act is one its doer is able or allowed to do, not one done: its clause's modal is an unnegated
    "can" ("the government can tax or seize farms"; "cannot refuse" is a denial, left to negation), or it
    is an infinitive on a noun of power or right ("has the power to suspend or bar him", "gives police
    the right to detain suspects") that no verb puts to use ("used its power to block the merger")."""
    act = trigger
    while act.dep_ == "conj" and act.head.i != act.i and act.pos_ == "VERB":
        act = act.head      # "can tax or seize", "the power to suspend or bar him": both acts share it
    verb, modal = modal_of(act)
    if modal is not None and modal.lower_ in CAPACITY_MODALS:
        return not any(c.dep_ == "neg" for c in children(verb))
    if let_by_rule(act):
        return True
    act = capacity_clause(act)
    if stated_capacity(act):
        return True
    if act.dep_ != "acl" or not infinitive(act):
        return False
    noun = act.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in CAPACITY_NOUNS and not (
        noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in CAPACITY_USING)


def infinitive(verb) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children(verb))


def capacity_clause(act):
    """The verb whose clause tells the act: a noun's own verb ("to impose sanctions"), the act a means
    serves ("at liberty to verify this by talking to them")."""
    if act.pos_ in ("NOUN", "PROPN") and act.dep_ == "dobj" and act.head.pos_ == "VERB":
        act = act.head
    if act.dep_ == "pcomp" and act.head.lower_ == "by" and act.head.head.pos_ == "VERB":
        act = act.head.head
    return act


def stated_capacity(act) -> bool:
    """The act is only one its doer is able, free or empowered to do, or a course named as an option:
    "judges will be able to quash the orders" (not "were able to": `achieved`), "is free to visit any
    site", "the law empowers the navy to pursue pirates", "staff are entitled to strike", "was at liberty
    to verify it", "one option is to impose sanctions", "options include closing the border", "the
    option of suing the firm"."""
    head = act.head
    if head.i == act.i:
        return False
    lemma = head.lemma_.lower()
    if act.dep_ == "xcomp" and infinitive(act) and lemma in CAPACITY_ADJECTIVES:
        return not achieved(head)
    if act.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and lemma in EMPOWERING:
        return True
    if act.dep_ in ("advcl", "acl") and infinitive(act) and any(p.dep_ == "prep" and p.lower_ == "at" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in CAPACITY_NOUNS for o in children(p)) for p in children(head)):
        return True     # "was at liberty to verify"
    if act.dep_ in ("xcomp", "attr", "dobj") and lemma in ("be", "include"):
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in OPTION_NOUNS for c in children(head))
    return act.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in OPTION_NOUNS


def let_by_rule(act) -> bool:
    """The act is what a law, bill or rule lets someone do ("the new law lets police detain suspects",
    "the bill would allow the government to seize assets", "the treaty allows inspectors to visit any
    site"): the rule's content, a capacity, not an act done; an actor who lets another act concedes
    (extract/letting.py) and is left alone."""
    lets = act.head
    if act.dep_ not in ("ccomp", "xcomp") or lets.i == act.i or not letting(lets):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in RULE_NOUNS for c in children(lets))


def performed_wish(path, i: int) -> bool:
    """A speech act under a wish to make it ("police wanted to thank residents", "we would like to thank
    the volunteers", "I wish to apologise"; path[i] the wish, path[0] the act): said so, the thanks or the
    apology is given, not only wished; a wish denied ("did not want to thank") stays one."""
    wish, act = path[i], path[0]
    return i == 1 and act.dep_ == "xcomp" and act.lemma_.lower() in PERFORMATIVE and \
        wish.lemma_.lower() in PERFORMING_WISHES and not any(c.dep_ == "neg" for c in children(wish))


def agreed_settlement(path, i: int) -> bool:
    """A settlement under a verb of agreeing ("agreed to settle the charges", "has agreed to pay $15m to
    settle a lawsuit"; path[i] the agreeing, path[0] the settling or what it settles): agreeing to settle
    is the settlement made, not one to come, and the charges settled were laid; a settlement only
    offered or demanded stays one."""
    if path[i].lemma_.lower() != "agree" or any(c.dep_ == "neg" for c in path[i].children):
        return False
    start = 1 if i > 1 and path[0].dep_ == "dobj" else 0     # "to settle a lawsuit": the lawsuit settled
    return path[start].lemma_.lower() in SETTLING and all(
        t.dep_ == "xcomp" or t.dep_ == "advcl" and any(a.lower_ == "to" for a in children(t)) for t in path[start:i])


def told_before(path, i: int) -> bool:
    """The event's clause comes before the verb of planning, hoping or trying it hangs on ("Sharif urged
    the court to act, adding: 'we are trying to save lives'", "UK aid will not take relief from Africa,
    Blair has promised"): said or told on its own, as a quotation put first is, not what is tried or
    hoped for, which follows its verb ("is trying to save lives"); a future in it keeps its own modal."""
    return i > 0 and path[i - 1].dep_ == "ccomp" and path[i - 1].i < path[i].i


def conditional_frame(path, i: int) -> bool:
    """Whether path[i] is the noun of "in the event of" or "in case of" and path[i - 1] the act it
    names (through "of", or the clause of "in the event that"): a condition, not an act done ("benefits
    paid in the event of a strike", "in case of an invasion")."""
    if i == 0 or path[i].dep_ != "pobj" or path[i].head.lower_ != "in":
        return False
    noun, below = path[i], path[i - 1]
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if not (noun.lower_ == "event" and determiners == ["the"] or noun.lower_ == "case" and not determiners):
        return False
    return below.dep_ == "prep" and below.lower_ == "of" or below.dep_ in ("acl", "ccomp", "relcl") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in below.children)


def expected_act(path, i: int) -> bool:
    """Whether path[i] is a word of plan or expectation whose subject, path[i - 1], is the event's own noun
    (path[0]), or (i = 0) one that hangs on that noun, and puts the act ahead: with an infinitive ("talks are
    expected to resume", "a meeting is due to start", "the talks, set to open on Monday"), a date it is
    fixed for ("the visit is planned for June", "the strike scheduled for Friday") or, in the present, on
    its own ("a ruling is expected", "an attack is imminent"). An expectation of the past ("the talks had
    been expected for weeks", "a strike was likely") and an act's course ("are expected to continue") are
    left as told."""
    noun = path[0]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if i == 0:
        # a word of plan on the noun ("the strike scheduled for Friday"), not any participle with a date ("the
        # attack carried out on Monday", "the demand filed in 1999": done then)
        heads = [c for c in children(noun) if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and expected_word(c)]
        return any(planned_ahead(h, h, bare=False) for h in heads)
    if i != 1 or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = path[1]
    if expected_word(verb):
        return planned_ahead(verb, verb, bare=True)
    word = next((c for c in children(verb) if c.dep_ == "acomp" and expected_word(c)), None)
    return verb.lemma_.lower() == "be" and word is not None and planned_ahead(word, verb, bare=True)


def expected_word(tok) -> bool:
    return tok.lower_ in EXPECTED_HEADS or tok.pos_ == "VERB" and tok.lemma_.lower() in EXPECTED_HEADS


def planned_ahead(word, verb, bare: bool) -> bool:
    """`word` (of plan or expectation, its tense on `verb`) governs an infinitive not of an act's course,
    names a point in time (not a span: "for weeks"), or, `bare`, stands in the present with no perfect."""
    complement = next((c for c in children(word) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if complement is not None:
        return complement.lemma_.lower() not in COURSE_VERBS
    if any(point_in_time(c) for c in children(word)):
        return True
    perfect = any(a.lemma_.lower() == "have" for a in auxes(verb))
    return bare and not perfect and tense(verb) == "present"


def point_in_time(x) -> bool:
    """"for June", "on Tuesday", "next week": a date adjunct that is no span ("for weeks", "for two years")."""
    if x.dep_ in ("npadvmod", "tmod") and x.ent_type_ in ("DATE", "TIME"):
        when = x
    elif x.dep_ == "prep" and x.lower_ in ("for", "on", "in", "at", "by", "within"):
        when = next((o for o in children(x) if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")), None)
    else:
        return False
    return when is not None and when.tag_ != "NNS" and not frequency(list(when.subtree))


def achieved(able) -> bool:
    """"was able to free the hostages", "has been able to cut costs": an ability told in the past with no
    modal is one put to use, so the act is done; "is able to", "will be able to" only say it can be."""
    if able.lower_ != "able" or able.dep_ != "acomp":
        return False
    be = able.head
    helpers = auxes(be)
    if be.lemma_.lower() != "be" or any(a.tag_ == "MD" for a in helpers):
        return False
    return be.tag_ == "VBD" or be.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in helpers)


def denied_ability(verb, modal) -> bool:
    """"could not support the fund", "cannot accept the offer": an ability denied says the act is not
    done, so it is told negated, not as a possibility ("could not have known" is a counterfactual)."""
    return modal.lower_ in CAPACITY_MODALS | {"could"} and any(c.dep_ == "neg" for c in children(verb)) \
        and not any(a.lemma_.lower() == "have" and a.i > modal.i for a in auxes(verb))


def modal_state(path, i: int, modals) -> bool:
    """An event noun in the predicate of a modal "be" ("may be in talks with", "could soon be at war
    with"): possible, as the modal makes a verb's act; "cannot be in talks" denies an ability instead."""
    tok = path[i]   # the noun itself the predicate, not a noun deeper in it ("would be hard, given the arrest")
    return (i == 2 and path[1].dep_ == "prep" or i == 1 and path[0].dep_ == "attr") and tok.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ in modals and not denied_ability(tok, c) for c in children(tok))
