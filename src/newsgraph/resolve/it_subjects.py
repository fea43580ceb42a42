"""Two readings of a subject "it" that its own sentence settles before the most recent subject is looked at
(resolve/coref.resolve_it):

- the named body whose verb of saying frames the clause: "Japan Airlines said it had looked at both aircraft",
  "Nintendo has a 95% share and said it expected ..." (a body's name the tagger reads as a plural, "Airlines",
  "Industries", "Motors", is still one body; a person, a common noun or a plural such as "analysts" is left to
  the rest of coreference); a framing "it" passes its body on ("It also said it expected ...");
- in the content clause of a noun of saying or deciding, the body that made it ("an announcement by the
  league that it would appeal", "Nokia's pledge that it would keep the plant open"): the noun's owner or
  its "by"/"from" phrase, when a body (a person who announces is no "it");
- in an adverbial clause after its main clause, whose subject cannot be "it" (people, a plural): the main
  clause's one singular named object ("MCI's directors have backed Verizon, despite it tabling less money",
  "Shareholders sued the bank after it cut the dividend").
"""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .antecedents import plural, type_of
from .clause_subjects import phrase_key
from .framing import FRAMING_VERBS
from .resolution import ResolutionDraft
from .they_pronouns import NON_PERSON_ACTORS

ANNOUNCING_NOUNS = words("announcing_nouns")
# the dependents of a verb that join an adverbial clause to it ("after it cut", "despite it tabling")
_ADVERBIAL = ("advcl",)


def _subject(verb):
    return next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _body(tok, res: ResolutionDraft, kinds=NON_PERSON_ACTORS) -> str | None:
    key = phrase_key(tok, res)
    return key if key and type_of(res, key) in kinds else None


def framing_body(tok, res: ResolutionDraft) -> str | None:
    """The named body saying the clause a subject "it" opens ("IBM said it had taken the step"), or None."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in FRAMING_VERBS:
        return None
    frame = clause.head
    speaker = _subject(frame)
    if speaker is None and frame.dep_ == "conj":
        speaker = _subject(frame.head)   # "Nintendo has a 95% share and said it expected ..."
    if speaker is None or speaker.i > tok.i:
        return None
    if speaker.lower_ == "it":   # "It also said it expected ...": the body the first "it" was given
        key = res.token_entity.get(speaker.i)
        return key if type_of(res, key) in NON_PERSON_ACTORS else None
    if speaker.pos_ != "PROPN":
        return None
    # the name, or the description put beside it ("Icstis, the premium rate services watchdog, said it ...")
    return _body(speaker, res) or next(
        (k for c in children(speaker) if c.dep_ == "appos" and (k := _body(c, res))), None)


def main_clause_object(tok, res: ResolutionDraft) -> str | None:
    """The one singular actor object of the main clause before the adverbial clause a subject "it" opens, when
    the main clause's subject is people or a plural ("The unions backed Verizon, despite it ..."), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ in _ADVERBIAL:
        main = clause.head
    elif clause.dep_ == "pcomp" and clause.head.dep_ == "prep":
        main = clause.head.head   # "despite it tabling": the clause under the preposition
    else:
        return None
    if main.pos_ not in ("VERB", "AUX") or main.i > tok.i:
        return None
    subject = _subject(main)
    if subject is None:
        return None
    key = phrase_key(subject, res)
    if not plural(subject) and type_of(res, key) != "PERSON":
        return None   # a singular subject that may be "it" ("The firm cut jobs after it lost ..."): the rest decides
    objects = [o for o in children(main) if o.dep_ == "dobj" and o.i < tok.i]
    # a named place too: the object the clause goes on about, whatever the recogniser typed it ("Verizon": GPE)
    bodies = {_body(o, res, NON_PERSON_ACTORS | {"LOCATION"}) for o in objects if not plural(o)}
    return bodies.pop() if len(objects) == 1 and len(bodies) == 1 and None not in bodies else None


def announcing_body(tok, res: ResolutionDraft) -> str | None:
    """The body whose announcement, statement or pledge holds the clause a subject "it" opens ("an
    announcement by the MPAA that it was launching legal action": the MPAA), or None."""
    noun = announcing_noun(tok)
    if noun is None:
        return None
    owners = [c for c in children(noun) if c.dep_ == "poss"] + [
        p for c in children(noun) if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
        for p in children(c) if p.dep_ == "pobj"]
    return next((k for o in owners[:1] if (k := _body(o, res))), None)


def announcing_noun(tok):
    """The noun of saying or deciding whose "that" clause a subject "it" opens; the parser hangs the
    clause of a noun under a preposition on the main verb ("fell after a statement from Vivendi that it
    would sue"): the noun, or its "by"/"from" phrase, ends right before the "that"."""
    clause = tok.head
    mark = next((c for c in children(clause) if c.dep_ == "mark" and c.lower_ == "that"), None)
    if tok.dep_ not in ("nsubj", "nsubjpass") or mark is None or mark.i == 0:
        return None
    if clause.dep_ in ("acl", "ccomp"):
        noun = clause.head
    elif clause.dep_ == "advcl":
        noun = tok.doc[mark.i - 1]
        if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "from"):
            noun = noun.head.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in ANNOUNCING_NOUNS and noun.i < tok.i else None
