"""Types and certainty of four constructions the parser misreads (session 52, typecert52): a reporting verb
closing the sentence read as a noun ("..., a new biography of the premier claims.": the claim of the phrase,
alleged); a "called X 'a Y'" naming whose X is read as a second predicate (no "call for" request); an election
dismissed as a sham in a participle the parser hangs on the main verb (an accusation, not a refusal); a
concession refused in a clause a REJECT's telling verb governs ("insisted it would not bow to demands": the
refusal, not also a concession denied). Sentences of our own."""
from __future__ import annotations


def found(analysis, event_type: str) -> list:
    return [e for e in analysis.events if e.type == event_type]


def test_a_claiming_verb_read_as_a_noun_at_the_end_makes_the_sentence_a_claim(analyse_text):
    events = found(analyse_text("The minister promised the unions he would raise wages before the election, "
                                "a new biography of the premier claims."), "AGREE")
    assert events and all(e.certainty == "alleged" for e in events), events


def test_a_trailing_speaker_parsed_as_a_verb_still_reports(analyse_text):
    events = found(analyse_text("Rebels kidnapped two aid workers near Goma, a UN official says."), "ASSAULT")
    assert events and all(e.certainty == "reported" for e in events), events


def test_a_noun_of_claims_without_a_speaker_phrase_changes_nothing(analyse_text):
    events = found(analyse_text("Police arrested the director of the insurance firm over false claims."), "COERCE")
    assert events and all(e.certainty == "asserted" for e in events), events


def test_a_naming_call_with_two_predicates_is_no_request(analyse_text):
    analysis = analyse_text('Tory Shadow Chancellor Oliver Barnet called Labour "a clever machine for talking about '
                            'schools" but said it did not deliver.')
    assert not found(analysis, "REQUEST"), analysis.events


def test_a_call_for_talks_is_still_a_request(analyse_text):
    analysis = analyse_text("The opposition leader Oliver Barnet called on the government to hold talks with the unions.")
    assert found(analysis, "REQUEST"), analysis.events


def test_an_election_dismissed_as_a_sham_in_a_misattached_participle_is_an_accusation(analyse_text):
    analysis = analyse_text("Voters in remote Kazakhstan elect a parliament Sunday in balloting heralded by officials "
                            "in the oil-rich nation as a key step toward democratic standards but dismissed by "
                            "critics as a sham.")
    assert not found(analysis, "REJECT"), analysis.events
    assert any(e.subject_text == "critics" for e in found(analysis, "ACCUSE")), analysis.events


def test_an_offer_dismissed_as_inadequate_stays_a_refusal(analyse_text):
    analysis = analyse_text("The board of Vantor Mining dismissed the offer from Kestrel Resources as inadequate.")
    assert found(analysis, "REJECT") and not found(analysis, "ACCUSE"), analysis.events


def test_a_concession_refused_under_a_telling_is_not_also_a_concession_denied(analyse_text):
    analysis = analyse_text("Serbia insisted it would not bow to demands to hand over the general.")
    assert found(analysis, "REJECT"), analysis.events
    assert not found(analysis, "CONCEDE"), analysis.events


def test_a_guess_at_the_cause_of_a_named_act_leaves_the_act_told(analyse_text):
    events = found(analyse_text("The cartoon is thought to have led to the murder of the filmmaker Karim Aziz."), "ASSAULT")
    assert events and all(e.certainty == "asserted" for e in events), events
    events = found(analyse_text("The broadcast is believed to have triggered the attack on the embassy of Denmark "
                                "in Kabul."), "ASSAULT")
    assert events and all(e.certainty == "asserted" for e in events), events


def test_an_act_a_guess_says_may_follow_stays_a_guess(analyse_text):
    # no perfect, no definite act: what a cause may lead to has not happened
    events = found(analyse_text("The cartoon is thought to have led to a murder of a filmmaker in Lahore."), "ASSAULT")
    assert all(e.certainty != "asserted" for e in events), events


def test_claims_closing_a_list_of_nouns_make_no_claim(analyse_text):
    events = found(analyse_text("Police arrested the treasurer of the Velka party over travel, housing and expenses claims."),
                   "COERCE")
    assert events and all(e.certainty == "asserted" for e in events), events
