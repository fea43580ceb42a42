"""Events from the dependency parse: who did what to whom.

Each construction has one small function yielding `Candidate`s (type, trigger, subject and
object entity keys); `extract_events` then adds attribution, certainty, negation, place, date
and quantities, and drops duplicates. When an argument cannot be determined the extractor
emits nothing rather than a guess.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..domain import Context
from ..model import Event
from ..resolve.resolution import Resolution
from ..wordlists import words
from .accused_acts import accused_act_events
from .accused_lists import listed_accused
from .act_makers import act_makers, retyped_sides, unowned_act_faults
from .actors import Extraction, KnownActors
from .acts_told_once import told_once
from .aid_purposes import aid_purpose_recipients
from .allegations import (
    alleged_against,
    alleged_doers,
    answer_anchor,
    content_clause,
    denied_claims,
    investigated_in_clause,
    investigated_parties,
)
from .antecedents import statement_makers
from .arguments import (
    ACCUSING,
    MEMBER_NOUNS,
    SPONSORING,
    VERBAL,
    actor_of,
    entity_of_token,
    entity_type,
    generic_actor,
    subject_token,
)
from .attribution import Attributor
from .calls import call_events
from .civil_acts import civil_events, retype_civil_acts
from .clause_links import (
    own_date,
    participle_heads,
    passive_recipient,
    trial_events,
    undergone_events,
)
from .complaint_forums import unforum_complaints
from .confidence import rated
from .constructions import (
    demand_events,
    engagement_events,
    intent_events,
    reciprocal_events,
    take_governed_targets,
)
from .cooperative_acts import cooperative_events
from .criticism import criticism_under_fire
from .custody import custody_events
from .deal_parties import deal_parties, received_by
from .defied_calls import defied_call_events
from .demanded_sides import demanded_targets, instructed_penalties
from .demands import seen_acts, wanted_endings
from .denied_accusers import denied_accusers
from .dismay import dismay_events
from .disowned_parts import disowned_events
from .ellipted_doers import ellipted_copies
from .enemy_claims import enemy_claims
from .evaluative import evaluative_events
from .event_steps import actor_kinds, as_threat, claim_of, recorded, unsettled
from .fates import dropped, made, survivors
from .faulted_conjuncts import conjoined_faulted, conjoined_sides
from .faulted_doers import condemned_attacks, faulted_doers
from .fire_targets import fire_targets
from .fire_undergone import fire_brought, fire_undergone
from .force import force_events, weapon_fired
from .fragments import without_fragments
from .frames import (
    Candidate,
    TokenIndex,
    addressee_clause,
    between,
    clause_object,
    coordination_root,
    noun_frame,
    noun_object,
    noun_subject,
    subjects_of,
    thing_acted_on,
)
from .gate import gated
from .gerunds import gerund_pair_events
from .given_support import given_support
from .judged_conduct import judged_conduct_events
from .judgements import unnamed_courts
from .keep import CASUALTIES, acts_alone, complete_enough, covering, stated_key, threat_covered, vow_of
from .labour_actions import labour_events
from .led_parts import led_parts
from .legal_sides import brought_by, charged_in_court, expelling_bodies, fined_parties, legal_defendants
from .lexicon import lexicon
from .mutual_sides import each_other
from .noun_agents import handing_head
from .participle_patients import participle_events
from .passive_patients import passive_patients
from .political_offices import FORCE_HOLDERS, office_holders, offices_held
from .proceedings import found_wrongdoing, inquiries_in_countries, referred_cases
from .pronoun_owners import pronoun_owned_sides
from .protest_joiners import joined_protests
from .quantities import is_people, quantities_for
from .quote_runs import speak_in_quotes
from .ranked_acts import ranked_events
from .received_penalties import received_penalties
from .refusals import lost_case_events, refusing_answers, yielded_makers
from .refused_concessions import read_as_refused, refused_concessions, refused_meetings
from .refuted_labels import refuted_labels
from .relations import relation_events
from .responsibility import accusation_events, claim_events, name_attackers, responsibility_events
from .role_left import roles_left
from .said_content import owned_failing_events
from .said_refusals import said_refusals
from .said_threats import said_measures
from .sellers import sellers
from .sense import Dropped, judge
from .site_places import unplace_sites
from .sought_inquiries import sought_inquiries
from .speaker_owners import speaker_owned_sides
from .stance_nouns import stance_noun_events
from .standoff_arrests import custody_noun_force
from .stated_opposition import stated_opposition
from .statements import statement_events
from .stood_firm import firm_stands
from .stranded_participles import unstrand_subjects
from .suffered_wrongs import suffered_wrong_events
from .support_verbs import answered_sides, carried, name_makers
from .talks_with import talks_partners
from .timeplace import location_for
from .untolerated import untolerated_violence
from .verbal import verbal_events
from .victim_claims import victim_claims
from .written_requests import written_requests


def sponsorship_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"the Iran-backed Houthis", "Saudi-funded militias": the sponsor supports or aids them."""
    for verb in tokens.verbs:
        if verb.dep_ != "amod" or verb.lemma_.lower() not in SPONSORING:
            continue
        frame = lex.verbs.get(verb.lemma_.lower())
        sponsor = next((entity_of_token(c, res) for c in verb.children
                        if c.dep_ in ("npadvmod", "compound", "nmod") and entity_of_token(c, res)), None)
        if frame is None or sponsor is None:
            continue
        head = verb.head
        backed = entity_of_token(head, res) or actor_of(head, res) or generic_actor(head, res)
        if backed and backed != sponsor:
            yield Candidate(frame.type, verb, sponsor, backed, None, head, frame, verb)


