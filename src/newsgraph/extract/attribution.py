"""Who the article says makes a claim, how surely, and whether it is denied.

A claim's layers are collected from the event outwards: the speaker of each reporting verb that
governs it ("Egyptian sources claim that ..."), the speaker of the quotation it sits in, the
source it is cited through ("citing Arab sources", "a report that quoted an official"), and
"according to X". The innermost layer is the claimant (`source`); `chain` lists every layer from
the claimant outwards, so "an unnamed official, then Bloomberg" is kept. Unattributed
statements are the article's own (`asserted`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doctext import span_text
from ..model import Source, SourceRef
from ..wordlists import words
from .accused_acts import held_to
from .arguments import ACCUSING, VERBAL, has_passive_marking
from .charges import CLEARING, FINDING, SUMMONING, pleaded_innocent
from .clause_links import WH_ADVERBS
from .clause_walk import (
    INTENT_NOUNS,
    acts_as_verb,
    alleged_content,
    beside_denial,
    clause_predicate,
    content_clause_of,
    crosses_into_clause,
    form_of_sum,
    guessed_cause,
    guessed_effect,
    hearsay_of,
    presupposed_modifier,
    stronger,
    unfounded,
)
from .control import headline_infinitive
from .frames import governing_frame
from .misjoined import charge_step
from .mood import (
    achieved,
    agreed_settlement,
    conditional_frame,
    denied_ability,
    expected_act,
    modal_state,
    performed_wish,
    told_before,
)
from .negation_scope import (
    avoided,
    denied_adjective,
    denied_outright,
    done_without,
    judged_conduct,
    negates,
    no_longer,
    said_instead,
    supposed,
    too_much,
)
from .noun_phrases import passive_agent
from .quote_runs import RunSpeakers
from .rulings import court_verdict
from .speakers import Speakers
from .stated_apart import custody_ordered, writers_contrast
from .stopped_acts import stopped_act
from .trials_ahead import SCHEDULING_AUX, scheduled_trial
from .tried_force import force_tried
from .wh_clauses import wh_question

UNREALISED = frozenset({"REQUEST", "AGREE", "THREATEN"})
# statements: who makes one is its claimant ("condemned"); a threat or demand is the act itself
SPEECH_ACTS = frozenset({"ACCUSE"})
MEDIA_VERBS = words("media_verbs")
REFUSAL_HEADS = words("refusal_heads")
RAISING_HEDGES = words("raising_hedges")
ONGOING_HEADS = words("ongoing_heads")
HEARING_BODIES = words("hearing_bodies")
# accusations made by a deed of law or inquiry, not by words: "police are investigating the fire",
# "Spears is suing the insurers", "prosecutors charged him with murder" are the article's own facts
LEGAL_DEEDS = words("legal_act_words") | words("investigating_verbs") | SUMMONING


@dataclass(frozen=True, slots=True)
class Claim:
    source: Source | None
    certainty: str
    negated: bool


class Attributor(Speakers):
    """The claim of each event of one document; who speaks is found by `Speakers`, and the speaker
    of a quotation of several sentences by `RunSpeakers`."""

    def __init__(self, doc, res, lex):
        super().__init__(doc, res, lex)
        self.runs = RunSpeakers(self)

    def own_statement(self, claim: Claim, event_type: str, trigger, subject: str | None, subject_tok) -> Claim:
        """A statement its actor makes with the verb itself ("the president condemned the violence", "Iran
        said it would not accept the offer") is that actor's claim, as reported, when nobody relays it."""
        said = trigger.lemma_.lower() in self.lex.reporting   # "said it would not accept": the refusal is the saying
        if claim.source is not None or event_type not in SPEECH_ACTS and not said or subject is None \
                or subject_tok is None or trigger.pos_ not in VERBAL or legal_deed(trigger) \
                or court_verdict(trigger, subject_tok):   # "the jury found him guilty": the court's act
            return claim
        ref = self.ref_for(subject_tok)
        if ref is None or ref.entity != subject:
            ref = SourceRef(subject, self._name(subject, subject_tok))
        return Claim(Source(ref.entity, ref.text, (ref,)), stronger(claim.certainty, "reported"), claim.negated)

    # --- the claim of one event ------------------------------------------------------------------

    def attribute(self, trigger, anchor=None) -> Claim:
        """Who claims the event and how surely: walk from the event up to the root of its
        sentence (reporting verbs, hedges, modals, negation), then look around the clause
        (trailing "X said", quotes, "according to", a report named next)."""
        walk = _Walk()
        t = anchor if anchor is not None else trigger
        path = [trigger] if trigger.i != t.i else []
        while True:
            path.append(t)
            if t.head.i == t.i:
                break
            t = t.head
        nominal = anchor is not None and anchor.pos_ not in VERBAL and anchor.i == trigger.i and not form_of_sum(trigger)
        embedded = presupposed = guessed = False
        asked = None   # the claim of an act an indirect question takes as done ("asked why X attacked Y")
        for i, _tok in enumerate(path):
            if writers_contrast(path, i, self.lex.reporting):
                break   # "X said ..., while Labour criticised Y": the writer's statement of Labour's act
            if asked is None and wh_question(path, i):
                asked = (walk.certainty, walk.hedged, walk.negated)
            # "tried to break up the attack": the act a verb of stopping acts on is under way, known to the speaker
            stopped = stopped_act(path, i, trigger)
            # "UKIP argues he has not been straightforward in attacking the party": the attack is known, its manner argued
            presupposed |= presupposed_modifier(path, i) or stopped or judged_conduct(path, i)
            told = (walk.certainty, walk.negated)
            if conditional_frame(path, i):   # "benefits paid in the event of a strike": a condition
                walk.hedged = stronger(walk.hedged, "possible")
            if pleaded_innocent(path, i):   # the charge the plea answers: the plea's "not" and mood are its own
                walk.certainty = stronger(walk.certainty, "alleged")
                nominal = True
                continue
            guessed |= guessed_cause(path, i)   # "is thought to have led to his murder": the murder happened
            if i > 0 and not embedded and (crosses_into_clause(path, i, trigger) or stopped or guessed):
                # above a relative clause or a noun phrase, negation and modality belong to another
                # clause ("did not rule out sanctions on settlers who attacked villages"); hearsay
                # still covers it ("are said to visit Gaza, where they are hosted by ...")
                embedded = True
            if trigger.pos_ in VERBAL:   # an act the clause tells, not a fact a noun in it names
                # "no evidence that X was tortured", "adjourned without agreeing"
                walk.negated |= unfounded(path, i) or too_much(path, i) or done_without(path, i)
            if trigger.pos_ in VERBAL or clause_predicate(trigger):   # "reports that it had held talks with"
                if alleged_content(path, i):   # "the charges that he beat a guard"
                    walk.certainty = stronger(walk.certainty, "alleged")
                if content_clause_of(path, i, self.lex.report_nouns):   # "reports that its drone killed him"
                    walk.certainty = stronger(walk.certainty, "alleged" if self.unconfirmed(path[i]) else "reported")
            walk.negated |= avoided(path, i)   # "refrained from attacking", "avoided arrest": not done
            if (heard := hearsay_of(path, i)) is not None:   # "allegations of torture", "reports of a feud"
                walk.certainty = stronger(walk.certainty, heard)
            done = self._reporting_layer(walk, path, i)
            if presupposed:
                known_to_speaker(walk, *told)
            if done:
                continue
            if walk.reporting_found or nominal:
                # modality of the reporting clause does not change the claim, nor does the
                # modality of a clause change a relation stated by one of its noun phrases;
                # hearsay does ("is said to be in talks with", "is reportedly considering an offer")
                if nominal and not walk.reporting_found and not guessed:
                    self._noun_hearsay(walk, path, i)
                    walk.negated |= denied_adjective(path, i)   # "was not willing to fund it"
                continue
            if embedded:
                if not guessed:   # a guess at the cause of an act says nothing of the act
                    self._embedded_hedges(walk, path, i)
                continue
            if self._modality_layer(walk, path, i):
                break
        if asked is not None:   # at most reported: what is asked above it does not reach it (wh_clauses.py)
            walk.certainty = stronger(asked[0], "reported") if walk.layers else asked[0]
            walk.hedged, walk.negated = asked[1], asked[2]
        self._surrounding_layers(walk, trigger)
        return walk.claim()

    def unconfirmed(self, noun) -> bool:
        """A report its teller does not vouch for: "has not confirmed reports that ..."."""
        head = noun.head
        return noun.dep_ == "dobj" and head.lemma_.lower() in self.lex.reporting and any(
            c.dep_ == "neg" for c in head.children)

    def _reporting_layer(self, walk: _Walk, path, i: int) -> bool:
        """Someone reports, accuses or denies the event at path[i]; True when this step is done."""
        lex = self.lex
        tok = path[i]
        lemma = tok.lemma_.lower()
        # "the New York Times published a story on the alliance", "a report on the strikes by X"
        if i > 1 and lemma in lex.report_nouns and path[i - 1].dep_ == "prep" \
                and path[i - 1].lower_ in ("on", "about", "into") and not walk.reporting_found:
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MEDIA_VERBS:
                speech = self.speech(tok.head)
            else:
                ref = self.ref_for(tok)
                speech = [ref] if ref and ref.entity else []
            if speech:
                walk.reported_by(speech, "reported")
                return True
        if tok.pos_ in VERBAL and i > 0 and lemma in MEDIA_VERBS and (
                path[i - 1].dep_ == "dobj" or path[i - 1].dep_ == "prep" and path[i - 1].lower_ in ("on", "about")):
            speech = self.speech(tok)
            if speech and (speech[-1].entity and self.res.entities.get(speech[-1].entity) is not None
                           and self.res.entities[speech[-1].entity].type == "MEDIA"):
                walk.reported_by(speech, "reported")
                return True
        # "X accused Y of bombing Z": X alleges it
        if tok.pos_ in VERBAL and i > 1 and lemma in ACCUSING and lemma not in FINDING and charge_step(path, i, lemma) \
                and not walk.reporting_found:   # (the "of" may hang on the accused: misjoined.py)
            walk.reported_by(self.speech(tok), "alleged")
            return True
        if tok.pos_ in VERBAL and i > 1 and lemma in CLEARING and charge_step(path, i, lemma) and not walk.reporting_found:
            # "acquitted X of shooting a guard": the act stays alleged, by no one the court names
            walk.certainty = stronger(walk.certainty, "alleged")
            return False
        if i > 1 and path[i - 1].dep_ == "prep" and not walk.reporting_found and held_to(tok, path[i - 1], path[0]):
            # "arrested on suspicion of killing X", "arrested over the stabbing", "the suspect in the shooting"
            walk.certainty = stronger(walk.certainty, "alleged")
            return False
        if heard_case(tok, path[i - 1] if i > 0 else None):
            # "the court heard that X stabbed Y": evidence before it, the witness's where named, else the hearing's
            witness = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                            for p in c.children if p.dep_ == "pobj"), None)
            heard = self.ref_for(witness) if witness is not None else None
            walk.reported_by([heard] if heard is not None else self.speech(tok), "reported")
            return True
        is_report = acts_as_verb(tok) and i > 0 and (lemma in lex.reporting or lemma in lex.denial) and \
            path[i - 1].dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "conj", "dobj") and \
            (path[i - 1].dep_ != "xcomp" or not has_passive_marking(tok))
        if not is_report or path[i - 1].dep_ not in ("ccomp", "parataxis") and (
                lemma not in lex.denial or beside_denial(path[i - 1]) or said_instead(path[i - 1])):
            return False
        if lemma in lex.denial and supposed(tok):
            return False    # "it would have been longer had he denied the charge"
        if lemma in lex.denial and withheld(tok):
            # "did not deny his client fired the weapon", "refused to deny claims that ...": neither denied nor vouched for
            walk.certainty = stronger(walk.certainty, "alleged")
            walk.reporting_found = True
            return True
        speech = self.speech(tok)
        if any(c.dep_ == "neg" for c in tok.children) and lemma not in lex.denial:
            # "Egypt has not confirmed that ...": an unconfirmed claim, not Egypt's
            walk.certainty = stronger(walk.certainty, "alleged")
            walk.reporting_found = True
            return True
        if lemma in lex.denial:
            walk.negated = not walk.negated
            walk.reported_by(speech, "reported")
        else:
            walk.reported_by(speech, lex.reporting[lemma])
        return True

    def _hearsay(self, path, i: int) -> str:
        """How surely a passive hedge verb governing the event's clause tells it: "is said to", "is believed to"."""
        tok, lex = path[i], self.lex
        lemma = tok.lemma_.lower()
        return lex.hedge_verbs[lemma] if tok.pos_ in VERBAL and lemma in lex.hedge_verbs and has_passive_marking(
            tok) and i > 0 and (path[i - 1].dep_ in ("xcomp", "ccomp") or inside_complement(tok, path[0])) else "asserted"

    def hearsay_agent(self, verb) -> SourceRef | None:
        """Who a passive hedge verb says holds the belief: "is believed by police to", "alleged by prosecutors"."""
        agent = passive_agent(verb)
        return self.ref_for(agent) if agent is not None else None

    def _embedded_hedges(self, walk: _Walk, path, i: int) -> None:
        """Above a relative clause or noun phrase only hearsay counts ("are said to", "reportedly")."""
        tok = path[i]
        if (heard := self._hearsay(path, i)) != "possible":   # a forecast ("is expected to") stops at the clause
            walk.hedged = stronger(walk.hedged, heard)
        self._hearsay_adverbs(walk, tok)

    def _hearsay_adverbs(self, walk: _Walk, tok) -> None:
        """A hedge adverb of hearsay on the clause ("reportedly", "allegedly")."""
        lex = self.lex
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in lex.hedge_adverbs \
                    and lex.hedge_adverbs[c.lower_] in ("reported", "alleged"):
                walk.hedged = stronger(walk.hedged, lex.hedge_adverbs[c.lower_])

    def _noun_hearsay(self, walk: _Walk, path, i: int) -> None:
        """A passive hedge frame or a hedge adverb of hearsay over an event noun's clause: "is understood to be in
        talks with", "is said to be considering an offer", "is reportedly in talks"."""
        tok = path[i]
        heard = self._hearsay(path, i)
        walk.hedged = stronger(walk.hedged, heard)
        if heard != "asserted" and (by := self.hearsay_agent(tok)) is not None:
            walk.reported_by([by], heard)   # "is believed by police to be in talks"
        if modal_state(path, i, self.lex.modals):
            walk.hedged = stronger(walk.hedged, "possible")   # "may be in talks with"
        self._hearsay_adverbs(walk, tok)

    def _modality_layer(self, walk: _Walk, path, i: int) -> bool:
        """Hedges, modals, unrealised acts and negation of the event's own clause at path[i];
        True when the walk stops (the clause the event modifies is reached)."""
        lex = self.lex
        tok = path[i]
        lemma = tok.lemma_.lower()
        # hedges: "is said to be aiding", "is believed to have", "reportedly"
        heard = self._hearsay(path, i)
        walk.hedged = stronger(walk.hedged, heard)
        if heard != "asserted" and (by := self.hearsay_agent(tok)) is not None:
            walk.reported_by([by], heard)   # "is believed by police to have ...": the police's belief
        complement = tok.pos_ in VERBAL and i > 0 and path[i - 1].dep_ == "xcomp"
        if complement and lemma in RAISING_HEDGES or tok.pos_ in VERBAL and headline_infinitive(tok):
            walk.hedged = stronger(walk.hedged, "possible")   # "the militia appears to", "Vodrex to buy Talmor"
        ongoing = complement and lemma in ONGOING_HEADS   # "will continue to co-operate": already under way
        performed = performed_wish(path, i)   # "wanted to thank residents": the thanks is given
        if (tok.lower_ in lex.possible_heads or lemma in lex.possible_heads) and i > 0 \
                and path[i - 1].dep_ in ("xcomp", "ccomp", "acomp") and not performed and not told_before(path, i) \
                and not scheduled_trial(path, i) and not achieved(tok) and not force_tried(path, i, lex):
            walk.hedged = stronger(walk.hedged, "possible")
        if expected_act(path, i):   # "talks are expected to resume", "the visit is planned for June"
            walk.hedged = stronger(walk.hedged, "possible")
        if tok.pos_ == "NOUN" and lemma in INTENT_NOUNS and i > 0 and path[i - 1].dep_ in ("acl", "prep"):
            # "plans to attack", "the intention of attacking": intended, not done; "no intention of" disowns it
            walk.hedged = stronger(walk.hedged, "possible")
            walk.negated = walk.negated or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children)
        if lemma in REFUSAL_HEADS and tok.pos_ in VERBAL and i > 0 and path[i - 1].dep_ == "xcomp":
            walk.negated = True   # "refused to approve the package": the approval did not happen
        # what is demanded, agreed or threatened has not happened: "demanded that Ankara withdraw"
        frame = governing_frame(tok, path[i - 1], lex) if tok.pos_ in VERBAL and i > 0 else None
        if frame is not None and frame.type in UNREALISED and not agreed_settlement(path, i) \
                and not custody_ordered(path, i):   # "was ordered held without bail": held
            walk.hedged = stronger(walk.hedged, "possible")
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "advmod" and low in lex.hedge_adverbs:
                walk.hedged = stronger(walk.hedged, lex.hedge_adverbs[low])
            if c.dep_ == "aux" and low in lex.modals and tok.pos_ in VERBAL and not ongoing and not performed \
                    and not (low in SCHEDULING_AUX and scheduled_trial(path, i)) and not denied_ability(tok, c) \
                    and not guessed_effect(path, i):   # "the shooting may have been caused by a ricochet"
                walk.hedged = stronger(walk.hedged, "possible")
            if c.dep_ == "acomp" and low in lex.possible_heads and not achieved(c):   # "was able to free them"
                walk.hedged = stronger(walk.hedged, "possible")
            if (c.dep_ == "neg" or no_longer(c)) and tok.pos_ in VERBAL | {"NOUN", "ADJ"} and negates(tok, path, i):
                walk.negated = True
        walk.negated |= denied_outright(path, i)   # "reached no agreement", "neither X nor Y"
        # stop at the clause that the event is a modifier of
        return i > 0 and tok.pos_ in VERBAL and path[i - 1].dep_ in ("relcl", "acl")

    def _surrounding_layers(self, walk: _Walk, trigger) -> None:
        """Sources outside the event's path: a trailing "X said", the speaker of a quote,
        "according to X", a report named in the next sentence; a question asserts nothing."""
        layers = walk.layers
        sent = trigger.sent   # (spaCy finds a token's sentence anew at each call)
        if not layers:
            # "Russian jets pounded Idlib, killing 12, the Observatory said": the reporting verb
            # hangs below the root of the sentence, after the claim
            layers.extend(self.trailing_speech(trigger))
            if layers:
                walk.certainty = stronger(walk.certainty, "reported")
        if not layers and (misread := self.misread_speech(sent.root) or self.misread_tail(sent)):
            layers.extend(misread[0])   # "Prosecutors allege Simpson shot Flynn" read as a noun phrase
            walk.certainty = stronger(walk.certainty, misread[1])
        if not layers:
            layers.extend(self.speaker_after(sent))   # '... "Hide!" Vanore said.'
            if layers:
                walk.certainty = stronger(walk.certainty, "reported")
        quote = self.quote_of(trigger)
        if not layers:
            spoken = self.quote_speaker(quote) if quote is not None else None
            if not spoken and (run := self.runs.run_of(trigger.idx)) is not None:
                spoken = self.runs.speaker(run)   # a quotation of several sentences or paragraphs
                quote = quote or self.runs.runs[run].pieces[0]
            if spoken:
                layers.extend(spoken[0])
                walk.certainty = stronger(walk.certainty, spoken[1] if spoken[1] != "alleged" else "reported")
        outer = self.according_to(sent)
        if outer and not any(o.text == layer.text for o in outer for layer in layers):
            layers.extend(outer)
            walk.certainty = stronger(walk.certainty, "reported")
        if not layers and walk.hedged in ("reported", "alleged"):
            # "X reportedly did Y. According to the report by Z, ...": the definite report is Z's
            layers.extend(self.neighbour_report(sent))
        if layers:
            walk.certainty = stronger(walk.certainty, "reported")
        walk.certainty = stronger(walk.certainty, walk.hedged)
        if quote is None and span_text(self.doc, sent.start, sent.end).rstrip().endswith("?") \
                and not asked_about_deed(trigger):
            walk.certainty = stronger(walk.certainty, "possible")   # a question asserts nothing


