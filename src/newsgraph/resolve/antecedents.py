"""The phrases coreference has met so far, in text order, for looking back (resolve/coref.py
reads them): each with its entity, sentence, number, and whether it was a subject, a trailing
source, quoted or told of by a "who" clause; and the sex a person's mentions say."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..doctext import children, doc_sents, doc_text
from ..quotes import in_quote
from ..wordlists import words
from .clause_subjects import phrase_key
from .names import fold
from .person_choice import SPEECH_VERBS, told_of_as_person
from .resolution import ResolutionDraft
from .spoken_for import body_object, member_of_object
from .surnames import mention_sex
from .they_pronouns import THEY_PRONOUNS
from .things import stands_for_owner, traded_owners

FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")
TRAILING_VERBS = SPEECH_VERBS | words("trailing_report_verbs")
THING_PRONOUNS = THEY_PRONOUNS | {"it", "its"}
# the sex a person pronoun says of whoever it refers to
PRONOUN_SEX = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F", "hers": "F"}
GIVEN_NAME_SEX = {w: "F" for w in words("given_names_female")} | {w: "M" for w in words("given_names_male")}

@dataclass(slots=True)
class Antecedent:
    """A phrase a later pronoun or description may refer to (never changed once made: `update`
    replaces it; not frozen, as a frozen class's __init__ costs several times more, for every noun)."""
    token: int          # head token of the antecedent phrase
    key: str | None     # its entity (None: a phrase that is no actor, which blocks older ones)
    sent: int
    plural: bool
    subject: bool
    topic: bool = False   # subject-like, for person pronouns (see subject_like)
    reporter: bool = False   # the speaker of a trailing attribution ("..., Lt. Frank Vanore said")
    quoted: bool = False     # said inside a quotation: the speaker's topic, not the story's
    who: bool = False        # told of by a "who" clause: a person, whatever the recogniser typed
    thing: bool = False      # a thing a name modifies ("the NAO report"): no actor for "it"


# determiners of a phrase that names no one in particular ("every possible suspect", "no other player")
QUANTIFIERS = words("antecedents_quantifiers")


def quantified(tok) -> bool:
    """Whether the phrase at `tok` names no one in particular, which no later "he" or "she" refers to."""
    return any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in children(tok))


def plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in THEY_PRONOUNS


def trailing_reporter(tok) -> bool:
    """The speaker of an attribution that follows what it reports ("She returned with a gun, Lt.
    Frank Vanore said.", "..., the Financial Times reported."): the story's actor stays the topic,
    not its source."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_.lower() in TRAILING_VERBS \
        and any(c.dep_ == "ccomp" and c.i < tok.i for c in children(head))


def subject_like(tok) -> bool:
    """A subject, the name put beside one ("Her mother, Ann Lee, said"), or the noun a relative
    clause with a subject pronoun tells of ("a man who said he was threatened")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that")
                                         for g in children(c)) for c in children(tok))




def given_name_sex(entity) -> str | None:
    """The sex the first names in a person's name say ("Mark Roesler", "Receptionist Madeline
    Kafoury"): the first word before the surname that is a first name of one sex; None for a
    one-word name, which may be a surname ("Page")."""
    if entity is None or entity.type != "PERSON":
        return None
    parts = fold(entity.name).split()
    return next((GIVEN_NAME_SEX[w] for w in parts[:-1] if w in GIVEN_NAME_SEX), None)


def type_of(res: ResolutionDraft, key: str | None) -> str | None:
    ent = res.entities.get(key) if key else None
    return ent.type if ent else None



