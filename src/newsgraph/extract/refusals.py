"""Refusals whose other side is not the refusing verb's own object (PLOVER REJECT).

- A refusal to comply with what another side made is aimed at its maker: "the council refused to comply
  with the ministry's order", "refused to accept the terms set by the EU" (the order's or the terms'
  maker, as for "rejected the union's demands"); "refused to bow to Washington" at the one named.
- A case or an appeal lost is the court's refusal of the one who brought it: "the farmers lost their
  appeal in the High Court" is REJECT by the High Court of the farmers; with no court named ("lost a
  landmark appeal over police actions") the court goes unnamed, as the prosecutor of "was charged with"
  does. So is an appeal or a lawsuit refused in the passive with no court named ("Microsoft's appeal was
  dismissed"). An appeal lost that is no act of law ("the party lost its appeal to young voters": its
  attraction) says nothing of a court, and is not read so.
- An answer called defiant or negative refuses the one answered: "Vodafone's response to the Commission's
  letter was defiant" (REJECT by Vodafone of the letter's maker).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .answered_requests import answered_makers
from .arguments import actor_of, actors_of, is_passive, named_other, subject_token
from .frames import TURNED_DOWN, Candidate
from .met_demands import demand_answerers
from .refused_owners import refused_owners
from .thing_makers import maker_of

# verbs of giving way ("did not accept", "refused to sign"): what a refusal or a yielding statement is of
YIELDING_VERBS = words("statement_yielding_verbs")
# acceptance refused by saying one will not give it (refusals_by_negation), and the auxiliaries that say so
REFUSED_BY_NOT = words("refused_by_negation")
REFUSING_AUX = words("refusals_refusing_aux")
QUOTES = ('"', "\u201c", "\u201d")
# matters of law that are lost or refused: "lost its appeal", "the lawsuit was dismissed"
LEGAL_MATTERS = words("lost_legal_matters")
# what is lost in court only when the sentence says so: "lost a legal bid", "lost its High Court challenge"
CONTESTS = words("lost_legal_contests")
# who rules: "in the High Court", "the tribunal"
COURTS = words("judging_bodies")
# words that put a contest in court: "a legal challenge", "a court bid", "the ruling"
COURT_CUES = COURTS | words("court_cues")
# what a court does to an appeal or lawsuit in the passive: "was dismissed", "was thrown out"
COURT_REFUSALS = words("court_refusal_verbs")
COURT_PHRASALS = frozenset({("throw", "out"), ("strike", "down"), ("strike", "out"), ("kick", "out")})
# where a case is lost: "in the High Court", "at the Court of Appeal", "before the tribunal"
VENUE_PREPS = words("refusals_venue_preps")
ANSWERS = words("answer_nouns")
REFUSING_ANSWERS = words("refusing_answers")
# what an appeal is against or about: a legal appeal, not an appeal to voters
CONTESTED_PREPS = words("contested_prepositions")


def yielded_makers(candidates: list[Candidate], res: KnownActors) -> None:
    """A refusal with no other side takes the maker of what it refuses to comply with, obey, accept
    or honour ("refused to comply with the ministry's order"), the side it refuses to yield to
    ("refused to bow to Washington"), or the one its act would be done to (`recipient`)."""
    for c in candidates:
        if c.type != "REJECT" or c.subject is None or c.object is not None and not handed_over(c):
            continue
        for act in (x for x in c.trigger.children if x.dep_ == "xcomp"):
            found = refused_party(act, c.subject, res) if act.lemma_.lower() in YIELDING_VERBS and c.object is None else None
            found = found or recipient(act, c.subject, res)
            if found is not None:
                c.object, c.object_tok = found
                break
    refused_owners(candidates, res)   # "rebuffed an approach from Kraft", "refused permission to Tesco"
    refusals_by_negation(candidates)
    answered_makers(candidates, res)   # "Germany offered talks. Serbia turned down the offer."
    demand_answerers(candidates, res)   # "Ford met the union's demands": the union asked Ford


def refusals_by_negation(candidates: list[Candidate]) -> None:
    """An acceptance or backing its subject says it will not give is a refusal: "Turkey will not accept
    the EU's conditions", "Israel cannot accept the Saudi plan", "Iran does not recognise the Hague court"
    (REJECT, on the word "not": the refusal is stated, not denied), when it names the side refused. A
    past "did not sign" tells a fact, no stance; "will not support Blu-ray" is a product's, not a side's."""
    for c in candidates:
        if c.type not in ("AGREE", "SUPPORT") or c.trigger.pos_ != "VERB" or c.trigger.lemma_.lower() not in REFUSED_BY_NOT \
                or c.object is None or not stated_outright(c.trigger):
            continue    # "will not accept above-inflation rises": a stance on no side (bench)
        neg = next((x for x in c.trigger.children if x.dep_ == "neg"), None)
        aux = [x.lower_ for x in c.trigger.children if x.dep_ == "aux"]
        if neg is not None and any(a in REFUSING_AUX or a in ("do", "does") for a in aux):
            c.type, c.trigger, c.anchor = "REJECT", neg, neg


def stated_outright(verb) -> bool:
    """A main clause the writer states, with no condition and no quotation: a reported refusal ("said it
    would not accept") is the speech's (statements.py), an "if" makes it a possibility."""
    return verb.dep_ == "ROOT" and not any(q in verb.sent.text for q in QUOTES) and not any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for x in verb.children if x.dep_ == "advcl" for m in x.children)


def handed_over(c: Candidate) -> bool:
    """A refusal whose object is people or things its act would hand over ("refused to hand over the
    suspects to Lebanon"): the one they would go to is the side refused, if named."""
    tok = c.object_tok
    return (c.object or "").startswith("OTHER:") and tok is not None and tok.dep_ == "dobj" \
        and tok.head.dep_ == "xcomp" and tok.head.head.i == c.trigger.i


