"""Events stated through speech, as PETRARCH and CAMEO code them: a speaker's reported statement
whose content is itself a demand, refusal, accusation or threat.

"The EU said Russia must withdraw" is the EU's demand on Russia (REQUEST); "Microsoft said it would
not accept Google's offer" a refusal (REJECT); "Boeing said Airbus had violated the rules" an
accusation (ACCUSE); "Washington said Tehran would face consequences" a threat (THREATEN). The
speaker is the claimant the attribution machinery finds for the reporting verb; the other side is
the actor the content is about. Both sides must be actors the text names (a state, body, company
or person) or unnamed institutions ("the police", "the authorities": extract/accountable.py): a
statement about the speaker's own plans, about people in general, or about nobody, is no event.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .accountable import held_to_account
from .actors import KnownActors
from .arguments import (
    VERBAL,
    acting,
    actor_of,
    entity_type,
    standing_for,
)
from .demands import inquired_side, owned_demand, quoted_apart, third_party, time_demand, told_one
from .denials import ASSERTING, innocence_pleaded
from .denied_acts import ACCUSATIONS, denied_clauses
from .frames import TURNED_DOWN, Candidate
from .judgements import judgement_events
from .noun_phrases import passive_agent
from .refusals import YIELDING_VERBS
from .rulings import RULING_VERBS, court_findings, ruled_against
from .said_about import NEEDING, OBLIGATION, WRONGDOING_ADVERBS, WRONGDOING_VERBS, about_other
from .speaker_bodies import NO_BODY, body_of
from .stance import faulting_agent
from .thing_makers import maker_of
from .trailing_denials import trailing_denials
from .unwritten_sides import controller, relative_subject

# (OBLIGATION, WRONGDOING_VERBS, WRONGDOING_ADVERBS and NEEDING are said_about.py's, read by both)
DEMANDING_VERBS = words("statement_demanding_verbs")
INTENT_NOUNS = words("statement_intent_nouns")
PROPOSAL_NOUNS = words("statement_proposal_nouns")
REFUSED_THINGS = PROPOSAL_NOUNS | words("statement_refused_meetings")   # "would not attend the summit"
CLAIM_NOUNS = words("statement_claim_nouns")
REFUSING_ADJECTIVES = words("statement_refusing_adjectives")
REFUSING_VERBS = words("statement_refusing_verbs")
CALLING_VERBS = words("statement_calling_verbs")
REFUSING_PHRASALS = words("statement_refusing_phrasals")
DENYING_VERBS = words("denial_verbs")
DENIED_NOUNS = words("statement_denied_nouns")
STATING_HEADS = NEEDING | WRONGDOING_VERBS | words("statement_stating_heads")
ORDER_NOUNS = words("statement_order_nouns")
# what an actor's act is meant to do: "said the effect of the coalition would be to undermine the UN"
AIMS_OF = words("aim_of_nouns")
# speakers who report rather than act: a newspaper's or an anonymous source's claim is hearsay
NOT_SPEAKERS = frozenset({"MEDIA", "ANONYMOUS_SOURCE", "LOCATION", "OTHER"})
SELF_PRONOUNS = frozenset({"it", "we", "i", "they", "he", "she"})
FIRST_PERSON = frozenset({"we", "i"})
# pronouns a person may say for the body they speak for ("said it would appeal", "we will fight")
BODY_PRONOUNS = words("statements_body_pronouns")
# no body a person speaks for (speaker_bodies.NO_BODY: another person, a place), nor a news outlet or an
# untyped name
NO_BODIES = NO_BODY | frozenset({"MEDIA", "OTHER"})
OPINING = words("statements_opining")
# verbs whose reported clause about another actor is an accusation whatever it says ("protested that the
# regulator was imposing an unfair burden": a protest in words, construction_types.protest_in_words)
ALLEGING = words("statements_alleging")
# what a speaker says there is none of when refusing an allegation: "no evidence", "no basis"
GROUNDS = words("ground_nouns")
SUBJECTS = ("nsubj", "nsubjpass")


def statement_events(tokens, res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """The demands, refusals, accusations and threats stated in reported speech, and the claims
    and proposals a speaker turns down ("dismissed the claims by X as baseless")."""
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        yield from judgement_events(verb, lemma, res, lex)
        if lemma in lex.reporting or lemma in ALLEGING:
            speaker = speaker_of(verb, res, attributor) or (complainant(verb, res) if lemma in ALLEGING else None)
            riding = speaker is None and (speaker := participle_speaker(verb, res, attributor)) is not None
            if speaker is None:
                continue
            for clause in (x for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in VERBAL for x in said_clauses(c)):
                found = _content(verb, clause, speaker, res, demanding=lemma in DEMANDING_VERBS, alleging=lemma in ALLEGING)
                yield from _charges(found) if riding else found
                for reason in reasons(clause):
                    yield from _charges(_content(verb, reason, speaker, res, demanding=False))
        elif lemma in REFUSING_VERBS or _rejecting(verb, lemma, lex):
            yield from _turned_down(verb, res, attributor)
            yield from trailing_denials(verb, res, lex)
            if lemma in DENYING_VERBS:
                yield from _denied_claim(verb, res)
        if lemma == "plead" or lemma in ASSERTING:
            yield from innocence_pleaded(verb, lemma, res)
        elif lemma in RULING_VERBS:
            yield from ruled_against(verb, res)
            yield from court_findings(verb, res, lex, _content)
        if lemma == "have":
            yield from _no_intention(verb, res)
        elif lemma in CALLING_VERBS:
            yield from _called_for(verb, res)
    for sent in attributor.sents:
        yield from _quoted(sent.root, res, lex, attributor)


def _rejecting(verb, lemma: str, lex) -> bool:
    """A verb the lexicon reads as a refusal, alone ("rejected") or with its particle ("turned down"),
    or a phrasal verb that refuses a claim or proposal it governs ("threw out the claim")."""
    frame = lex.verbs.get(lemma)
    if frame is not None and frame.type == "REJECT":
        return True
    return any(c.dep_ in ("prt", "prep") and (f"{lemma} {c.lower_}" in REFUSING_PHRASALS or c.dep_ == "prt" and (
        f := lex.verbs.get(f"{lemma} {c.lower_}")) is not None and f.type == "REJECT") for c in children(verb))


def _quoted(root, res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """A sentence said by someone the attribution names outside it ("Russia must withdraw its
    troops," the minister said. / "... The Kremlin has broken every promise."): its demand,
    accusation or threat is the speaker's."""
    if root.pos_ not in VERBAL or root.lemma_.lower() in lex.reporting:
        return
    stated = _could_state(root)
    causes = [r for r in reasons(root) if _could_state(r)]
    if not (stated or causes):
        return
    source = attributor.attribute(root, root).source
    key = standing_for(source.entity, res) if source is not None and source.entity else None
    if key is None or entity_type(key, res) in NOT_SPEAKERS:
        return
    for clause in said_clauses(root) if stated else ():
        yield from _content(root, clause, (key, None), res, demanding=False, own=False)
    for reason in causes:
        yield from _charges(_content(root, reason, (key, None), res, demanding=False, own=False))


def said_clauses(clause) -> list:
    """A reported clause and the clauses joined to it with their own subject: "we have talked to
    them, but the Mayor has failed to act" states two things, each about its own subject."""
    return [clause, *(c for c in children(clause) if c.dep_ == "conj" and c.pos_ in VERBAL
                      and any(x.dep_ in SUBJECTS for x in children(c)))]


def reasons(clause) -> list:
    """The clauses a said clause gives as its cause, with their own subject ("said Greece was a special
    case because it had cheated with its statistics"): the speaker holds them as much as the clause."""
    return [c for c in children(clause) if c.dep_ == "advcl" and c.pos_ in VERBAL and any(
        m.dep_ == "mark" and m.lower_ == "because" for m in children(c)) and any(x.dep_ in SUBJECTS for x in children(c))]


def _charges(found: Iterator[Candidate]) -> Iterator[Candidate]:
    """Only the accusations of what a speaker says: a cause given or a participle riding on another act
    states a charge, but a demand or refusal in it is no act of the speaker's own."""
    return (c for c in found if c.type == "ACCUSE")


def complainant(verb, res: KnownActors) -> tuple[str, object] | None:
    """Who complains: the verb's own subject ("complain" reports no speech the attribution follows)."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    key = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    return (key, subj) if key is not None and entity_type(key, res) not in NOT_SPEAKERS else None


def speaker_of(verb, res: KnownActors, attributor) -> tuple[str, object] | None:
    """The actor who speaks through a reporting verb, with its token; None for media, anonymous
    sources and unresolved speakers."""
    layers = attributor.speech(verb)
    key = layers[-1].entity if layers else None
    # "told the BBC ... and said there was no evidence": a second verb shares the first one's subject
    subj = next((c for v in (verb, verb.head) if v is verb or verb.dep_ == "conj"
                 for c in children(v) if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if key is None or entity_type(key, res) in NOT_SPEAKERS:
        # "Howard told BBC News that ...": the one telling speaks, not the outlet told
        key = actor_of(subj, res) if subj.pos_ != "PRON" else None
    return (key, subj) if key is not None and entity_type(key, res) not in NOT_SPEAKERS else None


def participle_speaker(verb, res: KnownActors, attributor) -> tuple[str, object] | None:
    """The speaker of a participle of saying that rides on another act ("walked out of the talks, saying
    Exxon had misled the public", "expelled him after saying he had worked illegally"): the subject of
    the act it rides on, which speaker_of does not look for."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ not in ("advcl", "xcomp", "pcomp") or head is verb or head.pos_ not in VERBAL:
        return None
    return speaker_of(head, res, attributor)


def _content(verb, clause, speaker, res: KnownActors, demanding: bool, own: bool = True,
             alleging: bool = False) -> Iterator[Candidate]:
    """What a reported clause states about another actor, or about the speaker's own refusal."""
    skey, stok = speaker
    subj = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subj is None:
        yield from _there_should_be(clause, speaker, res)
        return
    negated = any(c.dep_ == "neg" for c in children(clause))
    if subj.lower_ in ("it", "onus") and (demand := time_demand(clause, speaker, res)) is not None:
        yield demand   # "said it was time for Iran to comply", "it was up to Iran to", "the onus was on Iran to"
        return
    if (told := told_one(verb, subj, skey, res)) is not None and (found := next(about_other(
            verb, clause, speaker, told, negated, demanding, res), None)) is not None and found.type != "THREATEN":
        yield found   # "told Italy it must cut its deficit": a demand on the one told
        return
    if subj.lower_ in SELF_PRONOUNS and not third_party(subj, skey, own and not quoted_apart(subj, verb), res) \
            or actor_of(subj, res) == skey:
        # the speaker's own stance: "said it would not accept Google's offer"
        side, side_tok = own_side(subj, speaker, res)
        if own and negated and clause.lemma_.lower() in YIELDING_VERBS and not recounted(clause):
            other = other_side(clause, side, res) or proposal_refused(clause)
            if other is not None:
                yield Candidate("REJECT", verb, side, other[0], side_tok, other[1], None, verb)
        elif own and not negated:
            yield from _own_refusal(verb, clause, (side, side_tok), res)
        if clause.lemma_.lower() in OPINING and subj.lower_ in FIRST_PERSON and clause.i != verb.i:
            # "we believe there should be an investigation": what the speaker believes is said
            for inner in (c for c in children(clause) if c.dep_ == "ccomp" and c.pos_ in VERBAL):
                yield from _content(verb, inner, speaker, res, demanding, own)
        return
    if own and negated and clause.lemma_.lower() in YIELDING_VERBS and not recounted(clause) \
            and (body := own_body(subj, skey, res)) is not None and (other := other_side(clause, body, res)) is not None:
        # "Turkey will not recognise Cyprus, Prime Minister Erdogan said": the body the speaker holds office in
        # refuses, as "said it would not" does
        yield Candidate("REJECT", verb, body, other[0], subj, other[1], None, verb)
        return
    if _refused_thing(clause, subj):
        owner = _owner(subj, res, skey)
        if owner is not None and not negated:
            # the word that turns it down is the trigger, as for "called the offer unacceptable"
            pred = next((c for c in children(clause) if c.dep_ in ("acomp", "attr")), clause)
            yield Candidate("REJECT", pred, skey, owner[0], stok, owner[1], None, clause)
        elif not negated and (subj.lower_ in ACCUSATIONS or subj.lemma_.lower() in CLAIM_NOUNS):   # "the charges were false"
            yield Candidate("REJECT", verb, skey, None, stok, subj, None, verb)
        return
    okey = acting(subj, res)
    agent = faulting_agent(clause, negated)
    if okey is not None and agent is not None:
        return   # "said Scrushy had been deceived by other executives": he suffered it (suffered_wrongs.py)
    if agent is not None and (akey := acting(agent, res)) not in (None, skey) and not any(
            k.startswith("OTHER:") or not held_to_account(k, res) for k in (akey, skey)):
        # "said the abuse had been covered up by the Church": the doer of the wrong is the one faulted
        yield Candidate("ACCUSE", verb, skey, akey, stok, agent, None, verb)
        return
    if okey is None and subj.lemma_.lower() in AIMS_OF:
        # "said the effect of the coalition would be to undermine the UN": the coalition or its maker
        subj = next((o for p in children(subj) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
                     if o.dep_ == "pobj"), subj)
        okey = acting(subj, res)
        if okey is None:   # "the effect of the American coalition": its maker
            okey, subj = _owner(subj, res, skey) or (None, subj)
    if okey is None and (demand := owned_demand(clause, subj, speaker, res)) is not None:
        yield demand   # "say Turkcell's stake should be cut": a demand on the owner
        return
    if okey is None and judged_act(subj):
        # "said the government's plan had undermined the UN": the plan's maker is the one faulted
        okey, subj = _owner(subj, res, skey) or (None, subj)
    if okey is None or okey == skey:
        return
    # "said Blair had forgotten the taxpayers and had broken his pledges": each verb of the subject
    for said in (clause, *(c for c in children(clause) if c.dep_ == "conj" and c.pos_ in VERBAL
                           and not any(x.dep_ in SUBJECTS for x in children(c)))):
        negated = any(c.dep_ == "neg" for c in children(said))
        found = next(about_other(verb, said, speaker, (okey, subj), negated, demanding, res, alleging), None)
        if found is not None:
            yield found
            return   # one statement of its kind per subject: "should stick to his guns and not apologise"

def _could_state(clause) -> bool:
    """Whether a clause has the shape of a demand, threat or accusation at all (checked before
    the costlier search for its speaker)."""
    return any(c.lemma_.lower() in STATING_HEADS or c.dep_ == "aux" and c.lower_ in OBLIGATION
               for c in (clause, *children(clause)) if c.dep_ in ("ROOT", "aux", "conj", "ccomp")) \
        or clause.lemma_.lower() in WRONGDOING_VERBS \
        or any(c.dep_ == "advmod" and c.lower_ in WRONGDOING_ADVERBS for c in children(clause))


def proposal_refused(act) -> tuple[None, object] | None:
    """(None, the proposal) that a refused act would take up, when no maker of it is named: "said it would
    not sign up to the deal", "said they would not support the plans" refuse a proposal, whoever made it;
    "said it would not attend the summit" a meeting."""
    things = [c for c in children(act) if c.dep_ == "dobj"] + [
        o for p in children(act) if p.dep_ in ("prep", "prt") for q in (p, *children(p)) if q.dep_ == "prep"
        for o in children(q) if o.dep_ == "pobj"]
    thing = next((t for t in things if t.lemma_.lower() in REFUSED_THINGS or t.lower_ in REFUSED_THINGS), None)
    return (None, thing) if thing is not None else None


def own_side(subj, speaker: tuple[str, object], res: KnownActors) -> tuple[str, object]:
    """Who takes the stance a person says "we", "it" or "they" take: the body the pronoun stands for
    ('"We will fight the charges," said a spokeswoman for Shell': the quote's "we" is Shell), else for
    "we" and "it" the body the speaker's own phrase says they speak for ("Mark Lewis, a lawyer for
    Arsenal, said it would appeal"), else the speaker. A body speaking of itself, and "I", "he" or
    "she", stay the speaker: "the owner said he would fight the charges"."""
    skey = speaker[0]
    low = subj.lower_
    if low not in BODY_PRONOUNS or entity_type(skey, res) != "PERSON" or skey not in res.entities:
        return speaker
    key = actor_of(subj, res)
    if key is not None:
        return (key, subj) if key != skey and entity_type(key, res) not in NO_BODIES else speaker
    body = body_of(skey, res, subj.doc) if low != "they" else skey
    return (body, subj) if body != skey and entity_type(body, res) not in NO_BODIES else speaker


def own_body(subj, skey: str, res: KnownActors) -> str | None:
    """The body a reported clause's subject names when the speaker speaks for it (speaker_bodies.body_of: a
    spokesman for it, an office in its state, its leader), else None: "the US could not support the plan,
    Treasury Under-Secretary John Taylor said" is the US's stance; an analyst's "Iran will not accept"
    a forecast."""
    key = acting(subj, res) if subj.pos_ != "PRON" else None
    if key is None or key == skey or skey not in res.entities:
        return None     # (a gazetteer speaker no mention made an entity of speaks for itself)
    return key if body_of(skey, res, subj.doc) == key else None


def judged_act(thing) -> bool:
    """An act, decision or stance an actor answers for ("the move", "the prime minister's view")."""
    acts = words("judged_acts") | words("proposition_nouns")
    return thing.lemma_.lower() in acts or thing.lower_ in acts


def recounted(clause) -> bool:
    """A past act told, not a stance taken: "said it had not negotiated with them" denies a fact;
    "said it would not negotiate", "said it did not accept the offer" refuse."""
    return any(a.dep_ == "aux" and a.lemma_ == "have" for a in children(clause))


def _refused_thing(clause, subj) -> bool:
    """"the plan was unacceptable", "the claims are baseless", "the report was biased" (a participle
    parsed as a passive): a proposal or claim turned down."""
    if subj.lemma_.lower() not in PROPOSAL_NOUNS | CLAIM_NOUNS:
        return False
    if _groundless(clause):
        return True
    if clause.lemma_.lower() != "be":
        return clause.tag_ == "VBN" and clause.lower_ in REFUSING_ADJECTIVES and any(
            c.dep_ == "auxpass" for c in children(clause))
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in REFUSING_ADJECTIVES for c in children(clause))


def _groundless(clause) -> bool:
    """"the claims had no merit", "the charges have no basis", "the allegations were without foundation"."""
    lemma = clause.lemma_.lower()
    if lemma == "have":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in GROUNDS and any(
            d.dep_ == "det" and d.lower_ == "no" for d in children(c)) for c in children(clause))
    return lemma == "be" and any(p.dep_ == "prep" and p.lower_ == "without" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in GROUNDS for o in children(p)) for p in children(clause))