def known_to_speaker(walk: _Walk, certainty: str, negated: bool) -> None:
    """Undo what a claim or denial did to an act that a relative clause tells of a named or definite
    thing under it: the act is the speaker's knowledge, so it is reported, never alleged nor denied
    ("claimed that Baikal, which bought the unit, has links to ...": the purchase is reported)."""
    walk.negated = negated
    if walk.certainty == "alleged" and certainty in ("asserted", "reported"):
        walk.certainty = "reported"


def inside_complement(verb, trigger) -> bool:
    """The trigger lies in the verb's clausal complement, though its claim is read through the verb's subject
    ("Glazer is said to be considering an offer": the offer answered by Glazer)."""
    complements = {c.i for c in verb.children if c.dep_ in ("xcomp", "ccomp")}
    return any(t.i in complements for t in (trigger, *trigger.ancestors))


def heard_case(tok, below) -> bool:
    """A court, trial or inquest hearing the clause below: "the court heard that X stabbed Y", "an inquest
    heard how soldiers shot him", "the jury heard evidence that X shot Y": a party's claim before it, not its
    finding."""
    return below is not None and (below.dep_ in ("ccomp", "parataxis") or below.dep_ == "dobj" and any(
        c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in below.children)) \
        and tok.lemma_.lower() == "hear" and tok.pos_ in VERBAL \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in HEARING_BODIES for c in tok.children)


