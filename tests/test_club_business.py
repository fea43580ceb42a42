"""A club's business in a sport story (extract/club_business.py): the acts of its owners, board and bidders
and a penalty on its business are events, though the sport story's other acts are play or fixtures, and the
game's words ("beat", "attack", "defence", "shot", "fired in a cross") stay no events. Sentences of our own;
each kept event is checked to be dropped without the word lists."""
from __future__ import annotations

import pytest

from named_events import event_types
from newsgraph.extract import club_business

# a match report, so that the document's domain is sport
MATCH = ("Leeds United beat Crewe Alexandra 2-0 in the league on Saturday. Their striker scored twice before half-time, "
         "the goalkeeper saved a penalty and the defence held firm after the break for a fifth win in six matches this "
         "season. ")


# a sentence for each word of data/lexicon/words/club_business.yaml, and one for a board as the doer
@pytest.mark.parametrize("sentence, kind", [
    ("The Leeds United Supporters Trust urged Michael Hart to abandon his takeover plans.", "REQUEST"),
    ("Leeds United turned down Tom Walsh's buyout offer.", "REJECT"),
    ("Tom Walsh urged Michael Hart to sell his stake in Leeds United.", "REQUEST"),
    ("Leeds United turned down Tom Walsh's offer of 300p a share.", "REJECT"),
    ("Leeds United's largest shareholder, Michael Hart, backed Tom Walsh.", "SUPPORT"),
    ("Leeds United's largest stockholder, Michael Hart, backed Tom Walsh.", "SUPPORT"),
    ("Supporters asked Michael Hart to hand over ownership of Leeds United to Tom Walsh.", "REQUEST"),
    ("Leeds United turned down an offer from a consortium led by Tom Walsh.", "REJECT"),
    ("Leeds United turned down an approach from the tycoon Tom Walsh.", "REJECT"),
    ("The billionaire Tom Walsh withdrew from talks with Leeds United.", "REJECT"),
    ("Leeds United turned down an offer from the investor Tom Walsh.", "REJECT"),
    ("Leeds United asked Tom Walsh for new investment.", "REQUEST"),
    ("Leeds United turned down Tom Walsh's bid because of the debt it would bring.", "REJECT"),
    ("Michael Hart urged Tom Walsh to pay the club's creditors.", "REQUEST"),
    ("Tom Walsh withdrew from talks with Leeds United after the club went into receivership.", "REJECT"),
    ("Tom Walsh withdrew from talks with Leeds United after the club went into administration.", "REJECT"),
    ("Leeds United's administrator, Michael Hart, turned down Tom Walsh's offer.", "REJECT"),
    ("Michael Hart opposed Tom Walsh's plan for a flotation of Leeds United.", "REJECT"),
    ("Leeds United turned down a rival bidder, Tom Walsh.", "REJECT"),
    ("The Leeds United board turned down Tom Walsh's approach.", "REJECT"),
])
def test_a_clubs_business_in_a_sport_story_is_an_event(analyse_text, monkeypatch, sentence, kind):
    with monkeypatch.context() as m:
        m.setattr(club_business, "CLUB_BUSINESS", frozenset())
        m.setattr(club_business, "BOARDS", frozenset())
        m.setattr(club_business, "REFUSED_OFFERS", frozenset())   # an offer refused is REJECT on its own (test_refused_offers.py)
        assert kind not in event_types(analyse_text(MATCH + sentence)), sentence
    assert kind in event_types(analyse_text(MATCH + sentence))


@pytest.mark.parametrize("sentence, kind", [
    ("With promotion at stake, Leeds United asked Crewe Alexandra to move the fixture.", "REQUEST"),
    ("The Leeds United board is expected to meet on Monday to discuss the offer.", "CONSULT"),   # not a business act
    ("Striker Nick Hale urged the Leeds United board to sign a new goalkeeper.", "REQUEST"),   # the board asked about the team
    ("Barmby gave Leeds United the lead with a header after the board's takeover talks.", "AID"),
])
# (a transfer bid turned down is a refused offer, REJECT by the audit's sport conventions: test_refused_offers.py)
def test_the_game_and_a_clubs_own_affairs_stay_no_events(analyse_text, sentence, kind):
    assert kind not in event_types(analyse_text(MATCH + sentence))


@pytest.mark.parametrize("sentence", [
    "United beat City in the cup semi-final after the takeover, and their attack was too strong for the City defence.",
    "The shareholders watched as the striker's shot was blocked and the winger fired in a cross.",
    "The billionaire owner saw his side attack from the start and shoot on sight.",
])
def test_play_in_a_sentence_of_business_stays_no_event(analyse_text, sentence):
    assert not event_types(analyse_text(MATCH + sentence)) & {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
