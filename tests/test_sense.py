"""Word sense and domain (extract/sense.py): violence words in sport, film, business and politics
are not violence; hazards and abstractions are not actors; the same words stay violence in news of
conflict, and a player's arrest stays an arrest. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types

CONFLICT = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"}

MATCH_REPORT = (
    "Chelsea beat Arsenal 2-1 in a tense Premiership match at Stamford Bridge on Sunday. The striker "
    "scored twice before half-time and the goalkeeper saved a penalty. The league leaders attacked "
    "from the start, and the manager praised his squad after the fixture. Arsenal's coach said the "
    "referee missed a foul in the second half, and the club will appeal. The champions now lead "
    "the league by five points with ten games of the season left. ")

FILM_REVIEW = (
    "The director shot the film in Morocco over six months, and the actress won an Oscar nomination "
    "for her role. The studio says the sequel will reach cinemas next year, and the cast will tour "
    "festivals in the spring. Critics praised the screenplay, and the soundtrack album topped the "
    "chart in its first week. The premiere drew a large audience and the actor thanked fans. ")


@pytest.mark.parametrize("text", [
    "Halliwell did well to block Bellamy's effort from close range.",         # a save
    "Spielberg will shoot the film in Morocco next spring.",                   # filming
    "Falling demand hit Toyota's profits in Europe.",                          # markets
    "Hurricane Ivan hit Grenada on Tuesday.",                                  # a hazard is no actor
    "An earthquake struck eastern Turkey before dawn.",
    "Rescuers reached survivors of a strong earthquake in a mountain village that killed 12 people.",   # the quake's clause
    "Inflation hit Argentina hard in the spring.",
    "Nadal ousted the seventh seed 6-1 6-3 in Madrid.",                        # a score
    "Ireland's forwards bombarded the French line in the second half.",        # players
    "The shareholders moved to oust chairman Li Wei at the annual meeting.",   # a boardroom
    "The dancer launched a ballet company at the Old Vic in 1931.",            # no weapon launched
    "Kylie Minogue attacked the tabloid newspapers for their coverage.",       # criticism of media
    "Volkswagen was hit by supply bottlenecks in the spring.",                 # no actor
])
def test_other_senses_of_violence_words_yield_no_conflict_event(analyse_text, text):
    assert not event_types(analyse_text(text)) & CONFLICT


def test_a_match_report_has_no_battles(analyse_text):
    text = MATCH_REPORT + "Chelsea battled Arsenal for every ball, and the clash with Liverpool comes next."
    assert not event_types(analyse_text(text)) & CONFLICT


def test_a_film_review_has_no_shootings(analyse_text):
    text = FILM_REVIEW + "The crew shot Tom Cruise on a rooftop in Paris for the final scene."
    assert not event_types(analyse_text(text)) & CONFLICT


def test_an_arrest_in_a_match_report_is_still_an_arrest(analyse_text):
    found = analyse_text(MATCH_REPORT + "Police arrested three Arsenal supporters outside the stadium.")
    assert "COERCE" in event_types(found)


def test_attacking_a_plan_is_criticism_and_killing_a_bill_rejection(analyse_text):
    found = analyse_text("The Labour Party attacked the Conservative Party's plans for the health service.")
    assert "ACCUSE" in event_types(found) and "ASSAULT" not in event_types(found)
    found = analyse_text("The Senate killed President Obama's health bill.")
    assert "REJECT" in event_types(found) and "ASSAULT" not in event_types(found)


def test_violence_words_stay_violence_in_news_of_conflict(analyse_text):
    found = analyse_text("Hamas attacked Israeli positions near Gaza, and Israel struck Hamas targets in Rafah.")
    assert "ASSAULT" in event_types(found)


def test_lifting_a_blockade_is_a_concession_not_a_blockade(analyse_text):
    found = analyse_text("Saudi Arabia lifted its blockade of Qatar in January.")
    assert "CONCEDE" in event_types(found) and "COERCE" not in event_types(found)


def test_a_general_strike_is_a_protest(analyse_text):
    found = analyse_text("Argentine unions held a general strike against Milei.")
    assert "PROTEST" in event_types(found) and "ASSAULT" not in event_types(found)


def test_hosting_an_awards_show_is_no_consultation(analyse_text):
    assert "CONSULT" not in event_types(analyse_text(FILM_REVIEW + "Jimmy Kimmel hosted the Oscars in Los Angeles."))


def test_the_document_domain_needs_many_cue_words(nlp):
    from newsgraph.domain import Context
    assert Context.of(nlp(MATCH_REPORT)).domain == "sport"
    assert Context.of(nlp(FILM_REVIEW)).domain == "film"
    assert Context.of(nlp("Colombia broke ties with Israel in May after the match.")).domain is None
    war = "Troops shelled the city and rebels killed ten soldiers, while the army arrested protesters. "
    assert Context.of(nlp(war * 3 + MATCH_REPORT[:200])).domain is None


@pytest.mark.parametrize("text", [
    "Turkey threatened sanctions against Sweden over the protests.",
    "Mali's junta threatened to expel the French ambassador.",
])
def test_threatened_sanctions_and_expulsions_are_threats(analyse_text, text):
    found = event_types(analyse_text(text))
    assert "THREATEN" in found and not found & {"SANCTION", "ASSAULT", "COERCE"}


def test_an_eviction_from_a_reality_show_is_no_coercion(analyse_text):
    # "evict" is not literal in every domain: a contestant voted out of a television house
    show = ("The reality show drew a large audience this week, and the singer thanked fans after the live "
            "final on Channel 4. Racing pundit Tom Baxter has become the latest contestant to be evicted "
            "from Celebrity Big Brother.")
    assert not event_types(analyse_text(show)) & CONFLICT
    assert "COERCE" in event_types(analyse_text("Israeli police evicted a Palestinian family from their home in "
                                          "East Jerusalem on Tuesday."))


def test_a_raid_whose_clause_names_a_toll_stays_an_attack(analyse_text):
    # beside the quake above: a place in an attack's phrase leaves the attack an attack
    found = analyse_text("Rescuers reached survivors of a raid by militiamen in a mountain village that killed 12 people.")
    assert ("ASSAULT", "raid") in {(e.type, e.trigger) for e in found.events}
