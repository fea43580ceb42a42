"""How far a negator reaches over an event (extract/attribution.py walks up to it).

- "Not ... until" tells when an act happened, not that it did not: "Bernstein did not meet him until
  2008", "police did not open fire until the crowd reached parliament".
- A "not" on the verb an event noun is the subject of denies that verb's act, not the noun's: "UK aid
  will not take relief from Africa" still gives aid, "the attack did not kill anyone" was an attack; only
  a verb that says the noun's act happened carries the "not" to it ("the talks did not take place").
- An act "too" much for its doer did not happen: "was too ill to stand trial".
- An act done "without" by the clause's doer was not done: "adjourned without agreeing on the fines",
  "can cut crime without asking people to pay more taxes".
- An act its doer avoids, refrains from or stops short of was not done: "Israel refrained from attacking
  the town", "the gunman avoided arrest", "stopped short of criticising Moscow", "held off imposing
  sanctions" (as one refused: "declined to meet him").
- A denial only supposed denies nothing: "it would have been longer had he denied the charge".
- A denial with its own object ("denied the claims", "denied those reports") denies that; a participle
  beside it says what the denier holds instead ("denied the claims, saying the suspension was unjust",
  "calling them smoke screens to mask Khartoum's support of the rebels"): that is not denied.
- A "not" does not reach a clause joined by "and" with a subject of its own ("said the public did not know
  whom to believe and the audit office should judge": the office is asked to judge).
- A "not" does not reach a clause of contrast joined to its verb: "Thailand does not wish to opt for a
  freeze, while India has rejected aid" (India rejected it), nor a concession: "said he did not see the
  gunman, despite being shot" (he was shot).
- A "not" on a judgement of an act denies the judgement, not the act: "it is not enough for the army to
  investigate", "it was not unlawful for the police to turn the passengers away" (the act was done);
  "it is not possible for the police to arrest him" stays denied. So does a "not" on how a doer went about
  an act: "has not been straightforward in attacking the party", "was not wrong in sacking him" (he attacked,
  he sacked him); "was not involved in the attack" is no such judgement.
- An adjective that tells the event ("willing", "ready") is denied by a "not" or a subject that denies every
  doer on its copula: "Russia was not willing to fund the project".
- An act is denied outright by "no" on its own noun ("reached no agreement", "no talks were held") and by
  a subject that denies every doer: "neither France nor Germany condemned the coup", "no group has
  claimed the attack"; and by "neither" and "nor" joining verbs, objects or clauses: "the court neither
  convicted nor acquitted him", "Ankara criticised neither Tehran nor Damascus", "Nor did Berlin condemn
  the raid", "and neither has Paris protested".
- "No longer" on a verb denies it: "Israel no longer occupies the strip".
The words are data: data/lexicon/words/extract.yaml (occurrence_verbs).
"""
from __future__ import annotations

from ..wordlists import words
from .keep import NOBODY  # noun phrases that name a party without "no": "no one", "nobody", "none of the parties"
from .mood import INVERTING  # auxiliaries that, put before the subject, make a condition: "had he denied"

OCCURRENCE = words("occurrence_verbs")
AVOIDING = words("avoiding_verbs")
JUDGING = words("judging_adjectives")
CONDUCT_JUDGING = words("conduct_judging_adjectives")
# prepositions of a concession: the act in them stands ("despite being shot", "notwithstanding")
CONCESSIONS = words("negation_scope_concessions")
# how the avoided act hangs on its verb: "avoided attacking", "avoided arrest", "held off attacking"
AVOIDED_SLOTS = frozenset({"xcomp", "dobj", "advcl"})
# the prepositions that bring it: "refrained from attacking", "stopped short of", "held off on"
AVOIDED_PREPOSITIONS = words("negation_scope_avoided_prepositions")
# the same told by a verb and its object or particle: "take place", "go ahead", "come about"
OCCURRENCE_PHRASES = frozenset({("take", "place"), ("go", "ahead"), ("come", "about"), ("get", "underway")})
# prepositions and conjunctions of "not ... until": the act came at last
UNTIL = words("negation_scope_until")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# how a verb shares the subject of the verb above it: "was willing to fund", "refused to meet"
SHARED = frozenset({"xcomp", "acomp"})
# conjunctions of a clause set against the one it hangs on, which states its own act
CONTRASTS = words("negation_scope_contrasts")
# coordinators that set a clause against the one before: "did not attack but threatened"
CONTRAST_CONJUNCTIONS = words("negation_scope_contrast_conjunctions")
# the negative coordinators: every conjunct they join is denied
NEITHER_NOR = words("negation_scope_neither_nor")


