"""Standing relations stated by roles (extract/relations.py) point at the body the role is held in,
now: staff and office-holders of a part or function work for the body and do not lead it, a
minister's portfolio is no body, a former or future role states no relation, a cut name is no
object. Sentences are our own."""
from __future__ import annotations

import pytest


def relations(analysis) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject, ""), names.get(e.object, "")) for e in analysis.events
            if e.type in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, holder, body", [
    ("Paul Reyes, head of research at Novartis, said the trial would continue.", "Paul Reyes", "Novartis"),
    ("Lena Park, director of marketing at Unilever, announced the campaign.", "Lena Park", "Unilever"),
    ("Sam Hale, the director of the Rand Corporation's energy programme, said prices would rise.",
     "Sam Hale", "Rand Corporation"),
    ("Unilever communications director Ben Cole said the campaign was over.", "Ben Cole", "Unilever"),
    ("Tim Cole, a press officer for Greenpeace, confirmed the protest.", "Tim Cole", "Greenpeace"),
    ("Anna Berg, commercial director at Rightmove, said prices fell.", "Anna Berg", "Rightmove"),
    ("Jo Fenn, an associate director at the FBI, resigned.", "Jo Fenn", "Federal Bureau of Investigation"),
    ("Sara Lind, Volvo's managing director for Asian sales, said demand rose.", "Sara Lind", "Volvo"),
    ("Tom Ruiz, regional division secretary of the Transport Workers Union, called a strike.", "Tom Ruiz",
     "Transport Workers Union"),
    # a unit a named body owns, whose own word is a body's: its head does not lead the owner
    ("Maria Lopez, chairwoman of Vandrel Bank's audit committee, said the accounts were sound.", "Maria Lopez",
     "Vandrel Bank"),
])
def test_staff_of_a_part_or_function_work_for_the_body_without_leading_it(analyse_text, text, holder, body):
    found = relations(analyse_text(text))
    assert ("AFFILIATION", holder, body) in found
    assert not any(t == "LEADERSHIP" and s == holder for t, s, _ in found)


@pytest.mark.parametrize("text, holder, body", [
    ("Microsoft chief executive Satya Nadella visited Delhi.", "Satya Nadella", "Microsoft"),
    ("Nokia chairman Jorma Ollila opened the plant.", "Jorma Ollila", "Nokia"),
    ("Japanese finance minister Taro Aso met the bankers on Monday.", "Taro Aso", "Japan"),
    ("Acting Opec secretary general Ali Rahimi spoke.", "Ali Rahimi", "OPEC"),
    ("CBI director general John Cridland warned the chancellor.", "John Cridland", "CBI"),
    ("Gibraltar's Chief Minister Fabian Picardo met the envoy.", "Fabian Picardo", "Gibraltar"),
    ("FARC rebel commander Ivan Marquez rejected the ceasefire.", "Ivan Marquez", "FARC"),
    ("Ivan Marquez, the commander of FARC forces in the south, rejected the ceasefire.", "Ivan Marquez", "FARC"),
    # a description of the body that the text names beside it is the body, no part of it
    ("Dr Jane Holt, head of the charity, the Hope Trust, said the cuts would hurt families.", "Jane Holt",
     "Hope Trust"),
])
def test_heads_of_a_body_and_ministers_of_a_country_lead(analyse_text, text, holder, body):
    assert ("LEADERSHIP", holder, body) in relations(analyse_text(text))


@pytest.mark.parametrize("text, holder", [
    ("Former Kenyan president Daniel Moi attended the funeral.", "Daniel Moi"),
    ("The ex-chairman of Vodafone, Arun Sarin, joined the board of a bank.", "Arun Sarin"),
    ("Former Vodafone chief executive Arun Sarin joined the board.", "Arun Sarin"),
    ("The then-defence minister Ehud Barak ordered the strike.", "Ehud Barak"),
])
def test_a_role_no_longer_held_states_no_relation(analyse_text, text, holder):
    assert [r for r in relations(analyse_text(text)) if r[1] == holder] == []


@pytest.mark.parametrize("text, holder", [
    ("Constitutional Affairs Minister Harriet Lowe defended the bill in parliament.", "Harriet Lowe"),
    ("Home Secretary Amber Rudd announced new measures.", "Amber Rudd"),
    ("Maria Lopez, Minister for Regional Development, opened the bridge.", "Maria Lopez"),
])
def test_a_portfolio_is_no_body_its_minister_leads(analyse_text, text, holder):
    found = relations(analyse_text(text))
    bodies = {e.name: e.type for e in analyse_text(text).entities.values()}
    assert [r for r in found if r[1] == holder and bodies.get(r[2]) not in ("COUNTRY", "GOVERNMENT")] == []


