"""Which person met earlier a short name refers to: "Koren" after "Haim Koren" (resolve/document.py).

A story may name two people with one surname (a husband and wife, a killer and his victim). A
bare "Marsh" then refers to the first named: a story names its subject first (counting the names
misled more often than it helped: the victim's widow is quoted by her full name more often than
the victim is named). A short name written with a title of one sex ("Mrs Marsh", "Lord Marsh")
never refers to a person known to be of the other: known from a title or a word such as "wife"
or "husband" beside the full name ("his wife, Ellen Marsh"), or, where the story writes the
surname with titles of both sexes ("Mr Howard" and "Mrs Howard"), from the title it uses more
often (the person named in full is the story's subject). A titled form that fits nobody met earlier
names someone else. A subject pronoun is no evidence ("Tessa Jowell said he ..." tells of someone
else), but a possessive or reflexive one bound to the name as its clause's subject is ("Laci Lee left
her home", "Lee was convicted of killing his wife": this Lee is not Laci), and so is a partner the name
owns ("Michael Howard's wife"). A short name never refers to a person the same sentence names in full
after it ("Lee was convicted of the murder of Laci Lee"); a short name that the text's words keep apart from
every namesake met earlier is the person the story calls by the surname alone, for its later bare uses.
"""
from __future__ import annotations

from collections import Counter

from ..doctext import children, token_lowers
from ..wordlists import words
from .names import fold, name_key, nickname, person_key, without_generation

FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")
# titles written before a surname alone ("Mrs Marsh"), which say the person's sex
TITLE_SEX = {w: "F" for w in words("sex_titles_female")} | {w: "M" for w in words("sex_titles_male")}
BOUND_SEX = {w: "F" for w in words("bound_pronouns_female")} | {w: "M" for w in words("bound_pronouns_male")}
BOUND_POSSESSIONS = words("bound_possessions")
# a partner's sex says the possessor's: "his wife" is a man's
PARTNER_SEX = {w: "M" for w in words("partner_nouns_female")} | {w: "F" for w in words("partner_nouns_male")}
# clauses that tell of a noun, not of the subject above them ("the man who killed his wife")
NOUN_CLAUSES = frozenset({"relcl", "acl", "appos"})


def sex_of_word(word: str) -> str | None:
    low = fold(word)
    return "F" if low in FEMALE_WORDS else "M" if low in MALE_WORDS else None


def _titled_surnames(doc) -> list[tuple[int, str, str]]:
    """(token, surname key, sex) for each surname written after a title of one sex."""
    out = []
    for i, low in enumerate(token_lowers(doc)[:-1]):   # a Token only after a title
        sex = TITLE_SEX.get(low.rstrip("."))
        nxt = doc[i + 1] if sex else None
        if sex and nxt.text[:1].isupper() and nxt.is_alpha:
            out.append((i, person_key(nxt.text), sex))
    return out


def _sex_beside(span) -> str | None:
    """The sex a title or a noun beside a full name gives: "Mrs Ellen Marsh", "his wife, Ellen
    Marsh", "Ellen Marsh, his wife", "her husband Daniel Marsh"."""
    doc, root = span.doc, span.root
    said = [span[0]] + ([doc[span.start - 1]] if span.start > 0 else [])
    if root.dep_ == "appos":
        said.append(root.head)
    said += [c for c in children(root) if c.dep_ == "appos"]
    found = {s for s in (sex_of_word(t.text) for t in said) if s}
    return found.pop() if len(found) == 1 else None


def _own_subject_between(tok, verb) -> bool:
    """Whether a clause with a subject of its own, or one telling of a noun, lies between `tok` and the
    verb of the subject it would be bound to ("X said his lawyer had lied": "his" is in the lawyer's)."""
    t = tok.head
    while t.i != verb.i:
        if t.dep_ in NOUN_CLAUSES or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(t)):
            return True
        if t.head.i == t.i:
            return True   # the root reached without meeting the verb: not under it
        t = t.head
    return False


