"""Accusations named by what is alleged and by whom, rather than by a verb of accusing (PLOVER ACCUSE,
modes allege and investigate):

- an allegation's content clause names whom it is against: "Labour's allegations that the Tories
  rigged the vote" (Labour accuses the Tories), "Russia denied allegations that it shelled the plant"
  (someone accuses Russia) (`alleged_against`);
- a claim denied or dismissed by the one its clause is about is an accusation by its maker: "Boeing
  denied Airbus's claims that it had received illegal subsidies" (`denied_claims`); the denial is the
  answerer's own REJECT (support_verbs, statements);
- "X is alleged to have ...": someone unnamed accuses X (`alleged_doers`);
- "X is under investigation by Y", "X was placed under formal investigation" (`investigated_parties`);
- "Y is investigating whether X ...", "investigating claims that X ...": the investigation is of X
  (`investigated_in_clause`).

The accused is always a participant named in the clause (a person, group, firm or state): an
allegation of corruption with no one named is against no one here.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actors_of, is_passive, subject_token
from .constructions import COOPERATIVE
from .entity_lookup import ACTOR_LABELS, unnamed
from .frames import Candidate, frame_for_verb, subjects_of
from .keep import agentive
from .lexicon import lexicon
from .noun_phrases import doer_phrase, passive_agent, prep_objects
from .thing_makers import maker_of

# nouns whose content clause states an act alleged ("allegations that", "charges that")
ALLEGATION_NOUNS = words("allegation_nouns")
# claims that are accusations only when the one they are about denies them ("denied claims that it ...")
CLAIMS = words("claim_nouns")
# verbs with which one dismisses what is said of it, beside the attribution lexicon's denials (deny, reject, ...)
DISMISSING = words("allegations_dismissing")
# verbs that answer a claim as its object or against it ("appealing against the allegations")
ANSWERING = words("answering_verbs") | {"appeal", "fight", "challenge"}
# relative words: a clause they open is a relative clause, not the claim's content ("claims which ...")
RELATIVES = words("allegations_relatives")
# what one is alleged to have said rather than done ("is alleged to have made the comments")
SAYING = words("allegation_saying_verbs")
# nouns of an investigation one is under: "under investigation", "under formal investigation", "under scrutiny"
INVESTIGATIONS = words("investigation_nouns") | {"scrutiny"}
# verbs of being, or of being put, under investigation ("is", "remains", "was placed", "came", "fell")
UNDER_VERBS = words("allegations_under_verbs")
# verbs of investigating whose clause names the one investigated ("investigating whether Boeing hid")
INVESTIGATING = words("inquiry_verbs")
# what marks that clause
WHETHER = words("whether_if")


def content_clause(noun):
    """The clause that states what a claim or allegation says: "allegations that Russia shelled the
    plant", "claims it had shelled the plant" (no relative clause: "the allegations Moscow denies")."""
    for c in children(noun):
        if c.dep_ not in ("acl", "ccomp") or c.pos_ not in VERBAL:
            continue
        marks = [m for m in children(c) if m.dep_ == "mark"]
        if any(m.lower_ != "that" for m in marks) or any(x.lower_ in RELATIVES for x in children(c)):
            continue
        if any(x.dep_ == "nsubj" for x in children(c)):
            return c
    return None


