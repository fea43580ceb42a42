"""Quotes are read sentence by sentence for "it" and "they" too (resolve/coref.py): a quotation of
several paragraphs opens each one and closes only the last, so pairing marks over the whole text
would turn the rest of the story into a quote (and its "it" into the speaker's world), and the
story's later quotes into narrative. Sentences of our own."""
from __future__ import annotations

from named_events import named_sides
from newsgraph.resolve.document import resolve_document


def pronoun_names(nlp, gazetteer, text: str, word: str) -> list[str | None]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text.lower() == word]


STORY = ('Ana Ruiz built the first reader in her garage. "I wanted something my father could use.\n\n'
         '"Now thousands of people can," she said.\n\n'
         'Vexa Systems said it would work with Lumen Labs to make the reader.\n\n'
         '"The design is a fine one," said Paul Hart of Lumen Labs.')


def test_it_after_a_quote_of_two_paragraphs_is_the_speaker_of_its_clause(nlp, gazetteer):
    assert pronoun_names(nlp, gazetteer, STORY, "it") == ["Vexa Systems"]


def test_they_after_a_quote_of_two_paragraphs(nlp, gazetteer):
    text = STORY.replace("Vexa Systems said it would", "The Harlow Tigers said they would")
    assert pronoun_names(nlp, gazetteer, text, "they") == ["Harlow Tigers"]


def test_it_inside_a_later_quote_stays_the_speakers(nlp, gazetteer):
    text = ('Harlow Council approved the bypass on Monday. "It is a mess.\n\n'
            '"We argued about it for months," said Tom Reed.')
    assert "Harlow Council" not in pronoun_names(nlp, gazetteer, text, "it")


def test_the_event_takes_the_pronouns_actor(analyse_text):
    analysis = analyse_text(STORY)
    assert ("Vexa Systems", "Lumen Labs") in named_sides(analysis, "COOPERATE")