def _turned_down(verb, res: KnownActors, attributor) -> Iterator[Candidate]:
    """"Apple dismissed the claims by Epic Games as baseless", "rejected the union's demands",
    "ignored the court's order", "the claim was thrown out by the court", "appealed against the
    allegations": the refusal is aimed at whoever made the claim, proposal or order. A claim or an
    accusation of wrongdoing refused with its maker unnamed is still refused ("denied wrongdoing")."""
    if any(c.dep_ == "nsubjpass" for c in children(verb)):
        subj = passive_agent(verb)
        things = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    else:
        subj = relative_subject(verb, controller(verb))
        things = [c for c in children(verb) if c.dep_ == "dobj"] + [o for p in children(verb) if p.dep_ == "prep" and (
            p.lower_ == "against" or f"{verb.lemma_.lower()} {p.lower_}" in REFUSING_PHRASALS)  # "laughed off" misparsed
            for o in children(p) if o.dep_ == "pobj"]
        if subj is None:
            return
    skey = actor_of(subj, res) if subj is not None else None
    if skey is None and subj is not None and subj.lower_ in FIRST_PERSON:
        skey = attributor.speaker_of_quote(subj)   # "we expect to resist the charges," said Vodafone
    denying = verb.lemma_.lower() in DENYING_VERBS
    for obj in things:
        lemma = obj.lemma_.lower()
        owner = _owner(obj, res, skey) if lemma in TURNED_DOWN else None
        if owner is not None:
            yield Candidate("REJECT", verb, skey, owner[0], subj, owner[1], None, verb)
        elif skey is not None and (lemma in CLAIM_NOUNS or lemma in ORDER_NOUNS or denying and lemma in DENIED_NOUNS):
            yield Candidate("REJECT", verb, skey, None, subj, obj, None, verb)


