"""Acts of law told in the forms news uses for them besides "X charged Y": verdicts by an unnamed
court, lists of the accused, charges named by whom they are against, referrals and findings of
regulators, rulings that a case may not go on, sentences given and inquiries said to go on in a
country (extract/judgements.py, accused_lists.py, legal_sides.py, proceedings.py, rulings.py).
Sentences written for newsgraph."""
import pytest

from named_events import event_sides


def _named(sides, word):
    return any(word in o for _, o in sides)


# --- verdicts by a court named by its role alone ------------------------------------------------
@pytest.mark.parametrize("text", [
    "A jury found Daniel Reyes guilty of fraud.",
    "A jury convicted Daniel Reyes of fraud.",
    "Daniel Reyes was convicted by a jury of fraud.",
])
def test_a_jury_verdict_sanctions_the_one_found_guilty(text, analyse_text):
    # the jury is the court that acts (resolve/court_bodies.py, tested in test_court_bodies.py)
    sides = event_sides(analyse_text(text), "SANCTION")
    assert any(s <= {"jury"} and "reyes" in o for s, o in sides), (text, sides)


def test_a_jury_verdict_for_a_killing_leaves_the_killing_to_its_doer(analyse_text):
    analysis = analyse_text("A jury found Daniel Reyes guilty of killing Maria Soto.")
    assert any(s <= {"jury"} and "reyes" in o for s, o in event_sides(analysis, "SANCTION"))
    assault = event_sides(analysis, "ASSAULT")
    assert assault and all("reyes" in s and "soto" in o for s, o in assault), assault


def test_not_guilty_is_no_sanction(analyse_text):
    assert not event_sides(analyse_text("A jury found Daniel Reyes not guilty of fraud."), "SANCTION")


# --- lists of those an act of law falls on --------------------------------------------------------
@pytest.mark.parametrize(("text", "kind", "names"), [
    ("Among the accused were Carlos Mendes, Ana Duarte and Pedro Lima.", "ACCUSE", ["mendes", "duarte", "lima"]),
    ("Among those facing charges is the former finance minister Kofi Mensah.", "ACCUSE", ["mensah"]),
    ("Among the defendants are Samsung and its chairman Lee Jae-yong.", "ACCUSE", ["samsung", "lee"]),
    ("Those arrested include the opposition leader Bobi Wine.", "COERCE", ["wine"]),
])
def test_each_one_listed_among_the_accused_or_held_gets_the_act(text, kind, names, analyse_text):
    sides = event_sides(analyse_text(text), kind)
    for name in names:
        assert any(not s and name in o for s, o in sides), (text, name, sides)


@pytest.mark.parametrize("text", [
    "Among the guests were Carlos Mendes and Ana Duarte.",
    "Among those who have criticised the plans is the police chief Carlos Mendes.",   # the critic, not accused
])
def test_a_list_of_guests_or_of_accusers_accuses_no_one_listed(text, analyse_text):
    analysis = analyse_text(text)
    assert not any("mendes" in o for o in (o for s, o in event_sides(analysis, "ACCUSE"))), text
    assert not event_sides(analysis, "COERCE"), text


# --- charges named by whom they are against -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The former minister Kofi Mensah, who faces corruption charges, left the country.",
    "The charges levelled against Kofi Mensah are politically motivated, his lawyer said.",
])
def test_charges_against_a_named_one_accuse_them_with_the_accuser_unnamed(text, analyse_text):
    sides = event_sides(analyse_text(text), "ACCUSE")
    assert any(not s and "mensah" in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "name"), [
    ("Bribery charges were filed against the former governor Kofi Mensah on Monday.", "mensah"),
    ("A lawsuit was filed against the mining company Norvale Resources last week.", "norvale"),
])
def test_charges_filed_in_the_passive_accuse_whom_they_are_against(text, name, analyse_text):
    # the passive makes the charges the verb's subject; the one they are against is the accused
    sides = event_sides(analyse_text(text), "ACCUSE")
    assert any(not s and name in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "name"), [
    ("The trial of the former interior minister Kofi Mensah opened in Accra on Monday.", "mensah"),
    ("Carlos Mendes's fraud trial resumed on Friday after a two-week break.", "mendes"),
    ("The impeachment of President Ana Duarte was upheld by the constitutional court.", "duarte"),
])
def test_the_one_a_trial_or_impeachment_is_of_is_accused_with_the_accuser_unnamed(text, name, analyse_text):
    sides = event_sides(analyse_text(text), "ACCUSE")
    assert any(name in o for _, o in sides), (text, sides)


def test_a_trial_of_a_thing_accuses_no_one(analyse_text):
    assert not event_sides(analyse_text("The clinical trial of the new malaria vaccine ended in June."), "ACCUSE")


def test_charges_against_a_pronoun_are_left_to_other_rules(analyse_text):
    assert not event_sides(analyse_text("The allegations against him were never proven."), "ACCUSE")


def test_charges_denied_are_still_brought(analyse_text):
    analysis = analyse_text("The lawyers of Kofi Mensah deny the charges brought against Kofi Mensah by the state.")
    charged = [e for e in analysis.events if e.type == "ACCUSE"]
    assert charged and not any(e.negated for e in charged), charged


# --- referrals and findings of regulators -------------------------------------------------------
def test_a_case_referred_after_its_receiver_names_whom_it_would_be_against(analyse_text):
    sides = event_sides(analyse_text("The regulator has referred to prosecutors the question of whether "
                                     "charges should be brought against Barclays."), "ACCUSE")
    assert any("regulator" in s and "barclays" in o for s, o in sides), sides