def adjective_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Hamas has been crucial to the rise of Sinai Province"."""
    for adj in tokens.adjectives:
        if adj.dep_ not in ("acomp", "advmod") or adj.lower_ not in lex.adjectives:
            continue
        frame = lex.adjectives[adj.lower_]
        subj_tok = subject_token(adj.head)
        subjects = subjects_of(subj_tok, res) or ([(None, subj_tok)] if subj_tok is not None else [])
        if not subjects:
            continue
        # "crucial to X"; "we are together with X" (the preposition may hang on the copula)
        for c in (*adj.children, *(x for x in adj.head.children if x.i > adj.i)):
            if c.dep_ == "prep" and c.lower_ in frame.object_preps:
                # "critical of both Israel and Hamas": each conjunct
                for pobj in (p for x in c.children if x.dep_ == "pobj" for p in (x, *x.conjuncts)):
                    key = actor_of(pobj, res) or next(
                        (actor_of(x, res) for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for x in p.children if x.dep_ == "pobj"), None)
                    for skey, stok in subjects:
                        if key and key != skey:
                            yield Candidate(frame.type, adj, skey, key, stok, pobj, frame, adj.head)


def nominal_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    for noun in tokens.nouns:
        if noun.i in used:
            continue
        frame = noun_frame(noun, lex)
        made = frame is not None and carried(noun, lex, frame)   # "rejected calls from X", "charges levelled against him": made, as light verbs make them
        owned = frame is not None and frame.light_only and not made and owned_act(noun, frame, res)
        if frame is None or frame.light_only and not frame.symmetric and not made and not owned:
            continue
        anchor = noun.head if noun.head.pos_ in VERBAL else noun
        pair = between(noun, res) if frame.symmetric else []
        if len(pair) >= 2 and not off_type(frame, pair[1][0], res, pair[1][1]):
            yield Candidate(frame.type, noun, pair[0][0], pair[1][0], pair[0][1], pair[1][1], frame, anchor)
            continue
        if frame.light_only and not made and not owned:
            continue
        okey, otok = noun_object(noun, frame, res, extra_heads=participle_heads(noun) + handing_head(noun))
        alleging = frame.type == "ACCUSE" and content_clause(noun) is not None
        if okey is None and alleging:   # "allegations that the Tories misled voters": the Tories, not the voters
            okey, otok = alleged_against(noun, res)
            anchor = answer_anchor(noun) or anchor
        elif okey is None:
            okey, otok = clause_object(noun, res)
        if okey is None:
            okey, otok = passive_recipient(noun, res, ACCUSING)
        if okey is None and frame.type == "REQUEST":
            okey, otok = addressee_clause(noun, res)
        if off_type(frame, okey, res, otok) and not (okey is None and received_by(noun)):
            continue   # "Kraft's takeover of Cadbury" is a deal; "the Taliban takeover of Kabul" is none
        if frame.patient_of and okey is None and not is_people(thing_acted_on(noun, frame) or noun) \
                and not tolled(noun, frame, anchor):
            continue   # "the arrest of the mayor" is an event; "the killing of the bill" is not
        skey, stok = noun_subject(noun, res, exclude=okey)
        etype, sides = frame.type, answered_sides(noun, frame, res, (skey, stok), okey, otok) if made else None
        if sides is not None:   # "Hamas rejected calls from Egypt": Egypt asked Hamas, whether or not Hamas agreed
            (skey, stok), (okey, otok), anchor, etype = sides
        if skey is None and coordination_root(noun).i != noun.i:
            # "Israeli drone, fighter jet and helicopter strikes": modifiers of the first conjunct
            skey, stok = noun_subject(coordination_root(noun), res, exclude=okey)
        if skey is None and etype == "COERCE":   # "his arrest in a police bust"
            skey, stok = custody_noun_force(noun, res, lambda n: getattr(noun_frame(n, lex), "type", None))
        if okey is None:
            otok = thing_acted_on(noun, frame)
        cand = Candidate(etype, noun, skey, okey, stok, otok, frame, anchor)
        if skey is None and okey is None and noun.dep_ not in ("nsubj", "nsubjpass") \
                and not any(k in quantities_for(cand) for k in CASUALTIES) \
                and not (own_date(noun) and location_for(cand, res)):
            continue   # an event noun with no side: as a clause's subject, with its toll, or dated and placed
        yield cand