def _there_should_be(clause, speaker, res: KnownActors | None = None) -> Iterator[Candidate]:
    """"said there must be an inquiry", "there should be a ceasefire": a demand on nobody named (the
    act demanded is the noun; who should do it is left to the reader)."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in children(clause)) or any(
            c.dep_ == "neg" for c in children(clause)):
        return
    if not any(a.dep_ == "aux" for a in children(clause)) and any(
            c.dep_ == "attr" and c.lemma_.lower() in GROUNDS and any(d.dep_ == "det" and d.lower_ == "no" for d in children(c))
            for c in children(clause)):
        # "said there was no evidence that any detainee was abused": an allegation refused
        yield Candidate("REJECT", verb_of(clause), speaker[0], None, speaker[1], clause, None, clause)
        return
    modal = next((a for a in children(clause) if a.dep_ == "aux" and a.lower_ in OBLIGATION), None)
    act = next((c for c in children(clause) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if modal is not None and act is not None and not any(a.lemma_ == "have" for a in children(clause) if a.dep_ == "aux"):
        other = inquired_side(act, speaker[0], res) if res is not None else None
        yield Candidate("REQUEST", modal, speaker[0], other[0] if other else None, speaker[1],
                        other[1] if other else act, None, clause)


def verb_of(clause):
    """The reporting verb a clause is said with ("said there was no evidence" -> "said")."""
    return clause.head if clause.dep_ == "ccomp" else clause


def _own_refusal(verb, clause, speaker, res: KnownActors) -> Iterator[Candidate]:
    """"Barclays said it would fight the charges", "said it intended to appeal against the ruling":
    the speaker's refusal of a claim or order, which the refusing verb's "it" cannot name."""
    skey, stok = speaker
    for act in (clause, *(c for c in children(clause) if c.dep_ == "xcomp" and c.pos_ in VERBAL)):
        if act.lemma_.lower() not in REFUSING_VERBS or any(c.dep_ == "neg" for c in children(act)):
            continue
        for obj in [c for c in children(act) if c.dep_ == "dobj"] + [
                o for p in children(act) if p.dep_ == "prep" and p.lower_ == "against" for o in children(p) if o.dep_ == "pobj"]:
            if obj.lemma_.lower() in CLAIM_NOUNS or obj.lemma_.lower() in ORDER_NOUNS:
                owner = _owner(obj, res, skey)
                yield Candidate("REJECT", act, skey, owner[0] if owner else None, stok, owner[1] if owner else obj,
                                None, act)
                return


def _denied_claim(verb, res: KnownActors) -> Iterator[Candidate]:
    """"Mr Straw denied the decision would suggest that ...", "Moscow denied that its troops had
    crossed the border", "denied bribing officials": a claim refused, whoever made it (PLOVER REJECT,
    as "denied the claims")."""
    subj = relative_subject(verb, next((c for c in children(verb) if c.dep_ == "nsubj"), None))
    skey = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    clause = next(iter(denied_clauses(verb)), None)
    if skey is not None and clause is not None:
        yield Candidate("REJECT", verb, skey, None, subj, clause, None, verb)


def _called_for(verb, res: KnownActors) -> Iterator[Candidate]:
    """"Labour called for Johnson to resign", "pushed for Iran to be referred": a demand on the
    subject of the for-clause."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None else None
    if skey is None:
        return
    for clause in (c for c in children(verb) if c.dep_ in ("advcl", "ccomp", "xcomp") and c.pos_ in VERBAL):
        if not any(m.dep_ == "mark" and m.lower_ == "for" for m in children(clause)) \
                or any(c.dep_ == "auxpass" for c in children(clause)):
            continue   # "for Iran to be referred" asks others to act on Iran
        otok = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
        okey = acting(otok, res) if otok is not None and otok.pos_ != "PRON" else None
        if okey is not None and okey != skey and held_to_account(okey, res):   # "for the police to act", not "for residents to"
            yield Candidate("REQUEST", verb, skey, okey, subj, otok, None, verb)


