"""The domain judge's two sides (extract/fiction.py, extract/sport_play.py): what a character of a film, novel
or series does is no event, however violent its words; what people in a sport story say of one another in
words of judgement is an event, though the story's other verbal and cooperative words are play or fixtures.
Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types, named_sides

CONFLICT = {"ASSAULT", "COERCE", "THREATEN"}

# a match report, so that the document's domain is sport
MATCH = ("Hull City beat Bristol Rovers 3-1 in the league on Saturday. Striker Nick Barmby scored twice in the "
         "first half and the goalkeeper saved a penalty, but the visitors pressed after the break and the home "
         "side's defence held on for the win, their fifth in six games this season. ")


@pytest.mark.parametrize("text", [
    "In the movie, Jack Reed kidnaps a banker's son.",
    "In the new series, Detective Morse arrests a corrupt politician.",
    "The thriller stars Denzel Washington as a bodyguard who threatens the kidnappers.",
    "Kate Winslet appears as a widow who attacks her landlord.",
    "The drama is about a police officer who beats a suspect.",
    "The plot centres on a gang that robs a bank and takes hostages.",
    "The channel's new season includes a drama about a nurse who was wrongly convicted of killing two patients.",
    "In the sequel, the rebels invade the capital and execute the king.",
])
def test_a_plot_or_a_part_played_is_no_event(analyse_text, text):
    assert not event_types(analyse_text(text)) & CONFLICT


@pytest.mark.parametrize("text, kind", [
    ("The hostage drama ended when police stormed the building and arrested the gunman.", "COERCE"),
    ("In a series of raids, police arrested 20 suspects.", "COERCE"),
    ("Police arrested the actor, who plays a detective in the series, for drink-driving.", "COERCE"),
    ("In his book, the former minister accuses the prime minister of lying.", "ACCUSE"),
])
def test_news_around_works_stays_news(analyse_text, text, kind):
    assert kind in event_types(analyse_text(text))


ATKINS, TAYLOR, HALSEY = "Rovers manager Ian Atkins", "Hull manager Peter Taylor", "referee Mark Halsey"


# a sentence for each word of data/lexicon/words/sport_play.yaml's spoken_judgements
@pytest.mark.parametrize("sentence, kind, sides", [
    (f"{ATKINS} accused Barmby of diving.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} made an accusation against Barmby after the game.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} criticised Barmby for diving.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} criticized Barmby for diving.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{TAYLOR} came in for criticism from Rovers chairman Geoff Dunford.", "ACCUSE", ("Geoff Dunford", "Peter Taylor")),
    (f"{ATKINS} lambasted {HALSEY}.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} castigated {HALSEY} for the penalty decision.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} condemned Barmby for his behaviour.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} issued a condemnation of Barmby.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} berated {HALSEY}.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} rebuked {HALSEY}.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} blamed {HALSEY} for the defeat.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} complained about {HALSEY}.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"Rovers chairman Geoff Dunford lodged a complaint against {HALSEY}.", "ACCUSE", ("Geoff Dunford", "Mark Halsey")),
    (f"{ATKINS} was critical of Barmby's decision to leave for Leeds.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} cast doubt on Barmby's account of the incident.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} described Barmby's conduct as unacceptable.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} called Barmby's behaviour in the tunnel disgraceful.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} described Barmby's conduct as shameful.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{ATKINS} called {HALSEY}'s decision outrageous.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} was involved in a verbal spat with {HALSEY} after the game.", "ACCUSE", ("Ian Atkins", "Mark Halsey")),
    (f"{ATKINS} has had a long feud with {TAYLOR}.", "ACCUSE", ("Ian Atkins", "Peter Taylor")),
    # a sentence for each word of sport_play.yaml's said_deceits: the other's lying or cheating said or claimed
    (f"{ATKINS} said Barmby had lied to the referee.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"{TAYLOR}'s claim that Atkins had cheated the club was denied.", "ACCUSE", ("Peter Taylor", "Atkins")),
    (f"{ATKINS} said Barmby had deceived the club's doctors about his injury.", "ACCUSE", ("Ian Atkins", "Nick Barmby")),
    (f"\"Taylor misled the board,\" {ATKINS} said.", "ACCUSE", ("Ian Atkins", "Taylor")),
    (f"{TAYLOR} praised Barmby.", "SUPPORT", ("Peter Taylor", "Nick Barmby")),
    (f"{TAYLOR} paid tribute to Barmby.", "SUPPORT", ("Peter Taylor", "Nick Barmby")),
    (f"{TAYLOR} congratulated Barmby on his goals.", "SUPPORT", ("Peter Taylor", "Nick Barmby")),
    (f"{TAYLOR} commended Barmby for his display.", "SUPPORT", ("Peter Taylor", "Nick Barmby")),
    (f"{TAYLOR} thanked Barmby for his goals.", "SUPPORT", ("Peter Taylor", "Nick Barmby")),
    (f"{TAYLOR} rejected Atkins' claims.", "REJECT", ("Peter Taylor", "Atkins")),
    (f"{TAYLOR} refuted the claims made by Atkins.", "REJECT", ("Peter Taylor", "Atkins")),
    (f"{TAYLOR} rebuffed Atkins.", "REJECT", ("Peter Taylor", "Atkins")),
])
def test_words_of_judgement_in_a_sport_story_are_events(analyse_text, sentence, kind, sides):
    found = named_sides(analyse_text(MATCH + sentence), kind, both=True)
    assert any(sides[0] in s and sides[1] in o for s, o in found), found


@pytest.mark.parametrize("sentence, kind", [
    ("Arsenal continued to press and Thierry Henry was denied by the keeper.", "REJECT"),
    ("Bolton meet Ipswich in the next round.", "CONSULT"),
    ("Barmby gave Hull the lead with a header.", "AID"),
    ("Barmby rejected claims that Hull are a declining force.", "REJECT"),   # no one named who claimed
    # a tackle judged is play, though "reckless" faults it
    ("Atkins described Barmby's tackle on the keeper as reckless.", "ACCUSE"),
    ("Atkins said Barmby had scored twice before the break.", "ACCUSE"),   # what was said is play
])
def test_play_and_fixtures_in_a_sport_story_stay_no_events(analyse_text, sentence, kind):
    assert kind not in event_types(analyse_text(MATCH + sentence))
