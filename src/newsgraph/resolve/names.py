"""Name normalisation for actor names in English news, including Arabic, Hebrew and Persian
names in transliteration: article prefixes, hyphens, doubled letters, vowel variants, titles,
possessives.

Three keys, from strict to loose:
- `fold`: case, accents, quotes, punctuation, possessive and a leading "the" removed; two names
  with one fold are the same written name.
- `name_key`: `fold` plus transliteration tolerance (article prefixes al-/el-/ad-/ash- dropped,
  vowels inside words merged, doubled letters collapsed; the class of a word's last vowel and of
  its first (front a/e/i/y or back o/u, after a first consonant) and the letters of words of three
  letters or fewer kept, so "Moore"/"Mary", "Kinnock"/"Connick" and "DUI"/"DIY" stay apart); "Abdel-Fattah el-Sissi" and
  "Abdel Fattah al-Sisi" meet here. Every word keeps its own key, so names that only share a
  word ("Islamic State", "Islamic Jihad") never meet.
- `person_key`: `name_key` of the name without leading titles and honorifics
  ("President al-Sisi", "IDF Maj.-Gen. Yoav Mordechai").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..quotes import QUOTE_PAIRS
from ..wordlists import words

# Leading words that are titles, ranks or honorifics rather than part of a person's name.
TITLES = words("titles")
# titles of address: only a person is written so ("Mr Grieve")
TITLES_OF_PERSONS = words("person_titles")
# given names of either sex (resolve/antecedents.GIVEN_NAME_SEX tells which)
GIVEN_NAMES = words("given_names_female") | words("given_names_male")
ARTICLES = words("articles")
# the possessive marker as the tokenizer splits it off ("Egypt's", "Hamas'")
POSSESSIVE = frozenset({"'s", "’s", "’", "'"})
# "al-Sisi", "el Sisi", "al'Sisi", "Abd al-" ...: the article joined to the next word
_ARTICLE_RE = re.compile(r"(?<![0-9a-z])(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True))
                         + r")[-'](?=[a-z])")
_ARTICLE_SPACE_RE = re.compile(r"(?<![0-9a-z])(?:al|el)\s+(?=[a-z]{3})")


_POSSESSIVE_RE = re.compile(r"'s\b")
# a run of single letters, as initials are written with dots or spaces ("F. B. I.", "U.N.", "J. K.")
_INITIALS_RE = re.compile(r"(?<![0-9a-z])[a-z](?: [a-z](?![0-9a-z]))+")


def join_initials(text: str) -> str:
    """'f b i' -> 'fbi', 'u s marshals' -> 'us marshals': initials written apart ("F. B. I.",
    "U.S.") are one word, as the acronym written whole ("FBI", "US") is."""
    return _INITIALS_RE.sub(lambda m: m.group().replace(" ", ""), text)
_NOT_WORD_RE = re.compile(r"[^0-9a-z]+")
_LEADING_THE_RE = re.compile(r"^the ")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents stripped, quotes unified, possessive and punctuation removed,
    a leading 'the' dropped."""
    s = text or ""
    if not s.isascii():  # ASCII has nothing to decompose and no combining marks
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = _POSSESSIVE_RE.sub("", s.replace("`", "'").lower())  # possessive
    s = join_initials(_NOT_WORD_RE.sub(" ", s).strip())
    return _LEADING_THE_RE.sub("", s)


# the class the last vowel run of a word keeps, so that "Moore" (e) is not "Mary" (i) nor
# "Korea" (a) "Cairo" (o), while Masri/Masry and Lennie/Lenny meet ("ie" is read as its "i");
# a run closing on "i" or "y" after another vowel keeps that vowel too, so Gray (ai) is not Grey
# (ei) nor Murray Mary, while Sergei/Sergey, Nikolai/Nikolay and Dmitry/Dmitriy meet
_FINAL_VOWEL = str.maketrans("yu", "io")   # classes a | e | i, y | o, u
_FINAL_RUN_RE = re.compile(r"(?<=.)[aeiouy]+$")
_VOWEL_RUN_RE = re.compile(r"[aeiouy]+")
# the first vowel of a word that begins with a consonant keeps its class, front (a, e, i, y) or
# back (o, u): transliterations vary it within the class (Hezbollah/Hizbullah, Morsi/Mursi,
# Bayt/Beit), English names that differ there are other names (Kinnock/Connick, Hill/Hull)
_BACK_VOWELS = frozenset("ou")


