"""Demands said without a modal on their addressee (PLOVER REQUEST):
- on what belongs to another actor: "said Iran's enrichment programme should be halted", "said Georgia's
  rules should be changed". The addressee goes unnamed; REQUEST's other side is the one asked to act
  (PLOVER), and the owner is that one when the thing is its own to act on (its programme, rules, troops,
  deficit). What an owner holds by another's grant or purchase ("Turkcell's stake should be cut", "the
  firm's licence must be revoked") is disposed of by the one who grants or rules on it: the owner is acted
  on, not asked, and no demand is coded on it. A regret ("should have been cut"), a demand that something
  not be done ("should not be cut") and a forecast ("should be seen") demand nothing of the owner;
- "said it was time for Iran to comply", "it is high time for the president to resign";
- on the one told, named by a pronoun: "the Commission told Italy it must cut its deficit" (the
  addressee, not the speaker, is the "it" a demand or a charge is about).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..quotes import in_quote, sentence_quotes
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_of_token, entity_type, named_other
from .calls import acting_side
from .entity_lookup import unnamed
from .frames import Candidate, clause_subject, frame_for_verb, noun_frame, noun_subject
from .noun_phrases import prep_objects
from .sense_words import lemma_in
from .thing_makers import maker_of

OBLIGATION = words("statement_obligation")
FORECAST_VERBS = words("statement_forecast_verbs")
# when one asked to go should go: "must go now", "should go immediately"
GO_NOW = words("demands_go_now")
# choices left to another, which ask nothing of it: "said it was up to the court to decide"
CHOOSING = words("choosing_verbs")
# what an owner holds by another's grant or purchase: "Turkcell's stake", "the firm's licence"
HELD_BY_GRANT = words("held_by_grant")


def owned_demand(clause, subj, speaker, res: KnownActors) -> Candidate | None:
    """REQUEST on the owner of the passive subject of an obligation: "said Iran's programme should be halted"
    (not "said Turkcell's stake should be cut": a holding is another's to cut, the owner is acted on)."""
    skey, stok = speaker
    kids = list(clause.children)
    modal = next((a for a in kids if a.dep_ == "aux" and a.lower_ in OBLIGATION), None)
    if modal is None or subj.dep_ != "nsubjpass" or clause.lemma_.lower() in FORECAST_VERBS \
            or unnamed(skey) or lemma_in(subj, HELD_BY_GRANT) \
            or any(k.dep_ == "neg" or k.dep_ == "aux" and k.lemma_ == "have" for k in kids):
        return None
    owner, otok = maker_of(subj, res, skey)
    if not named_other(owner):
        return None
    return Candidate("REQUEST", modal, skey, owner, stok, otok, None, clause)


def time_for(clause) -> object | None:
    """The one "it is time for" to act, or None: "said it was time for Iran to comply" (not "time for
    Arsenal to win a trophy": a hope, no demand)."""
    if clause.lemma_.lower() != "be" or any(k.dep_ == "neg" for k in clause.children):
        return None
    for time in (k for k in clause.children if k.dep_ == "attr" and k.lower_ == "time"):
        for act in (v for v in time.children if v.dep_ in ("relcl", "acl", "advcl")
                    and (v.lemma_.lower() not in FORECAST_VERBS or must_go(v))):
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in act.children):
                return next((x for x in act.children if x.dep_ == "nsubj"), None)
    return left_to(clause)


def must_go(verb) -> bool:
    """A bare "go" asked of an office holder, the demand that it leave office: "said Mr Blair must go",
    "said it was time for the minister to go" (not "must go to Brussels", "should go ahead", "will go
    further")."""
    return verb.lemma_.lower() == "go" and not any(
        c.dep_ in ("prep", "dobj", "xcomp", "advcl", "ccomp", "prt", "acomp", "npadvmod", "conj")
        or c.dep_ == "advmod" and c.lower_ not in GO_NOW for c in verb.children)


