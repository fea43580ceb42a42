"""Coreference within a document: pronouns and definite descriptions to the most recent
compatible antecedent.

- he/him/his/she/her: the most recent PERSON (never its own verb's object: resolve/excluded_antecedents.py) that was a subject in the same or the previous
  sentence, else the most recent PERSON (same sentence or the three before); never one of the other sex
  (its titles and nouns, a sentence's opening pronoun given it, a first name: Antecedents.gender);
- a subject he/she whose nearest person subject is a bare title not yet resolved ("The prime minister
  said ... But he"): the title's holder, given after the titles get theirs (resolve/title_pronouns.py);
- it/its: the most recent singular non-person actor; when "it" is a subject and the most
  recent singular subject is not an actor ("The tunnel ran ... It was used"), it stays unresolved; an
  object "it" with a thing of its sentence nearer than the actor stays so too (resolve/things.py); a
  subject "it" its own sentence settles first: the named body saying its clause ("Japan Airlines said
  it had"), or the main clause's one named object when that clause's subject is people or a plural
  ("The directors backed Verizon, despite it tabling less": resolve/it_subjects.py);
- they/them/their: the most recent plural subject (same or previous sentence), else the most
  recent plural phrase of the sentence, else a named body; resolved only to an actor; a passive
  "they" under a clause acting on a plural is that plural (resolve/they_pronouns.py);
- "his"/"her" on the direct object of a named subject's verb, or in an adverbial clause before the
  main clause's named subject: that subject ("Manning completed his first 17 passes", "After
  spraining his knee, Bush ...": resolve/own_possessives.py);
- a possessive on the second of two joined nouns: the first, or the first's owner ("Nixon and his
  aides", "his ex-wife and his mother": resolve/conjoined_owners.py);
- definite descriptions ("the group", "the army") and affiliates ("Hamas's military wing"):
  resolve/descriptions.py; bare descriptions of a named organisation ("the firm", "the oil giant",
  "the carrier", "the club", "the band") that resolve/kinds.py left: resolve/org_descriptions.py;

An antecedent is never the subject of the pronoun's own clause ("Hamas ... helping the fellow
terrorist group": not Hamas). Numbered or plural descriptions ("the two countries") are left
unresolved. Person pronouns: two or more people and no subject to prefer leave the pronoun
unresolved; inside a quote (read per sentence) the quote's speaker is no antecedent, and outside
one a subject inside a quote is not the story's topic. The phrases met so far, in order:
resolve/antecedents.py. Every mention made here has reason
"coreference" (or "alias rule: affiliate ...").
"""
from __future__ import annotations

from ..doctext import children, doc_text, doc_tokens
from ..quotes import in_quote, quoted_stretches, sentence_quotes
from ..wordlists import words
from .antecedents import PRONOUN_SEX, Antecedent, Antecedents, plural, quantified, type_of
from .clause_subjects import clause_subject, clause_subject_keys, phrase_key, places_a_body
from .conjoined_owners import conjoined_owner
from .described_people import DESCRIBED, description_of, introduced_unnamed, repoint, resolve_described_person
from .descriptions import (
    AFFILIATE_NOUNS,
    DESCRIPTION_WINDOW,
    DESCRIPTIONS,
    definite,
    resolve_affiliate,
    resolve_description,
)
from .excluded_antecedents import co_arguments, quote_speakers
from .framing import framed_speaker, unnamed_speaker_before
from .gazetteer import Gazetteer
from .it_subjects import announcing_body, framing_body, main_clause_object
from .named_doers import name_perpetrators
from .org_descriptions import description_kind, resolve_org_description
from .own_possessives import own_subject
from .owned_forces import give_forces_owners
from .person_choice import SPEAKING_VERBS, SPEECH_VERBS, preferred_person
from .resolution import ResolutionDraft
from .they_pronouns import (
    NON_PERSON_ACTORS,
    THEY_PRONOUNS,
    THEY_WINDOW,
    UNNAMED,  # noqa: F401  (read here by resolve/story_country.py)
    resolve_they,
)
from .things import court_as_venue, is_pleonastic, takes_a_thing, thing_in_the_way
from .title_pronouns import note_title_pronoun

PERSON_PRONOUNS = words("coref_person_pronouns")
FEMALE_PRONOUNS = {p for p, sex in PRONOUN_SEX.items() if sex == "F"}   # she, her, hers
IT_PRONOUNS = words("coref_it_pronouns")
_ANY_PRONOUN = PERSON_PRONOUNS | IT_PRONOUNS | THEY_PRONOUNS   # joined once, not at every token
CLOSING_QUOTES = {"”", '"', "’", "'"}
# the keys of offices no date settles ("the prime minister" of a story without a date): resolve/office_pass.py
OFFICE_PREFIX = "office:"
WINDOW = {"person": 3, "it": 2, "they": THEY_WINDOW, "description": DESCRIPTION_WINDOW}


