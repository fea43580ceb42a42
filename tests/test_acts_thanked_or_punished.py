"""Who acts in the gerund of a verb that thanks, praises, rewards, pays or punishes someone "for" an
act: the one thanked or punished, not the one who thanks ("thanked the Red Cross for helping the
victims": the Red Cross helped; "fined the protesters for attacking an officer": the protesters
attacked). A verb outside these keeps the gerund its own subject's ("apologised to Georgia for
attacking the convoy": the apologiser attacked). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, type_, doer, target", [
    ("The mayor of Leeds thanked the Red Cross for helping the flood victims.", "AID", "red cross", "victims"),
    ("Officials in Ankara praised Jordan for sheltering refugees from Syria.", "AID", "jordan", "refugees"),
    ("The United Nations commended Norway for hosting talks between the rebels and the government.", "CONSULT",
     "norway", None),
    ("Barack Obama congratulated Nelson Mandela for backing the United Nations.", "SUPPORT", "mandela", "united nations"),
    ("Fans applauded Ryan Giggs for criticising the Football Association.", "ACCUSE", "giggs", "football association"),
    ("The Liberal Democrats hailed the judge for rebuking the Home Office.", "ACCUSE", "judge", "home office"),
    ("The charity rewarded the villagers for helping the refugees from Syria.", "AID", "villagers", "refugees"),
    ("The city honoured Anna Berg for helping refugees from Bosnia.", "AID", "berg", "refugees"),
    ("The city of Boston honored Anna Berg for helping refugees from Bosnia.", "AID", "berg", "refugees"),
    ("Analysts credited Germany for helping Greece during the crisis.", "AID", "germany", "greece"),
    ("The agency will compensate the villagers for sheltering the refugees from Syria.", "AID", "villagers",
     "refugees"),
    ("The Kremlin paid the militia for attacking the convoy of the United Nations.", "ASSAULT", "militia", None),
    ("A court in Paris fined the protesters for attacking a police officer.", "ASSAULT", "protesters", "officer"),
    ("The European Union will penalise Iran for supporting the Houthi militias.", "SUPPORT", "iran", "houthi"),
    ("The United States will penalize Iran for supporting the Houthi militias.", "SUPPORT", "iran", "houthi"),
    ("Voters punished the Labour Party for backing the war in Iraq.", "SUPPORT", "labour", None),
    ("The actor Tom Cruise sued the magazine Bunte for accusing Nicole Kidman of lying.", "ACCUSE", "bunte",
     "kidman"),
    ("Anna Berg said she had forgiven her brother Tom Berg for attacking her.", "ASSAULT", "tom berg", None),
    ("Turkey was praised by the European Union for sheltering refugees.", "AID", "turkey", "refugees"),
])
def test_the_one_thanked_or_punished_did_the_act(text, type_, doer, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, type_)
    assert any(answers_to(s, doer) and (target is None or answers_to(o, target)) for s, o in found), found


@pytest.mark.parametrize("text, type_, doer", [
    ("Russia apologised to Georgia for attacking the convoy of the United Nations.", "ASSAULT", "russia"),
    ("The mayor of Leeds thanked the Red Cross for helping the flood victims.", "SUPPORT", "mayor"),
])
def test_the_thanker_keeps_its_own_acts(text, type_, doer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, type_)
    assert any(answers_to(s, doer) for s, _ in found), found


@pytest.mark.parametrize("text, thanker", [
    ("The mayor of Leeds thanked the Red Cross for helping the flood victims.", "mayor"),
    ("A court in Paris fined the protesters for attacking a police officer.", "court"),
])
def test_the_thanker_does_not_do_the_act_thanked(text, thanker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "AID") + folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert all(not answers_to(s, thanker) for s, _ in found), found