def bound_sex(span) -> str | None:
    """The sex the possessive or reflexive pronouns of the span's own clause give, the span being its
    subject: "Laci Lee disappeared from her home" (F), "Lee was found guilty of murdering his wife" (M).
    Only the subject's own kin, partner or home count ("Lee hid her body" is another's); an object
    "her" ("told her") is someone else; pronouns of both sexes say nothing."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb, found = root.head, set()
    for tok in verb.subtree:
        sex = BOUND_SEX.get(tok.lower_)
        if sex is None or span.start <= tok.i < span.end:
            continue
        if not tok.lower_.endswith("self") and (tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in BOUND_POSSESSIONS):
            continue   # "told her", "hid her body": someone else; "his wife", "her home", "herself": the subject's
        if not _own_subject_between(tok, verb):
            found.add(sex)
    return found.pop() if len(found) == 1 else None


def partner_sex(span) -> str | None:
    """The sex a partner the name owns gives: "Michael Howard's ex-model wife, Sandra" (M)."""
    root = span.root
    return PARTNER_SEX.get(root.head.lemma_.lower()) if root.dep_ == "poss" else None


def mention_sex(span) -> str | None:
    """The sex the words around one mention of a person give (title, noun beside it, bound pronoun,
    partner), or None."""
    return _sex_beside(span) or partner_sex(span) or bound_sex(span)


def _named_in_full(span, keys: list[str], full: dict[str, set[str]]) -> set[str]:
    """Those of `keys` whose full name the span's sentence writes after it ("Lee was convicted of the
    murder of Laci Lee": this Lee is not Laci; a short name after the full one refers back to it:
    '"Brian Lee lost," said a juror Lee threatened')."""
    others = {person_key(e.text) for e in span.sent.ents
              if e.label_ == "PERSON" and e.start >= span.end and len(e.text.split()) > 1}
    return {k for k in keys if full.get(k, set()) & others}


class NameMemory:
    """Names met earlier in the document, for short forms: surname -> people, first word -> org."""

    def __init__(self, doc=None) -> None:
        self.persons: dict[str, list[str]] = {}    # person key suffix ("koren", "abu shawish") -> keys
        self.orgs: dict[str, set[str]] = {}        # name_key of the first word of a long org name -> keys
        self.sex: dict[str, str] = {}              # person key -> "F"/"M" where the text says so
        self.full: dict[str, set[str]] = {}        # person key -> its full names (person_key form)
        self.refused = False                       # whether the last short name asked of fits no namesake
        self._titled = _titled_surnames(doc) if doc is not None else []

    def remember(self, name: str, key: str, typ: str, span=None) -> None:
        if typ == "PERSON":
            words = person_key(name).split()
            if len(words) == 1 and words[0] in self.persons and key not in self.persons[words[0]]:
                # a short name kept apart from its namesakes (see person): the one the story calls so
                self.persons[words[0]].insert(0, key)
                if span is not None and (sex := mention_sex(span)):
                    self.sex[key] = sex
                return
            if len(words) > 1:
                self.full.setdefault(key, set()).add(" ".join(words))
            # "Arcade Joseph Comeaux Jr." is "Comeaux" and "Joseph Comeaux", never "Jr"
            words = without_generation(words)
            for k in range(1, len(words)):
                keys = self.persons.setdefault(" ".join(words[k:]), [])
                if key not in keys:
                    keys.append(key)
            self._remember_nickname(span.text if span is not None else name, key)
            if span is not None and len(words) > 1 and key not in self.sex:
                sex = mention_sex(span) or self._most_titled(words[-1])
                if sex:
                    self.sex[key] = sex
        elif typ in ("ORGANIZATION", "ARMED_GROUP"):
            words = name_key(name).split()
            if len(words) > 1 and len(words[0]) >= 4:
                self.orgs.setdefault(words[0], set()).add(key)

    def _remember_nickname(self, name: str, key: str) -> None:
        """The nickname quoted in a person's name, alone later, refers to them ("Kiki" after
        Kimani 'Kiki' Gray)."""
        nick = nickname(name)
        if nick and (nick_key := person_key(nick)):
            keys = self.persons.setdefault(nick_key, [])
            if key not in keys:
                keys.append(key)

    def _most_titled(self, surname: str) -> str | None:
        """Where the story titles the surname with both sexes, the sex of the title it uses most:
        the person it names in full is its subject. None on a tie, or where it uses one sex only
        (the person may be either)."""
        said = Counter(sex for _, key, sex in self._titled if key == surname)
        if len(said) < 2:
            return None
        (top, n), (_, m) = said.most_common(2)
        return top if n > m else None

    def person(self, name: str, title: str | None = None, span=None) -> str | None:
        """The person a short name refers to; `title`: the word written before it, if any; `span`:
        the mention, whose own words may say its sex or name the namesake in full beside it."""
        words = name.split()
        sex = TITLE_SEX.get(fold(title or "")) or (TITLE_SEX.get(fold(words[0])) if len(words) > 1 else None)
        keys = self.persons.get(person_key(name), [])
        self.refused = False   # of this name only: a word no namesake has is no person kept apart
        if span is not None and keys:
            sex = sex or mention_sex(span)
            beside = _named_in_full(span, keys, self.full)
            keys = [k for k in keys if k not in beside]
            self.refused = not keys or sex is not None and all(self.sex.get(k) not in (None, sex) for k in keys)
        if sex:
            # only a known sex rules a person out: a person of unknown sex is not the less likely one
            # ("Mr Begg" after "Moazzam Begg" and "his father, Azmat Begg" stays Moazzam, the first named)
            keys = [k for k in keys if self.sex.get(k) in (None, sex)]
        if not keys:
            return None
        return keys[0]

    def namesake_of_other_sex(self, name: str) -> bool:
        """Whether a titled short name ("Mrs Howard") has namesakes met earlier, all of the other sex."""
        words = name.split()
        sex = TITLE_SEX.get(fold(words[0])) if len(words) > 1 else None
        keys = self.persons.get(person_key(name), [])
        return bool(sex and keys) and all(self.sex.get(k) not in (None, sex) for k in keys)

    def org(self, name: str) -> str | None:
        keys = self.orgs.get(name_key(name), set())
        return next(iter(keys)) if len(keys) == 1 else None