class Antecedents:
    """The phrases met so far, in order, for looking back."""

    def __init__(self, doc, res: ResolutionDraft, quotes: list[tuple[int, int]] | None = None):
        self.doc, self.res, self.quotes = doc, res, quotes or []
        self.sent_of = {}
        for n, s in enumerate(doc_sents(doc)):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        self.items: list[Antecedent] = []
        self.last_speaker: tuple[str, int] | None = None   # person last seen saying something
        self._genders: dict[str, str] | None = None        # person key -> "F"/"M", read once
        self._pronoun_sex: dict[str, set[str]] = {}        # person key -> the sexes of the pronouns given it
        # names typed as people that the text tells of as bodies ("Manchester United, which ..."):
        # no "he" or "she"
        self.bodies: set[str] = set()

    def note_speaker(self, tok) -> None:
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS:
            return   # the cheap tests first: this runs for every token
        key = phrase_key(tok, self.res)
        if key and type_of(self.res, key) == "PERSON":
            self.last_speaker = (key, self.sent_of[tok.i])

    def add_token(self, tok) -> None:
        self.note_speaker(tok)
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") and tok.i not in self.res.mention_head:
            return
        if tok.pos_ == "PRON" and tok.i not in self.res.token_entity:
            if tok.lower_ not in THING_PRONOUNS:
                return
        # only phrase heads: a compound or name part is represented by its head
        if tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.i not in self.res.mention_head:
            return
        self.items.append(self._antecedent(tok, phrase_key(tok, self.res)))

    def _antecedent(self, tok, key: str | None) -> Antecedent:
        if key is not None and tok.i in self.res.mention_head and told_of_as_person(tok, "which"):
            self.bodies.add(key)
        # a key of the phrase's own, or of its owner ("Labour's success ... because it"), may be "it";
        # a name modifying a thing ("the NAO report") is not
        own = tok.i in self.res.mention_head or tok.i in self.res.token_entity or any(
            c.dep_ == "poss" and c.i in self.res.token_entity for c in children(tok))
        body = body_object(tok) if key is not None and not own else None
        own = own or body is not None   # "officials at the World Bank" stand for the bank, in its number
        traded = None if own else self.traded_firm(tok)   # "Shares in Vodrex fell after it said": the firm
        if traded is not None:
            key, own = traded, True
        return Antecedent(tok.i, key, self.sent_of[tok.i], traded is None and plural(body or tok),
                          tok.dep_ in ("nsubj", "nsubjpass"),
                          subject_like(tok), trailing_reporter(tok), in_quote(self.doc, tok.i, self.quotes),
                          own and told_of_as_person(tok), key is not None and not own and not stands_for_owner(tok))

    def traded_firm(self, tok) -> str | None:
        """The firm a subject made of its stock stands for ("Shares in Vodrex", "Vodrex shares"), one body
        whatever its name's number ("Barclays"), or None (resolve/things.traded_owners)."""
        for owner in traded_owners(tok):
            if type_of(self.res, key := phrase_key(owner, self.res)) == "ORGANIZATION":
                return key
        return None

    def update(self, tok) -> None:
        """Refresh the candidate for a token that was just resolved."""
        key = self.res.token_entity.get(tok.i)
        if key and tok.lower_ in PRONOUN_SEX and self.sent_of.get(tok.i - 1) != self.sent_of[tok.i]:
            # a sentence's opening pronoun, which goes on with the story's topic ("Gotcher ... He said"):
            # one inside a sentence, among its people, is taken wrongly too often to say a sex
            self._pronoun_sex.setdefault(key, set()).add(PRONOUN_SEX[tok.lower_])
        for n in range(len(self.items) - 1, -1, -1):
            if self.items[n].token == tok.i:
                c = self.items[n]
                self.items[n] = replace(c, key=key, thing=False)
                break
        else:
            self.items.append(self._antecedent(tok, key))
            self.note_speaker(tok)
        member = member_of_object(tok)   # "a spokesman for the group": the group is now known
        if member is not None:
            for n in range(len(self.items) - 1, -1, -1):
                if self.items[n].token == member.i:
                    self.items[n] = self._antecedent(member, phrase_key(member, self.res))

    def gender(self, key: str) -> str | None:
        """"F" or "M" when the person's mentions say so ("Mrs Okafor", "his wife", "a man"), else
        when the opening pronouns of sentences given the person so far agree ("Gotcher ... He said"), else when
        its first name does ("Mark Dean"); None when none says or they disagree."""
        if self._genders is None:
            self._genders = self._mention_sexes()
        if key in self._genders:
            return self._genders[key]
        said = self._pronoun_sex.get(key, ())
        if said:
            return next(iter(said)) if len(said) == 1 else None
        return given_name_sex(self.res.entities.get(key))

    def _mention_sexes(self) -> dict[str, str | None]:
        """The sex the titles and nouns of each person's own mentions say (None where they disagree)."""
        found: dict[str, set[str]] = {}
        text = doc_text(self.doc)
        for m in self.res.mentions:
            if m.reason == "coreference":
                continue
            before = text[max(0, m.start - 12):m.start].split()[-1:]   # "Mr" outside the name
            said = fold(" ".join((*before, m.text))).split()
            # a title before the name; a description's head noun ("the first British woman")
            for w in said[:3] + (said[-1:] if m.reason.startswith("description") else []):
                if w in FEMALE_WORDS or w in MALE_WORDS:
                    found.setdefault(m.entity, set()).add("F" if w in FEMALE_WORDS else "M")
            # the noun beside the name, a partner it owns, a pronoun bound to it ("Katherine
            # Lee, mother of the suspect", "Laci Lee left her home"): resolve/surnames.py
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand") \
                if type_of(self.res, m.entity) == "PERSON" else None
            sex = mention_sex(span) if span is not None and len(span) else None
            if sex:
                found.setdefault(m.entity, set()).add(sex)
        # disagreeing mentions leave the sex open (None), whatever pronouns or names say
        return {k: next(iter(v)) if len(v) == 1 else None for k, v in found.items()}

    def recent(self, before: int, window: int):
        sent = self.sent_of[before]
        for c in reversed(self.items):
            if c.token >= before:
                continue
            if sent - c.sent > window:
                break
            yield c
