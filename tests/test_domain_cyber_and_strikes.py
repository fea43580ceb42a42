"""Hackers and unions in a sport, film, business or tech story (extract/sense_conflict.py `cyber_attack`,
`labour_strike`): the sense judge drops such a story's words of violence as play, a plot or a market's
("battled", "attacked the defence", "a price war"), but hackers attacking a firm (a cyber attack, COERCE) and a
guild's strike (PROTEST) are events there as in any news. Sentences of our own; each kept event is checked to be
dropped without the rule."""
from __future__ import annotations

import pytest

from named_events import event_types
from newsgraph.extract import sense_conflict

# stories dense in one domain's cue words (newsgraph/domain.py), so that the document's domain is that one
STORIES = {
    "sport": ("Leeds United beat Crewe Alexandra 2-0 in the league on Saturday. Their striker scored twice before "
              "half-time, the goalkeeper saved a penalty and the defence held firm after the break for a fifth win in "
              "six matches this season. "),
    "film": ("The film, starring the actress in her first lead role, topped the box office at the weekend. The "
             "director's comedy was praised by critics and the soundtrack album entered the charts as the studio "
             "planned a sequel for the cinema. "),
    "business": ("The company reported a rise in quarterly profits and sales as its share price rose on the stock "
                 "market. Analysts said the firm's revenue growth beat forecasts and investors welcomed the dividend, "
                 "while the chief executive said demand from customers was strong. "),
    "tech": ("The software firm released a new version of its browser for computers and mobile phones. Users can "
             "download the program from the website, and the update fixes a security flaw in the operating system "
             "that affected millions of PC users online. "),
}


@pytest.mark.parametrize(("domain", "sentence"), [
    ("film", "Hackers attacked Sony Pictures before the release of the film."),
    ("tech", "Hackers targeted Microsoft and Yahoo last week."),
    ("business", "Hackers attacked Barclays and Lloyds on Monday."),
])
def test_hackers_attack_is_a_cyber_attack_in_every_domain(analyse_text, monkeypatch, domain, sentence):
    with monkeypatch.context() as m:
        m.setattr(sense_conflict, "CYBER_ATTACKERS", frozenset())
        assert "COERCE" not in event_types(analyse_text(STORIES[domain] + sentence)), sentence
    types = event_types(analyse_text(STORIES[domain] + sentence))
    assert "COERCE" in types and "ASSAULT" not in types, sentence


def test_hackers_attack_in_general_news_is_no_blow(analyse_text):
    types = event_types(analyse_text("Hackers attacked Barclays on Monday, police in London said."))
    assert "COERCE" in types and "ASSAULT" not in types


# the labour_words of writers' and actors' unions (data/lexicon/words/sense.yaml)
@pytest.mark.parametrize("sentence", [
    "Producers fear a Screen Actors Guild strike this summer.",
    "He hosted the show only 11 days after the WGA writers' strike ended.",
])
def test_a_guilds_strike_is_a_protest_in_a_film_story(analyse_text, sentence):
    types = event_types(analyse_text(STORIES["film"] + sentence))
    assert "PROTEST" in types and "ASSAULT" not in types, sentence


@pytest.mark.parametrize(("domain", "sentence", "kind"), [
    ("sport", "Crewe Alexandra attacked the Leeds United defence from the start.", "ASSAULT"),
    ("sport", "Leeds United's striker Tom Baker blocked the shot from Crewe Alexandra.", "COERCE"),
    ("sport", "France attacked Italy down the left wing for most of the second half.", "ASSAULT"),
    ("business", "Tesco launched a price war on Sainsbury's with cuts on 1,000 products.", "ASSAULT"),
    ("tech", "Microsoft attacked Google over its search engine prices.", "ASSAULT"),
    ("sport", "Roddick fired a forehand cross court shot wide to lose his serve against Nadal.", "ASSAULT"),
])
def test_play_and_rivalry_stay_dropped(analyse_text, domain, sentence, kind):
    types = event_types(analyse_text(STORIES[domain] + sentence))
    assert kind not in types and "SANCTION" not in types, sentence
