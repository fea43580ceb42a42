"""The nouns for people and groups without a name (data/lexicon/words/actors.yaml individual_nouns,
extract.yaml generic_kinds): each word read in a frame sentence of its class, a sentence of our own
for each class, the words with other senses, and the shape of the lists."""
from __future__ import annotations

import re

import pytest

from newsgraph.model import Document
from newsgraph.wordlists import table, words

INDIVIDUALS = sorted(words("individual_nouns"))
KINDS = table("generic_kinds")
# frames in which a word of each class names who is harmed or who acts
PERSON_FRAME = "Police said a {} was beaten by two men in the town on Monday."
ARMED_FRAME = "Police said {} attacked a bus near the town on Sunday."
CIVIL_FRAME = "Police arrested {} near the market on Friday."
# roles of sport, which a sport report's events would take for the people of a crime story
SPORT_ROLES = {"defender", "keeper", "goalkeeper", "striker", "referee", "umpire", "spectator", "visitor",
               "coach", "winger", "captain"}


def plural(word: str) -> str:
    return word[:-3] + "men" if word.endswith("man") else word + "s"


def analysed(nlp, gazetteer, text):
    from newsgraph.extract import analyse
    doc = nlp(text)
    return doc, analyse(Document(source="people-words", text=text), doc, gazetteer)


def type_of(analysis, doc, written: str) -> str | None:
    tok = next(t for t in doc if t.lower_ == written)
    key = next((m.entity for m in analysis.mentions if m.start <= tok.idx < m.end), None)
    return analysis.entities[key].type if key else None


def names(analysis, key):
    return analysis.entities[key].name if key in analysis.entities else key


@pytest.mark.parametrize("noun", INDIVIDUALS)
def test_each_person_noun_names_one_person(noun, nlp, gazetteer):
    doc, analysis = analysed(nlp, gazetteer, PERSON_FRAME.format(noun))
    assert type_of(analysis, doc, noun) == "PERSON"


@pytest.mark.parametrize("noun", sorted(w for w in KINDS["ARMED_GROUP"] if w not in words("collective_singulars")))
def test_each_armed_kind_is_an_armed_group_that_acts(noun, nlp, gazetteer):
    doc, analysis = analysed(nlp, gazetteer, ARMED_FRAME.format(plural(noun)))
    assert type_of(analysis, doc, plural(noun)) == "ARMED_GROUP"


@pytest.mark.parametrize("noun", sorted(w for w in KINDS["OTHER"] if w not in words("collective_singulars")))
def test_each_civil_kind_is_a_civil_collective(noun, nlp, gazetteer):
    doc, analysis = analysed(nlp, gazetteer, CIVIL_FRAME.format(plural(noun)))
    assert type_of(analysis, doc, plural(noun)) == "OTHER"


@pytest.mark.parametrize(("text", "subject", "object_"), [
    # an occupation, a role, a relation harmed
    ("Masked men shot a librarian outside the county archive on Thursday.", "masked men", "librarian"),
    ("Two teenagers robbed and beat a pensioner in her flat in Salford.", None, "pensioner"),
    ("A woman stabbed her lover during a row at a house in Derby.", None, "lover"),
    # an armed or criminal collective acting
    ("Cattle rustlers killed four shepherds in the hills above Marsabit.", "rustlers", "shepherds"),
    ("Hired thugs beat up a reporter outside the tally centre in Kano.", "thugs", "reporter"),
    # a civil collective acting, which an adjective the recogniser takes for an organisation does not own
    ("Fulani herdsmen attacked a farming settlement in Benue state on Sunday.", "herdsmen", None),
    ("Nomads blocked the road to the mine for a week.", "nomads", None),
    # people on a march or a picket line, as protesters are
    ("Riot police fired water cannon at the marchers outside the parliament in Tbilisi.", None, "marchers"),
])
def test_people_of_each_class_take_their_side(text, subject, object_, nlp, gazetteer):
    _doc, analysis = analysed(nlp, gazetteer, text)
    sides = {(names(analysis, e.subject), names(analysis, e.object)) for e in analysis.events
             if e.type in ("ASSAULT", "COERCE", "PROTEST")}
    assert any((subject is None or s and subject in s.lower()) and (object_ is None or o and object_ in o.lower())
               for s, o in sides), sides


@pytest.mark.parametrize(("text", "word"), [
    ("The pupil of his left eye was damaged when the bottle hit him.", "pupil"),   # the eye, not a schoolchild
    ("The point guard was ejected after fouling the Celtics centre.", "guard"),    # a basketball position
    ("Shepherd shot a 68 in the final round at Augusta.", "shepherd"),          # a name, and a golf score
])
def test_words_in_their_other_senses_name_no_side(text, word, nlp, gazetteer):
    _doc, analysis = analysed(nlp, gazetteer, text)
    sides = [names(analysis, k) or "" for e in analysis.events for k in (e.subject, e.object)]
    assert not [s for s in sides if s.lower() == word], [(e.type, e.subject, e.object) for e in analysis.events]


def test_the_lists_keep_their_shape():
    listed = [*words("individual_nouns")] + [w for ws in KINDS.values() for w in ws]
    # lemmas, one lower-case word each; a former partner is one token too ("ex-husband": nlp.keep_former_partners)
    assert [w for w in listed if not re.fullmatch(r"(ex-)?[a-z]+", w)] == []
    kinds = [w for ws in KINDS.values() for w in ws]
    assert sorted(w for w in set(kinds) if kinds.count(w) > 1) == []     # one kind per word
    assert len(words("individual_nouns")) >= 200 and all(len(ws) >= 9 for ws in KINDS.values())
    assert words("individual_nouns") & SPORT_ROLES == set()
    # one of a criminal collective is a person ("a thug", "a raider"), not the collective
    new_armed = {"raider", "brigand", "cultist", "thug", "gangster", "looter", "arsonist", "abductor", "rustler"}
    assert new_armed <= set(KINDS["ARMED_GROUP"]) & words("individual_nouns")
    assert words("individual_nouns") & words("collective_singulars") == set()