def clause_doers(clause, res: KnownActors) -> list[tuple[str, object]]:
    """The actors a content clause says acted: its (active) subject and its conjuncts, not a name
    inside a subject that is a thing ("that its UK roaming rates are unfair": no one acted)."""
    subj = next((x for x in children(clause) if x.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "poss" for c in children(subj)):
        return []   # a name owned ("its UK ...": a misparsed modifier)
    heads = {subj.i, *(c.i for c in subj.conjuncts)}
    # the subject itself, or an actor in it when it names people ("Russian troops"), not in a thing
    # ("that UK roaming rates are unfair")
    return [(k, t) for k, t in subjects_of(subj, res) if t.i in heads or subj.pos_ != "NOUN" or agentive(subj)]


def alleged_against(noun, res: KnownActors, exclude: str | None = None) -> tuple[str | None, object]:
    """Whom an allegation noun is against, named as the doer in its content clause: "Labour's
    allegations that the Conservatives rigged the vote" -> the Conservatives. Not one who suffered
    ("allegations that prisoners were tortured": a passive names no doer). A pronoun or a description
    ("allegations it forces competitors out", "that the firm burdens the state") is taken only for the
    one who answers the allegation ("Serbia denied allegations that it armed the rebels"): elsewhere
    coreference too often picks the wrong firm."""
    if noun.lemma_.lower() not in ALLEGATION_NOUNS:
        return None, None
    clause = content_clause(noun)
    answering = answerer_of(noun, res)
    for key, tok in clause_doers(clause, res) if clause is not None else ():
        if key and key != exclude and (named(tok, key) or key == answering):
            return key, tok
    return None, None




def named(tok, key: str) -> bool:
    """An actor named where it stands: a name ("Ken Livingstone"), or a group by its common noun
    ("the Turkish firms"), not a pronoun or a description resolved to a name ("it", "the firm")."""
    return tok.pos_ == "PROPN" or unnamed(key) or tok.ent_type_ in ACTOR_LABELS or any(
        c.ent_type_ in ACTOR_LABELS for c in tok.lefts)   # "Russian troops", "Parmalat executives"


def denying(verb) -> bool:
    """A verb that denies or dismisses what is said of its subject: "denied", "rejected", "rubbished"."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon().denial or lemma in DISMISSING


def answering_verb(noun):
    """The verb that denies, rejects or answers the claim `noun` as its object or "against" it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "against":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in VERBAL or not (denying(verb) or verb.lemma_.lower() in ANSWERING) or is_passive(verb):
        return None
    return verb


def answer_anchor(noun):
    """Where an answered allegation's claim is read from: the answerer ("Ebbers rejected allegations he
    pressured ..."), whose denial does not undo that the allegation was made; None if unanswered."""
    verb = answering_verb(noun)
    return subject_token(verb) if verb is not None else None


def answerer_of(noun, res: KnownActors) -> str | None:
    """The actor that denies, rejects or answers the claim `noun` as its object ("Serbia denied
    allegations ...", "is appealing against allegations ..."), or None."""
    verb = answering_verb(noun)
    return next((k for k, _ in subjects_of(subject_token(verb), res)), None) if verb is not None else None


def denied_claims(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"Boeing denied Airbus's claims that it had received illegal subsidies": Airbus accuses Boeing.
    A claim is an accusation here because the one its clause is about denies it; its maker must be
    named ("denied claims that it would cut jobs" names no accuser, and need not be one)."""
    frame = lex.nouns.get("allegation")
    for noun in tokens.nouns:
        verb = noun.head
        if noun.i in used or noun.lemma_.lower() not in CLAIMS or frame is None or lex.nouns.get(noun.lemma_.lower()):
            continue   # allegations and accusations are events of their own (nominal_events)
        if verb.pos_ not in VERBAL or not denying(verb):
            continue
        if noun.dep_ == "dobj" and not is_passive(verb):
            answerer = subject_token(verb)
        elif noun.dep_ == "nsubjpass":
            answerer = passive_agent(verb)
        else:
            continue
        clause = content_clause(noun)
        if clause is None or cooperative(clause, lex):
            continue   # "rejected Hamas's claim that it had agreed to the truce": no wrong alleged
        denier = next(iter(subjects_of(answerer, res)), (None, None)) if answerer is not None else (None, None)
        doers = clause_doers(clause, res)
        maker, mtok = maker_of(noun, res, exclude=denier[0])
        if maker is None or mtok.pos_ == "PRON" or not doers:
            continue
        # the claim is against its clause's doer; "it" there is most often the one denying. Anchored
        # on the denier, as answered claims are (support_verbs): the denial does not undo the claim
        for key, tok in doers:
            if key != maker:
                used.add(noun.i)
                yield Candidate("ACCUSE", noun, maker, key, mtok, tok, frame,
                                answerer if answerer is not None else noun)


def cooperative(clause, lex) -> bool:
    """Whether a claim's clause states a cooperative act ("that it had agreed to the truce"), which
    denied is no accusation."""
    frame, _ = frame_for_verb(clause, lex)
    return frame is not None and frame.type in COOPERATIVE


def alleged_doers(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Siemens is alleged to have bribed officials": Siemens is accused, by someone unnamed (the
    act itself, if an event, is alleged: attribution). Not "the alleged bribes" nor "it is alleged
    that" (an allegation with no one it is against)."""
    frame = lex.verbs.get("accuse")
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "allege" or not is_passive(verb) or frame is None:
            continue
        act = next((c for c in children(verb) if c.dep_ == "xcomp" and any(
            a.lower_ == "to" and a.dep_ == "aux" for a in c.lefts for a in a.subtree)), None)
        if act is None or act.lemma_.lower() in lex.reporting or act.lemma_.lower() in SAYING:
            continue   # "is alleged to have told the prime minister ...": words reported, no wrong alleged
        subj = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ == "PRON":
            continue   # "he is alleged to have ...": whom, coreference too often gets wrong
        for key, tok in actors_of(subj, res):
            yield Candidate("ACCUSE", verb, None, key, None, tok, frame, verb)


def investigated_parties(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"Volkswagen is under investigation by the European Commission", "the bank remains under
    investigation", "Fillon was placed under formal investigation": the one under it is investigated
    (PLOVER ACCUSE, investigate), by the body named with "by"/"from" or by someone unnamed. Scrutiny
    says too little with no one named who scrutinises."""
    for noun in tokens.nouns:
        prep = noun.head
        if noun.i in used or noun.lemma_.lower() not in INVESTIGATIONS or noun.dep_ != "pobj" \
                or prep.lower_ != "under":
            continue
        verb = prep.head
        if verb.pos_ not in VERBAL or verb.lemma_.lower() not in UNDER_VERBS:
            continue
        frame = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get("investigation")
        undergoer = next((c for c in children(verb) if c.dep_ == ("nsubjpass" if is_passive(verb) else "nsubj")), None)
        if undergoer is not None and undergoer.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            undergoer = verb.head   # "Jones, who is under investigation by the agency"
        if undergoer is None or undergoer.pos_ == "PRON" or frame is None:
            continue
        # "by"/"from" the body, or its own: "has come under the Commission's scrutiny"
        # ("under investigation for steroid use by the agency": the parser hangs "by" on the use)
        heads = (noun, verb, *prep_objects(noun, "for"))
        doer = doer_phrase(*heads)
        if doer is None:
            doer = next((c for c in children(noun) if c.dep_ == "poss"), None)
        doers = actors_of(doer, res) if doer is not None else []
        if not doers and (noun.lemma_.lower() == "scrutiny" or doer is not None):
            continue   # "under scrutiny" alone; "by the regulators" we cannot name
        for okey, otok in actors_of(undergoer, res):
            used.add(noun.i)
            for skey, stok in doers or [(None, None)]:
                if skey != okey:
                    yield Candidate("ACCUSE", noun, skey, okey, stok, otok, frame, verb)


def investigated_in_clause(candidates: list[Candidate], res: KnownActors) -> None:
    """An investigation with no one it is into takes the doer of the clause it examines: "the FAA is
    investigating whether Boeing hid defects", "opened an inquiry into claims that the club paid
    players" (the claim's content clause)."""
    for c in candidates:
        if c.type != "ACCUSE" or c.object is not None or c.trigger.lemma_.lower() not in (
                INVESTIGATING | INVESTIGATIONS):
            continue
        trigger = c.trigger
        # "investigating whether ...", "an investigation into whether ..."
        clauses = [x for h in (trigger, *(p for p in children(trigger) if p.dep_ == "prep" and p.lower_ == "into"))
                   for x in children(h) if x.dep_ in ("ccomp", "pcomp") and any(
                       m.dep_ == "mark" and m.lower_ in WHETHER for m in children(x))]
        # "investigating claims that ...", "an inquiry into allegations that ..."
        # the parser may hang "into" on the verb that opens the inquiry ("opened an inquiry into ...")
        heads = (trigger, c.anchor) if c.anchor is not None and trigger.dep_ == "dobj" \
            and trigger.head.i == c.anchor.i else (trigger,)
        things = [x for x in children(trigger) if x.dep_ == "dobj"] + [
            p for h in heads for x in children(h) if x.dep_ == "prep" and x.lower_ in ("into", "of")
            for p in children(x) if p.dep_ == "pobj"]
        clauses += [cl for t in things if t.lemma_.lower() in ALLEGATION_NOUNS
                    for cl in (content_clause(t),) if cl is not None]
        for clause in clauses:
            found = next(((k, t) for k, t in clause_doers(clause, res) if k != c.subject and t.pos_ != "PRON"), None)
            if found is not None:
                c.object, c.object_tok = found
                break