def asked_about_deed(trigger) -> bool:
    """A question of why, how, when or where an act was done takes the act as done ("But why did AMD buy
    SeaMicro?"); a modal on it ("how could X buy Y?") still leaves it possible (the walk's hedges)."""
    return trigger.pos_ in VERBAL and any(c.dep_ == "advmod" and c.lower_ in WH_ADVERBS for c in trigger.children) \
        and any(c.dep_ == "aux" and c.lemma_.lower() in ("do", "have") for c in trigger.children)


def withheld(denial) -> bool:
    """A denial not made: negated ("did not deny") or refused ("refused to deny", "declined to deny")."""
    return any(c.dep_ == "neg" for c in denial.children) or (
        denial.dep_ == "xcomp" and denial.head.lemma_.lower() in REFUSAL_HEADS)


def legal_deed(trigger) -> bool:
    """An accusation made by suing, charging or investigating; not "charged that the vote was rigged"."""
    return trigger.lemma_.lower() in LEGAL_DEEDS and not any(c.dep_ == "ccomp" for c in trigger.children)


@dataclass(slots=True)
class _Walk:
    """What the walk from an event to the root of its sentence has found so far."""
    layers: list[SourceRef] = field(default_factory=list)
    certainty: str = "asserted"
    hedged: str = "asserted"
    negated: bool = False
    reporting_found: bool = False

    def reported_by(self, speech: list[SourceRef], certainty: str) -> None:
        """A reporting layer: the claim is at most as sure as `certainty`, and the speakers (if
        any) become sources."""
        self.certainty = stronger(self.certainty, certainty)
        if speech:
            self.layers.extend(speech)
            self.reporting_found = True

    def claim(self) -> Claim:
        source = None
        if self.layers:
            first = self.layers[0]
            source = Source(first.entity, first.text, tuple(self.layers))
        return Claim(source, self.certainty, self.negated)
