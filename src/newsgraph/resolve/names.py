"""Name normalisation for actor names in English news, including Arabic, Hebrew and Persian
names in transliteration: article prefixes, hyphens, doubled letters, vowel variants, titles,
possessives."""
from __future__ import annotations

import re
import unicodedata

TITLES = {
    "president", "prime", "minister", "pm", "mr", "mrs", "ms", "dr", "sheikh", "king", "queen", "prince",
    "emir", "sultan", "general", "gen", "maj", "major", "lt", "col", "colonel", "brig", "captain", "capt",
    "sgt", "sergeant", "admiral", "adm", "commander", "chief", "secretary", "senator", "sen", "rep",
    "ambassador", "foreign", "defence", "defense", "interior", "finance", "deputy", "vice", "former",
    "ex", "current", "late", "supreme", "leader", "ayatollah", "grand", "mufti", "imam", "rabbi", "rev",
    "reverend", "pope", "chancellor", "governor", "gov", "mayor", "spokesman", "spokeswoman", "judge",
    "justice", "lord", "sir", "dame", "crown", "field", "marshal", "lieutenant", "brigadier", "staff",
    "of", "mk", "mp", "egyptian", "israeli", "us", "u.s.", "idf",
}
ARTICLES = ("al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "ad", "ath", "adh", "al", "ul")
_ARTICLE_RE = re.compile(r"\b(?:" + "|".join(sorted(set(ARTICLES), key=len, reverse=True)) + r")[-\s']+(?=\w)")


def fold(text: str) -> str:
    """Lower case, accents stripped, quotes unified, punctuation to spaces, 'the' dropped."""
    s = unicodedata.normalize("NFKD", text or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"'s\b", "", s.lower())  # possessive
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def skeleton(word: str) -> str:
    """A coarse phonetic key for one transliterated word: vowels merged, doubles collapsed."""
    w = word.lower()
    w = w.replace("ph", "f").replace("q", "k").replace("c", "k").replace("kh", "h").replace("ou", "u")
    w = re.sub(r"(.)\1+", r"\1", w)              # doubled letters: Sissi -> Sisi
    w = re.sub(r"(?<=.)[aeiouy]+", "", w)        # inner vowels: Bayt/Beit/Bait -> bt
    return w


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def name_key(name: str) -> str:
    """The key under which two spellings of one name meet: 'Abdel-Fattah el-Sissi' and
    'Abdel Fattah al-Sisi' give the same key."""
    s = fold(strip_titles(name.replace("-", " - ")))
    s = _ARTICLE_RE.sub("", " " + s.replace(" - ", " ")).strip()
    words = [w for w in s.split() if w not in ARTICLES]
    return " ".join(skeleton(w) for w in words)


def surname_key(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""