def _no_intention(verb, res: KnownActors) -> Iterator[Candidate]:
    """"Kenya has no intention of paying the fine imposed by the court": a refusal of what it is asked."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None else None
    if skey is None:
        return
    for noun in (c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS):
        if not any(d.dep_ == "det" and d.lower_ == "no" for d in children(noun)):
            continue
        for act in (t for t in noun.subtree if t.pos_ in VERBAL and t.lemma_.lower() in YIELDING_VERBS):
            other = other_side(act, skey, res)
            if other is not None:
                yield Candidate("REJECT", verb, skey, other[0], subj, other[1], None, verb)
                return


def other_side(act, skey: str, res: KnownActors) -> tuple[str, object] | None:
    """Whom a refused act concerns: its object ("accept Google's offer" -> Google), an actor after
    a preposition ("comply with the court"), or whoever made the thing refused ("the fine imposed
    by the EU")."""
    for c in children(act):
        targets = [c] if c.dep_ in ("dobj", "dative") else \
            [p for p in children(c) if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        for t in targets:
            key = actor_of(t, res)
            if key is not None and key != skey:
                return key, t
            owner = _owner(t, res, skey)
            if owner is not None:
                return owner
    return None


def _owner(noun, res: KnownActors, exclude: str) -> tuple[str, object] | None:
    key, tok = maker_of(noun, res, exclude)
    return (key, tok) if key is not None else None
