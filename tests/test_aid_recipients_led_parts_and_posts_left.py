"""Session 48 (objects48) other sides: aid whose recipient is named only as the object of what the aid is
for ("sent aid to rebuild Liberia") or as a place it is sent to ("aid to Darfur": its people), and a part
of a body led ("leads the Brussels office of Amnesty International"): membership of the body that owns
it, not leadership of it or of the part's place; a post stepped down from ("as a Labour MP"): no side;
and a purchase, agreed with the seller named after "from" ("bought Jaguar from Ford")."""
from __future__ import annotations


def rows(events) -> set[tuple]:
    return {e[:3] for e in events}


def test_aid_recipient_named_by_its_purpose(events_named):
    found = rows(events_named("Sweden sent aid to rebuild Liberia after the civil war."))
    assert ("AID", "Sweden", "Liberia") in found
    found = rows(events_named("The European Union will provide funding to support the Palestinian Authority."))
    assert ("AID", "European Union", "Palestinian Authority") in found


def test_aid_with_its_recipient_named_keeps_it(events_named):
    found = rows(events_named("Norway sent aid to Kenya to rebuild schools."))
    assert ("AID", "Norway", "Kenya") in found


def test_a_helping_verb_read_as_aid_is_told_once(events_named):
    found = [e for e in events_named("China offered loans to help Zambia.", "trigger_start") if e[0] == "AID"]
    assert [e[:3] for e in found] == [("AID", "China", "Zambia")]


def test_a_part_of_a_body_led_is_membership_of_its_owner(events_named):
    found = rows(events_named("Peter Kahn leads the Brussels office of Amnesty International."))
    assert ("AFFILIATION", "Peter Kahn", "Amnesty International") in found
    assert not any(e[0] == "LEADERSHIP" for e in found)
    found = rows(events_named("John Smith runs the German subsidiary of General Motors."))
    assert ("AFFILIATION", "John Smith", "General Motors") in found
    assert not any(e[2] == "Germany" for e in found)


def test_a_part_known_as_a_body_of_its_own_stays_leadership(events_named):
    found = rows(events_named("Sami Nur heads Hamas's military wing."))
    assert ("LEADERSHIP", "Sami Nur", "Izz ad-Din al-Qassam Brigades") in found
    assert not any(e[0] == "AFFILIATION" for e in found)


def test_a_body_led_by_name_stays_leadership(events_named):
    assert ("LEADERSHIP", "Peter Kahn", "Amnesty International") in rows(
        events_named("Peter Kahn leads Amnesty International."))
    assert ("LEADERSHIP", "Jane Doyle", "Office of Fair Trading") in rows(
        events_named("Jane Doyle heads the Office of Fair Trading."))


def test_aid_sent_to_a_place_goes_to_its_people(events_named):
    assert ("AID", "Japan", "Darfur") in rows(events_named("Japan sent aid to Darfur."))
    assert ("AID", "United States", "Europe") in rows(
        events_named("The Marshall Plan brought US aid to rebuild Europe after the war."))


def test_aid_for_a_place_goes_to_its_people(events_named):
    # the beneficiary after "for" on an aid noun, as after "to" (session 48's end audit: "increased support for Africa")
    assert ("AID", "World Bank", "Darfur") in rows(events_named("The World Bank doubled its food aid for Darfur last year."))
    assert ("AID", "Norway", "East Africa") in rows(events_named("Norway announced new funding for East Africa on Monday."))
    found = rows(events_named("Canada increased its financial support for West Africa by $200m."))
    assert ("AID", "Canada", "West Africa") in found


def test_aid_sent_to_a_capital_goes_to_its_state(events_named):
    assert ("AID", "Japan", "Iraq") in rows(events_named("Japan sent aid to Baghdad."))


def test_a_place_where_aid_is_given_is_no_recipient(events_named):
    found = rows(events_named("Britain offered to send Gurkhas to help with relief in Aceh."))
    assert not any(e[2] == "Aceh" for e in found)


def test_a_post_stepped_down_from_is_no_side(events_named):
    found = rows(events_named("Jack Straw will step down as a Labour MP."))
    assert ("RETREAT", "Jack Straw", None) in found
    assert not any(e[2] for e in found)


def test_the_body_whose_post_is_left_stays_the_side(events_named):
    assert ("RETREAT", "Dan Ross", "Arsenal") in rows(events_named("Dan Ross stepped down as Arsenal chairman in May."))


def test_a_party_quit_stays_the_side_left(events_named):
    assert ("RETREAT", "Ken Clarke", "Conservative Party") in rows(
        events_named("Ken Clarke quit the Conservative Party as a protest."))


def test_a_purchase_is_agreed_with_the_seller(events_named):
    found = rows(events_named("Tata bought Jaguar from Ford in 2008."))
    assert ("AGREE", "Tata", "Ford") in found and not any(e[2] == "Jaguar" for e in found)
    assert ("AGREE", "Nestle", "Danone") in rows(events_named("Nestle acquired the Perrier brand from Danone."))


def test_a_purchase_with_no_seller_named_keeps_the_firm_bought(events_named):
    assert ("AGREE", "Nestle", "Perrier") in rows(events_named("Nestle bought Perrier."))


def test_a_place_another_act_is_aimed_at_is_no_recipient(events_named):
    found = rows(events_named("The militia is helping the rebel group move rifles to the Sinai Peninsula."))
    assert not any(e[2] == "Sinai Peninsula" for e in found)
