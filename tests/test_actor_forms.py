"""Forms that gave events the wrong actor: a subject pronoun taken for its own verb's object, a
person named by a relation to another taken for that other ("her own archbishop asked"), a
collective of young people no one took for an actor ("groups of hooded youngsters"), a passive's agent
the parser hung on the noun of its state or occasion ("remanded in custody by magistrates"), "the UK
operator" read as a body of its own after the operator it refers back to, the one who keeps another in
custody named by a "by" phrase, a name met as itself taken for the short form of a longer name met
later ("Apple", "Apple Developer Connection"). Sentences written for these tests."""


def test_a_subject_pronoun_is_not_its_own_verbs_object(resolved_entity):
    entity = resolved_entity("Sarah Quinn said Mark Devlin had lied to the board. Later he sued Sarah Quinn "
                             "for libel.", "he")
    assert entity is not None and entity.name == "Mark Devlin"


def test_a_pronoun_object_still_excludes_its_clause_subject(resolved_entity):
    entity = resolved_entity("Tom Reed met Paul Hart in Leeds. Paul Hart accused him of lying.", "him")
    assert entity is None or entity.name != "Paul Hart"


def test_a_persons_archbishop_is_not_the_person(events_named):
    found = events_named("Carla Mendes said her archbishop had urged the government to free the prisoners.")
    assert any(t == "REQUEST" for t, _, _ in found), found
    assert not any(t == "REQUEST" and s == "Carla Mendes" for t, s, _ in found), found


def test_groups_of_youngsters_fighting_police_are_the_attackers(events_named):
    found = events_named("Small groups of hooded youngsters are still roaming the streets at night, fighting "
                         "running battles with riot police.")
    assert any(t == "ASSAULT" and s == "youngsters" for t, s, _ in found), found


def test_the_agent_hung_on_the_state_a_passive_puts_one_in_is_the_verbs(events_named):
    found = events_named("Kemal Aydin was remanded in custody by magistrates in Hull.")
    assert any(t == "COERCE" and s and s.startswith("magistrates") and o and "Aydin" in o for t, s, o in found), found


def test_an_agent_on_the_occasion_of_an_arrest_made_it(events_named):
    found = events_named("Amir Haddad was arrested in a raid by police on his home in Lyon.")
    # Lyon gives the story's country (resolve/town_countries.py): the police are France's
    assert ("COERCE", "French police", "Haddad") in found, found


def test_a_country_and_a_kind_refer_back_to_the_body_called_so(resolved_entity):
    text = "Regulators fined the mobile phone operator Vodafone in May. The UK operator is appealing against the fine."
    entity = resolved_entity(text, "operator", nth=-1)
    assert entity is not None and entity.name == "Vodafone"
    entity = resolved_entity("Regulators fined the airline Ryanair in May. The Irish airline is appealing against the fine.",
                             "airline", nth=-1)
    assert entity is not None and entity.name == "Ryanair"


def test_a_country_and_a_kind_with_nothing_to_refer_to_stay_a_body_of_that_country(resolved_entity):
    entity = resolved_entity("The UK operator is appealing against the fine.", "operator")
    assert entity is None or entity.type != "COUNTRY"


def test_who_keeps_one_in_custody_by_a_by_phrase_holds_them(events_named):
    found = events_named("Dario Lentz was ordered to remain in custody by a Bremen magistrate.")
    assert any(t == "COERCE" and s and "magistrate" in s and o == "Dario Lentz" for t, s, o in found), found
    found = events_named("Dario Lentz was ordered to remain in custody by his mother.")
    assert not any(t == "COERCE" and s == "his mother" for t, s, _ in found), found


def test_a_name_met_as_itself_is_no_short_form_of_a_longer_one(resolved_entity):
    text = ("Apple said sales of the iPod rose. Members of the Apple Developer Connection get early copies of its "
            "software. Apple sued two of them on Monday.")
    entity = resolved_entity(text, "Apple", nth=-1)
    assert entity is not None and entity.name == "Apple"


def test_an_attacker_at_war_with_a_state_lends_no_name_to_a_bare_killing(events_named):
    found = events_named("Hamas fired rockets at Israel on Monday. Nine members of the Abu Salem family were "
                         "killed when their house was hit by missiles, doctors said.")
    assert ("ASSAULT", "Hamas", "Israel") in {f[:3] for f in found}, found
    assert not any(t == "ASSAULT" and s == "Hamas" and o != "Israel" for t, s, o in found), found
