"""A body with no name in the sentence belongs to the organisation the story is about in that role, else to
the story's country: "the board" is the club's or the firm's, never a news outlet's the story quotes
(resolve/kinds.py: board_owner); "the authorities" in a sport story are the sport's, not the state's
(resolve/story_country.py: sport_story); a bare "committee" or "council" is the home state's, as a bare title
is (resolve/unnamed_bodies.py: story_evidence); "the firm" is the story's firm, not one named in passing or as
an analyst's employer (resolve/kinds.py: story_firm; resolve/descriptions.py: commentators_firm). Articles are our own; made-up names stand for clubs and firms."""
import pytest

from newsgraph.wordlists import words

# a match report: enough sport words for the document to be a sport story (extract/sense_words.Context)
MATCH = ("Dalton Rovers striker Tom Keane scored twice as his side beat Harlow 3-1 in the league on Saturday. "
         "The midfielder Joe Kerr hit the post and the goalkeeper made three saves in the second half. "
         "Keane's coach said the club would appeal against the red card he received late in the match. ")

# a British political story that quotes an American president several times (tests/test_story_home.py)
BRITISH = ("Labour MPs have urged Tony Blair to distance himself from George Bush over climate change. "
           "Mr Bush said on Monday that America would not sign a new treaty. Speaking in Washington, Mr Bush added "
           "that the US economy came first. The Conservatives accused Labour of hiding behind Mr Bush. "
           "Gordon Brown told a Labour conference in Brighton that Britain would act alone if needed. "
           "George Bush is expected to visit London in June. ")


def test_the_authorities_of_a_sport_story_are_no_states(resolved_entity):
    text = MATCH + "Players and fans in Spain want the authorities to ban the cheats from the game."
    ent = resolved_entity(text, "authorities")
    assert ent is None or ent.type != "GOVERNMENT" or ent.country is None, ent


def test_the_authorities_of_a_news_story_are_the_states(resolved_entity):
    text = ("Police in Madrid arrested three men on Monday. The interior minister said the men had planned attacks "
            "on the railway. Spain's government met on Tuesday. The authorities banned the march.")
    ent = resolved_entity(text, "authorities")
    assert ent is not None and ent.key == "gaz:ESP-GOV", ent


@pytest.mark.parametrize("text, owner", [
    # the club the story is about, not the broadcaster its manager spoke to
    ("Lenholm Athletic confirmed on Sunday that it had received a takeover offer from an American investor. "
     "Manager Dave Price told BBC Sport he wanted to stay. The board rejected the offer.", "Lenholm Athletic"),
    ("Kestrel Rovers striker Joe Kerr scored twice on Saturday. Chairman Bill Hope told the BBC that the club "
     "needed money. The board approved a share issue.", "Kestrel Rovers"),
    # a firm's board is still the firm's
    ("Varn Holdings said its profits rose by 8% last year. The board approved a dividend of 10p a share.",
     "Varn Holdings"),
])
def test_the_board_is_the_clubs_or_the_firms(resolved_name, text, owner):
    assert resolved_name(text, "board") == owner


def test_the_board_is_the_body_the_story_is_about_not_one_named_in_passing(events_named):
    text = ("Kestrel Rovers confirmed a new offer from Harvey Cole on Monday. Fans of Kestrel Rovers protested "
            "outside the ground. Linton Capital, the investment bank, said the price was high. Cole's bid was "
            "rejected by the board.")
    rejections = {(e[1], e[2]) for e in events_named(text) if e[0] == "REJECT"}
    assert ("Kestrel Rovers", "Harvey Cole") in rejections and not any(s == "Linton Capital" for s, _ in rejections)


def test_two_bodies_named_as_often_leave_the_board_open(resolved_name):
    text = ("Varn Holdings and Tolby Group both said profits rose. Analysts said the two firms would merge. "
            "The board approved a dividend.")
    assert resolved_name(text, "board") is None


def test_a_news_outlet_owns_no_board(events_named):
    text = ("Manager Dave Price told BBC Sport he wanted to stay at Lenholm. The board rejected the offer "
            "from the American investor.")
    assert not any(e[1] == "BBC" for e in events_named(text)), events_named(text)


@pytest.mark.parametrize("word", ["committee", "environment committee"])
def test_a_bare_body_of_a_home_story_is_the_home_states(resolved_entity, word):
    text = BRITISH + f"The {word} accused ministers of ignoring the science."
    ent = resolved_entity(text, "committee")
    assert ent is not None and ent.country == "GBR", ent


def test_a_bare_body_of_a_story_about_another_state_stays_there(resolved_entity):
    # a British outlet's story of an American election: its committee is America's
    text = ("George Bush and John Kerry held their last rallies in Ohio and Florida on Monday. Democrats in Congress "
            "said the White House had misled voters. Republicans in Texas and Iowa disagreed. Tony Blair declined to "
            "comment. The committee said the vote had been fair.")
    ent = resolved_entity(text, "committee")
    assert ent is not None and ent.country == "USA", ent


@pytest.mark.parametrize("text", [
    'Shares in Lenwood Foods fell after it warned on profits. "Costs are rising," said Harper Bank analyst Ann Roe. '
    "The firm faces an investigation by regulators.",
    'Shares in Lenwood Foods fell after it warned on profits. "Costs are rising," said Ann Roe, an analyst at Harper '
    "Bank. The firm faces an investigation by regulators.",
])
def test_an_analysts_employer_is_not_the_firm_told_of(resolved_name, text):
    assert resolved_name(text, "firm") == "Lenwood Foods"


@pytest.mark.parametrize("noun", sorted(words("commentator_nouns")))
def test_every_commentators_employer_is_not_the_firm_told_of(resolved_name, noun):
    text = (f'Shares in Lenwood Foods fell after it warned on profits. "Costs are rising," said Harper Bank {noun} '
            "Ann Roe. The firm faces an investigation by regulators.")
    assert resolved_name(text, "firm") == "Lenwood Foods"


def test_an_analysts_employer_is_not_the_group_sued(events_named):
    text = ('Shares in Lenwood Foods fell after it warned on profits. "Costs are rising," said Harper Bank analyst Ann '
            "Roe. Shareholders have launched lawsuits against the group.")
    sued = {e[2] for e in events_named(text) if e[0] == "ACCUSE"}
    assert "Harper Bank" not in sued, sued


def test_a_firm_that_speaks_is_still_the_firm(resolved_name):
    text = "Harper Bank said on Monday that its profits rose by 10%. The firm plans to hire 500 staff."
    assert resolved_name(text, "firm") == "Harper Bank"


def test_the_company_is_the_one_the_story_is_about_not_one_named_in_passing(events_named):
    text = ("Vandrel, the budget airline, reported a loss on Monday. Vandrel said fuel costs had risen. On Tuesday a "
            "court in Milan heard claims against Lanton Bank, its former lender. The company has also sued its former "
            "auditors.")
    suits = {e[1] for e in events_named(text) if e[0] == "ACCUSE"}
    assert "Vandrel" in suits and "Lanton Bank" not in suits, suits


def test_the_company_named_as_the_last_subject_is_that_one(resolved_name):
    text = ("Vandrel, the budget airline, reported a loss on Monday. Vandrel said fuel costs had risen. Lanton Bank, "
            "its former lender, said it would sue. The company also sued its former auditors.")
    assert resolved_name(text, "company") == "Lanton Bank"
