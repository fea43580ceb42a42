"""Frames that decide how surely an act is told (extract/attribution.py): an act named as a condition
("in the event of a strike") is possible (mood.conditional_frame); the act a plea of not guilty answers is
the charge, alleged and not denied as a fact (charges.pleaded_innocent); a relative clause on a name or a
definite noun tells what the speaker takes as known, so a claim or denial of the clause it sits in does
not reach it (clause_walk.presupposed_modifier). What a court or inquest hears is a party's case (reported);
hearsay ("is said to", "is understood to", "reportedly") reaches an event noun under it. Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis) -> dict[str, tuple[str, bool]]:
    return {e.trigger: (e.certainty, e.negated) for e in analysis.events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Members of Equity would receive benefits in the event of a walkout by the union.", "walkout"),
    ("In case of an invasion by Russia, Finland would call up its reserves.", "invasion"),
    ("The studios drew up a contingency plan in the event of a strike by the Writers Guild.", "strike"),
])
def test_an_act_named_as_a_condition_is_possible(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "possible"


@pytest.mark.parametrize(("text", "condition"), [
    ("The union paid its members in the event of a strike.", True),
    ("The union paid its members in case of a strike.", True),
    ("The union paid its members in the case of the Bradford strike.", False),
    ("The union paid its members after the event of a strike.", False),
])
def test_only_the_conditional_phrases_frame_a_condition(nlp, text, condition):
    from newsgraph.extract.mood import conditional_frame
    strike = next(t for t in nlp(text) if t.lower_ == "strike")
    path = [strike, strike.head, strike.head.head]
    assert conditional_frame(path, 2) is condition


@pytest.mark.parametrize(("text", "trigger"), [
    ("Carter pleaded not guilty to the murder of his business partner.", "murder"),
    ("Carter has pleaded not guilty to stabbing his business partner in May.", "stabbing"),
    ("Carter will plead not guilty to murdering his business partner, his lawyer said.", "murdering"),
])
def test_the_act_a_plea_of_not_guilty_answers_is_alleged(analyse_text, text, trigger):
    certainty, negated = claims(analyse_text(text))[trigger]
    assert certainty == "alleged" and not negated


def test_the_act_a_plea_of_guilty_admits_is_told(analyse_text):
    certainty, negated = claims(analyse_text("Carter pleaded guilty to stabbing his business partner."))["stabbing"]
    assert certainty == "asserted" and not negated


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army denied that soldiers fired on the men, who were arrested by police on Monday.", "arrested"),
    ("Syria denied claims that rebels were hiding in the clinic bombed by Turkey on Sunday.", "bombed"),
    ("Syria denied claims that rebels were hiding in the clinic which Turkey bombed on Sunday.", "bombed"),
    ("Analysts claimed that Gazprom, which sued Naftogaz in May, has ties to the Kremlin.", "sued"),
])
def test_a_claim_or_denial_does_not_reach_a_relative_clause_on_a_definite_noun(analyse_text, text, trigger):
    certainty, negated = claims(analyse_text(text))[trigger]
    assert certainty in ("asserted", "reported") and not negated


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army denied that there were soldiers who beat the protesters.", "beat"),
    ("Police denied that officers beat a man who was arrested on Sunday.", "arrested"),
])
def test_a_denial_still_reaches_a_relative_clause_on_an_indefinite_noun(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][1] is True


# An act whose own noun is the subject of a word of plan or expectation is to come (mood.expected_act); an
# expectation of the past and an act's course are left as told.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Talks between Armenia and Azerbaijan are expected to resume in Geneva next month.", "Talks"),
    ("Talks between Iran and Iraq are scheduled to resume in Baghdad on Monday.", "Talks"),
    ("The visit by the Chinese premier to Australia is planned for June.", "visit"),
    ("A meeting between the Thai and Malaysian prime ministers is scheduled for Tuesday.", "meeting"),
    ("A meeting between the Iranian and Iraqi foreign ministers is expected on Friday.", "meeting"),
    ("The talks between Iran and Iraq, set to open in Geneva on Monday, will cover oil.", "talks"),
    ("The strike by Nigerian oil workers scheduled for Monday will close the ports.", "strike"),
])
def test_an_act_planned_or_expected_is_possible(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "possible"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Talks between Iran and Iraq had been expected for weeks.", "Talks"),
    ("Talks between Iran and Iraq have been planned for months.", "Talks"),
    ("Talks between Iran and Iraq are expected to continue on Friday.", "Talks"),
    ("The strike by Nigerian oil workers on Monday closed the ports.", "strike"),
])
def test_an_expectation_of_the_past_or_an_acts_course_leaves_it_told(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Vietnam is scheduled to host talks with Cambodia in March.", "host"),
    ("The Philippine government hopes to sign a peace accord with the rebels this year.", "accord"),
    ("The Sudanese government is about to release the detained journalists.", "release"),
    ("The Japanese prime minister said his government could give millions of dollars in aid to Nepal.", "give"),
])
def test_an_act_scheduled_hoped_for_or_within_reach_is_possible(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "possible"


@pytest.mark.parametrize(("text", "trigger", "certainty", "negated"), [
    ("Ghana's army was able to free the hostages on Sunday.", "free", "asserted", False),
    ("Officials said Uganda's army had been able to capture the rebel commander.", "capture", "reported", False),
    ("Kenyan police were not able to arrest the gunman.", "arrest", "asserted", True),
])
def test_an_ability_told_in_the_past_is_an_act_done(analyse_text, text, trigger, certainty, negated):
    assert claims(analyse_text(text))[trigger] == (certainty, negated)


@pytest.mark.parametrize("text", [
    "The United States will give $50m in aid to Haiti.",
    "The prime minister said the government could ultimately lend millions of pounds in loans to Nepal.",
])
def test_the_form_of_a_sum_takes_the_mood_of_its_verb(nlp, text):
    from newsgraph.extract.clause_walk import form_of_sum
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("aid", "loans"))
    assert form_of_sum(noun)
    assert not form_of_sum(next(t for t in nlp("Britain sent troops in aid of the rebels.") if t.lower_ == "aid"))


@pytest.mark.parametrize(("text", "trigger", "certainty"), [
    ("A Treasury official said the United States could not support the new fund.", "support", "reported"),
    ("The Kenyan army could not capture the rebel commander.", "capture", "asserted"),
])
def test_an_ability_denied_is_an_act_not_done(analyse_text, text, trigger, certainty):
    assert claims(analyse_text(text))[trigger] == (certainty, True)


def test_an_ability_or_a_future_denied_only_with_can_or_could(analyse_text):
    assert claims(analyse_text("The Kenyan army could capture the rebel commander."))["capture"] == ("possible", False)
    assert claims(analyse_text("The United States will not support the new fund."))["support"] == ("possible", True)


@pytest.mark.parametrize(("text", "trigger"), [
    ("A court heard that Marlow stabbed a taxi driver outside a pub in Leeds.", "stabbed"),
    ("The court has heard that police officers beat the protester in his cell.", "beat"),
    ("An inquest heard that soldiers shot the farmer near the border.", "shot"),
    ("The trial heard Mensah attacked a guard with a knife.", "attacked"),
    ("Leeds Crown Court heard how Marlow stabbed a taxi driver.", "stabbed"),
    ("The tribunal heard that the manager assaulted a colleague.", "assaulted"),
])
def test_what_a_court_or_inquest_hears_is_a_claim_before_it(analyse_text, text, trigger):
    # a party's case, reported as "the jury was told" is, not the court's finding
    assert claims(analyse_text(text))[trigger][0] == "reported", text


@pytest.mark.parametrize(("text", "trigger", "certainty"), [
    ("The court ruled that Marlow stabbed a taxi driver outside a pub in Leeds.", "stabbed", "asserted"),
    ("He heard that soldiers shot the farmer near the border.", "shot", "asserted"),
    ("The jury was told that Marlow stabbed a taxi driver outside a pub in Leeds.", "stabbed", "reported"),
])
def test_a_ruling_or_a_persons_hearing_is_no_court_hearing(analyse_text, text, trigger, certainty):
    assert claims(analyse_text(text))[trigger][0] == certainty, text


@pytest.mark.parametrize(("text", "trigger", "certainty"), [
    ("Glazer is said to be considering an offer from Vodafone.", "offer", "reported"),
    ("Glazer is understood to be in talks with Vodafone.", "talks", "reported"),
    ("Glazer is rumoured to be in talks with Vodafone.", "talks", "alleged"),
    ("Glazer is reportedly in talks with Vodafone.", "talks", "reported"),
    ("Glazer is said to have rejected an offer from Vodafone.", "offer", "reported"),
    ("Glazer is reported to have signed a deal with Vodafone.", "deal", "reported"),
    ("Glazer is believed to have held talks with Vodafone.", "talks", "reported"),
])
def test_hearsay_over_an_event_noun_lowers_its_certainty(analyse_text, text, trigger, certainty):
    assert claims(analyse_text(text))[trigger][0] == certainty, text


def test_hearsay_by_a_named_believer_makes_it_the_source(analyse_text):
    talks = next(e for e in analyse_text("Glazer is believed by police to be in talks with the gang.").events
                 if e.trigger == "talks")
    assert (talks.certainty, talks.source and talks.source.text) == ("reported", "police")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Glazer signed a deal with Vodafone in May.", "deal"),
    ("Glazer held talks with Vodafone on Monday.", "talks"),
    ("Glazer rejected an offer from Vodafone.", "offer"),
])
def test_an_event_noun_told_plainly_stays_asserted(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "asserted", text


def test_hearsay_on_where_an_act_happened_leaves_the_act_asserted(analyse_text):
    # the place is what is believed: the shooting under "where" is not inside the hedge's complement
    found = claims(analyse_text("Police cordoned off the offices of Harlow Accounting, where the shooting of two "
                                "clerks by a gunman was believed to have occurred."))
    assert found["shooting"][0] == "asserted", found


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("An inquest heard that soldiers shot the farmer near the border.", "shot", "inquest"),
    ("The tribunal heard from Lena Novak that the manager assaulted a colleague.", "assaulted", "Lena Novak"),
    ("The jury heard evidence that the gunman shot two guards.", "shot", "jury"),
])
def test_what_a_hearing_hears_is_the_witness_or_the_hearings_report(analyse_text, text, trigger, source):
    # the witness named, else the hearing, is where the claim comes from; "evidence that" is heard as "that"
    event = next(e for e in analyse_text(text).events if e.trigger == trigger)
    assert (event.certainty, source in (event.source.text if event.source else "")) == ("reported", True), event


def test_a_person_hearing_of_an_act_is_no_hearings_source(analyse_text):
    event = next(e for e in analyse_text("Villagers heard that soldiers shot the farmer.").events if e.trigger == "shot")
    assert event.source is None


@pytest.mark.parametrize(("text", "certainty"), [
    ("Glazer may be in talks with Vodafone.", "possible"),
    ("Russia could soon be in talks with Ukraine.", "possible"),
    ("Glazer is in talks with Vodafone.", "asserted"),   # no modal: the state is told
    ("Glazer may hold talks with Vodafone.", "possible"),
])
def test_a_modal_on_be_reaches_the_event_noun_of_its_predicate(analyse_text, text, certainty):
    assert claims(analyse_text(text))["talks"][0] == certainty, text



# an act named in the "of" phrase of a charge or allegation (data/lexicon/words/statements.yaml allegation_nouns)
# or of a report (clause_walk.REPORTS_OF) is told as alleged or reported, not as a fact
@pytest.mark.parametrize(("text", "trigger", "certainty"), [
    ("The charity looked into allegations of torture of prisoners by guards in Lagos.", "torture", "alleged"),
    ("Aides played down reports of a feud between the mayor and his deputy.", "feud", "reported"),
    ("Newspapers carried reports of clashes between police and protesters in Cairo.", "clashes", "reported"),
])
def test_an_act_in_the_of_phrase_of_a_charge_or_report_is_not_told_as_a_fact(analyse_text, text, trigger, certainty):
    assert claims(analyse_text(text))[trigger][0] == certainty


@pytest.mark.parametrize(("text", "trigger"), [
    ("The charity condemned the torture of prisoners by guards in Lagos.", "torture"),
    ("Aides confirmed the end of a feud between the mayor and his deputy.", "feud"),
    ("Newspapers carried pictures of clashes between police and protesters in Cairo.", "clashes"),
])
def test_an_act_in_the_of_phrase_of_another_noun_stays_asserted(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "asserted"
