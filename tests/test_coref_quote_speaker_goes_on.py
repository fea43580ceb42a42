"""A "he"/"she" opening a speech act right after a quotation goes on with the quote's speaker, not a
person named inside the quote ('Mr Alder said: "... Peter Grant ..." He challenged the Treasury'),
where every sentence from the speaker's to the pronoun's is quoted; and '"...," she said' after a man's
quote is not his. Sentences are our own."""
from __future__ import annotations

SAID = ('Mr Alder, the party leader, spoke in Leeds. He said: "The plan will not work. '
        '"With the reckless spending of Peter Grant, it is no wonder that trust is breaking down." ')


def test_the_quotes_speaker_goes_on(resolved_name):
    assert resolved_name(SAID + "He challenged the Treasury to publish its figures.", "he") == "Alder"


def test_an_opening_conjunction_still_opens_the_sentence(resolved_name):
    assert resolved_name(SAID + "But he urged the Treasury to publish its figures.", "he") == "Alder"


def test_the_speakers_request_is_made(events_named):
    events = events_named(SAID + "He urged the Treasury to publish its figures.")
    assert any(t == "REQUEST" and s.endswith("Alder") for t, s, _ in events)


def test_a_deed_after_the_quote_is_not_carried(resolved_name):
    # no speech act: the quote's speaker is not forced on the pronoun
    assert resolved_name(SAID + "He resigned from the board the next day.", "he") != "Alder"


def test_a_sentence_outside_the_quote_breaks_the_run(resolved_name):
    # a sentence of the story's own between the quotation and the pronoun: the run is over
    text = SAID + "Peter Grant was in Paris at the time. He urged the Treasury to publish its figures."
    assert resolved_name(text, "he") != "Alder"


def test_a_speaker_of_the_other_sex_is_not_taken(resolved_name):
    text = ('Ms Alder, the party leader, spoke in Leeds. She said: "The plan will not work. '
            '"With the reckless spending of Peter Grant, it is no wonder that trust is breaking down." '
            "He urged the Treasury to publish its figures.")
    assert resolved_name(text, "he") != "Alder"


WOMAN_AFTER_MAN = ('John Smith, a lawyer for the Dunn family, spoke outside the court. "Harland Steel lied to my '
                   'client," he said.\n\nSara Lee, the mayor of Tilbury, met residents. "We will not accept this," '
                   'she said. "Harland Steel betrayed the town."')


def test_she_after_a_quote_is_not_the_man_who_spoke_before(resolved_name):
    # '"...," she said': the quote's speaker is of the pronoun's sex, not the last man who spoke
    assert resolved_name(WOMAN_AFTER_MAN, "she") == "Sara Lee"


def test_the_continued_quote_is_hers(events_named):
    events = events_named(WOMAN_AFTER_MAN)
    assert ("ACCUSE", "Sara Lee", "Harland Steel") in events
    assert ("ACCUSE", "John Smith", "Harland Steel") in events   # his own quote stays his


def test_he_added_still_goes_on_with_the_man_who_spoke(resolved_name):
    text = ('Peter Walsh spoke in Leeds. "The council hid the report," he said. Maria Dunn, his rival, was '
            'there too. "They must resign," he added.')
    assert resolved_name(text, "he") == "Peter Walsh"