def is_person(res: ResolutionDraft, c: Antecedent, bodies: set[str] = frozenset()) -> bool:
    """Whether a person pronoun may take the antecedent: a person, or a subject the recogniser
    typed as an organisation or a place that a "who" clause tells of ("said Fauzi, who ..."; never an
    actor the gazetteer knows, nor a name a cleft puts first: "it was Rainey Senior who ...")."""
    kind = type_of(res, c.key)
    if kind == "PERSON":
        return c.key not in bodies   # "Manchester United, which ...": a body the recogniser took for a person
    if c.key.startswith(OFFICE_PREFIX):
        return True   # "calls for the prime minister to quit, ignoring his appeals": an office no date settles
    return c.who and c.subject and kind in ("ORGANIZATION", "LOCATION") and not c.key.startswith("gaz:")


def _add(res: ResolutionDraft, doc, start: int, end: int, key: str, head: int, reason: str = "coreference") -> None:
    res.add_mention(doc[start:end], res.entities[key], reason, label="COREF", alias=False, head=head)


def own_clause(tok, res: ResolutionDraft) -> set[str]:
    """The actors of the clause of a phrase at `tok` that it cannot refer to: the subject's, or a
    subject's objects ("Smith hit the striker", "The striker hit Smith": not Smith)."""
    return clause_subject_keys(tok, res) if tok.dep_ not in ("nsubj", "nsubjpass") else co_arguments(tok, res)


def resolve_pronoun(tok, ants: Antecedents, res: ResolutionDraft, quotes: list[tuple[int, int]] | None = None
                    ) -> str | None:
    low = tok.lower_
    exclude = clause_subject_keys(tok, res) if tok.dep_ not in ("nsubj", "nsubjpass", "poss") else \
        co_arguments(tok, res) if low in PERSON_PRONOUNS else set()
    quoted = quotes is not None and in_quote(tok.doc, tok.i, quotes)
    if (owner := conjoined_owner(tok, res, ants.gender)) is not None:
        return owner if owner and owner not in exclude else None   # "the minister and his aides"
    applies, owner = own_subject(tok, res, ants.gender)
    if applies:
        return owner if owner not in exclude else None   # "Klitschko landed 28 of his 68 punches"
    if quoted and low in PERSON_PRONOUNS:
        # '"He lied to us," Ms Reyes said': a third-person pronoun in a quote is not its speaker
        exclude = exclude | quote_speakers(tok, ants, res, quotes, WINDOW["person"])
    if low in PERSON_PRONOUNS and not quoted:
        applies, speaker = framed_speaker(tok, res, lambda k: type_of(res, k), ants.gender)
        if applies:
            return speaker if speaker not in exclude else None
    if low in PERSON_PRONOUNS:
        gender = "F" if low in FEMALE_PRONOUNS else "M"
        # '..." he added': the speaker of the quote, not the last person named inside it (of the
        # pronoun's sex: '"...," she said' after a man's quote is someone else's)
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS and tok.i > 0 \
                and tok.doc[tok.i - 1].text in CLOSING_QUOTES and ants.last_speaker \
                and ants.gender(ants.last_speaker[0]) in (None, gender):
            speaker, sent = ants.last_speaker
            if ants.sent_of[tok.i] - sent <= WINDOW["person"]:
                return speaker
        if (speaker := quote_goes_on(tok, ants, quotes)) is not None and speaker not in exclude \
                and ants.gender(speaker) in (None, gender):
            return speaker
        if unnamed_speaker_before(tok, res):
            return None   # "A senior official said ... But he added": that speaker, who has no name
        people = [c for c in ants.recent(tok.i, WINDOW["person"]) if c.key and is_person(res, c, ants.bodies)
                  and c.key not in exclude and ants.gender(c.key) in (None, gender) and not quantified(ants.doc[c.token])]
        # the subject of this or the previous sentence first: news keeps its topic in subject
        # position ("Kinnock led Labour, losing to Major. Later he ..." is Kinnock)
        return preferred_person(tok, people, ants, quoted)
    topic = False
    if low == "its" or low == "their":
        # a possessive usually belongs to the subject of its clause ("Nestle is to raise its
        # dividend"); a subject that is no actor ("the government") leaves it unresolved
        subj = clause_subject(tok)
        if subj is not None and tok.head.i == subj.i and subj.head.dep_ in ("ccomp", "conj", "advcl"):
            # "Israel's military said its aircraft struck ...": a possessive inside the subject of
            # a reported clause belongs to the subject of the clause above
            subj = next((c for c in children(subj.head.head) if c.dep_ in ("nsubj", "nsubjpass")), subj)
        elif subj is not None and tok.head.i == subj.i:
            # "Its plan was rejected", "Their strike is backed by X": a possessive on the subject
            # itself cannot belong to it; it names the topic before, read as a subject "it"/"they" is
            subj, topic = None, True
        if subj is not None and subj.i != tok.i and plural(subj) == (low == "their"):
            key = phrase_key(subj, res)
            ok = NON_PERSON_ACTORS | ({"ANONYMOUS_SOURCE"} if low == "their" else set())
            return key if key and type_of(res, key) in ok else None
    if low in IT_PRONOUNS:
        return resolve_it(tok, ants, res, exclude, topic)
    if low in THEY_PRONOUNS:
        return resolve_they(tok, ants, res, exclude)
    return None


