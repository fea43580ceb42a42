"""Criticism told as conduct: a reported statement that says another actor acted badly, with no
accusing verb and no condemnatory word called (PLOVER ACCUSE, criticise). statements.py reads a clause
whose own verb is a wrong ("said the ministry had misled MPs"); this stage reads the wrongs it leaves:

- a wrong the actor tried, sought or appeared to do: "said the Home Office was trying to undermine the
  courts", "said the board appeared to have misled shareholders";
- those owed let down: "said Labour had failed the people of Scotland", "had abandoned pensioners";
- scorn shown in how others were treated: "said the council had treated tenants with contempt";
- a mess made or presided over: "said the minister had made a mess of the reform", "had presided over
  a fiasco";
- authority overstepped: "said the commission had exceeded its powers", "was trying to extend the law
  beyond its remit";
- the way an actor acted, called a wrong: "said the way the ministry had handled the bill was a shambles"
  (the faulting and condemnatory words of evaluative.yaml; stance_owners.py finds the one acting).

The accuser is the speaker the attribution gives (a reporting verb's claimant, the speaker of a quote,
the source of "according to"); the accused is the clause's subject, or whoever made the act it names
("the ministry's plan"). Nothing is read from a wrong denied, guessed ("could fail the pupils") or owned
by the speaker, nor where the sentence already holds an ACCUSE for the pair. The words are data:
data/lexicon/words/judged_conduct.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..doctext import children
from ..wordlists import table, words
from .accountable import held_to_account
from .act_makers import wrong_done
from .actors import KnownActors
from .arguments import VERBAL, acting, entity_type
from .blamed_causes import blamed_cause
from .entity_lookup import standing_for, unnamed
from .frames import Candidate
from .lexicon import lexicon
from .noun_phrases import passive_agent
from .said_about import REFLEXIVES
from .sense_words import lemma_in
from .speaker_bodies import own_resolve
from .stance_owners import MANNER_NOUNS, manner_doer
from .statements import FIRST_PERSON, NOT_SPEAKERS, SELF_PRONOUNS, participle_speaker, reasons, said_clauses, speaker_of
from .taken_rights import rights_taken
from .thing_harms import acted_thing, collective_speaker, thing_maker
from .thing_makers import maker_of
from .valence import strongly_negative

SUBJECTS = ("nsubj", "nsubjpass")
# a wrong guessed at or supposed is not charged: "could fail the pupils", "might undermine the talks"
GUESSED = words("unsure_markers")
# what a person, a test or a thing is when "fail" is no letting down: "failed a drugs test"
# whom an actor can let down: a people, a body or a person named; a country only when failed ("had failed
# Scotland"): a place abandoned or deserted is left, a retreat ("the rebels abandoned Kandahar")
PEOPLE_LABELS = frozenset({"NORP", "ORG", "PERSON"})
# the particles the parser also reads as prepositions in a wrong ("papered over the cracks", "rammed the
# bill through parliament"); others only as particles ("bought off its critics", not "bought off the shelf")
PREP_PARTICLES = words("judged_conduct_prep_particles")
FAILED_LABELS = PEOPLE_LABELS | {"GPE"}


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    return {sense: frozenset(entries) for sense, entries in table("judged_conduct").items()}


def judged_conduct_events(tokens, res: KnownActors, lex, attributor, found: list[Candidate]) -> Iterator[Candidate]:
    """ACCUSE by a speaker of the actor a reported clause says acted badly, for each pair the
    sentence's candidates `found` do not already accuse."""
    accused = {(c.trigger.sent.start, c.subject, c.object) for c in found if c.type == "ACCUSE"}
    for verb, clause, speaker in _statements(tokens, res, lex, attributor):
        for said in (*said_clauses(clause), *reasons(clause)):
            other = _faulted(said, speaker, res, attributor.sents)
            if other is None or (verb.sent.start, speaker[0], other[0]) in accused \
                    or own_resolve(speaker[0], other[0], res, verb.doc):
                continue   # (a wrong said of the speaker's own body is its admission: speaker_bodies.own_resolve)
            accused.add((verb.sent.start, speaker[0], other[0]))
            yield Candidate("ACCUSE", verb, speaker[0], other[0], speaker[1], other[1], None, verb)