@pytest.mark.parametrize("text, holder", [
    ("Maya Okafor, a member of Delta Sigma Theta, spoke at the rally.", "Maya Okafor"),
    ("Bank of England governor Mark Carney warned of risks.", "Mark Carney"),
])
def test_a_cut_name_is_no_object(analyse_text, text, holder):
    found = relations(analyse_text(text))
    assert [r for r in found if r[1] == holder and r[2] in ("Delta", "Bank of")] == []


def test_a_title_in_a_list_belongs_to_its_own_name(analyse_text):
    found = relations(analyse_text(
        "The guests included French singer Charles Aznavour and British ambassador Peter Ricketts."))
    assert ("LEADERSHIP", "Peter Ricketts", "France") not in found
    assert ("LEADERSHIP", "Peter Ricketts", "United Kingdom") in found


def test_a_known_leader_is_not_the_head_of_another_country_named_next_to_him(analyse_text):
    found = relations(analyse_text("The guests included Joe Biden, the King of Spain and the Pope."))
    assert ("LEADERSHIP", "Joe Biden", "Spain") not in found


def test_a_spokesman_abroad_speaks_for_his_body_not_the_country_he_is_in(analyse_text):
    found = relations(analyse_text("Tom Hale, a Shell spokesman in Nigeria, denied the report."))
    assert ("AFFILIATION", "Tom Hale", "Shell") in found
    assert ("AFFILIATION", "Tom Hale", "Nigeria") not in found


@pytest.mark.parametrize("text, holder", [
    # a committee named by its subject before the title: a legislature's committee that watches the body
    ("Treasury committee chairman John Smith criticised the Bank of England.", "John Smith"),
    ("Home Office committee chairwoman Jane Ellis said the backlog was growing.", "Jane Ellis"),
])
def test_a_committee_named_by_its_subject_is_not_the_body(analyse_text, text, holder):
    assert not {r for r in relations(analyse_text(text)) if r[1] == holder}


@pytest.mark.parametrize("text, holder, party", [
    ("Dr Alan Smith, the Labour spokesman for the Home Office, said the figures were wrong.", "Alan Smith",
     "Labour Party"),
    ("Maria Cole, the Conservative spokeswoman on the Foreign Office, said the plan was naive.", "Maria Cole",
     "Conservative Party"),
])
def test_a_party_s_spokesman_for_a_ministry_speaks_for_the_party(analyse_text, text, holder, party):
    assert relations(analyse_text(text)) == {("AFFILIATION", holder, party)}


def test_a_body_s_own_spokesman_and_its_owned_committee_keep_the_body(analyse_text):
    assert ("AFFILIATION", "Anna Webb", "Russian government") in relations(
        analyse_text("Anna Webb, a spokeswoman for the Kremlin, denied the report."))
    assert ("AFFILIATION", "Maria Lopez", "Vandrel Bank") in relations(
        analyse_text("Maria Lopez, chairwoman of Vandrel Bank's audit committee, said the accounts were sound."))


@pytest.mark.parametrize("text, holder", [
    ("Surgeon General Jo Ray warned that obesity kills.", "Jo Ray"),
    ("The Surgeon General, Vivek Murthy, said loneliness was an epidemic.", "Vivek Murthy"),
    ("Surgeon General Vivek Murthy issued a warning about social media.", "Vivek Murthy"),
])
def test_an_office_ending_in_general_is_no_body_its_holder_leads(analyse_text, text, holder):
    found = relations(analyse_text(text))
    assert [r for r in found if r[1] == holder and r[2].startswith("Surgeon")] == []


def test_a_body_before_a_general_title_is_still_led(analyse_text):
    found = relations(analyse_text("UN Secretary General Kofi Annan said the war was illegal."))
    assert ("LEADERSHIP", "Kofi Annan", "United Nations") in found


@pytest.mark.parametrize("text, holder, firm, unit", [
    ("Microsoft's vice president of Windows Marketing, Brad Brooks, said sales were strong.", "Brad Brooks",
     "Microsoft", "Windows Marketing"),
    ("Sony's president of Worldwide Studios, Shuhei Yoshida, announced the game.", "Shuhei Yoshida", "Sony",
     "Worldwide Studios"),
])
def test_a_firms_title_over_a_unit_serves_the_firm(analyse_text, text, holder, firm, unit):
    found = relations(analyse_text(text))
    assert ("AFFILIATION", holder, firm) in found
    assert not any(r[1] == holder and r[2] == unit for r in found)


@pytest.mark.parametrize("text, holder, body", [
    ("US Federal Reserve chairman Alan Greenspan warned of rising debt.", "Alan Greenspan", "Federal Reserve"),
    ("UK Financial Services Authority chairman Callum McCarthy spoke in Leeds.", "Callum McCarthy",
     "Financial Services Authority"),
])
def test_the_body_nearest_the_title_is_the_one_led_not_its_country(analyse_text, text, holder, body):
    found = relations(analyse_text(text))
    assert ("LEADERSHIP", holder, body) in found
    assert not any(t == "LEADERSHIP" and s == holder and o in ("United States", "United Kingdom") for t, s, o in found)
