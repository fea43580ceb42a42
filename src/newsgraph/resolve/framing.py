"""A person pronoun that is the subject of a clause framed by a verb of saying or knowing ("Lavagna
said he estimated ...", "A spokesman said he had no idea ...", "50 Cent announced he has launched
...") refers to the framing verb's subject: news reports what someone says of himself far more
often than of a third person, and a person named elsewhere must not take the place of a speaker
introduced without a name ("a spokesman", "one official"), whom the pronoun then leaves unresolved.
A speaker met before ("the prime minister") or an anonymous source ("a Labour source said he would
be given no title") is left to the rest of coreference.

The rule holds when the speaker comes before the pronoun with no other named subject between them
("Kennedy said Harry was ... and said he should apologise"), is nobody's ("his lawyer said he" may
speak of the client or of himself), is one person (a name of a person or a
noun that names one: "spokesman", "minister") and agrees in gender where the text says one; not
inside a quotation, where "he" is whoever the speaker talks about."""
from __future__ import annotations

from ..wordlists import words
from .person_choice import SPEECH_VERBS, opens_sentence

FRAMING_VERBS = SPEECH_VERBS | words("framing_verbs")
# nouns that name one person: the speaker of "a spokesman said he" is a person even without a name
PERSON_NOUNS = (words("individual_nouns") | words("office_nouns") | words("described_side_nouns")
                | words("female_words") | words("male_words"))
FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")


def framing_subject(tok):
    """The subject of the verb framing the clause whose subject is `tok`, or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in FRAMING_VERBS:
        return None
    frame = clause.head
    speaker = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    if speaker is None and frame.dep_ in ("conj", "advcl", "xcomp"):
        # "... said on Friday that he would go and added he ..." / "insisting he ..."
        speaker = next((c for c in frame.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > tok.i or speaker.tag_ in ("NNS", "NNPS"):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in tok.doc[speaker.i + 1:tok.i]):
        return None    # "said Harry was ... and said he should apologise": another person comes between
    return speaker


# the object pronouns of each sex: "he ... her" are two people, one of whom may be the speaker
OBJECT_PRONOUNS = {"F": frozenset({"her"}), "M": frozenset({"him"})}
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def other_sex_object(tok, gender: str) -> bool:
    """Whether the clause of subject pronoun `tok`, or a verb joined to it, acts on a person pronoun of
    the other sex ("said he drugged and raped her"): a speaker of no stated sex may be that one."""
    other = OBJECT_PRONOUNS["M" if gender == "F" else "F"]
    verbs = [tok.head, *tok.head.conjuncts]
    args = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS] + [
        o for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(a.lower_ in other and a.dep_ in OBJECT_DEPS for a in args)


def relative_head(speaker):
    """The noun a "who" speaker stands for ("a nurse who said ..."), or None."""
    frame = speaker.head
    if speaker.lower_ in ("who", "that") and frame.dep_ == "relcl" and frame.head.pos_ in ("NOUN", "PROPN"):
        return frame.head
    return None


def _owned(speaker, res) -> bool:
    """A speaker a person owns ("His lawyer", "Lee's mother"), not a team's player ("England's Lewsey")."""
    return speaker.pos_ == "NOUN" and any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or res.entities.get(
            res.token_entity.get(c.i), None) is not None and res.entities[res.token_entity[c.i]].type == "PERSON")
        for c in speaker.children)




def _definite(tok) -> bool:
    """"the prime minister", "this official": a person met before, whom the rest of coreference may
    know by name; "a spokesman", "one official" is someone new."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def noun_gender(tok) -> str | None:
    """"F"/"M" when the speaker's own words say so ("spokeswoman", "Mrs Lee"), else None."""
    said = {t.lower_.rstrip(".") for t in tok.subtree if t.i <= tok.i}
    if said & FEMALE_WORDS and not said & MALE_WORDS:
        return "F"
    if said & MALE_WORDS and not said & FEMALE_WORDS:
        return "M"
    return None


def framed_speaker(tok, res, type_of, gender_of) -> tuple[bool, str | None]:
    """(applies, key) for a person pronoun `tok`: applies when the rule decides the pronoun (key:
    the speaker's entity, or None for a speaker without one), not when it leaves it to the rest of
    coreference (no framing verb, a speaker that is no person, or one of the other gender)."""
    speaker = framing_subject(tok)
    if speaker is None or _owned(speaker, res):   # "His lawyer said he": the client, or the lawyer
        return False, None
    gender = "F" if tok.lower_ in ("she", "her", "hers") else "M"
    # the speaker's entity, or that of the name put beside it ("the minister, Roberto Lavagna, said")
    key = next((k for c in (speaker, *(c for c in speaker.children if c.dep_ == "appos"))
                if (k := res.actor_at(c.i))), None)
    told_of = relative_head(speaker)
    if key is None and told_of is not None and type_of(res.actor_at(told_of.i)) == "PERSON" \
            and (gender_of(res.actor_at(told_of.i)) or noun_gender(told_of)) is None and other_sex_object(tok, gender):
        return True, None   # "a nurse who said he had assaulted her": either may be the speaker
    kind = type_of(key)
    if key is not None and kind == "PERSON":
        said = gender_of(key) or noun_gender(speaker)
        if said is None and other_sex_object(tok, gender):
            return True, None   # "Lee said he had assaulted her": either may be Lee
        if said in (None, gender):
            return True, key
        return False, None
    if key is None and speaker.pos_ == "NOUN" and speaker.lemma_.lower() in PERSON_NOUNS and not _definite(speaker):
        return (True, None) if noun_gender(speaker) in (None, gender) else (False, None)
    return False, None


def unnamed_speaker_before(tok, res) -> bool:
    """Whether a "he added"/"she said" opening its sentence follows a sentence whose main clause a person
    without a name (or an anonymous source) says ("A senior official said the figures were poor. But he added ..."): the pronoun goes
    on with that speaker, whom no entity holds, not with a person named further back."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS or tok.sent.start == 0 \
            or not opens_sentence(tok):
        return False
    before = tok.doc[tok.sent.start - 1].sent
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in SPEECH_VERBS
               and t.tag_ == "NN" and t.lower_ in PERSON_NOUNS and _no_person(t, res) for t in before)


def _no_person(tok, res) -> bool:
    """No person's entity holds the phrase at `tok` (none, or an anonymous source: "a senior official"), nor
    the name put beside it ("A spokesman, Dr Rao, told the BBC")."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        key = res.actor_at(t.i)
        if key is not None and res.entities[key].type == "PERSON":
            return False
    return True
