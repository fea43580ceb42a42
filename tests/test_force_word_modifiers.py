"""A force word ("police", "army", "troops") modifying a raid or crackdown names who carried it out,
with or without whom it was done to ("an army crackdown"), and the passive the noun explains takes
it as its doer ("were arrested in a police raid"); a modifier that is a time, a thing or a place ("a
dawn raid", "a car bomb attack") names no one. Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer", [
    ("An army crackdown has emptied the market towns of Shan state.", "military"),
    ("A police raid shut down the printing works in Mombasa on Friday.", "police"),
])
def test_a_force_word_on_a_repression_noun_without_a_target_is_its_doer(text, doer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "COERCE")
    assert any(answers_to(subj, doer) for subj, _ in found), found


@pytest.mark.parametrize("text, etype, doer, undergoer", [
    ("Four cattle smugglers were arrested in a police raid near Kisumu.", "COERCE", "police", "smuggler"),
    ("Two gang leaders were shot dead in an army raid outside Tumaco.", "ASSAULT", "military", "leader"),
    ("Eleven miners were detained during a military raid on the goldfields of Kenieba.", "COERCE", "military", "miner"),
])
def test_the_passive_a_force_words_act_explains_takes_the_force(text, etype, doer, undergoer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, etype)
    assert any(answers_to(subj, doer) and answers_to(obj, undergoer) for subj, obj in found), found


@pytest.mark.parametrize("text, etype", [
    ("Four cattle smugglers were arrested in a dawn raid near Kisumu.", "COERCE"),
    ("Five shoppers were killed in a car bomb attack in Quetta.", "ASSAULT"),
    ("Two teenagers were arrested after a police car was set alight in Luton.", "COERCE"),
])
def test_a_time_thing_or_vehicle_modifier_names_no_doer(text, etype, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, etype)
    assert found and not any(subj for subj, _ in found), found


def test_a_repression_noun_whose_passive_names_its_doer_does_not_take_the_force_word(analyse_text, gazetteer):
    found = folded_sides(analyse_text("A naval blockade of Port Sudan was imposed by the coalition in March."),
                         gazetteer, "COERCE")
    assert not any(answers_to(subj, "military") for subj, _ in found), found