def _final_class(run: str) -> str:
    """The class a word's last vowel run keeps: its last vowel's, and the vowel before a closing
    i or y ("ey" -> "ei", "ay" -> "ai"; "ie", "iy" and "y" -> "i")."""
    r = run.replace("y", "i")
    if r.endswith("ie"):
        r = r[:-1]
    before = r.rstrip("i")
    if before and before != r:
        return before[-1].translate(_FINAL_VOWEL) + "i"
    return r[-1].translate(_FINAL_VOWEL)


def _inner_vowels(w: str) -> str:
    """`w` with every vowel run after its first letter made one 'a', the first of them an 'o' when
    it opens on a back vowel and `w` begins with a consonant (Connick -> konak, Kinnock -> kanak)."""
    rest = _VOWEL_RUN_RE.sub("a", w[1:])
    first = _VOWEL_RUN_RE.search(w, 1)
    if w[:1] not in "aeiou" and first and first.group()[0] in _BACK_VOWELS:
        at = first.start() - 1      # where the run, made one letter, stands in `rest`
        rest = rest[:at] + "o" + rest[at + 1:]
    return w[:1] + rest


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A coarse phonetic key for one transliterated word: inner vowel runs merged, doubles
    collapsed, the class of the last vowel kept. A word of three letters or fewer (an acronym,
    "Ben", "Kim") keys by its letters: it has too few for a loose match to tell names apart."""
    short = word.lower().replace("ou", "u").replace("'", "")
    if len(short) <= 3:   # doubles kept: BA, BAA and BBA are three bodies
        return re.sub(r"(?<=.)y$", "i", short)   # Aly/Ali, Abou/Abu
    w = re.sub(r"(.)\1+", r"\1", word.lower())  # doubled letters first: "Phh" is "Ph"
    w = w.replace("ph", "f").replace("ou", "u").replace("'", "")
    if len(w) <= 3:
        return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=.)y$", "i", w))
    # "kh" is the h of transliteration (Khaled/Haled); an English "ch" is neither k nor h, so that
    # Cherry is not Harry, Chino not Hanau, Mitch not Myth ("ch" is kept: c is k only alone)
    w = w.replace("ch", "\0").replace("q", "k").replace("c", "k").replace("kh", "h").replace("\0", "ch")
    w = re.sub(r"(.)\1+", r"\1", w)              # doubled letters: Sissi -> Sisi
    final = _FINAL_RUN_RE.search(w)
    end = ""
    if final:
        run, w = final.group(), w[:final.start()]
        end = _final_class(run)
    # every inner run of vowels (y included) becomes one 'a', the first one 'o' where it is a back
    # vowel: Bayt/Beit/Bait -> bat, Morsi/Mursi -> morsi; the consonants and the syllables stay
    return re.sub(r"(.)\1+", r"\1", _inner_vowels(w) + end)


def is_title(word: str) -> bool:
    """Whether a word is a title, rank or honorific ("President", "Maj.-Gen.")."""
    parts = [p for p in re.split(r"[.\-]+", word.lower()) if p]
    return bool(parts) and all(p in TITLES for p in parts)


def strip_titles(name: str) -> str:
    """'President Abdel Fattah el-Sisi' -> 'Abdel Fattah el-Sisi'; 'Maj.-Gen. Yoav Mordechai' ->
    'Yoav Mordechai'. A name that is only a title is left as it is."""
    words = name.split()
    while len(words) > 1 and is_title(words[0]):
        words.pop(0)
    return " ".join(words)


def _prepare(name: str) -> str:
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u02bc", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s.strip())
    s = _ARTICLE_RE.sub("", s)            # al-Sisi -> sisi, ad-Din -> din
    s = _ARTICLE_SPACE_RE.sub("", s)      # al Qaeda -> qaeda
    return s


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key under which spellings of one name meet: 'Abdel-Fattah el-Sissi' and
    'Abdel Fattah al-Sisi' give the same key; 'Ansar Bayt al-Maqdis' and 'Ansar Beit
    al-Maqdis' too."""
    return " ".join(skeleton(w) for w in key_words(name))