def left_to(clause) -> object | None:
    """The one a duty is left to: "said it was up to Iran to prove its good faith", "said the onus was on
    the bank to explain" (not "up to the court to decide": deferring a choice asks nothing)."""
    act = next((v for v in clause.children if v.dep_ in ("advcl", "xcomp") and v.pos_ in VERBAL and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)
    if act is None or act.lemma_.lower() in FORECAST_VERBS | CHOOSING:
        return None
    onus = any(k.dep_ == "nsubj" and k.lower_ == "onus" for k in clause.children)
    for prep in (k for k in clause.children if k.dep_ == "prep"):
        held = [prep] if prep.lower_ == "on" and onus else [
            p for p in prep.children if prep.lower_ == "up" and p.dep_ == "prep" and p.lower_ == "to"]
        found = next((o for h in held for o in h.children if o.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def time_demand(clause, speaker, res: KnownActors) -> Candidate | None:
    """REQUEST of the speaker on the one it says it is time for to act."""
    skey, stok = speaker
    otok = time_for(clause)
    okey = actor_of(otok, res) if otok is not None and entity_of_token(otok, res) is not None else None
    if okey is None or okey == skey or unnamed(okey) or unnamed(skey):
        return None
    return Candidate("REQUEST", next((k for k in clause.children if k.lower_ in ("time", "up", "onus")), clause),
                     skey, okey, stok, otok, None, clause)


# pronouns that may stand for the one told, and the kinds of actor each may stand for
# who is told news, not demands: outlets and places
NOT_TOLD = frozenset({"MEDIA", "ANONYMOUS_SOURCE", "LOCATION", "OTHER"})
ADDRESSEE_PRONOUNS = {"it": "thing", "they": "any", "he": "person", "she": "person"}


def told_one(verb, subj, skey: str, res: KnownActors) -> tuple[str, object] | None:
    """The actor a reporting verb tells ("told Italy", "warned Greece that") when the reported clause's
    subject is a pronoun that can stand for it; None otherwise."""
    kind = ADDRESSEE_PRONOUNS.get(subj.lower_)
    if kind is None or subj.pos_ != "PRON":
        return None
    for told in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        key = actor_of(told, res) if entity_of_token(told, res) is not None else None
        if key is None or key == skey or unnamed(key) or entity_type(key, res) in NOT_TOLD:
            continue   # "told Reuters it must cut costs": an outlet is told the speaker's own plans
        if kind == "any" or (entity_type(key, res) == "PERSON") == (kind == "person"):
            return key, told
    return None


# what a measure is asked to undergo when an actor wants it ended or changed: "wanted the embargo to end",
# "wants the sanctions lifted", "wanted the tariffs to be scrapped"
ENDINGS = words("demanded_endings")
# measures one wants ended besides the lexicon's nouns of conflict acts ("the embargo", "the blockade")
MEASURES = words("demanded_measures")
WANTING = frozenset({"want"})


def wanted_endings(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """REQUEST of nobody named when an actor wants a measure ended: "Britain wants the sanctions
    lifted", "said he also wanted it (the embargo) to end". Who must end it goes unsaid (the
    measure's maker or the body that rules on it). Only a state or office holder's want is a demand
    (sense_cooperative: "investors want the rules to change" is a wish), only of a measure or a
    conflict act ("wanted the economy to stop shrinking" is no demand), and only its end ("wanted the
    ban to stay" is support)."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in WANTING or verb.i in used or (ended := ending_wanted(verb, lex, res)) is None:
            continue
        skey, stok = clause_subject(verb, res)
        if skey is None:
            continue
        end, thing = ended
        # the measure's maker must end it: "wants Iran's enrichment programme halted" (a demand on Iran)
        okey, otok = maker_of(thing, res, skey) if thing.pos_ != "PRON" else (None, None)
        if okey is not None and not named_other(okey):
            okey, otok = None, None
        used.add(end.i)
        yield Candidate("REQUEST", verb, skey, okey, stok, otok, lex.verbs.get("want"), verb)


def ending_wanted(verb, lex, res: KnownActors | None):
    """The word of ending and the measure ended in "wanted the embargo to end", "wants the sanctions lifted", "wanted it to
    be scrapped" (also misparsed as "the embargo to (the) end"), or None."""
    if any(k.dep_ == "neg" for k in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in VERBAL
                   and c.lemma_.lower() in ENDINGS and not any(k.dep_ == "neg" for k in c.children)):
        thing = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None and clause.dep_ == "xcomp":
            thing = next((k for k in verb.children if k.dep_ == "dobj" and k.i < clause.i), None)
        if thing is not None and ended_measure(thing, lex, res):
            return clause, thing
    for thing in (k for k in verb.children if k.dep_ == "dobj" and ended_measure(k, lex, res)):
        for end in (p for p in prep_objects(thing, "to")
                    if p.lower_ == "end" and not any(d.dep_ == "det" for d in p.children)):
            return end, thing
    return None


def ended_measure(thing, lex, res: KnownActors | None) -> bool:
    """A measure or conflict act: "the embargo", "sanctions", "the ban on imports", or "it" (the
    measure named before: "wanted it to end")."""
    if thing.pos_ == "PRON":
        return thing.lower_ == "it"
    if res is not None and entity_of_token(thing, res) is not None:
        return False
    frame = noun_frame(thing, lex)
    return thing.lemma_.lower() in MEASURES or thing.lower_ in MEASURES or frame is not None and frame.type in (
        "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST")


THIRD_PERSON = words("he_she")


def third_party(subj, skey: str, own: bool, res: KnownActors) -> bool:
    """A third-person pronoun in a sentence quoted from someone else that stands for another actor:
    '"But he still needs to scrap the rule," said the campaigner' (he is the minister named before)."""
    if own or subj.lower_ not in THIRD_PERSON:
        return False
    key = actor_of(subj, res)
    return named_other(key, skey)


def quoted_apart(subj, verb) -> bool:
    """The subject of what is reported stands in the speaker's quoted words and the reporting verb outside
    them: there the speaker is "I" or "we" and "he" someone else."""
    quotes = sentence_quotes(subj.doc)
    return in_quote(subj.doc, subj.i, quotes) != in_quote(subj.doc, verb.i, quotes)


# what an inquiry demanded may be called: the nouns of investigation, a review, an audit
INQUIRIES = words("investigation_nouns") | {"review", "audit"}


def inquired_side(act, skey: str, res: KnownActors) -> tuple[str, object] | None:
    """The actor whose conduct an inquiry demanded is into, who is to answer it: "an investigation into
    the role played by France", "an inquiry into the ministry's handling of the case", "a probe into
    Britain". None for an inquiry into a thing or an event ("into the crash")."""
    if act.lemma_.lower() not in INQUIRIES:
        return None
    for into in prep_objects(act, "into"):
        sides = [into] if entity_of_token(into, res) is not None else []
        sides += [d for d in into.children if d.dep_ == "poss"]
        sides += [o for v in into.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"
                  for o in a.children if o.dep_ == "pobj"]
        for tok in sides:
            key = acting_side(tok, res)
            if named_other(key, skey) and entity_type(key, res) not in NOT_TOLD:
                return key, tok
    return None


# the wanter of "would like to see": "like" is a want only with "to see" after it
SEEING_WANTS = words("demands_seeing_wants")


def seen_acts(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """REQUEST when an actor wants to see an act done: "Britain wants to see a withdrawal of Russian
    troops", "would like to see Iran halt enrichment": the act's doer, named by the noun or the
    clause, is asked; else nobody named ("wants to see the release of the prisoners"). The want of
    anyone but a state or office holder is a wish (the sense judge, as for "wants X to")."""
    for verb in tokens.verbs:
        if verb.i in used or (act := seen_act(verb, lex)) is None:
            continue
        skey, stok = clause_subject(verb, res)
        if skey is None:
            continue
        if act.pos_ == "NOUN":
            okey, otok = noun_subject(act, res)
        else:
            otok = next((k for k in act.children if k.dep_ == "nsubj"), None)
            okey = actor_of(otok, res) if otok is not None else None
        if okey is None or okey == skey:
            okey, otok = None, act
        yield Candidate("REQUEST", verb, skey, okey, stok, otok, lex.verbs.get("want"), verb)


def seen_act(verb, lex):
    """The act a verb of wanting wants to see done: the event noun ("wants to see a withdrawal of
    troops") or the clause ("would like to see Iran halt enrichment"), or None (not "to see the match",
    not "does not want to see")."""
    if verb.lemma_.lower() not in SEEING_WANTS or any(k.dep_ == "neg" for k in verb.children):
        return None
    for see in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and not any(a.dep_ == "neg" for a in c.children)):
        for c in see.children:
            if c.dep_ == "dobj" and c.lower_ == "end":   # "would like to see an end to the blockade"
                c = next((p for p in prep_objects(c, "to") if p.pos_ == "NOUN"), c)
            if c.dep_ in ("dobj", "pobj") and c.pos_ == "NOUN" and noun_frame(c, lex) is not None:
                return c
            if c.dep_ == "ccomp" and c.pos_ in VERBAL and frame_for_verb(c, lex)[0] is not None \
                    and not any(k.dep_ == "neg" for k in c.children):
                return c
    return None