def recipient(act, exclude: str, res: KnownActors) -> tuple[str, object] | None:
    """The side a refused act would be done to or with, named after "to" or "with" on the act or on
    its object ("declined to sell its bonds to China", "refused to hand over the suspects to Lebanon",
    "refused to return to the talks with Seoul"): whoever asked or stood to gain is refused."""
    heads = [act, *(c for c in act.children if c.dep_ in ("dobj", "dative", "prep"))]
    heads += [o for h in heads if h.dep_ == "prep" for o in h.children if o.dep_ == "pobj"]
    for head in heads:
        for p in (head, *head.children):
            if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with"):
                for o in (x for x in p.children if x.dep_ == "pobj"):
                    key = actor_of(o, res)
                    if named_other(key, exclude):
                        return key, o
    return None


def refused_party(act, exclude: str, res: KnownActors) -> tuple[str, object] | None:
    """The maker of the order, terms or claim `act` governs ("obey the court's order", "comply with
    demands from the EU"), else the side it yields to after a preposition ("bow to Washington")."""
    things = [c for c in act.children if c.dep_ == "dobj"] + [
        o for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for thing in things:
        if thing.lemma_.lower() in TURNED_DOWN or thing.lower_ in TURNED_DOWN:
            key, tok = maker_of(thing, res, exclude)
            if key is not None:
                return key, tok
        elif thing.dep_ == "pobj" and (key := actor_of(thing, res)) is not None and key != exclude:
            return key, thing
    return None


def lost_case_events(tokens, res: KnownActors) -> Iterator[Candidate]:
    """"X lost its appeal (against Y) in the High Court": REJECT by the court, if named, of X."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "lose" or any(c.dep_ == "neg" for c in verb.children):
            continue
        matter = next((c for c in verb.children if c.dep_ == "dobj" and legal_matter(c, verb)), None)
        subj = subject_token(verb)
        if matter is None or subj is None or subj.pos_ == "PRON":
            continue
        court = court_named(verb, res)
        ckey, ctok = court if court is not None else (None, None)
        for okey, otok in actors_of(subj, res):
            if okey != ckey:
                yield Candidate("REJECT", verb, ckey, okey, ctok, otok, None, verb)


def legal_matter(noun, verb) -> bool:
    """An appeal, lawsuit or case, or a bid or challenge put in court ("a legal bid", "a High Court
    challenge"), with something that makes it an act of law: a court or a legal word in the
    sentence, or what it is against ("appeal against the ruling", "appeal over police actions")."""
    lemma = noun.lemma_.lower()
    if lemma not in LEGAL_MATTERS and lemma not in CONTESTS:
        return False
    if any(p.dep_ == "prep" and p.lower_ in CONTESTED_PREPS for p in noun.children) and lemma in LEGAL_MATTERS:
        return True
    return any(court_cue(t) for t in noun.sent if t.i != noun.i)


def court_cue(tok) -> bool:
    return tok.lemma_.lower() in COURT_CUES or tok.lower_ in COURT_CUES


def court_named(verb, res: KnownActors) -> tuple[str, object] | None:
    """The court a case is lost in: "in the High Court", "at the Court of Appeal", "to the Supreme
    Court", after the verb on itself, on the matter lost or on what it is against ("its appeal against
    the police in the High Court", as the parser often attaches it)."""
    for o in verb.doc[verb.i + 1:verb.right_edge.i + 1]:
        if o.dep_ == "pobj" and o.head.lower_ in VENUE_PREPS and o.lemma_.lower() in COURTS \
                and (key := actor_of(o, res)) is not None:
            return key, o
    return None


def court_unnamed(c: Candidate) -> bool:
    """A refusal by a court the text leaves unnamed, of the side it names: a case lost ("lost its
    appeal in court"), or an appeal or lawsuit refused in the passive ("X's appeal was dismissed")."""
    if c.type != "REJECT" or c.subject is not None or c.object is None:
        return False
    verb = c.trigger
    lemma = verb.lemma_.lower()
    if lemma == "lose":
        return any(x.dep_ == "dobj" and legal_matter(x, verb) for x in verb.children)
    refusing = lemma in COURT_REFUSALS or any(x.dep_ == "prt" and (lemma, x.lower_) in COURT_PHRASALS
                                              for x in verb.children)
    return refusing and is_passive(verb) and not any(x.dep_ == "agent" for x in verb.children) and any(
        x.dep_ == "nsubjpass" and x.lemma_.lower() in LEGAL_MATTERS for x in verb.children)


def refusing_answers(tokens, res: KnownActors) -> Iterator[Candidate]:
    """"X's response to Y('s letter) was defiant": REJECT by the one answering of the one answered."""
    for verb in (v for v in tokens.verbs if v.lemma_.lower() == "be"):
        label = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in REFUSING_ANSWERS), None)
        answer = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ANSWERS), None)
        if verb.lemma_.lower() != "be" or label is None or answer is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        giver = next((c for c in answer.children if c.dep_ == "poss"), None)
        skey = actor_of(giver, res) if giver is not None else None
        answered = next((o for p in answer.children if p.dep_ == "prep" and p.lower_ == "to"
                         for o in p.children if o.dep_ == "pobj"), None)
        if skey is None or answered is None:
            continue
        okey = actor_of(answered, res)
        okey, otok = (okey, answered) if okey is not None else maker_of(answered, res, skey)
        if okey is not None and okey != skey:
            yield Candidate("REJECT", label, skey, okey, giver, otok, None, verb)