def quote_goes_on(tok, ants: Antecedents, quotes: list[tuple[int, int]] | None) -> str | None:
    """The speaker a "he"/"she" opening a speech act goes on with after a quotation: 'Mr Kennedy said:
    "... Gordon Brown ..." He challenged the Treasury' is Mr Kennedy, not a person named inside the
    quote. Only where every sentence from the speaker's to the pronoun's is quoted throughout."""
    if not quotes or ants.last_speaker is None or tok.dep_ != "nsubj" \
            or tok.head.lemma_.lower() not in SPEAKING_VERBS:
        return None
    doc, sent = tok.doc, tok.sent
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in doc[sent.start:tok.i]):
        return None   # the pronoun opens its sentence ("But he ...")
    speaker, said_in = ants.last_speaker
    here = ants.sent_of[tok.i]
    if not 1 < here - said_in <= WINDOW["person"]:
        return None
    between = []   # the sentences after the speaker's, latest first
    at = sent.start
    for _ in range(here - said_in - 1):
        at = doc[at - 1].sent.start
        between.append(doc[at].sent)
    own = doc[at - 1].sent   # the speaker's sentence: not itself all quotation
    return speaker if all(_all_quoted(s, quotes) for s in between) and not _all_quoted(own, quotes) else None


def _all_quoted(sent, quotes: list[tuple[int, int]]) -> bool:
    return all(in_quote(sent.doc, t.i, quotes) for t in sent if t.is_alpha)


def resolve_it(tok, ants: Antecedents, res: ResolutionDraft, exclude: set[str], topic: bool = False) -> str | None:
    """"it"/"its": a subject, or a possessive on one (`topic`), takes the most recent singular
    subject (an actor, or nothing); any other the most recent singular actor, unless a thing a verb
    of its sentence acts on comes first (resolve/things.thing_in_the_way). A thing a name
    modifies ("the NAO report") is no actor, nor is an office, which a person holds, nor a country
    named by an adjective ("Indian")."""
    subject = topic or tok.dep_ in ("nsubj", "nsubjpass")
    found = framing_body(tok, res) or main_clause_object(tok, res) or announcing_body(tok, res)   # it_subjects.py
    if found is not None and found not in exclude:
        return found
    for c in ants.recent(tok.i, WINDOW["it"]):
        if c.plural or c.reporter or ants.doc[c.token].dep_ == "amod" or places_a_body(ants.doc[c.token], res) \
                or court_as_venue(ants.doc[c.token]):
            # "..., the Financial Times reported. It was led by": the source is not the topic; nor is the
            # country an adjective names ("the Indian government told it to pay": the government's), nor
            # where a firm is ("Barclays, the UK's biggest bank, ... its investment arm": the bank's); nor
            # a court a case goes to ("took Acme to court to force it to pay": Acme)
            continue
        key = None if c.thing or c.key and c.key.startswith(OFFICE_PREFIX) else c.key
        if subject:
            if not c.subject:
                continue
            if key and type_of(res, key) in NON_PERSON_ACTORS and key not in exclude:
                return key
            if key is None or type_of(res, key) in ("PERSON", "LOCATION", "OTHER"):
                return None
            continue
        if key and type_of(res, key) in NON_PERSON_ACTORS and key not in exclude:
            return key
        if (key is None or c.token not in res.token_entity and c.token not in res.mention_head) \
                and thing_in_the_way(tok, ants.doc[c.token]):
            # "Gupta mulled the offer but turned it down": the offer, not an actor before it; an owner
            # ("looking over its tape and will hand it over") does not make the thing an actor
            return None
    return None


