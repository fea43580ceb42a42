"""Who speaks a claim: the source a noun phrase names, the speaker of a reporting verb, of a
quotation, of "according to X", of a trailing "X said" (extract/attribution.py stacks these into a
claim's layers).

A speaker is a `SourceRef`: an entity key when the phrase names one, else the phrase itself ("a
senior official"). A report noun stands for whoever published it ("a Bloomberg report", "the report
by Channel 2"); a speaker who cites or quotes someone ("citing Arab sources", "told Elaph") adds them
as layers of their own.
"""
from __future__ import annotations

from bisect import bisect_right

from ..doctext import children, doc_sents, doc_text, token_lowers
from ..model import SourceRef
from ..quotes import quotations
from ..wordlists import words
from .actors import KnownActors
from .arguments import MEMBER_NOUNS, VERBAL, entity_of_token, subject_token
from .speaker_bodies import OUR_WORDS, our_side

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# who issues a statement or report without a name: "a statement from the ministry", "a report by police"
SPEAKING_BODIES = MEMBER_NOUNS | words("referring_body_kinds") | words("unnamed_body_heads")
# what a reporting verb says within its own sentence ("said that ...", "said it", "told them to ...")
CONTENT = frozenset({"ccomp", "dobj", "xcomp", "attr", "parataxis", "conj", "advcl", "dative", "oprd"})