def test_a_case_passed_on_to_prosecutors_is_a_referral(analyse_text):
    sides = event_sides(analyse_text("BaFin has passed on the case to the public prosecutor."), "ACCUSE")
    assert any("bafin" in s for s, _ in sides), sides


def test_wrongdoing_found_by_we_in_a_quotation_is_the_quoted_bodys(analyse_text):
    sides = event_sides(analyse_text('"We found evidence of fraud," said a spokeswoman for the Securities '
                                     'and Exchange Commission.'), "ACCUSE")
    assert any("securities" in s for s, _ in sides), sides


def test_inquiries_going_on_in_states_are_theirs(analyse_text):
    sides = event_sides(analyse_text("Investigations into Siemens are continuing in Germany and Italy."), "ACCUSE")
    assert any("germany" in s and "siemens" in o for s, o in sides), sides
    assert any("italy" in s for s, _ in sides), sides


def test_talks_going_on_in_a_state_are_no_inquiry(analyse_text):
    assert not event_sides(analyse_text("The talks are continuing in France."), "ACCUSE")


# --- rulings, fines and sentences ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "court", "plaintiff"), [
    ("The tribunal ruled that the case brought by the union against Ryanair could not proceed.", "tribunal", "union"),
    ("The High Court decided that Greenpeace's lawsuit could not go ahead.", "high", "greenpeace"),
])
def test_a_ruling_that_a_case_may_not_go_on_refuses_its_plaintiff(text, court, plaintiff, analyse_text):
    sides = event_sides(analyse_text(text), "REJECT")
    assert any(court in s and plaintiff in o for s, o in sides), (text, sides)


def test_a_ruling_that_a_case_may_go_on_refuses_no_one(analyse_text):
    assert not event_sides(analyse_text("The judge ruled that the case brought by the union can proceed."), "REJECT")


def test_the_one_fined_read_into_the_sum_is_fined(analyse_text):
    sides = event_sides(analyse_text("The regulator fined Barclays 5 million pounds."), "SANCTION")
    assert _named(sides, "barclays"), sides


def test_a_sentence_given_is_a_sanction(analyse_text):
    sides = event_sides(analyse_text("Kofi Mensah was given a suspended sentence."), "SANCTION")
    assert _named(sides, "mensah"), sides


def test_an_indictment_by_a_grand_jury_accuses_the_one_indicted(analyse_text):
    sides = event_sides(analyse_text("A federal grand jury indicted Kofi Mensah on bribery charges."), "ACCUSE")
    assert any(s <= {"federal", "grand", "jury"} and "mensah" in o for s, o in sides), sides


def test_one_who_appears_in_court_charged_is_the_one_charged_not_the_court(analyse_text):
    sides = event_sides(analyse_text("Kofi Mensah appeared in court charged with fraud."), "ACCUSE")
    assert sides and all("mensah" in o for _, o in sides), sides


def test_a_referral_reported_by_the_body_itself_is_its_own(analyse_text):
    sides = event_sides(analyse_text("Italy's market watchdog Consob told reporters it had transferred the "
                                     "investigation to the public prosecutor."), "ACCUSE")
    assert any("consob" in s for s, _ in sides), sides


def test_a_criminal_case_opened_against_someone_accuses_them(analyse_text):
    sides = event_sides(analyse_text("Russian investigators opened a criminal case against Alexei Navalny."), "ACCUSE")
    assert any("investigators" in s and "navalny" in o for s, o in sides), sides


def test_a_case_opened_with_no_one_it_is_against_is_no_accusation(analyse_text):
    assert not event_sides(analyse_text("Customs officers opened the case and found the drugs."), "ACCUSE")


def test_one_slapped_with_a_fine_is_sanctioned(analyse_text):
    sides = event_sides(analyse_text("Kofi Mensah was slapped with a fine of $10,000."), "SANCTION")
    assert _named(sides, "mensah"), sides


# --- charges a plea answers (extract/clause_links.pleaded_charges) ------------------------------
@pytest.mark.parametrize("text, pleader", [
    ("Daniel Reyes pleaded guilty to charges of smuggling cigarettes.", "Daniel Reyes"),
    ("Daniel Reyes pleaded not guilty to charges that he bribed a judge.", "Daniel Reyes"),
])
def test_charges_a_plea_answers_are_laid_on_the_one_who_pleads(text, pleader, events_named):
    found = events_named(text)
    assert any(e[0] == "ACCUSE" and e[2] == pleader for e in found), found


@pytest.mark.parametrize("text", [
    "Daniel Reyes pleaded guilty to fraud.",                        # a plea to a crime names the plea only
    "Maria Soto pleaded with the judge to spare Daniel Reyes.",     # a plea that is a request
])
def test_a_plea_with_no_charges_named_is_no_accusation(text, events_named):
    assert not [e for e in events_named(text) if e[0] == "ACCUSE"]


# --- put out of a body: the body that does it ---------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("Mr Hale was expelled from the Labour party over his remarks on the war.", "Labour Party"),
    ("Mr Hale, who was suspended from the Labour party in May, kept his seat.", "Labour Party"),
    ("Two diplomats were expelled from Russia on Friday.", "Russia"),
])
def test_the_body_a_member_is_put_out_of_does_it(events_named, text, body):
    assert any(t == "SANCTION" and s == body for t, s, _ in events_named(text)), events_named(text)


@pytest.mark.parametrize("text, absent", [
    # the "by" phrase names the doer; a place puts no one out
    ("Mr Hale was expelled from the Labour party by its national executive.", "Labour Party"),
    ("The reporter was expelled from Gaza last week.", "Gaza"),
])
def test_a_stated_doer_or_a_place_is_not_replaced(events_named, text, absent):
    assert not any(s == absent for _, s, _ in events_named(text)), events_named(text)