def _statements(tokens, res: KnownActors, lex, attributor) -> Iterator[tuple]:
    """(reporting verb, reported clause, (speaker key, token)) for "X said (that) ...", and for a
    sentence said by someone the attribution names ("... ," she said; "according to X, ...")."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in lex.reporting:
            continue
        speaker = speaker_of(verb, res, attributor) or collective_speaker(verb, res) or participle_speaker(
            verb, res, attributor)
        if speaker is not None:
            for clause in (c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in VERBAL):
                yield verb, clause, speaker
    for sent in attributor.sents:
        root = sent.root
        if root.pos_ not in VERBAL or root.lemma_.lower() in lex.reporting or _conduct(root) is None:
            continue   # the costly search for a quote's speaker only where the root holds a wrong
        source = attributor.attribute(root, root).source
        key = standing_for(source.entity, res) if source is not None and source.entity else None
        if key is not None and entity_type(key, res) not in NOT_SPEAKERS:
            yield root, root, (key, None)


def _faulted(clause, speaker: tuple, res: KnownActors, sents) -> tuple[str, object] | None:
    """The actor (key, token) other than the speaker whom `clause` says acted badly, or None."""
    skey = speaker[0]
    if _told_attack(clause):
        return None   # "crashed the party, killing the chief executive, police said": the killing, reported
    subj = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subj is not None and acted_thing(subj) and _thing_harm(clause):
        # "critics said the plans would destroy jobs": a plan's harm is its maker's doing
        return thing_maker(subj, skey, res, sents)
    if subj is not None and lemma_in(subj, MANNER_NOUNS) and _judged_manner(clause):
        # "said the way the government had handled the bill was a shambles": the one who handled it
        found = manner_doer(subj, res)
        return found if found is not None and found[0] != skey and held_to_account(found[0], res) else None
    if (blamed := blamed_cause(clause, skey, res)) is not None:
        return blamed   # "said the shortages were caused by Labour's policy" (blamed_causes.py)
    if _conduct(clause) is None and not (unnamed(skey) and _collective_charge(clause)):
        return None
    if subj is None or subj.lower_ in SELF_PRONOUNS and acting(subj, res) in (None, skey):
        return None
    if subj.dep_ == "nsubjpass" and passive_agent(clause) is not None:
        return None   # "said Scrushy had been deceived by executives": he suffered it (suffered_wrongs.py)
    key = acting(subj, res)
    if key is None:   # "said the ministry's plan was trying to ...": whoever made it
        key, subj = maker_of(subj, res, skey)
    if key is None and _harm(clause) is not None:   # "the effect of the coalition would be to undermine"
        key, subj = _of_actor(clause, res)
    if key is None or key == skey or key.startswith("OTHER:") or not held_to_account(key, res):
        return None
    return key, subj


def _told_attack(clause) -> bool:
    """A clause that tells an attack through its own participle ("crashed the office party, killing the
    chief executive"): the attack is an event of its own type, which the speaker reports, as the verbs of
    the lexicon are left to their types (`_harm`); no conduct is judged. A conjunct is an act of its own
    ("tried to undermine the courts and killed the inquiry")."""
    verbs = lexicon().verbs
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and (frame := verbs.get(c.lemma_.lower())) is not None
               and frame.type == "ASSAULT" for c in children(clause))


def _collective_charge(clause) -> bool:
    """A wrongdoing verb said of another by an unnamed collective ("critics said Microsoft had abused its
    position"): statements.py reads it from named speakers only."""
    return not _stated_otherwise(clause) and clause.lemma_.lower() in words("statement_wrongdoing_verbs")


def _of_actor(clause, res: KnownActors) -> tuple[str | None, object]:
    """The actor of the "of" phrase of a harmful clause's subject ("the effect of the coalition")."""
    subj = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    for prep in (c for c in children(subj) if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in children(prep) if o.dep_ == "pobj"):
            key = acting(obj, res)
            if key is not None:
                return key, obj
    return None, subj


def _conduct(clause):
    """The word of the wrong `clause` states of its subject, or None: the clause itself, or the
    verb it tries, seeks or appears to do. Denied or guessed wrongs are none."""
    if _stated_otherwise(clause):
        return None
    inner = clause
    if clause.lemma_.lower() in _senses()["trying"]:
        inner = next((c for c in children(clause) if c.dep_ == "xcomp" and c.pos_ in VERBAL), None)
        if inner is None or _stated_otherwise(inner):
            return None
        if inner.lemma_.lower() in words("statement_wrongdoing_verbs") or _wrong(inner):
            return inner   # "was trying to undermine the courts", "appeared to have misled"
    elif _wrong(clause):
        return clause   # "said the bank had hoodwinked its customers", "had glossed over the losses"
    return _letting_down(inner) or _scorn(inner) or _mess(inner) or _overreach(inner) or _harm(inner) or (
        inner if rights_taken(inner) else None)   # "was stripping away civil liberties" (taken_rights.py)


def _harm(verb):
    """Harm or wrong a clause says its subject does, by the valence of the general lexicon (valence.py):
    "would undermine the UN", "have failed to address the causes", "will make the problem worse", "would
    put lives at risk", "would be to undermine the talks". A verb that is an event of its own ("destroyed
    the bridge", "killed") is left to its type: the lexicon's triggers are skipped."""
    lemma = verb.lemma_.lower()
    kids = list(children(verb))
    if lemma == "be":   # "the effect would be to undermine the UN"
        inner = next((c for c in kids if c.dep_ in ("xcomp", "advcl") and c.pos_ in VERBAL), None)
        return verb if inner is not None and not _stated_otherwise(inner) and _harm(inner) else None
    doers = kids + list(children(verb.head)) if verb.dep_ == "xcomp" else kids   # "we are trying to fool"
    if lemma in _no_harm() or any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in doers):
        return None   # "we are trying to fool your ears": the speaker's own side
    if _harmful(verb, kids):
        return verb   # "would undermine the UN", "had failed to address"
    if lemma in _senses()["worsening"] and any(
            c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.pos_ in ("ADJ", "ADV") and strongly_negative(c) for c in kids):
        return verb   # "will make the problem worse"
    return verb if any(c.dep_ == "dobj" for c in kids) and any(
        p.dep_ == "prep" and p.lower_ in ("at", "into") and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and strongly_negative(o) for o in children(p))
        for p in kids) else None   # "would put lives at risk", "plunged the country into chaos"


