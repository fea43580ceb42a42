"""Name normalisation: unit examples and properties (hypothesis)."""
from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsgraph.resolve.names import fold, name_key, person_key, strip_titles, surname_key, without_generation

words = st.text(alphabet="bcdfghjklmnpqrstvwz", min_size=2, max_size=8).map(lambda w: w.capitalize())
vowels = st.sampled_from(["a", "e", "i", "o", "u", "ai", "ei", "ay", "ou"])
names = st.lists(words, min_size=1, max_size=4).map(" ".join)
fast = settings(max_examples=150, deadline=None)


def test_examples():
    assert name_key("Abdel-Fattah el-Sissi") == name_key("Abdel Fattah al-Sisi")
    assert name_key("Ansar Bayt al-Maqdis") == name_key("Ansar Beit al-Maqdis") == name_key("Ansar Bait al-Maqdis")
    assert name_key("al-Qaeda") == name_key("Al-Qaida") == name_key("al Qaeda")
    assert name_key("Islamic State") != name_key("Islamic Jihad")
    assert name_key("Israel Air Force") != name_key("Israel")
    assert name_key("Jabhat al-Nusra") != name_key("al-Qaeda")
    assert strip_titles("Maj.-Gen. Yoav Mordechai") == "Yoav Mordechai"
    assert strip_titles("Prime Minister Benjamin Netanyahu") == "Benjamin Netanyahu"
    assert strip_titles("President") == "President"       # a bare title is kept
    assert person_key("President al-Sisi") == name_key("Sisi")
    assert fold("Hamas’s") == fold("Hamas") == "hamas"
    assert fold("The New York Times") == "new york times"
    assert surname_key("Haim Koren") == surname_key("Koren")


@fast
@given(names)
def test_fold_is_idempotent(name):
    assert fold(fold(name)) == fold(name)


@fast
@given(names)
def test_name_key_ignores_case_and_possessive(name):
    assert name_key(name.upper()) == name_key(name.lower()) == name_key(name + "'s") == name_key(name + "’s")


@fast
@given(names, st.sampled_from(["al-", "el-", "Al-", "El ", "al ", "ad-", "ash-"]))
def test_article_prefix_is_ignored(name, article):
    last = name.split()[-1]
    if len(last) < 3:
        return
    prefixed = " ".join(name.split()[:-1] + [article + last]).strip()
    assert name_key(prefixed) == name_key(name)


@fast
@given(st.lists(words, min_size=2, max_size=4))
def test_hyphen_and_space_are_alike(parts):
    assert name_key("-".join(parts)) == name_key(" ".join(parts))


# vowels a transliteration writes for one sound: the front ones, or the back ones
FRONT, BACK = ["a", "e", "i", "ai", "ei", "ay"], ["o", "u", "ou"]
vowel_pairs = st.sampled_from([FRONT, BACK]).flatmap(lambda c: st.tuples(st.sampled_from(c), st.sampled_from(c)))


def _letters(word: str) -> int:
    # letters as the key counts them: doubles collapsed, "ph" one letter ("Bbaph" is three: baf)
    return len(re.sub(r"(.)\1+", r"\1", word.lower()).replace("ph", "f").replace("ou", "u"))


@fast
@given(words, vowel_pairs, words)
def test_vowel_variants_meet(before, pair, after):
    # Bayt/Beit/Bait, Qaeda/Qaida, Morsi/Mursi: only the vowels inside the word differ, in one class
    a = before + pair[0] + after.lower()
    b = before + pair[1] + after.lower()
    assume(min(_letters(a), _letters(b)) > 3)   # a word of three letters or fewer keys by its letters ("Ben", "Ban")
    assert name_key(a) == name_key(b)


@fast
@given(words, st.sampled_from(FRONT), st.sampled_from(BACK), words)
def test_front_and_back_first_vowels_stay_apart(before, front, back, after):
    # Barton/Burton, Linden/London: English names whose first vowels differ in class are other names
    assert name_key(before + front + after.lower()) != name_key(before + back + after.lower())


def test_vowel_before_a_closing_y_is_kept():
    assert name_key("Ramsay") != name_key("Ramsey")
    assert name_key("Nikolai") == name_key("Nikolay") and name_key("Alexei") == name_key("Alexey")
    assert name_key("Dmitry") == name_key("Dmitriy") == name_key("Dmitri")


@fast
@given(words)
def test_doubled_letters_meet(word):
    doubled = "".join(c + c if i % 2 else c for i, c in enumerate(word))
    assume(len(word) > 3)   # a word of three letters or fewer keys by its letters: BA, BAA and BBA differ
    assert name_key(doubled) == name_key(word)


@fast
@given(st.lists(words, min_size=2, max_size=3), st.lists(words, min_size=1, max_size=2))
def test_names_sharing_a_word_stay_apart(shared, rest):
    a = " ".join(shared[:1] + rest)
    b = " ".join(shared)
    if [name_key(w) for w in rest] != [name_key(w) for w in shared[1:]]:
        assert name_key(a) != name_key(b)


@fast
@given(names, st.sampled_from(["President", "Prime Minister", "Maj.-Gen.", "Sheikh", "Dr.", "Foreign Minister"]))
def test_titles_do_not_change_a_person(name, title):
    assert person_key(f"{title} {name}") == person_key(name)


def test_a_generation_is_no_surname():
    assert surname_key("Martin Luther King Jr.") == surname_key("King")
    assert surname_key("Arvin Dollmar Snr") == surname_key("Dollmar")
    assert without_generation(["jr"]) == ["jr"]


def test_an_english_ch_is_neither_k_nor_h():
    # "Cherry Dawes" is not "Harry Dawes" nor "Mitch" "Myth"; the h of transliteration ("kh") still meets h
    assert person_key("Cherry Dawes") != person_key("Harry Dawes")
    assert person_key("Mitch Oldroyd") != person_key("Myth Oldroyd")
    assert person_key("Chandra Pell") != person_key("Handra Pell")
    assert name_key("Khalid Mashal") == name_key("Halid Mashal")
    assert name_key("Qaeda") == name_key("Kaeda") and name_key("Carim") == name_key("Karim")
    assert name_key("Chechnya") == name_key("Chechnia")