def off_type(frame, key, res: KnownActors, tok=None) -> bool:
    """A noun limited to some kinds of other side (nouns.yaml `only_object_types`) with none of them, or
    with one only named inside a common noun ("Turkey's bid for EU membership": the bid is for membership)."""
    if not frame.object_types:
        return False
    inside = tok is not None and tok.pos_ == "NOUN" and res.actor_at(tok.i) is None \
        and not any(x.dep_ == "appos" for x in tok.children)
    return inside or entity_type(key, res) not in frame.object_types


def tolled(noun, frame, anchor) -> bool:
    """A violence noun with no one named as its patient, but its dead or wounded counted: "a shooting
    at a nightclub killed 49 people", "the shooting left three students dead"."""
    bare = Candidate(frame.type, noun, None, None, frame=frame, anchor=anchor)
    return thing_acted_on(noun, frame) is None and any(k in quantities_for(bare) for k in CASUALTIES)


OWNED_ACTS = words("owned_act_nouns")


def owned_act(noun, frame, res: KnownActors) -> bool:
    """A noun of an act that is one only under a light verb, told with its doer as owner and its other side
    after its preposition, both actors: "Iran's support for Hezbollah", "Japan's apology to South Korea"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lemma_.lower() not in OWNED_ACTS or owner is None or actor_of(owner, res) is None:
        return False
    return noun_object(noun, frame, res)[0] not in (None, actor_of(owner, res))


def extract_events(doc, resolution: Resolution, gaz=None) -> Extraction:
    """The events of a resolved document, with the actors extraction had to create."""
    res = KnownActors(resolution, gaz)
    speak_in_quotes(doc, res, lexicon())   # "we" in a quotation: its speaker's side
    events = list(_events(doc, res, gaz))
    events = each_other(gated(events, doc, res))   # "A and B accused each other": each the other
    # after the gate, once: a side the gate cleared ("captured two Yemeni boats and 22 fishermen": the boats are
    # no actor) leaves a lesser copy of the fuller act at the same word (a pass before the gate too changed no
    # event of the 950 articles of dev pool 2, session 38); and one act told at two words, once (acts_told_once.py)
    events = survivors("lesser copy", events, told_once(without_lesser_copies(events)))
    events = survivors("fragment", events, without_fragments(events, doc))
    events = survivors("confidence", events, rated(events, doc, res.entities))
    return Extraction(events=events, new_entities=res.new_entities, new_mentions=res.new_mentions)


def without_lesser_copies(events: list[Event]) -> list[Event]:
    """The same act at the same word found once with one side missing and once with both ("rejected
    the offer from Kraft": Kraft's refusal without and with its other side): the fuller one only; and one
    side's act with no other side found at two words of a sentence, said alike: the first only."""
    with_object = {(e.type, e.trigger_start, e.subject) for e in events if e.object is not None}
    with_subject = {(e.type, e.trigger_start, e.object) for e in events if e.subject is not None}
    # one side's lone act said twice in a sentence ("attacked the proposals, saying they were unfair"): the first word
    first_lone = {}
    for e in events:
        if e.object is None and e.subject is not None:
            first_lone.setdefault((e.type, e.start, e.subject, e.negated, e.certainty), e.trigger_start)
    return [e for e in events if not (
        e.object is None and e.subject is not None and (e.type, e.trigger_start, e.subject) in with_object
        or e.subject is None and e.object is not None and (e.type, e.trigger_start, e.object) in with_subject
        or e.object is None and e.subject is not None and first_lone[(e.type, e.start, e.subject, e.negated, e.certainty)] != e.trigger_start)]


def _candidates(doc, res: KnownActors, gaz, lex, attributor) -> tuple[list[Candidate], list[Candidate]]:
    """Every construction family's candidates, and the claims of responsibility among them."""
    used: set[int] = set()
    tokens = TokenIndex.of(doc)
    claimed = list(claim_events(tokens, res, lex))
    used.update(c.trigger.i for c in claimed)
    candidates = list(claimed)
    candidates += list(criticism_under_fire(tokens, res, lex, used))   # before attacks: "under fire from MPs"
    candidates += list(responsibility_events(tokens, res, lex, used))
    candidates += list(investigated_parties(tokens, res, lex, used)) + list(denied_claims(tokens, res, lex, used))
    candidates += list(undergone_events(tokens, res, lex, used)) + list(trial_events(tokens, res, lex))
    candidates += list(fire_undergone(tokens, res, lex, used)) + list(fire_brought(tokens, res, lex, used))  # after undergone
    candidates += list(referred_cases(tokens, res, used)) + list(found_wrongdoing(tokens, res, attributor))
    candidates += list(listed_accused(tokens, res, lex))
    candidates += list(lost_case_events(tokens, res)) + list(refusing_answers(tokens, res))
    candidates += list(firm_stands(tokens, res))   # "held firm against demands from Germany"
    candidates += list(custody_events(tokens, res, lex, used))   # before nouns: "is in detention"
    candidates += list(defied_call_events(tokens, res, lex, used))   # "despite calls from X": made of the doer
    candidates += list(call_events(tokens, res, lex, used)) + list(wanted_endings(tokens, res, lex, used))
    candidates += list(seen_acts(tokens, res, lex, used))   # "wants to see a withdrawal of troops"
    candidates += list(instructed_penalties(tokens, res, used))
    candidates += list(verbal_events(tokens, res, lex, used))
    candidates += list(joined_protests(tokens, res, lex, used))   # before nouns: "organised a rally"
    candidates += list(received_penalties(tokens, res, lex, used)) + list(participle_events(tokens, res, lex, used))
    used.update(t.i for c in candidates for t in demanded_things(c))
    candidates += list(nominal_events(tokens, res, lex, used)) + list(gerund_pair_events(tokens, res, lex, used))
    candidates += list(labour_events(tokens, res, lex, used))
    candidates += list(adjective_events(tokens, res, lex)) + list(alleged_doers(tokens, res, lex))
    candidates += list(sponsorship_events(tokens, res, lex)) + list(stance_noun_events(tokens, res))
    candidates += list(reciprocal_events(tokens, res, lex, used)) + list(engagement_events(tokens, res, lex))
    candidates += list(relation_events(tokens, res, lex, gaz)) + list(ranked_events(tokens, res, lex))
    candidates += list(evaluative_events(tokens, res, lex)) + list(dismay_events(tokens, res, attributor.sents))
    candidates += list(force_events(tokens, res, lex, candidates))
    candidates += list(accused_act_events(tokens, res, lex, candidates))
    candidates += list(civil_events(tokens, res, lex, candidates))
    candidates += list(cooperative_events(tokens, res, lex, candidates))
    _settle_sides(candidates, tokens, res, lex)
    candidates += list(demand_events(candidates, attributor, res)) + list(intent_events(candidates, res))
    candidates += list(accusation_events(tokens, res, lex, list(candidates), attributor))
    candidates += list(statement_events(tokens, res, lex, attributor))
    candidates += list(judged_conduct_events(tokens, res, lex, attributor, candidates))   # "was trying to undermine"
    candidates += list(disowned_events(tokens, res, lex, attributor, candidates))   # "said it played no part in"
    candidates += list(owned_failing_events(tokens, res, lex, attributor, candidates))   # "typical of Tory hypocrisy"
    candidates += unowned_act_faults(tokens, res, lex, attributor)   # "said the plans would put lives at risk"
    candidates += list(victim_claims(tokens, res, lex, attributor))   # "said it had been misled by the bank"
    candidates += list(suffered_wrong_events(tokens, res, lex, attributor))   # "said voters felt let down by X"
    candidates += conjoined_faulted(candidates, res)   # "said X and Y had failed to ...": both
    candidates += conjoined_sides(candidates, res)   # "X and Y denied it": each, where a construction read X alone
    candidates += ellipted_copies(candidates, res)   # "Italy criticised Libya, as did Spain": Spain too
    candidates += list(said_measures(tokens, res, attributor)) + list(refuted_labels(tokens, res, attributor))
    candidates += list(said_refusals(tokens, res, attributor))   # "said no to", "insisted it had done nothing wrong"
    candidates += [*refused_concessions(tokens, res, attributor), *refused_meetings(tokens, res, lex, attributor)]   # "would not resign", "attend"
    candidates += list(stated_opposition(tokens, res))   # "is against Turkey's membership"
    candidates += list(untolerated_violence(tokens, res))   # "will not tolerate attacks on civilians"
    candidates += list(enemy_claims(candidates, res, lex, attributor))   # "Ukraine said Russian forces shelled ..."
    statement_makers(candidates, res, attributor)   # "rejected the remarks": aimed at whoever made them
    act_makers(candidates, res, attributor.sents)   # "called the plans dangerous": whoever made them
    speaker_owned_sides(candidates, res, attributor)   # "said France rejected its offer": the speaker's
    pronoun_owned_sides(candidates, res, attributor.sents)   # "welcomed his return": whom "his" stands for
    denied_accusers(candidates)   # "X accused Y of torture. Y denied that ...": Y refuses X
    written_requests(candidates, res, attributor.sents)   # "a report by the committee urged ...": the committee
    candidates += sought_inquiries(candidates, res)   # "called for an inquiry into X": X accused
    return candidates, claimed


def _settle_sides(candidates: list[Candidate], tokens, res: KnownActors, lex) -> None:
    """Each family's candidates made, the steps that retype them and settle their sides, in order (the
    list grows by the inquiries held in countries, which the later steps see too)."""
    retype_civil_acts(candidates, res)
    given_support(candidates, res, lex)   # "gave his support to X": backing, not aid
    aid_purpose_recipients(candidates, res)   # "aid to rebuild Europe": Europe
    led_parts(candidates, res)   # "ran the Canadian arm of the church": a member of the church
    roles_left(candidates, res)   # "will step down as a Labour MP": the post, no side
    take_governed_targets(candidates, res)
    talks_partners(candidates, res)   # "discussions have begun with Indonesia" (talks_with.py)
    deal_parties(candidates, res)   # "agreed to buy Mannesmann" (deal_parties.py)
    sellers(candidates, res)   # "bought Jaguar from Ford": the deal is with Ford
    yielded_makers(candidates, res)
    demanded_targets(candidates, res)
    name_makers(candidates, res)
    legal_defendants(candidates, res)
    faulted_doers(candidates, res, lex)   # "condemned the killing of protesters by troops": the troops
    brought_by(candidates, res)
    fined_parties(candidates, res)
    expelling_bodies(candidates, res)   # "was expelled from the Labour party": the party
    charged_in_court(candidates, res)
    candidates.extend(inquiries_in_countries(candidates, res))
    unnamed_courts(candidates)
    investigated_in_clause(candidates, res)
    passive_patients(candidates, res)   # "when he was arrested": the host's subject was arrested
    fire_targets(candidates, res)   # "opened fire, killing two guards": the guards
    unplace_sites(candidates, res)   # before the targets are named: "a Denver office" is no attack on Denver
    unforum_complaints(candidates, res)   # "lodged a complaint with the regulator": not the accused
    name_attackers(candidates, tokens, res, lex)
    condemned_attacks(candidates)   # "... The UN condemned the attack": the attacker told (faulted_doers.py)
    unstrand_subjects(candidates)   # "founded by assassinated former president X": no doer of the killing


def demanded_things(c: Candidate) -> list:
    """The act nouns a verb of demanding is for: "pressed for tougher sanctions against Russia", "called
    for the release of the journalists". They are asked, not done: no sanction or release of their own."""
    if c.type != "REQUEST" or c.trigger.pos_ != "VERB":
        return []
    things = [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return things + [k for t in things for k in t.conjuncts if k.pos_ == "NOUN"]


def _events(doc, res: KnownActors, gaz) -> Iterator[Event]:
    """The Events of the document's candidates, each through the steps of event_steps.py; every
    candidate dropped on the way is told to fates.py with the reason. A candidate another one covers
    ("searched and detained the men": one act, told by its first verb) waits for it, and is judged
    itself only where the one covering it made no event (the search was read as no arrest)."""
    lex = lexicon()
    attributor = Attributor(doc, res, lex)
    candidates, claimed = _candidates(doc, res, gaz, lex, attributor)
    stated = {stated_key(c) for c in candidates}
    vows = {t.i for c in candidates if (t := vow_of(c)) is not None}
    refusals = {c.trigger.i for c in candidates if c.type == "REJECT"}
    steps = _Steps(doc, res, gaz, lex, attributor, claimed, offices_held(candidates))
    waiting = []
    for c in candidates:
        if threat_covered(c, vows) or read_as_refused(c, refusals):
            dropped(c, "covered")
        elif (cover := covering(c, stated)) is not None:
            waiting.append((c, cover))
        elif (event := steps.event(c)) is not None:
            yield event
    for c, cover in sorted(waiting, key=lambda w: w[0].trigger.i):   # a chain's first verb before its next
        if cover in steps.kept:
            dropped(c, "covered")
        elif (event := steps.event(c)) is not None:
            steps.kept.add(cover)   # the first verb made into the event covers the rest of the chain
            yield event


class _Steps:
    """The steps of extract_events for one candidate at a time, remembering the candidates made into
    events (`kept`, by their keys as first stated) for the ones they cover."""

    def __init__(self, doc, res: KnownActors, gaz, lex, attributor: Attributor, claimed, held) -> None:
        self.doc, self.res, self.gaz, self.lex, self.attributor = doc, res, gaz, lex, attributor
        self.claimed, self.held, self.officials = claimed, held, office_holders(held, res, gaz)
        self.context = Context.of(doc)
        self.seen: set[tuple] = set()
        self.kept: set[tuple] = set()
        self.kept_claims: set[int] = set()

    def event(self, c: Candidate) -> Event | None:
        """The candidate's Event, or None where a step drops it (told to fates.py)."""
        res, attributor, first, proposed = self.res, self.attributor, stated_key(c), id(c)
        c = as_threat(c, res, attributor, self.held)
        if isinstance(found := judge(c, self.context, actor_kinds(c.type, res, self.officials, self.doc)), Dropped):
            dropped(c, "sense judge", found.reason)
            return None   # another sense of the word: sport, film, business, criticism; or no actor
        retyped_sides([c], res, attributor)   # retyped as words: "attacked the plans" criticised their maker
        if (why := unsettled(c, res, self.gaz, self.lex, attributor)) is not None:
            dropped(c, why)
            return None
        location = location_for(c, res)
        quantities = quantities_for(c)
        if not complete_enough(c, location, quantities, entity_type(c.subject, res) in FORCE_HOLDERS or weapon_fired(c),
                               acts_alone(c, res, self.officials, self.gaz, self.context.domain)):
            dropped(c, "incomplete")
            return None
        key = stated_key(c)   # as the steps left it (as_threat may retype it)
        if key in self.seen:
            dropped(c, "repeated")
            return None
        self.seen.add(key)
        # a claim nominal covered by a claim of responsibility that made an event
        if c.subject is None and any((c.type, c.trigger.i) == (o.type, o.trigger.i) and o.subject
                                     and id(o) in self.kept_claims for o in self.claimed):
            dropped(c, "claim covered")
            return None
        self.kept.add(first)
        self.kept_claims.add(proposed)
        claim = claim_of(c, res, attributor)
        return made(c, recorded(c, claim, self.doc, res, self.gaz, location, quantities))   # made() tells an observer


__all__ = ["Candidate", "extract_events", "MEMBER_NOUNS"]