def _thing_harm(verb) -> bool:
    """Harm a clause says a plan, a policy or a measure does ("would destroy jobs", "would cripple small
    firms", "would make the problem worse"): as _harm, but an event type's verb is harm too, since a thing
    does not itself attack or kill; denied or guessed harm is none ("could hurt growth")."""
    if _stated_otherwise(verb) or verb.lemma_.lower() in _no_harm() - _trigger_verbs():
        return False
    return wrong_done(verb) or _harmful(verb, list(children(verb))) or _harm(verb) is not None or rights_taken(verb)


def _harmful(verb, kids) -> bool:
    """A verb of strongly negative valence by its lemma (not "broken records") done to something that is
    not itself bad ("would avoid lies" is no harm); "fail" only with a duty failed ("failed to act",
    statements.yaml's duty acts): an aim missed is no wrong ("failed to win the match"), failing a test
    is none, failing people is _letting_down's."""
    if not strongly_negative(verb, lemma_only=True) or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
        return False
    done = [c for c in kids if c.dep_ == "xcomp" and c.pos_ in VERBAL]
    if done:
        return verb.lemma_.lower() not in _senses()["letting_down"] or any(
            c.lemma_.lower() in words("stance_duty_acts") for c in done)
    return verb.lemma_.lower() not in _senses()["letting_down"] and any(
        c.dep_ == "dobj" and not strongly_negative(c) for c in kids)


@lru_cache(maxsize=1)
def _no_harm() -> frozenset[str]:
    """Verbs whose negative valence is no harm done by their subject: an event type's trigger ("destroyed
    the bridge"), a fortune undergone ("lost", "suffered"), an ending, good or bad by what ends ("police
    tried to stop the car"), a denial or a report ("denied the claims")."""
    lex = lexicon()
    return _trigger_verbs() | words("statement_forecast_verbs") | words(
        "demanded_endings") | lex.denial | frozenset(
        lex.reporting) | _senses()["undergone"]   # "put pressure on" does not take "put"


