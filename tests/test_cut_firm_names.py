"""A side cut to part of a name (resolve/bodies.py staffed_name, resolve/cut_names.py cut_first_words):
a country's name or demonym opening a firm's name that owns what follows or whose staff follows is
the firm's, not the country ("Swiss Re's", "France Telecom spokesman"), while a state's portfolio
or body after it stays the state's ("US Defence Secretary", "Sudan Armed Forces spokesman"); a
body's head word the recogniser tagged alone takes back the name words before it ("Menatep
Group's director"). Sentences are our own."""
from __future__ import annotations

import pytest


def relations(analysis) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject, ""), names.get(e.object, "")) for e in analysis.events
            if e.type in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, holder, body", [
    ("France Telecom spokesman Pierre Lamy said the outage had ended.", "Pierre Lamy", "France Telecom"),
    ("Anna Roth, deputy head of Swiss Re's catastrophe unit, expects fewer claims.", "Anna Roth", "Swiss Re"),
    ("Deutsche Telekom chief executive Karl Brandt said profits rose.", "Karl Brandt", "Deutsche Telekom"),
    ("Nora Keane, head of Canada Goose's retail arm, opened the store.", "Nora Keane", "Canada Goose"),
])
def test_a_country_opening_a_firms_name_is_the_firm(analyse_text, text, holder, body):
    found = relations(analyse_text(text))
    assert any(s == holder and o == body for _, s, o in found), found
    assert not any(s == holder and o in ("France", "Switzerland", "Germany", "Canada") for _, s, o in found)


@pytest.mark.parametrize("text, holder, country", [
    ("US Defence Secretary Mark Hale said the troops would stay.", "Mark Hale", "United States"),
    ("Irish Transport Minister Sean Kelly said the road would open in May.", "Sean Kelly", "Ireland"),
    ("German Economy minister Otto Lang said growth would slow.", "Otto Lang", "Germany"),
    ("Sudan Armed Forces spokesman Omar Saad denied the raid.", "Omar Saad", "Sudan"),
])
def test_a_states_portfolio_or_body_after_its_name_stays_the_states(analyse_text, text, holder, country):
    found = relations(analyse_text(text))
    assert any(s == holder and o == country for _, s, o in found), found


@pytest.mark.parametrize("text, holder, body", [
    ("Menatep Group's managing director Tim Hardy told reporters the loan was safe.", "Tim Hardy",
     "Menatep Group"),
])
def test_a_head_word_tagged_alone_takes_back_its_name(analyse_text, text, holder, body):
    found = relations(analyse_text(text))
    assert any(s == holder and o == body for _, s, o in found), found
    assert not any(o == "Group" for _, _, o in found)
