"""The state a story is set in (resolve/story_country.py: home_state) owns its bare offices and bodies
("the prime minister", "the government") however often a foreign leader is named or referred to:
a home is shown by several different things of one state, not by repeated mentions of one name.
Articles are our own."""
import pytest

# a British political story that quotes an American president several times
BUSH_IN_LONDON = (
    "Labour MPs have urged Tony Blair to distance himself from George Bush over climate change. "
    "Mr Bush said on Monday that America would not sign a new treaty. Speaking in Washington, Mr Bush added "
    "that the US economy came first. The Conservatives accused Labour of hiding behind Mr Bush. "
    "Gordon Brown told a Labour conference in Brighton that Britain would act alone if needed. "
    "George Bush is expected to visit London in June. "
    "The prime minister said the government would publish its own targets next month.")

# a British reaction story in which the president is referred to again and again by pronoun
BUSH_BY_PRONOUN = (
    "George Bush said on Monday that America would not sign a new climate treaty. He told reporters he would not "
    "change his mind, and he said his critics were wrong. Tony Blair's spokesman said the government would publish "
    "its own targets. Gordon Brown and Labour MPs backed the plan, and the Conservatives called for a vote.")


@pytest.mark.parametrize("text", [BUSH_IN_LONDON, BUSH_BY_PRONOUN])
def test_a_foreign_leader_discussed_does_not_move_the_story_abroad(resolved_entity, text):
    government = resolved_entity(text, "government")
    if "prime" in text:
        prime = resolved_entity(text, "prime")
        assert prime is not None and (prime.key.startswith("office:GBR:") or "Blair" in prime.name), prime
    assert government is not None and government.key == "gaz:GBR-GOV", government


def test_a_story_about_another_state_stays_there(resolved_entity):
    # a British outlet's story of an American election: its president and government are America's
    text = ("George Bush and John Kerry held their last rallies in Ohio and Florida on Monday. Democrats in "
            "Congress said the White House had misled voters. Republicans in Texas and Iowa disagreed. Tony Blair "
            "declined to comment. The president said the government had kept America safe.")
    government = resolved_entity(text, "government")
    assert government is None or government.key != "gaz:GBR-GOV"


def test_a_body_named_with_its_country_just_before_is_still_that_one(resolved_entity):
    # the home state's politics does not claim another state's body named as the acting side just before
    text = ("Tony Blair and Gordon Brown met Labour activists in Leeds. Jack Straw flew to Nairobi later. "
            "The Kenyan government banned an opposition rally on Friday. The government said the rally was illegal.")
    government = resolved_entity(text, "government", 1)
    assert government is not None and government.key == "gaz:KEN-GOV", government


def test_a_visitors_politics_is_no_home(resolved_entity):
    # two office holders of the visitors' state against more things named in the host state
    text = ("Tony Blair and Jack Straw arrived in Nairobi on Monday. Kenyan opposition leaders in Mombasa said the "
            "election in Kenya was rigged, and the government has denied it.")
    government = resolved_entity(text, "government")
    assert government is None or government.key != "gaz:GBR-GOV"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a person the role book lists as a state's office holder places the story in that state
    ("Charles Clarke spoke to reporters outside the conference on Monday. Later the home secretary said the bill "
     "would return.", "home", "Charles Clarke"),
    # a party leader and a former foreign secretary against a war discussed: Britain's government
    ("Charles Kennedy and Robin Cook spoke at a rally against the Iraq war. Both said voters were still angry about "
     "Iraq. The government has tried to win them back.", "government", "British government"),
])
def test_a_known_office_holder_places_the_story(resolved_entity, text, word, expected):
    ent = resolved_entity(text, word)
    assert ent is not None and ent.name == expected, ent


def test_a_single_name_places_no_story(resolved_entity):
    # "the Herald" (a newspaper) is not King Harald of Norway: one name may be anyone's
    text = ("A climber fell to his death near Mount Cook in New Zealand on Sunday, the Herald reported. "
            "Police said the man was experienced.")
    police = resolved_entity(text, "Police")
    assert police is not None and police.key == "gaz:NZL-POL", police


def test_a_party_short_form_beside_a_known_person_of_its_state_is_the_party(resolved_entity):
    # the story names only America as a place, but Tony Blair is Britain's: "Labour" is Britain's Labour
    text = ("George Bush said America would not sign the treaty. Tony Blair's critics in Labour said he had "
            "failed to change the president's mind.")
    labour = resolved_entity(text, "Labour")
    assert labour is not None and labour.key == "gaz:GBR-LABOUR", labour


def test_a_party_short_form_in_another_states_story_stays_open(resolved_entity):
    # a known person of another state does not make "Labour" Britain's
    text = ("Labour and Likud leaders met in Jerusalem. Israel's coalition talks resumed, George Bush said from "
            "Washington.")
    labour = resolved_entity(text, "Labour")
    assert labour is None or labour.key != "gaz:GBR-LABOUR", labour


def test_the_prime_minister_of_a_british_story_quoting_a_us_president(resolved_entity, resolved_name):
    # "him" after "praising" is Bush, not Blair (resolve/clause_subjects.py): one more mention of Bush,
    # which must not move the story's country, so "the prime minister" stays Blair
    text = ("George Bush said on Tuesday that the war had made the world safer. Mr Bush told reporters that America "
            "would not leave. Mr Bush said Iraq would hold elections. Tony Blair was attacked by Labour MPs and the "
            "Conservatives after praising him. Later the prime minister said the government had no regrets.")
    assert resolved_name(text, "him") == "George W. Bush"
    prime = resolved_entity(text, "prime")
    assert prime is not None and prime.name == "Tony Blair", prime
    government = resolved_entity(text, "government")
    assert government is not None and government.key == "gaz:GBR-GOV", government
