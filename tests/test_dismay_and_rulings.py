"""Two business/court constructions (sentences of our own): disappointment with another side's act
is criticism of it (extract/dismay.py); a stance on "the ruling" or "the verdict" answers the court
that ruled (extract/antecedents.py)."""
from __future__ import annotations

import re

import pytest

from newsgraph.wordlists import words

DISMAYED = [
    ("Brazil was disappointed by the IMF's decision.", "Brazil", "International Monetary Fund"),
    ("Oxfam was disappointed by the World Bank's decision to cut the loans.", "Oxfam", "World Bank"),
    # the court of the one state the sentence names (resolve/state_organs.py)
    ("The British government said it was disappointed that the court had ruled against it.",
     "British government", "court (United Kingdom)"),
    ("Oxfam was dismayed that the World Bank had cut its loans.", "Oxfam", "World Bank"),
    ("Labour said it was disappointed by the Treasury.", "Labour Party", "Treasury"),
    ("Germany was angered by Russia's decision to expel its diplomats.", "Germany", "Russia"),
    ("Japan was outraged by China's move to close the port.", "Japan", "China"),
    ("Poland was appalled by Belarus's treatment of the migrants.", "Poland", "Belarus"),
    ("Greenpeace said it was incensed by Shell's decision to drill in the Arctic.", "Greenpeace", "Shell"),
    ("Senator John Smith was disillusioned with the Republican Party's leadership.", "John Smith", "Republican Party"),
    ("Farmers were frustrated by the European Commission's refusal to raise the quotas.", "farmers",
     "European Commission"),
    ("Poland is unhappy with Germany's handling of the pipeline.", "Poland", "Germany"),
    ("Fishermen were angry at France's decision to close the port.", "fishermen", "France"),
    ("Kenya was furious with Uganda's move to seize the island.", "Kenya", "Uganda"),
]


@pytest.mark.parametrize(("text", "critic", "faulted"), DISMAYED)
def test_disappointment_with_a_sides_act_criticises_it(events_named, text, critic, faulted):
    assert ("ACCUSE", critic, faulted) in events_named(text)


@pytest.mark.parametrize("text", [
    "The coach said he was disappointed with the result.",
    "Fans were disappointed that the concert was cancelled.",
    "Chelsea were disappointed in their own performance.",
    "The IMF disappointed Brazil with its forecast.",       # the active verb: no criticism by its subject
    "Amnesty International was outraged at the treatment of the Egyptian bloggers.",   # who suffered it
    "Microsoft was saddened by the death of its founder, Paul Allen.",   # grief, no criticism
])
def test_disappointment_with_no_other_side_gives_no_accusation(events_named, text):
    assert not {e for e in events_named(text) if e[0] == "ACCUSE"}


def test_every_dismay_word_has_a_sentence():
    text = " ".join(t[0] for t in DISMAYED).lower()
    for word in words("dismay_words"):
        assert re.search(rf"\b{word}\b", text), word


@pytest.mark.parametrize(("text", "stance"), [
    ("The Supreme Court ruled that the law was unlawful. Amnesty International welcomed the ruling.",
     ("SUPPORT", "Amnesty International", "Supreme Court")),
    ("The Supreme Court ruled that the law was unlawful. Welcoming the ruling, Amnesty International said "
     "it was a victory.", ("SUPPORT", "Amnesty International", "Supreme Court")),
    ("The Supreme Court ruled that the law was unlawful. Welcoming the ruling, Jane Doe, director of Liberty, "
     "said the judges had been brave.", ("SUPPORT", "Jane Doe", "Supreme Court")),
])
def test_a_stance_on_the_ruling_answers_the_court(events_named, text, stance):
    assert stance in events_named(text)


def test_welcoming_a_statement_guesses_no_maker(events_named):
    text = ("The ministers met in London. A reporter, John Hale, said the talks had gone well. "
            "Oxfam adviser Jane Doe welcomed the statement.")
    assert not {e for e in events_named(text) if e[0] == "SUPPORT" and e[2] is not None}


def test_the_ruling_answers_the_court_not_the_last_speaker(events_named):
    text = ("Judge Ann Cole found for the airline. Tom Reed, a lawyer for Greenpeace, said the case had been hard. "
            "Greenpeace said it would appeal against the ruling.")
    assert not {e for e in events_named(text) if e[2] == "Tom Reed"}