@lru_cache(maxsize=1)
def _trigger_verbs() -> frozenset[str]:
    return frozenset(w for w in lexicon().verbs if " " not in w)


def _wrong(verb) -> bool:
    """A wrong of the data's own, alone ("hoodwink") or with its particle ("buy off", "gloss over")."""
    lemma = verb.lemma_.lower()
    return lemma in _senses()["wrongs"] or any(
        (c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in PREP_PARTICLES) and f"{lemma} {c.lower_}" in _senses()["wrongs"]
        for c in children(verb))


def _judged_manner(clause) -> bool:
    """"(the way X did it) was a shambles / scandalous / wrong": a copula whose predicate faults or condemns."""
    return clause.lemma_.lower() == "be" and not _stated_otherwise(clause) and any(
        c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in _faulting() or c.lower_ in _faulting())
        for c in children(clause))


@lru_cache(maxsize=1)
def _faulting() -> frozenset[str]:
    return words("faulting_predicates") | words("condemnatory_adjectives") | words("condemnatory_nouns") | words(
        "deploring_adjectives")


def _stated_otherwise(verb) -> bool:
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in GUESSED for c in children(verb))


def _letting_down(verb):
    """"had failed the people of Scotland", "had abandoned pensioners": a let-down verb whose object is
    an actor, a people or a group of people (not "failed a drugs test", "abandoned the plan")."""
    if verb.lemma_.lower() not in _senses()["letting_down"] or any(c.dep_ == "xcomp" for c in children(verb)):
        return None
    obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in REFLEXIVES:
        return None
    return verb if owed(obj, FAILED_LABELS if verb.lemma_.lower() == "fail" else PEOPLE_LABELS) else None


def owed(tok, labels=PEOPLE_LABELS) -> bool:
    """Whether a phrase names those an actor owes something: a people or a group of people ("pensioners",
    "the public", "its customers") or, by `labels`, a named one."""
    return tok.ent_type_ in labels or tok.lemma_.lower() in _senses()["owed"]


def letting_down_verbs() -> frozenset[str]:
    """The verbs of letting down those owed: "failed", "abandoned"."""
    return _senses()["letting_down"]


def _scorn(verb):
    """"had treated tenants with contempt": the manner of treating others is a failing shown (the
    parser may hang the "with" phrase on the ones treated)."""
    if verb.lemma_.lower() not in _senses()["treating"]:
        return None
    holders = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
    return verb if any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and _is(o, "scorn") for o in children(p))
        for h in holders for p in children(h)) else None


def _mess(verb):
    """"had made a mess of the reform", "had presided over a fiasco"."""
    lemma = verb.lemma_.lower()
    if lemma == "make":
        return verb if any(c.dep_ == "dobj" and _is(c, "messes") and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in children(c)) for c in children(verb)) else None
    if lemma in _senses()["presiding"]:
        return verb if any(p.dep_ == "prep" and p.lower_ == "over" and any(
            o.dep_ == "pobj" and _is(o, "messes") for o in children(p))
            for p in children(verb)) else None
    return None


def _overreach(verb):
    """Acting beyond one's authority: "had overstepped its powers", "had exceeded its mandate", "was
    extending the law beyond its remit" (not "exceeded forecasts", "went beyond the city")."""
    if any(c.dep_ == "dobj" and _is(c, "bounds") for c in children(verb)) and verb.lemma_.lower() in _senses()["overstepping"]:
        return verb
    return verb if any(p.dep_ == "prep" and p.lower_ == "beyond" and any(
        o.dep_ == "pobj" and _is(o, "bounds") for o in children(p))
        for h in (verb, *(c for c in children(verb) if c.dep_ == "dobj")) for p in children(h)) else None


def _is(tok, sense: str) -> bool:
    """Whether a noun is of the sense, by lemma or as written ("shambles", lemmatised "shamble")."""
    return tok.lemma_.lower() in _senses()[sense] or tok.lower_ in _senses()[sense]
