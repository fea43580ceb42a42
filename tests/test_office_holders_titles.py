"""A title without a name is the person the document names in that office (resolve/office_holders.py),
not one it names in another office or as a former holder; a title beside a name is that person
(resolve/titles.py: apposed_titles)."""
import pytest


def entity_of(nlp, gazetteer, text: str, phrase: str):
    from newsgraph.resolve.document import resolve_document

    doc = nlp(text)
    res = resolve_document(doc, gazetteer)
    start = text.index(phrase)
    tok = next(t for t in doc if t.idx >= start)
    key = res.entity_at(tok.i) or res.entity_at(tok.i + 1)
    return res.entities[key] if key else None


def events_of(nlp, gazetteer, text: str):
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    analysis = analyse(Document(source="test", text=text), nlp(text), gazetteer)
    name = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, name.get(e.subject), name.get(e.object)) for e in analysis.events}


UK = "Ministers met in London on Monday to discuss the budget for Britain's schools. "


def test_the_holder_is_not_the_one_named_in_another_office(nlp, gazetteer):
    text = UK + "Mr Blair opened the meeting. Later the prime minister thanked the chancellor, Gordon Brown."
    ent = entity_of(nlp, gazetteer, text, "the prime minister")
    assert ent is not None and ent.name.endswith("Blair")


def test_two_untitled_offices_share_out_their_holders(nlp, gazetteer):
    text = UK + "Tony Blair and Gordon Brown arrived together. The prime minister praised the chancellor."
    assert entity_of(nlp, gazetteer, text, "The prime minister").name == "Tony Blair"
    assert entity_of(nlp, gazetteer, text, "the chancellor").name == "Gordon Brown"


def test_a_british_chancellor_is_the_treasurys(nlp, gazetteer):
    text = UK + "Gordon Brown set out his plans. Mr Cable accused the chancellor of ducking hard choices."
    ent = entity_of(nlp, gazetteer, text, "the chancellor")
    assert ent is not None and ent.name == "Gordon Brown"


def test_two_holders_and_no_tie_leave_the_office(nlp, gazetteer):
    text = UK + "David Blunkett and Charles Clarke both spoke. The home secretary defended the bill."
    ent = entity_of(nlp, gazetteer, text, "The home secretary")
    assert ent is not None and ent.type == "GOVERNMENT" and ent.key.startswith("office:GBR:")


def test_a_former_holder_is_not_the_holder(nlp, gazetteer):
    text = UK + "Former prime minister John Major spoke first. Tony Blair replied. The prime minister was brief."
    assert entity_of(nlp, gazetteer, text, "The prime minister").name == "Tony Blair"


def test_a_party_office_is_the_holder_the_document_names(nlp, gazetteer):
    text = UK + "Michael Howard spoke in Leeds. The Tory leader attacked the plans."
    ent = entity_of(nlp, gazetteer, text, "The Tory leader")
    assert ent is not None and ent.name == "Michael Howard"


def test_an_owner_after_the_title_leaves_it(nlp, gazetteer):
    text = UK + "Gordon Brown set out his plans. The chancellor of the university resigned."
    ent = entity_of(nlp, gazetteer, text, "The chancellor")
    assert ent is None or ent.name != "Gordon Brown"


@pytest.mark.parametrize("text, side", [
    ("The director of the Hill Wildlife Trust, Jane Moss, criticised the decision by the council.", "Jane Moss"),
    ("The chief executive of Koldex, Mara Lind, accused the regulator of bias.", "Mara Lind"),
])
def test_a_title_with_its_holders_name_beside_it_is_the_holder(nlp, gazetteer, text, side):
    assert any(t == "ACCUSE" and s == side for t, s, _ in events_of(nlp, gazetteer, text))


def test_a_title_apposed_to_a_name_is_that_person(nlp, gazetteer):
    text = "It was the same for Sam Hale, the touch judge who was heavily criticised by coach Bo Lindqvist."
    assert ("ACCUSE", "Bo Lindqvist", "Sam Hale") in events_of(nlp, gazetteer, text)


def test_the_named_holder_gives_the_country_a_mixed_story_leaves_open(nlp, gazetteer):
    text = ("Britain and the United States disagree over debt relief, and America wants more time. Gordon Brown "
            "wants it now. The chancellor is flying to Washington next week.")
    ent = entity_of(nlp, gazetteer, text, "The chancellor")
    assert ent is not None and ent.name == "Gordon Brown"


def test_holders_of_offices_so_titled_in_two_countries_leave_it(nlp, gazetteer):
    text = ("Britain and Germany disagree over debt relief, and Germany wants more time. Gordon Brown and "
            "Gerhard Schroeder spoke. The chancellor is flying to Washington next week.")
    ent = entity_of(nlp, gazetteer, text, "The chancellor")
    assert ent is None or ent.type != "PERSON"


@pytest.mark.parametrize("text, phrase", [
    ("Peru's president pardoned former leader Alberto Fujimori.", "Peru's president"),
    (UK + "The prime minister thanked the chancellor, Gordon Brown.", "The prime minister"),
])
def test_a_lone_candidate_named_as_another_holder_is_not_the_holder(nlp, gazetteer, text, phrase):
    ent = entity_of(nlp, gazetteer, text, phrase)
    assert ent is None or ent.type != "PERSON"


