"""Bare descriptions of a state's bodies ("the government", "the authorities", "security forces")
go to the body of the country the story is about (resolve/story_country.py), and stay unresolved
where no country is clear or two compete."""
import pytest


def key_of(resolved_entity, text: str, word: str, nth: int = 0) -> str | None:
    ent = resolved_entity(text, word, nth)
    return ent.key if ent is not None else None


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a country named twice before: its government
    ("Peruvian farmers blocked roads near Lima on Tuesday. The government said the blockades were illegal.",
     "government", "gaz:PER-GOV"),
    ("Zambia's finance minister resigned on Friday amid a row over debt talks in Lusaka. "
     "The authorities gave no reason for the move.", "authorities", "gaz:ZMB-GOV"),
    ("Thai protesters marched through Bangkok for a third day. The regime has banned gatherings of more than five people.",
     "regime", "gaz:THA-GOV"),
    # the military sector
    ("Sudanese doctors say clinics in Khartoum have run out of supplies. The army shelled the market on Sunday.",
     "army", "gaz:SDN-MIL"),
    ("Colombian officials said a bridge in Bogota was closed. Security forces cordoned off the area.",
     "Security", "gaz:COL-MIL"),
    ("Chad's president met tribal leaders in N'Djamena. Troops were sent to the border town.", "Troops", "gaz:TCD-MIL"),
])
def test_bare_body_goes_to_the_story_country(resolved_entity, text, word, expected):
    assert key_of(resolved_entity, text, word) == expected


def test_a_country_three_times_as_present_leads_another(resolved_entity):
    text = ("Kenyan traders closed their stalls in Nairobi over a new levy. A French importer said prices would rise. "
            "Kenya's finance ministry defended the levy. The government said it would stay.")
    assert key_of(resolved_entity, text, "government") == "gaz:KEN-GOV"


def test_a_nearer_country_does_not_decide_when_the_story_has_two(resolved_entity):
    text = ("French and German ministers met in Brussels. France and Germany disagree on farm subsidies. "
            "Later, in Ghana, traders in Accra said the government would keep the levy.")
    ent = resolved_entity(text, "government")
    assert ent is None or not ent.key.startswith("gaz:")