class Speakers:
    """The speakers and sources of one document, found over its parse and resolved mentions."""

    def __init__(self, doc, res: KnownActors, lex):
        self.doc, self.res, self.lex = doc, res, lex
        self.quotes = quotations(doc_text(doc))
        self._quote_speaker: dict[tuple[int, int], tuple | None] = {}
        self.sents = list(doc_sents(doc))
        self.sent_starts = [s.start_char for s in self.sents]
        self.mention_starts = [m.start for m in res.mentions]   # mentions are in text order

    def ref_for(self, tok) -> SourceRef | None:
        """A source reference for the noun phrase headed by `tok`."""
        if tok is None:
            return None
        res = self.res
        key = res.actor_at(tok.i)
        lemma = tok.lemma_.lower()
        if key is None and any(c.dep_ == "amod" and c.lower_ == "same" for c in children(tok)):
            earlier = self.earlier_speaker(tok)   # "..., the same source said": the source named before
            if earlier is not None:
                return earlier
        # "a Bloomberg news report", "a report in the Haaretz daily", "the report by Channel 2"; not a
        # person whose name is such a word ("Lib Dem spokesman Vince Cable", "Mr Story"): the person speaks
        if lemma in self.lex.report_nouns and not self._person(tok):
            # "the report by Israel's Channel 2", "a report in the Haaretz daily"
            for c in children(tok):
                if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "on") and c.lower_ != "on":
                    for pobj in children(c):
                        if pobj.dep_ != "pobj":
                            continue
                        k = res.entity_at(pobj.i)
                        ent = res.entities.get(k) if k else None
                        if ent is not None and ent.type not in ("LOCATION", "COUNTRY"):
                            return SourceRef(k, self._name(k, pobj))
                        if pobj.pos_ == "PROPN" or ent is not None:
                            return SourceRef(None, self.np_text(pobj))
                        if c.lower_ in ("by", "from") and pobj.lemma_.lower() in SPEAKING_BODIES:
                            return self.ref_for(pobj)   # "a statement from the ministry", not "reports from the scene"
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
            if outlet is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(tok)):
                return SourceRef(outlet[0], outlet[1])
            return SourceRef(None, self.np_text(tok))
        if key is None and (named := self.named_in_apposition(tok)) is not None:
            return named   # "the chairman of Migration Watch, Sir Andrew Green, said": the person speaks
        if key is None and lemma in MEMBER_NOUNS:
            key = self.spoken_for(tok)   # "a spokesman for the army"
        if key is None:
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod", "poss"):
                    key = key or entity_of_token(c, res)
        if tok.lower_ in PRONOUNS:
            if key is None:
                return None
            return SourceRef(key, self._name(key, tok))
        return SourceRef(key, self._name(key, tok) if key and res.entity_at(tok.i) == key else self.np_text(tok))

    def earlier_speaker(self, tok) -> SourceRef | None:
        """Whom "the same source" (official, spokesman) refers back to: the last noun with its head word
        before the sentence."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[:tok.sent.start]):
            if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") \
                    and not any(c.dep_ == "amod" and c.lower_ == "same" for c in children(t)):
                return self.ref_for(t)
        return None

    def named_in_apposition(self, tok) -> SourceRef | None:
        """The person a role phrase names in apposition: "the chairman of X, Sir Andrew Green" (the
        parser often hangs the name on the last noun of the role: "the head of the Red Cross, Peter
        Maurer"). Not a name set beside a person's own ("the lawyer of Mr Lee, Ann Wu" is ambiguous)."""
        if tok.pos_ != "NOUN":
            return None
        heads = [tok, *(o for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of"
                        for o in children(p) if o.dep_ == "pobj" and not self._person(o))]
        for name in (a for h in heads for a in children(h) if a.dep_ == "appos"):
            if self._person(name):
                key = self.res.actor_at(name.i)
                return SourceRef(key, self._name(key, name))
        return None

    def _person(self, tok) -> bool:
        key = self.res.actor_at(tok.i)
        ent = self.res.entities.get(key) if key else None
        return ent is not None and ent.type == "PERSON"

    def spoken_for(self, tok) -> str | None:
        """The body a member noun speaks for: "a spokesman for the army" (not "supporters of the president")."""
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "for":
                for pobj in children(c):
                    if pobj.dep_ == "pobj" and (key := entity_of_token(pobj, self.res)):
                        return key
        return None

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
            # (an adjective after the noun heads a phrase of it: "sources close to the presidency")
            if c.dep_ in ("compound", "flat", "appos", "amod") or (c.dep_ == "prep" and c.lower_ == "of") \
                    or c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_.lower() in MEMBER_NOUNS:
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
        for c in children(verb):
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("cite", "quote"):
                for o in children(c):
                    if o.dep_ == "dobj":
                        ref = self.ref_for(o)
                        if ref:
                            inner.append(ref)
        if speaker_tok is not None and speaker_tok.lemma_.lower() in self.lex.report_nouns:
            for t in speaker_tok.subtree:
                if t.lemma_.lower() in ("quote", "cite") and t.pos_ in VERBAL:
                    for o in children(t):
                        if o.dep_ == "dobj":
                            ref = self.ref_for(o)
                            if ref:
                                inner.append(ref)
        return inner

    def outlets_told(self, verb) -> list[SourceRef]:
        if verb.lemma_.lower() != "tell":
            return []
        out = []
        for c in children(verb):
            if c.dep_ in ("dobj", "dative"):
                ref = self.ref_for(c)
                ent = self.res.entities.get(ref.entity) if ref and ref.entity else None
                if ent is not None and ent.type == "MEDIA":
                    out.append(ref)
        return out

    def speech(self, verb) -> list[SourceRef]:
        """Layers stated by one reporting verb, claimant first."""
        quoter = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
        if quoter is not None and quoter.lemma_.lower() in ("quote", "cite") and quoter.pos_ in VERBAL:
            # "Reuters quoted a police official as saying ...": the official speaks, Reuters relays
            quoted = next((c for c in children(quoter) if c.dep_ == "dobj"), None)
            ref = self.ref_for(quoted)
            if ref is not None:
                return [ref, *(r for r in self.speech(quoter) if r.text != ref.text)]
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
        lowers = token_lowers(self.doc)   # a Token only for "to"
        for i in range(sent.start, sent.end):
            if lowers[i] == "according" and i + 1 < len(self.doc) and lowers[i + 1] == "to":
                to = self.doc[i + 1]
                for pobj in children(to):
                    if pobj.dep_ == "pobj":
                        ref = self.ref_for(pobj)
                        if ref:
                            return [*self.relays(pobj, pobj), ref]
        return []

    def speaker_of_quote(self, tok) -> str | None:
        """The entity speaking the quotation a first-person pronoun sits in ("We will not ..."); for "we"
        the side the speaker speaks for (speaker_bodies.our_side: "'We will sue,' said a lawyer for the
        club" is the club's suit, and no one's where no body is named)."""
        quote = self.quote_of(tok)
        spoken = self.quote_speaker(quote) if quote else None
        if not spoken:
            return None
        for ref in spoken[0]:
            ent = self.res.entities.get(ref.entity) if ref.entity else None
            if ent is not None and ent.type != "MEDIA":
                return our_side(ref.entity, self.res, tok.doc) if tok.lower_ in OUR_WORDS else ref.entity
        return None

    def trailing_speech(self, trigger) -> list[SourceRef]:
        root = trigger.sent.root
        for c in children(root):
            if c.dep_ in ("parataxis", "ccomp", "conj") and c.i > trigger.i and c.pos_ in VERBAL \
                    and c.lemma_.lower() in self.lex.reporting \
                    and not any(x.dep_ in ("ccomp", "dobj") for x in children(c)) \
                    and self.quote_of(c) is None:
                return self.speech(c)
        return []

    def misread_speech(self, root) -> tuple[list[SourceRef], str] | None:
        """A present-tense reporting verb the parser took for a noun before the subject it reports:
        "Prosecutors allege Simpson shot Flynn" ("allege" a compound of "Simpson"), "Police say the man
        fled"; the speaker is the noun before it. Layers and certainty, or None."""
        subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None) if root.pos_ in VERBAL else None
        said = next((t for t in subj.lefts if t.dep_ == "compound" and t.lower_ in self.lex.reporting), None) \
            if subj is not None else None
        low = said.lower_ if said is not None else ""
        if low not in self.lex.reporting or low in self.lex.report_nouns or said.i == 0:
            return None
        speaker = self.doc[said.i - 1]
        if not (speaker.tag_ == "NNS" or speaker.pos_ == "PROPN"):
            return None
        ref = self.ref_for(speaker)
        return ([ref], self.lex.reporting[low]) if ref is not None else None

    def misread_tail(self, sent) -> tuple[list[SourceRef], str] | None:
        """A reporting verb closing the sentence after a comma that the parser took for a noun ("..., a new
        book about the minister claims.", "claims" the object of "about"): the sentence is the claim of the
        noun phrase before it. Layers (the phrase's head where it names someone) and certainty, or None."""
        words_ = [t for t in sent if not t.is_space and not t.is_punct]
        said = words_[-1] if words_ else None
        if said is None or said.pos_ in VERBAL or not said.lower_.endswith("s") \
                or said.lemma_.lower() not in self.lex.reporting or said.lemma_.lower() in self.lex.report_nouns:
            return None
        comma = next((k for k in range(said.i - 1, sent.start, -1) if self.doc[k].lower_ == ","), None)
        phrase = [self.doc[k] for k in range(comma + 1, said.i)] if comma is not None else []
        if not phrase or len(phrase) > 8 or any(t.pos_ in VERBAL or t.pos_ == "CCONJ" for t in phrase) \
                or not (phrase[0].lower_ in ("a", "an", "the") or phrase[0].pos_ == "PROPN") or self.quote_of(said) is not None:
            return None   # (not the end of a list: "over travel, housing and expenses claims")
        head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN") and not comma < t.head.i <= said.i), None)
        if head is None:
            return None
        ref = self.ref_for(head)
        return ([ref] if ref is not None and ref.entity else [], self.lex.reporting[said.lemma_.lower()])

    def speaker_after(self, sent) -> list[SourceRef]:
        """A speaker split off into a sentence of their own after what they said ('... she's got a
        gun!" Vanore said.'): a reporting verb with a subject and nothing said in its own sentence."""
        # its last word, read from the end (not a Token for every word of the sentence)
        last = next((w for w in (self.doc[k] for k in range(sent.end - 1, sent.start - 1, -1)) if not w.is_space), None)
        nxt = self.doc[sent.end].sent if sent.end < len(self.doc) and last is not None and last.is_quote else None
        root = nxt.root if nxt is not None else None
        if root is None or root.pos_ not in VERBAL or root.lemma_.lower() not in self.lex.reporting \
                or "\n" in doc_text(self.doc)[last.idx:root.idx] or not any(c.dep_ == "nsubj" for c in children(root)) \
                or any(c.dep_ in CONTENT for c in children(root)):
            return []   # (only after a quotation closes the sentence, on the same line)
        return self.speech(root)

    def neighbour_report(self, sent) -> list[SourceRef]:
        """The source of a sentence that starts "According to X" next to `sent`: what a hedge ("reportedly",
        "allegedly") in `sent` leans on. The sentence after it first (a report that goes on to name its
        source, often in a paragraph of its own), else the one before it in its paragraph."""
        if sent.end < len(self.doc) and (refs := self.opening_report(self.doc[sent.end].sent)):
            return refs
        words = [t for t in sent if not t.is_space]
        if sent.start == 0 or not words:
            return []
        before = self.doc[sent.start - 1].sent
        start = doc_text(self.doc).rfind("\n", 0, words[0].idx) + 1
        if all(start <= t.idx for t in before if not t.is_space):
            return self.opening_report(before)
        return []

    def opening_report(self, nxt) -> list[SourceRef]:
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
        # the sentence after it, unless it introduces a quotation of its own ('Later, X said: "...')
        nxt = [s for s in self.sents[first:last + 1] if qe <= s.start_char < qe + 3
               and not any(s.start_char <= a < s.end_char + 3 for a, _ in self.quotes)]
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