def candidate_tokens(doc, res: ResolutionDraft):
    """The tokens coreference looks at, in order: nouns, names, pronouns, subjects and resolved
    tokens. Attributes are read as arrays so that no Token is built for the others."""
    from spacy.attrs import DEP, LOWER, POS  # noqa: PLC0415

    strings = doc.vocab.strings
    attrs = doc.to_array([POS, DEP, LOWER])
    # the tests on the arrays at once (few values each: compared one by one, cheaper than numpy.isin);
    # resolved tokens are read as the caller goes (it resolves some)
    kept = attrs[:, 1] == strings["nsubj"]
    for pos in ("NOUN", "PROPN", "PRON"):
        kept |= attrs[:, 0] == strings[pos]
    for w in (*_ANY_PRONOUN, "old"):     # "old": an age read as a person ("charged the 27-year-old")
        if w in strings:
            kept |= attrs[:, 2] == strings[w]
    toks = doc_tokens(doc)   # the document's shared Tokens: doc[i] builds a new one
    for i, k in enumerate(kept.tolist()):
        if k or i in res.token_entity:
            yield toks[i]


def resolve_coreference(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    # person pronouns read quotes within their sentence: a stray mark earlier in the text must not
    # turn the story into a quote (and its speaker into no antecedent). "it" and "they" inside a
    # quote are left unresolved (the speaker's world) where either reading says quoted: marks paired
    # over the whole text, or within the sentence, which finds the quotes a quote of several
    # paragraphs (opening each one, closing only the last) puts out of step; the "it"s that a
    # reading out of step leaves outside a quote were as often wrong as right on unseen text
    stretches = quoted_stretches(doc_text(doc))
    said = sentence_quotes(doc)
    ants = Antecedents(doc, res, said)
    for tok in candidate_tokens(doc, res):
        if tok.i in res.token_entity:
            known = res.token_entity[tok.i]
            if known.startswith(DESCRIBED) and (found := description_of(tok)) is not None \
                    and not introduced_unnamed(known, tok, res):
                # "Michael Jackson ... the singer": a described person the resolver made, maybe a named one
                named = resolve_described_person(tok, found, ants, res, own_clause(tok, res))
                if named is not None:
                    repoint(tok, named, res)
            ants.add_token(tok)
            continue
        low = tok.lower_
        key = None
        start, end, reason = tok.i, tok.i + 1, "coreference"
        if tok.text.isupper() and len(tok.text) > 1:
            ants.add_token(tok)        # "IT" is information technology, "US" a country
            continue
        if tok.pos_ == "PRON" or low in _ANY_PRONOUN:
            quoted = in_quote(doc, tok.i, said) or in_quote(doc, tok.i, stretches)
            if low in IT_PRONOUNS and (is_pleonastic(tok) or takes_a_thing(tok) or quoted):
                ants.add_token(tok)
                continue
            if low in THEY_PRONOUNS and quoted:
                ants.add_token(tok)
                continue
            key = resolve_pronoun(tok, ants, res, said)
            if low in PERSON_PRONOUNS and not quoted:
                note_title_pronoun(tok, ants, res)   # "The prime minister said ... But he": resolve/title_pronouns.py
        elif (found := description_of(tok)) is not None:
            # "Collins ... The 33-year-old received the ban": the person named before
            key = resolve_described_person(tok, found, ants, res, own_clause(tok, res))
            start = tok.left_edge.i
        elif tok.pos_ == "NOUN" and low in AFFILIATE_NOUNS:
            key = resolve_affiliate(tok, res, gaz)
            if key is not None:
                start = min(c.left_edge.i for c in children(tok) if c.dep_ == "poss")
                reason = "alias rule: affiliate of its owner"
        elif tok.pos_ == "NOUN" and (kind := description_kind(tok, res)) is not None:
            key = resolve_org_description(tok, kind, ants, res, gaz)
            start = next(c.i for c in tok.lefts if c.dep_ == "det")
        elif tok.pos_ in ("NOUN", "PROPN") and tok.text.islower() \
                and (low in DESCRIPTIONS or tok.lemma_.lower() in DESCRIPTIONS) \
                and not plural(tok) and definite(tok):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is None or nxt.i not in res.token_entity:   # "the group Ansar ...": the name decides
                key = resolve_description(tok, ants, res, gaz)
                start = tok.left_edge.i
                while start < tok.i and doc[start].i in res.token_entity:
                    start += 1
        if key is not None and key in res.entities:
            if not res.covered(start, end) or reason != "coreference":
                _add(res, doc, start, end, key, tok.i, reason)
            else:
                _add(res, doc, tok.i, tok.i + 1, key, tok.i, reason)
            ants.update(tok)
        else:
            ants.add_token(tok)
    give_forces_owners(doc, gaz, res)
    name_perpetrators(doc, res)   # after the pronouns, which follow the description to its name