@pytest.mark.parametrize(("text", "word"), [
    # no country at all: the British reader's "the government" is not named
    ("Teachers walked out of schools on Monday over pay. The government said the offer was final.", "government"),
    # two countries compete
    ("Indian and Pakistani officials traded charges. India and Pakistan both claim the region. "
     "The army fired across the line.", "army"),
    # one mention, sentences back, is no centre
    ("A Nepali climber reached the summit. She had trained for years. Her team carried extra oxygen. "
     "Bad weather had delayed the climb. The authorities have not confirmed the record.", "authorities"),
])
def test_no_clear_country_leaves_it_unresolved(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or not ent.key.startswith("gaz:")


@pytest.mark.parametrize(("text", "word"), [
    ("Kenyan police arrested 20 protesters in Nairobi. A government would never allow that, critics said.",
     "government"),
    ("Kenyan police arrested 20 protesters in Nairobi. The interim government will meet on Friday.", "government"),
    ("Kenyan police arrested 20 protesters in Nairobi. Governments across the region watched closely.",
     "Governments"),
    ("Kenyan police arrested 20 protesters in Nairobi. The army chief resigned on Friday.", "army"),
])
def test_a_described_or_owned_body_is_not_bare(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or ent.key != "gaz:KEN-GOV" and ent.key != "gaz:KEN-MIL"


def test_an_owner_named_after_of_keeps_the_body_its_own(resolved_entity):
    text = ("Kenyan police arrested 20 protesters in Nairobi. The government of Uganda closed the border.")
    ent = resolved_entity(text, "government")
    assert ent is None or ent.key != "gaz:KEN-GOV"


def test_a_named_body_keeps_its_country(resolved_entity):
    text = "Kenyan police arrested 20 protesters in Nairobi. The Ugandan government closed the border."
    assert key_of(resolved_entity, text, "government") == "gaz:UGA-GOV"


def test_the_event_gets_its_side(events_named):
    text = ("Bolivian miners clashed with police at Bolivia's largest tin mine on Monday. "
            "The government accused the unions of sabotaging talks.")
    rows = events_named(text)
    assert any(t == "ACCUSE" and s == "Bolivian government" for t, s, _ in rows)


def test_an_actor_in_the_sentence_does_not_own_the_body_it_addresses(resolved_entity):
    # Mali and Niger compete over the story; Paris acts on "the government", it does not own it
    text = ("Malian and Nigerien troops clashed on the border. Mali and Niger blame each other. "
            "Malian and Nigerien leaders will meet. France urged the government to stop the fighting.")
    ent = resolved_entity(text, "government")
    assert ent is None or ent.key != "gaz:FRA-GOV"


@pytest.mark.parametrize(("text", "word"), [
    # the government acting through its people: "government officials", "government ministers", bare "ministers"
    ("Peruvian farmers blocked roads near Lima on Tuesday. Government officials said the blockades were illegal.",
     "Government"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Government ministers met union leaders.", "Government"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Their leaders accused ministers of ignoring them.",
     "ministers"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Their union called on ministers to scrap the tax.",
     "ministers"),
])
def test_the_governments_people_are_the_government(resolved_entity, text, word):
    assert key_of(resolved_entity, text, word) == "gaz:PER-GOV"


@pytest.mark.parametrize(("text", "word"), [
    # ministers of their own kind or owner are not the story country's government
    ("Peruvian farmers blocked roads near Lima on Tuesday. Foreign ministers of the region met in Quito.", "ministers"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Ministers from Chile offered to mediate.", "Ministers"),
    # no country named: left as it is
    ("Teachers walked out of schools on Monday over pay. Union leaders accused ministers of bad faith.", "ministers"),
    # bare "ministers" as a subject mostly heads plans and hedges ("ministers would consult"): left as it is
    ("Peruvian farmers blocked roads near Lima on Tuesday. Ministers would consult on the tax.", "Ministers"),
])
def test_ministers_of_another_kind_stay(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or ent.key != "gaz:PER-GOV" and not ent.key.startswith("gaz:")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the document's country named after the description: its government
    ("The government will raise fuel prices next month, officials said. Ghana's finance minister defended the rise. "
     "Traders in Accra and Kumasi closed their stalls.", "government", "gaz:GHA-GOV"),
    # one country named once, no other state in the story
    ("Farmers in Malawi say the drought has ruined their maize. The government has promised free seed.",
     "government", "gaz:MWI-GOV"),
    # bare police: the story country's police
    ("Police fired tear gas at students in Kampala on Monday. Uganda's universities have been shut since March.",
     "Police", "gaz:UGA-POL"),
    ("Shops in Lusaka stayed shut on Friday. Zambian traders say taxes are too high. The police arrested two "
     "organisers of the strike.", "police", "gaz:ZMB-POL"),
])
def test_the_documents_country_owns_a_bare_body(resolved_entity, text, word, expected):
    assert key_of(resolved_entity, text, word) == expected


@pytest.mark.parametrize(("text", "word"), [
    # another country leads before the description, though the document is about a third: open
    ("A French diplomat said the government had cut aid. Mali has cut its budget. Mali's farmers and Mali's "
     "teachers are unpaid. Protests spread in Bamako.", "government"),
    # a person's nationality alone is no story's country
    ("A Chilean swimmer crossed the strait on Sunday. The authorities have not confirmed the record.", "authorities"),
])
def test_the_documents_country_does_not_decide_where_it_is_weak(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or not ent.key.startswith("gaz:")


def test_the_police_are_a_side_of_the_event(events_named):
    text = "Police detained 40 opposition supporters in Harare on Saturday, Zimbabwe's state radio said."
    rows = events_named(text)
    assert any(s == "Zimbabwean police" for _, s, _ in rows), rows


@pytest.mark.parametrize(("text", "expected"), [
    # the one force the story names is its bare "police"
    ("Officers of the Anchorage Police Department searched the house on Monday. Police said the suspect had fled "
     "to Alaska's interior.", "Anchorage Police Department"),
    ("Greater Manchester Police closed the road after the crash. Britain's worst storms in years had hit the north. "
     "Police said two drivers were hurt.", "Greater Manchester Police"),
])
def test_bare_police_is_the_force_the_story_names(resolved_entity, text, expected):
    ent = resolved_entity(text, "Police", 1)    # the second "Police": the first is in the force's name
    assert ent is not None and ent.name == expected


def test_two_named_forces_leave_police_to_the_country(resolved_entity):
    text = ("Officers of the Anchorage Police Department and Juneau Police Department met on Monday. "
            "Police said Alaska's roads were closed. The United States has few roads in the north.")
    ent = resolved_entity(text, "Police", 2)
    assert ent is None or "Department" not in ent.name


def test_a_story_of_bodies_of_no_state_is_no_states(resolved_entity):
    # the EU's story: its "ministers" are the Council's, not those of the country its firms come from
    text = ("The European Commission will not redraft the law, EU officials said. US firms back it; US groups and "
            "US unions oppose it. The European Parliament asked the Commission to act. Ministers backed the law.")
    ent = resolved_entity(text, "Ministers")
    assert ent is None or ent.key != "gaz:USA-GOV"


def test_where_people_come_from_is_no_setting(resolved_entity):
    # a local story names its victim's origin: the police are not that country's
    text = ("A boy was shot dead outside his home on Friday. The boy, a Ghana native, had moved here from Ghana "
            "last year. Neighbours heard three shots. Police said a suspect had been arrested.")
    ent = resolved_entity(text, "Police")
    assert ent is None or ent.key != "gaz:GHA-POL"


@pytest.mark.parametrize(("text", "word"), [
    # one party of a state, no country named: the government is that state's (British news seldom names Britain)
    ("Prison deaths have risen for a third year, a committee of MPs has warned. Its chairman, a Labour MP, "
     "urged the government to set up a task force.", "government"),
    # the state's own office holder, and more mentions of it than of the war's countries
    ("Troops returned from Iraq and Afghanistan on Monday. Tony Blair welcomed them at an airbase in England. "
     "Church leaders criticised the government over the cost of the war.", "government"),
])
def test_the_state_whose_politics_the_story_shows_owns_a_bare_body(resolved_entity, text, word):
    assert key_of(resolved_entity, text, word) == "gaz:GBR-GOV"


@pytest.mark.parametrize(("text", "word"), [
    # a foreign story in a British outlet: the visitor's state is outnumbered by the story's
    ("Tony Blair arrived in Nairobi on Monday for talks. Kenyan opposition leaders say the election was rigged, "
     "and the government has denied it.", "government"),
    # two states' bodies: neither
    ("Downing Street and the White House issued a joint statement on trade. Critics said the government had been "
     "too slow.", "government"),    # a body known only by its description may be a region's: no state's politics
    ("The Arts Council of Wales may lose its grants. An artist compared the plan with rule in Germany and Russia, "
     "and said the government had no feel for the arts.", "government"),
])
def test_politics_of_a_state_outnumbered_or_shared_decides_nothing(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or ent.key != "gaz:GBR-GOV"


def test_the_politics_countrys_government_is_the_side_of_the_event(events_named):
    text = ("Deaths in custody have doubled, a committee of MPs has said. The Labour chairman of the committee "
            "called on the government to publish the figures.")
    rows = events_named(text)
    assert any(t == "REQUEST" and o == "British government" for t, _, o in rows), rows


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a word for the term of the same state's body: still the story country's
    ("Peruvian farmers blocked roads near Lima on Tuesday. Their leaders urged the next government to cut fuel taxes.",
     "government", "gaz:PER-GOV"),
    ("Thai protesters marched through Bangkok for a third day. The new government has banned gatherings.",
     "government", "gaz:THA-GOV"),
    ("Sudanese doctors say clinics in Khartoum have run out of supplies. They blamed the current regime for the "
     "shortages.", "regime", "gaz:SDN-GOV"),
    ("Zambia's finance minister resigned on Friday amid a row over debt talks in Lusaka. Donors said the present "
     "government must publish the accounts.", "government", "gaz:ZMB-GOV"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Their leaders will meet the incoming administration in "
     "July.", "administration", "gaz:PER-GOV"),
])
def test_a_term_word_keeps_the_story_countrys_body(resolved_entity, text, word, expected):
    assert key_of(resolved_entity, text, word) == expected


@pytest.mark.parametrize("text", [
    # a past government is no acting state body, and "a new government" is one not yet formed
    "Peruvian farmers blocked roads near Lima on Tuesday. Their leaders blamed the previous government for the debt.",
    "Peruvian farmers blocked roads near Lima on Tuesday. The parties hope to form a new government by March.",
])
def test_past_or_indefinite_terms_stay_unresolved(resolved_entity, text):
    ent = resolved_entity(text, "government")
    assert ent is None or not ent.key.startswith("gaz:")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the military rulers of the story's state are its government, as "the regime" is
    ("Students marched in Bangkok again on Sunday. Thailand's universities have been closed. "
     "The junta banned all political gatherings.", "junta", "gaz:THA-GOV"),
    ("Fuel queues grew in Niamey this week. Niger's traders blame the sanctions. "
     "The military junta expelled the French ambassador.", "junta", "gaz:NER-GOV"),
    # the state's other arms and services, named bare
    ("Fishermen in Colombo say catches are falling. Sri Lanka's fleet is ageing. "
     "The navy seized six trawlers on Tuesday.", "navy", "gaz:LKA-NAV"),
    ("Refugees keep fleeing Syria. Syrian villages near Idlib are empty. "
     "The air force bombed a school there.", "air", "gaz:SYR-AF"),
    ("Kenyan students gathered in Nairobi on Monday. Kenya's universities are shut. "
     "Riot police fired tear gas at them.", "police", "gaz:KEN-POL"),
    ("Farmers blocked roads outside Bamako. Mali's cotton prices have fallen. "
     "The gendarmerie arrested twelve of them.", "gendarmerie", "gaz:MLI-POL"),
    ("Egyptian bloggers say they are watched. Cairo's cafes are quieter. "
     "The security services detained a poet last week.", "services", "gaz:EGY-INT"),
])
def test_a_bare_arm_of_the_state_goes_to_the_story_country(resolved_entity, text, word, expected):
    assert key_of(resolved_entity, text, word) == expected