def not_until(verb) -> bool:
    """"did not meet him until 2008", "did not open fire until the crowd reached parliament"; a future or
    modal "not ... until" is still a refusal now ("will not drop the lawsuit until it can assess the policy")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in UNTIL or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in UNTIL for m in c.children) for c in verb.children)


def negates(verb, path, i: int) -> bool:
    """Whether a "not" on `verb` (path[i], reached from the event at path[0]) denies the event."""
    if not_until(verb) or i > 0 and (contrasted(path[i - 1]) or judged_only(verb, path[i - 1])
                                      or judged_conduct(path, i) or clause_of_its_own(path[i - 1])):
        return False
    if i == 1 and path[0].pos_ in ("NOUN", "PROPN") and path[0].dep_ == "nsubj":
        return occurrence(verb)    # "the attack did not kill anyone": still an attack
    return True


def no_longer(word) -> bool:
    """"no longer" (or "not any longer") on a verb: the act or state has ended, it is not going on ("Israel no
    longer occupies the strip", "the firm no longer supplies arms to the rebels")."""
    return word.dep_ == "advmod" and word.lower_ == "longer" and any(c.dep_ == "neg" for c in word.children)


def judged_only(verb, clause) -> bool:
    """`clause` is the act a negated judgement on `verb` weighs: "it is not enough for the army to
    investigate", "it was not unlawful for the police to detain them" (the act stands)."""
    return verb.lemma_ == "be" and clause.dep_ in ("advcl", "xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
        c.dep_ == "acomp" and c.lower_ in JUDGING for c in verb.children)


def judged_conduct(path, i: int) -> bool:
    """path[i] is a copula whose judgement weighs how the act below was done, the act's gerund in an "in"
    phrase on the copula or on its adjective: "has not been straightforward in attacking the party", "was not
    wrong in sacking him": the act was done."""
    verb = path[i]
    if i == 0 or verb.lemma_ != "be" or not any(c.dep_ == "acomp" and c.lower_ in CONDUCT_JUDGING for c in verb.children):
        return False
    below = path[i - 1]
    prep = path[i - 2] if below.dep_ == "acomp" and i > 1 else below   # "in" on the adjective: "honest in attacking"
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def occurrence(verb) -> bool:
    """A verb that says its subject's act happened: "happened", "took place", "went ahead"; with a direct
    object it says what the act does to that ("the raid will not end the rebellion": still a raid)."""
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE:
        return not any(c.dep_ == "dobj" for c in verb.children)
    return any((lemma, c.lower_) in OCCURRENCE_PHRASES for c in verb.children if c.dep_ in ("dobj", "prt", "advmod"))


def denied_outright(path, i: int) -> bool:
    """"no" on the event's own noun ("reached no agreement"), or a subject that names no doer of the
    event's clause (the event's verb or the verbs it shares a subject with: "neither X nor Y was willing
    to fund it", "no group has claimed the attack", "nobody was arrested")."""
    tok = path[i]
    if i == 0 and tok.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if tok.pos_ not in ("VERB", "AUX") or not_until(tok) or any(p.dep_ not in SHARED for p in path[:i]):
        return False
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    return subject is not None and (subject.lower_ in NOBODY or any(
        c.dep_ in ("preconj", "det") and c.lower_ == "neither" or c.dep_ == "det" and c.lower_ == "no"
        for c in subject.children)) or neither_nor(tok)


def neither_nor(verb) -> bool:
    """A verb denied by "neither" or "nor": before it ("the court neither convicted ...", "Nor did Berlin
    condemn the raid", "and neither has Paris protested"), joining it to the verb before ("... nor acquitted
    him") or on its object ("criticised neither Tehran nor Damascus")."""
    if any(c.lower_ in NEITHER_NOR and c.i < verb.i for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and verb.head.i < c.i < verb.i
                                   for c in verb.head.children):
        return True
    return any(c.dep_ == "dobj" and any(d.dep_ in ("preconj", "det") and d.lower_ == "neither" for d in c.children)
               for c in verb.children)


def denied_adjective(path, i: int) -> bool:
    """An event told by an adjective on a copula, denied there: "Russia was not willing to fund the project",
    "neither France nor Germany was ready to send troops" (no willingness, so no agreement)."""
    if i != 1 or path[0].pos_ != "ADJ" or path[0].dep_ != "acomp" or path[1].pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "neg" for c in (*path[0].children, *path[1].children)) or denied_outright(path, 1)


