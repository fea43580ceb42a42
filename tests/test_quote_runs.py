"""Quotations over several sentences and paragraphs and who speaks them (extract/quote_runs.py):
an unattributed quoted sentence is its speaker's claim, "I" in it is the speaker and "we", "us",
"our" the body the speaker speaks for; a stray mark ends at its paragraph. Sentences of our own."""
from __future__ import annotations

from newsgraph.extract.quote_runs import quote_runs


def quoted(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in run.pieces] for run in quote_runs(text)]


# --- the runs themselves (text only) ---------------------------------------------------------------

def test_a_quotation_of_several_sentences_is_one_piece():
    text = 'The mayor spoke. "The bridge is closed. Nobody may cross it," she said.'
    assert quoted(text) == [["The bridge is closed. Nobody may cross it,"]]


def test_a_paragraph_opening_with_a_mark_goes_on_a_quotation_left_open():
    text = 'She said: "The bridge is closed.\n\n"Nobody may cross it until May," she added.\n\nTraffic was light.'
    assert quoted(text) == [["The bridge is closed.", "Nobody may cross it until May,"]]


def test_a_quotation_closed_before_the_break_does_not_run_on():
    text = '"The bridge is closed," she said.\n\n"Nobody may cross it."'
    assert quoted(text) == [["The bridge is closed,"], ["Nobody may cross it."]]


def test_a_stray_mark_costs_its_paragraph_only():
    text = 'The council met on "Monday and voted.\n\nThe bridge reopened in May.\n\n"It is safe," he said.'
    runs = quoted(text)
    assert runs[0] == ["Monday and voted."] and ["It is safe,"] in runs
    assert not any("reopened" in piece for run in runs for piece in run)


def test_curly_marks_and_a_closing_mark_in_the_next_paragraph():
    text = "\u201cThe storm hit at night.\nHouses fell, \u201d said the governor."
    assert quoted(text) == [["The storm hit at night.", "Houses fell, "]]


# --- attribution and first-person sides (the model) -----------------------------------------------

def events(analysis):
    names = analysis.entities
    return {(e.type, names[e.subject].name if e.subject else None, names[e.object].name if e.object else None,
             e.source.text if e.source else None) for e in analysis.events}


def test_an_unattributed_quoted_sentence_is_the_speakers_claim(analyse_text):
    a = analyse_text('Vice-president Juan Ortiz spoke in Caracas. "Our ministers have done nothing wrong," said Ortiz. '
                     '"Colombian troops killed three farmers near the border."')
    found = [e for e in a.events if e.trigger == "killed"]
    assert found and found[0].source is not None and found[0].source.text == "Ortiz"


def test_a_quoted_paragraph_after_a_colon_introduction_is_the_speakers(analyse_text):
    a = analyse_text('Egyptian Foreign Minister Sameh Shoukry told reporters in Cairo:\n\n'
                     '"Israeli soldiers shot two fishermen off Gaza. This cannot go on."')
    found = [e for e in a.events if e.trigger == "shot"]
    assert found and found[0].source is not None and "Shoukry" in found[0].source.text


def test_a_speaker_named_after_a_quote_of_several_sentences(analyse_text):
    a = analyse_text('"Kenyan police arrested our reporter in Nairobi. They gave no reason. This is an outrage,"'
                     ' the editor of the Daily Nation, Mary Wanjiku, said on Tuesday.')
    found = [e for e in a.events if e.trigger == "arrested"]
    assert found and found[0].source is not None and "Wanjiku" in found[0].source.text


def test_our_of_a_minister_is_the_state_and_we_the_minister(analyse_text):
    a = analyse_text('Turkish Foreign Minister Mevlut Cavusoglu spoke in Ankara on Monday. "We reject the demands of '
                     'Greece. Greek jets attacked our soldiers again," the minister said.')
    rows = {r[:3] for r in events(a)}
    assert ("REJECT", "Mevlut Cavusoglu", "Greece") in rows, rows
    assert any(t == "ASSAULT" and o == "Turkey" for t, _, o in rows), rows


def test_we_of_a_spokesman_is_the_body_he_speaks_for(analyse_text):
    a = analyse_text('A spokesman for the Kenyan army, Paul Njuguna, spoke in Nairobi. "We arrested two al-Shabab '
                     'commanders near the border," said Njuguna.')
    rows = {r[:3] for r in events(a)}
    assert any(t == "COERCE" and s == "Kenyan military" for t, s, _ in rows), rows


def test_we_of_a_party_leader_is_the_party(analyse_text):
    a = analyse_text('Labour leader Jeremy Corbyn spoke in Leeds. "We condemn the Conservative Party for these '
                     'cuts," he said.')
    rows = events(a)
    assert ("ACCUSE", "Labour Party", "Conservative Party") in {r[:3] for r in rows}, rows


def test_first_person_outside_quotes_and_in_a_quote_within_a_quote_stay_unread(analyse_text):
    a = analyse_text('Syrian President Bashar al-Assad spoke on Sunday. "The rebels told us \'we will attack '
                     'Damascus\'," he said. We reject the accusation against Syria, the editors wrote.')
    rows = events(a)
    assert not any(s == "Syria" and t == "ASSAULT" for t, s, _, _ in rows), rows
    assert not any(t == "REJECT" and s in ("Syria", "Bashar al-Assad") for t, s, _, _ in rows), rows


def test_my_and_our_of_a_private_person_are_not_the_person(analyse_text):
    a = analyse_text('Ahmed Hassan, a shopkeeper, wept in Mosul. "Militants attacked our shop and killed my son,"'
                     ' Hassan said.')
    rows = events(a)
    assert not any(o == "Ahmed Hassan" for _, _, o, _ in rows), rows


def test_we_of_a_private_person_is_not_read_as_the_person(analyse_text):
    a = analyse_text('Maria Lopez, a nurse, waited outside the court in Lima. "We accused the hospital of lying '
                     'for years," said Lopez.')
    rows = events(a)
    assert not any(s == "Maria Lopez" and t != "AFFILIATION" for t, s, _, _ in rows if s), rows


def test_a_speaker_introducing_the_next_quotation_does_not_speak_the_one_before(analyse_text):
    a = analyse_text('The Kenyan government said the strike was illegal. "The unions have betrayed the country," '
                     'said the government. "We reject their demands. We will not pay." Later, union leader Francis '
                     'Atwoli said: "We will strike on Monday."')
    rows = events(a)
    assert not any(t == "REJECT" and "Atwoli" in (s or "") + (src or "") for t, s, _, src in rows), rows
