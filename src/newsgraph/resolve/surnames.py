"""Which person met earlier a short name refers to: "Koren" after "Haim Koren" (resolve/document.py).

A story may name two people with one surname (a husband and wife, a killer and his victim). A
bare "Marsh" then refers to the first named: a story names its subject first (counting the names
misled more often than it helped: the victim's widow is quoted by her full name more often than
the victim is named). A short name written with a title of one sex ("Mrs Marsh", "Lord Marsh")
never refers to a person known to be of the other: known from a title or a word such as "wife"
or "husband" beside the full name ("his wife, Ellen Marsh"), or, where the story writes the
surname with titles of both sexes ("Mr Howard" and "Mrs Howard"), from the title it uses more
often (the person named in full is the story's subject). A titled form that fits nobody met earlier
names someone else. Pronouns are no evidence here: "Tessa Jowell said he ..." tells of someone else.
"""
from __future__ import annotations

from collections import Counter

from ..doctext import token_lowers
from ..wordlists import words
from .names import fold, name_key, person_key

FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")
# titles written before a surname alone ("Mrs Marsh"), which say the person's sex
TITLE_SEX = {w: "F" for w in words("sex_titles_female")} | {w: "M" for w in words("sex_titles_male")}


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
    said += [c for c in root.children if c.dep_ == "appos"]
    found = {s for s in (sex_of_word(t.text) for t in said) if s}
    return found.pop() if len(found) == 1 else None


class NameMemory:
    """Names met earlier in the document, for short forms: surname -> people, first word -> org."""

    def __init__(self, doc=None) -> None:
        self.persons: dict[str, list[str]] = {}    # person key suffix ("koren", "abu shawish") -> keys
        self.orgs: dict[str, set[str]] = {}        # name_key of the first word of a long org name -> keys
        self.sex: dict[str, str] = {}              # person key -> "F"/"M" where the text says so
        self._titled = _titled_surnames(doc) if doc is not None else []

    def remember(self, name: str, key: str, typ: str, span=None) -> None:
        if typ == "PERSON":
            words = person_key(name).split()
            for k in range(1, len(words)):
                keys = self.persons.setdefault(" ".join(words[k:]), [])
                if key not in keys:
                    keys.append(key)
            if span is not None and len(words) > 1 and key not in self.sex:
                sex = _sex_beside(span) or self._most_titled(words[-1])
                if sex:
                    self.sex[key] = sex
        elif typ in ("ORGANIZATION", "ARMED_GROUP"):
            words = name_key(name).split()
            if len(words) > 1 and len(words[0]) >= 4:
                self.orgs.setdefault(words[0], set()).add(key)

    def _most_titled(self, surname: str) -> str | None:
        """Where the story titles the surname with both sexes, the sex of the title it uses most:
        the person it names in full is its subject. None on a tie, or where it uses one sex only
        (the person may be either)."""
        said = Counter(sex for _, key, sex in self._titled if key == surname)
        if len(said) < 2:
            return None
        (top, n), (_, m) = said.most_common(2)
        return top if n > m else None

    def person(self, name: str, title: str | None = None) -> str | None:
        """The person a short name refers to; `title`: the word written before it, if any."""
        words = name.split()
        sex = TITLE_SEX.get(fold(title or "")) or (TITLE_SEX.get(fold(words[0])) if len(words) > 1 else None)
        keys = self.persons.get(person_key(name), [])
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
