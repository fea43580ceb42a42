"""A football report told in play words (a replay, the opener, an equaliser, the crossbar, stoppage time)
is a sport story (domain.py, sport_cues), where "forced the keeper to save" is play, no coercion.
Stories of our own: the report gave a COERCE before these cue words; violence in a news story that
mentions a ball or FIFA stays violence."""
from __future__ import annotations

from named_events import event_types

REPORT = ("Bristol Rovers went through to the fourth round after a replay at the Memorial Ground on Tuesday "
          "night. Ellington headed the opener after twelve minutes from a looping cross. The visitors pressed "
          "for an equaliser and Walker volleyed against the crossbar before half an hour had gone. Danny Smith "
          "then forced Tom Miller to save with a fierce drive from distance, and Jones put the ball wide from "
          "six yards in stoppage time.")


def test_a_match_report_in_play_words_has_no_coercion(analyse_text):
    got = event_types(analyse_text(REPORT))
    assert "COERCE" not in got, got


def test_violence_at_a_ball_stays_an_attack(analyse_text):
    text = ("Gunmen shot dead two guests at a charity ball in Lagos on Saturday night, police said. "
            "The attackers fled in a car after the shooting.")
    got = event_types(analyse_text(text))
    assert "ASSAULT" in got, got


def test_police_arresting_a_fifa_official_stays_an_arrest(analyse_text):
    text = ("Swiss police arrested a senior FIFA official at a hotel in Zurich on Wednesday. "
            "Prosecutors accused him of taking bribes over the sale of World Cup television rights.")
    got = event_types(analyse_text(text))
    assert "COERCE" in got, got