def test_a_person_named_in_the_titles_sentence_is_someone_else(nlp, gazetteer):
    ent = entity_of(nlp, gazetteer, "Peru's president pardoned Alberto Fujimori on Sunday.", "Peru's president")
    assert ent is None or ent.type != "PERSON"


def test_one_person_found_for_two_offices_holds_neither(nlp, gazetteer):
    text = UK + "Gordon Brown spoke at length. The prime minister later thanked the chancellor."
    for phrase in ("The prime minister", "the chancellor"):
        ent = entity_of(nlp, gazetteer, text, phrase)
        assert ent is None or ent.type != "PERSON"


def test_a_second_bare_title_is_no_other_owner_of_the_noun(nlp, gazetteer):
    text = UK + "Tony Blair spoke. Critics said the prime minister erred. Aides said the prime minister was right."
    doc_phrases = [m for m in ("said the prime minister erred", "said the prime minister was")]
    for phrase in doc_phrases:
        ent = entity_of(nlp, gazetteer, text, phrase[5:])
        assert ent is not None and ent.name == "Tony Blair"


@pytest.mark.parametrize("text, side", [
    ("Ryanair chief executive Michael O'Leary spoke on Monday. Later Ryanair's chief executive criticised "
     "the Irish government.", "Michael O'Leary"),
    ("IMF head Rodrigo Rato arrived in Berlin. The head of the IMF criticised the German government.", "Rodrigo Rato"),
])
def test_a_bodys_title_is_the_person_named_so_for_that_body(nlp, gazetteer, text, side):
    assert any(t == "ACCUSE" and s == side for t, s, _ in events_of(nlp, gazetteer, text))


def test_another_bodys_title_is_not_that_person(nlp, gazetteer):
    text = "IMF head Rodrigo Rato arrived in Berlin. The head of the World Bank criticised the German government."
    assert not any(s == "Rodrigo Rato" for t, s, _ in events_of(nlp, gazetteer, text) if t == "ACCUSE")


def test_a_possessive_owner_stays_the_body_it_names(nlp, gazetteer):
    text = ("The Hollins Farming Association (HFA) welcomed the plan. Tom Vane, the organisation's president, "
            "said the details were hidden.")
    assert ("LEADERSHIP", "Tom Vane", "HFA") in {(t, s, o if o != "Hollins Farming Association" else "HFA")
                                                 for t, s, o in events_of(nlp, gazetteer, text)}


def test_a_pronoun_in_the_titles_sentence_is_no_one_else(nlp, gazetteer):
    # "his" is read as Brown, and is the chancellor's own: only a name marks someone else
    text = UK + "Gordon Brown set out his plans. The chancellor will fly to Washington next week to press his case."
    ent = entity_of(nlp, gazetteer, text, "The chancellor")
    assert ent is not None and ent.name == "Gordon Brown"


def test_the_names_of_one_holder_are_one_candidate(nlp, gazetteer):
    # "Mr Blair" before "Tony Blair" is an entity of its own: one person still, not two candidates
    text = UK + ("Mr Blair opened the talks in Leeds. Chancellor Gordon Brown stayed in London. Tony Blair said "
                 "little. Later the prime minister thanked the teachers.")
    ent = entity_of(nlp, gazetteer, text, "the prime minister")
    assert ent is not None and ent.name == "Tony Blair"


@pytest.mark.parametrize("text", [
    UK + "Tony Blair faced prime minister's questions on Wednesday. Later the prime minister thanked the teachers.",
    UK + "Deputy Prime Minister John Prescott chaired the talks with Tony Blair. Later the prime minister thanked "
         "the teachers.",
])
def test_the_titles_own_words_give_it_to_no_other_owner(nlp, gazetteer, text):
    ent = entity_of(nlp, gazetteer, text, "the prime minister")
    assert ent is not None and ent.name == "Tony Blair"


def test_another_owner_of_the_title_still_leaves_it(nlp, gazetteer):
    text = UK + "Tony Blair met the teachers. The bank's president, Jo Lee, spoke later, and the president was brief."
    ent = entity_of(nlp, gazetteer, text, "the president was")
    assert ent is None or ent.name != "Tony Blair"


def test_one_person_found_for_two_offices_holds_the_one_of_the_storys_time(nlp, gazetteer):
    # Brown was chancellor while Howard led the Tories, prime minister only later
    text = UK + ("Gordon Brown presented his plans to MPs. Michael Howard replied for the Conservatives. "
                 "The chancellor defended the figures. The prime minister was abroad.")
    assert entity_of(nlp, gazetteer, text, "The chancellor").name == "Gordon Brown"
    ent = entity_of(nlp, gazetteer, text, "The prime minister")
    assert ent is None or ent.name != "Gordon Brown"


def test_of_two_holders_the_one_of_the_storys_time(nlp, gazetteer):
    text = UK + "Gordon Brown and Michael Howard clashed over Tony Blair's plans. Later the prime minister was brief."
    assert entity_of(nlp, gazetteer, text, "the prime minister").name == "Tony Blair"


def test_two_holders_of_no_shared_time_leave_the_office(nlp, gazetteer):
    text = UK + "Tony Blair and Boris Johnson both spoke. Later the prime minister was brief."
    ent = entity_of(nlp, gazetteer, text, "the prime minister")
    assert ent is not None and ent.type == "GOVERNMENT" and ent.key.startswith("office:GBR:")
