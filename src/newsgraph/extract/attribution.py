"""Who the article says makes a claim, how surely, and whether it is denied.

A claim's layers are collected from the event outwards: the speaker of each reporting verb that
governs it ("Egyptian sources claim that ..."), the speaker of the quotation it sits in, the
source it is cited through ("citing Arab sources", "a report that quoted an official"), and
"according to X". The innermost layer is the claimant (`source`); `chain` lists every layer from
the claimant outwards, so "an unnamed official, then Bloomberg" is kept. Unattributed
statements are the article's own (`asserted`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..doctext import doc_text
from ..model import Source, SourceRef
from ..quotes import quotations
from ..wordlists import words
from .accused_acts import held_to
from .actors import KnownActors
from .arguments import ACCUSING, VERBAL, entity_of_token, has_passive_marking, subject_token
from .clause_walk import acts_as_verb, alleged_content, beside_denial, crosses_into_clause, stronger, unfounded
from .frames import governing_frame
from .misjoined import charge_step
from .negation_scope import denied_outright, negates, supposed, too_much

UNREALISED = frozenset({"REQUEST", "AGREE", "THREATEN"})
# statements: who makes one is its claimant ("condemned"); a threat or demand is the act itself
SPEECH_ACTS = frozenset({"ACCUSE"})
MEDIA_VERBS = words("media_verbs")
REFUSAL_HEADS = words("refusal_heads")
INTENT_NOUNS = words("statement_intent_nouns")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


@dataclass(frozen=True, slots=True)
class Claim:
    source: Source | None
    certainty: str
    negated: bool


class Attributor:
    def __init__(self, doc, res: KnownActors, lex):
        self.doc, self.res, self.lex = doc, res, lex
        self.quotes = quotations(doc_text(doc))
        self._quote_speaker: dict[tuple[int, int], tuple | None] = {}
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.mention_starts = [m.start for m in res.mentions]   # mentions are in text order

    # --- speakers ------------------------------------------------------------------------------

    def own_statement(self, claim: Claim, event_type: str, trigger, subject: str | None, subject_tok) -> Claim:
        """A statement its actor makes with the verb itself ("the president condemned the violence", "Iran
        said it would not accept the offer") is that actor's claim, as reported, when nobody relays it."""
        said = trigger.lemma_.lower() in self.lex.reporting   # "said it would not accept": the refusal is the saying
        if claim.source is not None or event_type not in SPEECH_ACTS and not said or subject is None \
                or subject_tok is None or trigger.pos_ not in VERBAL:
            return claim
        ref = self.ref_for(subject_tok)
        if ref is None or ref.entity != subject:
            ref = SourceRef(subject, self._name(subject, subject_tok))
        return Claim(Source(ref.entity, ref.text, (ref,)), stronger(claim.certainty, "reported"), claim.negated)


    def ref_for(self, tok) -> SourceRef | None:
        """A source reference for the noun phrase headed by `tok`."""
        if tok is None:
            return None
        res = self.res
        key = res.mention_head.get(tok.i) or res.entity_at(tok.i)
        lemma = tok.lemma_.lower()
        # "a Bloomberg news report", "a report in the Haaretz daily", "the report by Channel 2"
        if lemma in self.lex.report_nouns:
            # "the report by Israel's Channel 2", "a report in the Haaretz daily"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "on") and c.lower_ != "on":
                    for pobj in c.children:
                        if pobj.dep_ != "pobj":
                            continue
                        k = res.entity_at(pobj.i)
                        ent = res.entities.get(k) if k else None
                        if ent is not None and ent.type not in ("LOCATION", "COUNTRY"):
                            return SourceRef(k, self._name(k, pobj))
                        if pobj.pos_ == "PROPN" or ent is not None:
                            return SourceRef(None, self.np_text(pobj))
            # "a Bloomberg news report", "Israel's Channel 2 report"
            for c in tok.lefts:
                for t in c.subtree:
                    k = res.entity_at(t.i)
                    ent = res.entities.get(k) if k else None
                    if ent is not None and ent.type in ("MEDIA", "ORGANIZATION", "GOVERNMENT", "ANONYMOUS_SOURCE"):
                        return SourceRef(k, self._name(k, t))
            for t in tok.subtree:
                k = res.entity_at(t.i)
                ent = res.entities.get(k) if k else None
                if ent is not None and ent.type in ("MEDIA", "ORGANIZATION", "PERSON", "GOVERNMENT", "ANONYMOUS_SOURCE") \
                        and t.i != tok.i and not self._in_relative(t, tok):
                    return SourceRef(k, self._name(k, t))
            # "the article", "the report": the outlet named last before it
            outlet = self.last_outlet_before(tok.idx)
            if outlet is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                return SourceRef(outlet[0], outlet[1])
            return SourceRef(None, self.np_text(tok))
        if key is None:
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod", "poss"):
                    key = key or entity_of_token(c, res)
        if tok.lower_ in PRONOUNS:
            if key is None:
                return None
            return SourceRef(key, self._name(key, tok))
        return SourceRef(key, self._name(key, tok) if key and res.entity_at(tok.i) == key else self.np_text(tok))

    def last_outlet_before(self, offset: int) -> tuple[str, str] | None:
        best = None
        for m in self.res.mentions[:bisect_right(self.mention_starts, offset - 1)]:
            ent = self.res.entities.get(m.entity)
            if ent is not None and ent.type == "MEDIA":
                best = (m.entity, m.text)
        return best

    def _in_relative(self, t, head) -> bool:
        """True when t sits in a relative clause of head ("a report that quoted an official")."""
        while t is not None and t.i != head.i:
            if t.dep_ in ("relcl", "acl") and t.head.i == head.i:
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _name(self, key: str, tok) -> str:
        ent = self.res.entities.get(key)
        # the text of the mention the token is in, else the entity's name
        i = bisect_right(self.mention_starts, tok.idx)
        for m in self.res.mentions[max(0, i - 8):i]:
            if m.start <= tok.idx < m.end and m.entity == key:
                return m.text if m.reason != "coreference" else (ent.name if ent else m.text)
        return ent.name if ent else tok.text

    def np_text(self, tok) -> str:
        """The noun phrase without relative clauses or trailing modifiers."""
        start = tok.left_edge.i
        end = tok.i + 1
        for c in tok.rights:
            if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ == "of"):
                end = max(end, c.right_edge.i + 1)
            else:
                break
        span = self.doc[start:end]
        words = [t for t in span if not (t.i == start and t.dep_ == "det" and t.lower_ in ("the", "a", "an"))]
        return " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s") or tok.text

    def relays(self, verb, speaker_tok) -> list[SourceRef]:
        """Sources a speaker cites or an outlet quotes: "reported, citing Arab sources",
        "a report that quoted an official", "told Elaph"."""
        inner: list[SourceRef] = []
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("cite", "quote"):
                for o in c.children:
                    if o.dep_ == "dobj":
                        ref = self.ref_for(o)
                        if ref:
                            inner.append(ref)
        if speaker_tok is not None and speaker_tok.lemma_.lower() in self.lex.report_nouns:
            for t in speaker_tok.subtree:
                if t.lemma_.lower() in ("quote", "cite") and t.pos_ in VERBAL:
                    for o in t.children:
                        if o.dep_ == "dobj":
                            ref = self.ref_for(o)
                            if ref:
                                inner.append(ref)
        return inner

    def outlets_told(self, verb) -> list[SourceRef]:
        if verb.lemma_.lower() != "tell":
            return []
        out = []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative"):
                ref = self.ref_for(c)
                ent = self.res.entities.get(ref.entity) if ref and ref.entity else None
                if ent is not None and ent.type == "MEDIA":
                    out.append(ref)
        return out

    def speech(self, verb) -> list[SourceRef]:
        """Layers stated by one reporting verb, claimant first."""
        speaker_tok = subject_token(verb)
        # a participle misattached to an event noun ("responded to the attacks saying ..."):
        # the speaker is the subject of the verb above
        hops = 0
        while speaker_tok is not None and hops < 3 and (
                self.lex.nouns.get(speaker_tok.lemma_.lower()) and speaker_tok.lemma_.lower() not in self.lex.report_nouns):
            up = speaker_tok.head
            while up.pos_ not in VERBAL and up.head.i != up.i:
                up = up.head
            speaker_tok = subject_token(up) if up.pos_ in VERBAL else None
            hops += 1
        speaker = self.ref_for(speaker_tok) if speaker_tok is not None else None
        if speaker is None:
            return []
        return [*self.relays(verb, speaker_tok), speaker, *self.outlets_told(verb)]

    def according_to(self, sent) -> list[SourceRef]:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
                for pobj in to.children:
                    if pobj.dep_ == "pobj":
                        ref = self.ref_for(pobj)
                        if ref:
                            return [*self.relays(pobj, pobj), ref]
        return []

    def speaker_of_quote(self, tok) -> str | None:
        """The entity speaking the quotation a first-person pronoun sits in ("We will not ...")."""
        quote = self.quote_of(tok)
        spoken = self.quote_speaker(quote) if quote else None
        if not spoken:
            return None
        for ref in spoken[0]:
            ent = self.res.entities.get(ref.entity) if ref.entity else None
            if ent is not None and ent.type != "MEDIA":
                return ref.entity
        return None

    def trailing_speech(self, trigger) -> list[SourceRef]:
        root = trigger.sent.root
        for c in root.children:
            if c.dep_ in ("parataxis", "ccomp", "conj") and c.i > trigger.i and c.pos_ in VERBAL \
                    and c.lemma_.lower() in self.lex.reporting \
                    and not any(x.dep_ in ("ccomp", "dobj") for x in c.children) \
                    and self.quote_of(c) is None:
                return self.speech(c)
        return []

    def following_report(self, sent) -> list[SourceRef]:
        nxt = self.doc[sent.end].sent if sent.end < len(self.doc) else None
        if nxt is None:
            return []
        first = next((t for t in nxt if not t.is_space), None)
        if first is None or first.lower_ != "according":
            return []
        refs = self.according_to(nxt)
        if refs and (refs[-1].entity or refs[-1].text.split()[-1].lower() not in self.lex.report_nouns):
            return refs
        return []

    def quote_of(self, tok) -> tuple[int, int] | None:
        for qs, qe in self.quotes:
            if qs <= tok.idx < qe:
                return qs, qe
        return None

    def quote_speaker(self, span: tuple[int, int]) -> tuple[list[SourceRef], str] | None:
        """Who speaks a quotation: a reporting verb outside it in the sentences it touches, else
        the speaker of another quotation in the same paragraph."""
        if span in self._quote_speaker:
            return self._quote_speaker[span]
        self._quote_speaker[span] = None
        doc = self.doc
        qs, qe = span
        first = max(0, bisect_right(self.sent_starts, qs - 2) - 1)
        last = bisect_right(self.sent_starts, qe + 2)
        sents = [s for s in self.sents[first:last] if s.start_char < qe + 2 and s.end_char > qs - 2]
        nxt = [s for s in self.sents[first:last + 1] if qe <= s.start_char < qe + 3]
        found = None
        for sent in sents + nxt:
            best = None
            for t in sent:
                if t.pos_ in VERBAL and t.lemma_.lower() in self.lex.reporting and not (qs <= t.idx < qe):
                    layers = self.speech(t)
                    if layers:
                        dist = min(abs(t.idx - qs), abs(t.idx - qe))
                        if best is None or dist < best[0]:
                            best = (dist, layers, self.lex.reporting[t.lemma_.lower()])
            if best:
                found = (best[1], best[2])
                break
        if found is None:
            para_start = doc_text(doc).rfind("\n", 0, qs) + 1
            para_end = doc_text(doc).find("\n", qe)
            para_end = len(doc_text(doc)) if para_end < 0 else para_end
            for other in self.quotes:
                if other != span and para_start <= other[0] < para_end:
                    r = self._quote_speaker.get(other)
                    if r is None and other not in self._quote_speaker:
                        r = self.quote_speaker(other)
                    if r:
                        found = r
                        break
        self._quote_speaker[span] = found
        return found

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
        nominal = anchor is not None and anchor.pos_ not in VERBAL and anchor.i == trigger.i
        embedded = False
        for i, _tok in enumerate(path):
            if i > 0 and not embedded and crosses_into_clause(path, i, trigger):
                # above a relative clause or a noun phrase, negation and modality belong to another
                # clause ("did not rule out sanctions on settlers who attacked villages"); hearsay
                # still covers it ("are said to visit Gaza, where they are hosted by ...")
                embedded = True
            if trigger.pos_ in VERBAL:   # an act the clause tells, not a fact a noun in it names
                walk.negated |= unfounded(path, i) or too_much(path, i)   # "no evidence that X was tortured"
                if alleged_content(path, i):   # "the charges that he beat a guard"
                    walk.certainty = stronger(walk.certainty, "alleged")
            if self._reporting_layer(walk, path, i):
                continue
            if walk.reporting_found or nominal:
                # modality of the reporting clause does not change the claim, nor does the
                # modality of a clause change a relation stated by one of its noun phrases
                continue
            if embedded:
                self._embedded_hedges(walk, path, i)
                continue
            if self._modality_layer(walk, path, i):
                break
        self._surrounding_layers(walk, trigger)
        return walk.claim()

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
        if tok.pos_ in VERBAL and i > 1 and lemma in ACCUSING and charge_step(path, i, lemma) \
                and not walk.reporting_found:   # (the "of" may hang on the accused: misjoined.py)
            walk.reported_by(self.speech(tok), "alleged")
            return True
        if i > 1 and path[i - 1].dep_ == "prep" and not walk.reporting_found and held_to(tok, path[i - 1], path[0]):
            # "arrested on suspicion of killing X", "arrested over the stabbing", "the suspect in the shooting"
            walk.certainty = stronger(walk.certainty, "alleged")
            return False
        is_report = acts_as_verb(tok) and i > 0 and (lemma in lex.reporting or lemma in lex.denial) and \
            path[i - 1].dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "conj", "dobj") and \
            (path[i - 1].dep_ != "xcomp" or not has_passive_marking(tok))
        if not is_report or path[i - 1].dep_ not in ("ccomp", "parataxis") and (lemma not in lex.denial
                                                                              or beside_denial(path[i - 1])):
            return False
        if lemma in lex.denial and supposed(tok):
            return False    # "it would have been longer had he denied the charge"
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
            tok) and i > 0 and path[i - 1].dep_ in ("xcomp", "ccomp") else "asserted"

    def _embedded_hedges(self, walk: _Walk, path, i: int) -> None:
        """Above a relative clause or noun phrase only hearsay counts ("are said to", "reportedly")."""
        lex = self.lex
        tok = path[i]
        if (heard := self._hearsay(path, i)) != "possible":   # a forecast ("is expected to") stops at the clause
            walk.hedged = stronger(walk.hedged, heard)
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in lex.hedge_adverbs \
                    and lex.hedge_adverbs[c.lower_] in ("reported", "alleged"):
                walk.hedged = stronger(walk.hedged, lex.hedge_adverbs[c.lower_])

    def _modality_layer(self, walk: _Walk, path, i: int) -> bool:
        """Hedges, modals, unrealised acts and negation of the event's own clause at path[i];
        True when the walk stops (the clause the event modifies is reached)."""
        lex = self.lex
        tok = path[i]
        lemma = tok.lemma_.lower()
        # hedges: "is said to be aiding", "is believed to have", "reportedly"
        walk.hedged = stronger(walk.hedged, self._hearsay(path, i))
        if (tok.lower_ in lex.possible_heads or lemma in lex.possible_heads) and i > 0 \
                and path[i - 1].dep_ in ("xcomp", "ccomp", "acomp"):
            walk.hedged = stronger(walk.hedged, "possible")
        if tok.pos_ == "NOUN" and lemma in INTENT_NOUNS and i > 0 and path[i - 1].dep_ in ("acl", "prep"):
            # "plans to attack", "the intention of attacking": intended, not done; "no intention of" disowns it
            walk.hedged = stronger(walk.hedged, "possible")
            walk.negated = walk.negated or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children)
        if lemma in REFUSAL_HEADS and tok.pos_ in VERBAL and i > 0 and path[i - 1].dep_ == "xcomp":
            walk.negated = True   # "refused to approve the package": the approval did not happen
        # what is demanded, agreed or threatened has not happened: "demanded that Ankara withdraw"
        frame = governing_frame(tok, path[i - 1], lex) if tok.pos_ in VERBAL and i > 0 else None
        if frame is not None and frame.type in UNREALISED:
            walk.hedged = stronger(walk.hedged, "possible")
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "advmod" and low in lex.hedge_adverbs:
                walk.hedged = stronger(walk.hedged, lex.hedge_adverbs[low])
            if c.dep_ == "aux" and low in lex.modals and tok.pos_ in VERBAL:
                walk.hedged = stronger(walk.hedged, "possible")
            if c.dep_ == "acomp" and low in lex.possible_heads:
                walk.hedged = stronger(walk.hedged, "possible")
            if c.dep_ == "neg" and tok.pos_ in VERBAL | {"NOUN", "ADJ"} and negates(tok, path, i):
                walk.negated = True
        walk.negated |= denied_outright(path, i)   # "reached no agreement", "neither X nor Y"
        # stop at the clause that the event is a modifier of
        return i > 0 and tok.pos_ in VERBAL and path[i - 1].dep_ in ("relcl", "acl")

    def _surrounding_layers(self, walk: _Walk, trigger) -> None:
        """Sources outside the event's path: a trailing "X said", the speaker of a quote,
        "according to X", a report named in the next sentence; a question asserts nothing."""
        layers = walk.layers
        if not layers:
            # "Russian jets pounded Idlib, killing 12, the Observatory said": the reporting verb
            # hangs below the root of the sentence, after the claim
            layers.extend(self.trailing_speech(trigger))
            if layers:
                walk.certainty = stronger(walk.certainty, "reported")
        quote = self.quote_of(trigger)
        if quote is not None and not layers:
            spoken = self.quote_speaker(quote)
            if spoken:
                layers.extend(spoken[0])
                walk.certainty = stronger(walk.certainty, spoken[1] if spoken[1] != "alleged" else "reported")
        outer = self.according_to(trigger.sent)
        if outer and not any(o.text == layer.text for o in outer for layer in layers):
            layers.extend(outer)
            walk.certainty = stronger(walk.certainty, "reported")
        if not layers and walk.hedged == "reported":
            # "X reportedly did Y. According to the report by Z, ...": the definite report is Z's
            layers.extend(self.following_report(trigger.sent))
        if layers:
            walk.certainty = stronger(walk.certainty, "reported")
        walk.certainty = stronger(walk.certainty, walk.hedged)
        if quote is None and trigger.sent.text.rstrip().endswith("?"):
            walk.certainty = stronger(walk.certainty, "possible")   # a question asserts nothing


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