@pytest.mark.parametrize(("text", "word"), [
    # no country in the story: no state's arm
    ("A bomb went off near a market. The junta blamed rebels for the blast.", "junta"),
    ("Fishermen say catches are falling. The navy seized six trawlers on Tuesday.", "navy"),
    # two states compete
    ("Indian and Pakistani fishermen are held on both sides. India and Pakistan trade charges. "
     "The navy seized six trawlers on Tuesday.", "navy"),
    # no "the": "navy blue", a kind, not the state's navy
    ("Kenyan students gathered in Nairobi on Monday. Kenya's universities are shut. Navy officers watched.", "Navy"),
])
def test_a_bare_arm_with_no_clear_country_stays_open(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or not ent.key.startswith("gaz:")


def test_the_juntas_act_gets_its_side(events_named):
    text = ("Students marched in Bangkok again on Sunday. Thailand's universities have been closed. "
            "The junta banned the student union.")
    rows = events_named(text)
    assert any(s == "Thai government" for _, s, _ in rows)


@pytest.mark.parametrize(("text", "word"), [
    ("Fishermen in Florida were stranded after the storm. The coast guard rescued six of them on Sunday.", "guard"),
    ("Riots broke out in Baltimore, Maryland on Monday. The national guard was sent to the city.", "guard"),
])
def test_a_state_s_guard_force_is_no_one_guard(resolved_entity, text, word):
    # "the coast guard", "the national guard": the story state's force, never a person
    ent = resolved_entity(text, word)
    assert ent is not None and ent.type == "MILITARY", ent


def test_a_guard_force_with_no_country_is_no_person(resolved_entity):
    ent = resolved_entity("The coast guard rescued six fishermen on Sunday.", "guard")
    assert ent is None or ent.type != "PERSON", ent