def key_words(name: str) -> list[str]:
    """The words of a name that its key is made of, as written (lower case, articles dropped)."""
    s = _prepare(name)
    s = s.replace("'", "")                # Ya'alon -> yaalon
    return [w for w in join_initials(" ".join(re.split(r"[^0-9a-z]+", s))).split() if w not in ARTICLES]


# a nickname quoted inside a person's name, written apart from the words around it: Vincent "The Chin"
# Gigante, Kimani 'Kiki' Gray (src/newsgraph/nicknames.py makes the whole one entity)
_OPENING, _CLOSING = "".join(QUOTE_PAIRS), "".join(QUOTE_PAIRS.values())
_NICKNAME_RE = re.compile(rf"\s[{_OPENING}]([^{_OPENING}{_CLOSING}]+)[{_CLOSING}]\s")


def nickname(name: str) -> str | None:
    """The nickname quoted inside a person's name ("The Chin"), or None."""
    found = _NICKNAME_RE.search(name)
    return found.group(1) if found else None


def without_nickname(name: str) -> str:
    """A person's name without the nickname quoted inside it: Vincent "The Chin" Gigante is Vincent Gigante."""
    return _NICKNAME_RE.sub(" ", name)


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """`name_key` of a person's name without its leading titles and a nickname quoted inside it
    (Vincent "The Chin" Gigante is Vincent Gigante)."""
    return name_key(strip_titles(without_nickname(name)))


# the longest one-word name keyed by its spelling (`actor_key_name`): a short English name is
# written one way, and the loose key of its few letters meets other names (Jimmy/Jamie, Kelly/Kylie,
# Paris/Piraeus, Taylor/Tyler); longer transliterations ("Hizbullah") keep their vowel tolerance
SPELLED_WORD_LETTERS = 7
_CLOSING_I_RE = re.compile(r"(?<=[^aeiouy])(?:ie|y)$")


def spelled_word(word: str) -> str:
    """A one-word name's key by its spelling: doubled letters one ("Sissi" is "Sisi") where the
    word keeps four letters or more ("IEEE" is no "IE"), and a closing "ie" or "y" after a consonant
    one "i" (Ollie/Olly, Purdie/Purdy); other letters as written, vowels included."""
    single = re.sub(r"(.)\1+", r"\1", word)
    w = single if len(single) > 2 else word
    return _CLOSING_I_RE.sub("i", w)


def actor_key_name(name: str, person: bool = False) -> str:
    """The name part of an unknown actor's entity key (TYPE:<this>): `person_key` for a person,
    else `name_key`; a one-word name of at most SPELLED_WORD_LETTERS letters keys by its spelling
    (`spelled_word`), so that lone names that only sound alike are other actors in the corpus.
    `loose_key_words` gives back its loose key, under which a lone surname meets full names."""
    key = person_key(name) if person else name_key(name)
    written = key_words(strip_titles(without_nickname(name)) if person else name)
    if " " in key or len(written) != 1 or not 3 < len(written[0]) <= SPELLED_WORD_LETTERS:
        return key
    return spelled_word(written[0])


def loose_key_words(key_name: str) -> list[str]:
    """The loose keys of the words of an entity key's name part: a one-word name part may be spelled
    (`actor_key_name`: "koren", whose loose key "koran" ends "ham koran"); longer ones are loose already."""
    words = key_name.split()
    if len(words) == 1 and 3 < len(words[0]) <= SPELLED_WORD_LETTERS:
        return [skeleton(words[0])]
    return words


# the generation written after a surname ("Martin Luther King Jr.", "Harry Connick Jr"): no surname of its own
GENERATIONS = words("names_generations")


def without_generation(words: list[str]) -> list[str]:
    """A person's key words without a generation after the surname: "arcade joseph comeaux jr" is
    Comeaux's name; a lone "jr" is left as it is."""
    return words[:-1] if len(words) > 1 and words[-1] in GENERATIONS else words


def surname_key(name: str) -> str:
    words = without_generation(person_key(name).split())
    return words[-1] if words else ""


def significant(key: str) -> bool:
    """Whether a key is long enough to be matched loosely (short ones like 'IS' or 'US' only
    match exactly)."""
    return len(key.replace(" ", "")) >= 4


def mostly_capitalised(words) -> bool:
    """Whether most of these words are capitalised, as in a headline ("Bank Of Japan Holds Rates"),
    where capitals tell nothing about names."""
    return sum(t.text[:1].isupper() for t in words) * 2 > len(words)