def avoided(path, i: int) -> bool:
    """path[i] is a verb of keeping from the act path[0] names, directly ("avoided attacking the town",
    "avoided arrest", "refrained from violence", "abstained from criticising") or as a phrase ("stopped
    short of attacking", "held off (on) imposing sanctions"): the act was not done. An act in a clause or
    phrase further down ("avoided the town where rebels attacked troops") is its own."""
    verb = path[i]
    if i == 0 or verb.pos_ not in ("VERB", "AUX"):
        return False
    # an event noun told by its verb: "avoided imposing sanctions" (the sanctions' verb is avoided)
    k = 1 if i > 1 and path[0].pos_ in ("NOUN", "PROPN") and path[0].dep_ == "dobj" else 0
    lemma, act, steps = verb.lemma_.lower(), path[k], i - k
    if lemma == "stop":   # "stopped short of attacking"
        return steps == 3 and path[i - 1].lower_ == "short" and path[i - 2].lower_ == "of" \
            and act.dep_ in ("pcomp", "pobj")
    held_off = lemma == "hold" and act.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if not (lemma in AVOIDING or held_off):   # ("held off an attack" repelled one: it was made)
        return False
    if steps == 1:
        return act.dep_ in AVOIDED_SLOTS
    return steps == 2 and path[i - 1].dep_ == "prep" and path[i - 1].lower_ in AVOIDED_PREPOSITIONS \
        and act.dep_ in ("pcomp", "pobj")


def supposed(verb) -> bool:
    """A verb only supposed, told by putting its auxiliary before the subject: "it would have been longer
    had he denied the charge", "should Ankara reject the deal": no denial or refusal was made."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and not any(c.dep_ == "mark" for c in verb.children) and any(
        a.dep_ == "aux" and a.lower_ in INVERTING and a.i < subject.i for a in verb.children)


def done_without(path, i: int) -> bool:
    """The act is the gerund of a "without" phrase: "adjourned without agreeing on a new level of fines"."""
    return i == 1 and path[1].dep_ == "prep" and path[1].lower_ == "without" and path[0].dep_ == "pcomp"


# clauses an act sits in below the infinitive after "too", which tell of it rather than do it
TOLD_CLAUSES = frozenset({"ccomp", "relcl", "csubj", "csubjpass"})


def too_much(path, i: int) -> bool:
    """The act is an infinitive after "too": "had too much sense to point a gun at an officer", "was too
    ill to stand trial", "too late to stop the attack": it did not happen."""
    if i == 0 or path[i - 1].dep_ not in ("xcomp", "acl", "advcl", "ccomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in path[i - 1].children):
        return False
    if any(p.dep_ in TOLD_CLAUSES for p in path[:i - 1]):
        return False   # "too early to tell what impact X's decision to buy Y will have": only the telling is not done
    head = path[i]
    # the measure is the head itself ("too ill to"), or what its verb has or is ("had too much sense to point",
    # "was too weak to fight"); "too" on the verb itself is "also" ("America too needed to act")
    measures = [head] if head.pos_ in ("ADJ", "ADV", "NOUN") else [
        c for c in head.children if c.dep_ in ("dobj", "acomp", "attr") and c.pos_ in ("ADJ", "ADV", "NOUN")]
    degree = [c for m in measures for c in m.children if c.dep_ in ("advmod", "amod")]
    return any(d.lower_ == "too" or any(x.dep_ == "advmod" and x.lower_ == "too" for x in d.children) for d in degree)


def contrasted(clause) -> bool:
    """A clause of contrast ("while India has rejected aid", "has not been drawn in but has called for a
    review"): the "not" of the verb it hangs on is not its ("did not meet or talk" shares it)."""
    if clause.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS and c.i < clause.i
                   for c in (*clause.head.children, *clause.children))
    if clause.dep_ == "prep":   # "despite being shot", "in spite of being attacked": a concession
        return clause.lower_ in CONCESSIONS or clause.lower_ == "in" and any(
            c.dep_ == "pobj" and c.lower_ == "spite" for c in clause.children)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTS for c in clause.children)


def clause_of_its_own(clause) -> bool:
    """A clause joined by "and" to a denied one, with a subject of its own and no "not" ("said the public did
    not know who to believe and the audit office should judge"): the "not" is the other clause's. "Nor"
    carries the denial on ("nor does he kill"), and "did not meet or talk" shares its subject."""
    return clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in (*clause.head.children, *clause.children)) and not any(
        c.dep_ == "cc" and c.lower_ in ("nor", "neither") for c in (*clause.head.children, *clause.children))


def said_instead(clause) -> bool:
    """A participle beside a denial that has its own object ("denied the claims, saying ...", "denied
    those claims, calling them smoke screens"): the denier's own words, not what is denied."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children) \
        and any(c.dep_ == "dobj" for c in clause.head.children)
