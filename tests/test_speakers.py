"""Who speaks a claim, in forms news wires use (extract/speakers.py, extract/attribution.py): a source
quoted by an outlet, a source named again as "the same source", "a spokesman for X", a speaker split
into a sentence of their own; and how surely: "appears to" hedges, "will continue to" tells an act
under way. Sentences of our own."""
from __future__ import annotations


def event(analysis, trigger):
    found = [e for e in analysis.events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in analysis.events]
    return found[0]


def chain(ev) -> list[str]:
    return [ref.text for ref in ev.source.chain] if ev.source else []


def test_a_quoted_source_speaks_and_the_outlet_relays(analyse_text):
    ev = event(analyse_text("Reuters quoted a police official as saying gunmen had kidnapped two engineers in Zamfara."),
               "kidnapped")
    assert chain(ev) == ["police official", "Reuters"] and ev.certainty == "reported"


def test_the_same_source_is_the_source_named_before(analyse_text):
    ev = event(analyse_text("A court source said the driver had been charged with manslaughter. His brother was "
                            "arrested on Monday, the same source said."), "arrested")
    assert chain(ev) == ["court source"]


def test_a_spokesman_for_a_body_speaks_for_it(analyse_text):
    ev = event(analyse_text("A spokesman for Hamas said Israeli troops had killed two fighters in Gaza."), "killed")
    assert ev.source.text == "spokesman for Hamas" and ev.source.entity is not None
    ev = event(analyse_text("Supporters of President Museveni said police had shot two protesters in Kampala."), "shot")
    assert ev.source.entity is None   # they speak of him, not for him


def test_a_speaker_split_off_after_an_exclamation_speaks_the_sentence_before(analyse_text):
    ev = event(analyse_text('A gunman opened fire on shoppers at the market in Kano and shouted, "Get out!" '
                            'the police commissioner said.'), "fire")
    assert chain(ev) == ["police commissioner"] and ev.certainty == "reported"


def test_a_sentence_after_a_claim_without_a_quotation_claims_nothing_before(analyse_text):
    for text in ("Gunmen stormed the hotel in Mogadishu. Police said on Friday they had killed four attackers.",
                 "Rioters torched cars in Athens. The cost was estimated by the commerce confederation.",
                 "Police arrested the striker in Leeds.\nHe said in a statement at the time that he was innocent."):
        ev = event(analyse_text(text), "stormed" if "Gunmen" in text else "torched" if "Rioters" in text else "arrested")
        assert ev.source is None and ev.certainty == "asserted", text


def test_appears_to_hedges_the_act(analyse_text):
    for text, trigger in (("The militia appears to have abducted the aid workers near Goma.", "abducted"),
                          ("Rebels seem to have attacked the convoy near Beni.", "attacked")):
        assert event(analyse_text(text), trigger).certainty == "possible", text


def test_an_act_that_will_continue_is_under_way(analyse_text):
    assert event(analyse_text("Japan will continue to fund the railway in Laos."), "fund").certainty == "asserted"
    assert event(analyse_text("Japan will fund the railway in Laos."), "fund").certainty == "possible"


def test_a_reporting_verb_read_as_a_noun_still_reports(analyse_text):
    ev = event(analyse_text("Activists claim Assad bombed the hospital in Idlib."), "bombed")
    assert chain(ev) == ["Activists"] and ev.certainty == "alleged"


def test_sources_close_to_a_body_keep_the_phrase(analyse_text):
    ev = event(analyse_text("Sources close to the presidency said the army had arrested the general in Niamey."),
               "arrested")
    assert chain(ev) == ["Sources close to the presidency"]


def test_a_statement_from_a_body_is_its_claim(analyse_text):
    ev = event(analyse_text("Troops killed 20 militants in Sinai, according to a statement from the ministry."), "killed")
    assert chain(ev) == ["ministry"]
    ev = event(analyse_text("Soldiers shot two protesters in Bamako, according to reports from the scene."), "shot")
    assert chain(ev) == ["reports"]   # a place issues nothing


def test_the_content_of_unconfirmed_reports_is_alleged(analyse_text):
    ev = event(analyse_text("The US has not confirmed reports that its drone killed the commander."), "killed")
    assert ev.certainty == "alleged" and not ev.negated


def test_a_hedge_leans_on_according_to_in_the_sentence_before(analyse_text):
    text = "According to police, the suspect had a revolver.{}He allegedly pointed it at the officers in Brooklyn."
    assert chain(event(analyse_text(text.format(" ")), "pointed")) == ["police"]
    assert chain(event(analyse_text(text.format("\n")), "pointed")) == []   # another paragraph


def test_who_holds_a_passive_belief_is_its_source(analyse_text):
    ev = event(analyse_text("The militia is believed by police to have abducted the aid workers near Goma."), "abducted")
    assert chain(ev) == ["police"] and ev.certainty == "reported"
    ev = event(analyse_text("The militia is believed to have abducted the aid workers near Goma."), "abducted")
    assert ev.source is None and ev.certainty == "reported"


def test_a_hedge_leans_on_according_to_in_the_next_paragraph(analyse_text):
    ev = event(analyse_text("The army reportedly shelled the village of Tawila overnight.\nAccording to a report by "
                            "Reuters, 12 people died."), "shelled")
    assert chain(ev) == ["Reuters"]


def test_a_role_named_in_apposition_speaks_as_the_person(analyse_text):
    # the name set beside the role, before or after the verb, is the claimant; the parser may hang
    # the name on the role's last noun ("the head of the Red Cross, Peter Maurer")
    for text in ("The chairman of the National Farmers Union, Sir Ben Gill, said Hamas had attacked Israel.",
                 "Hamas attacked Israel, said the chairman of the union, Sir Ben Gill.",
                 "Hamas attacked Israel, said Sir Ben Gill, chairman of the National Farmers Union."):
        ev = event(analyse_text(text), "attacked")
        assert ev.source.text == "Ben Gill" and ev.source.entity is not None, text


def test_a_role_without_a_name_beside_it_speaks_as_the_role(analyse_text):
    ev = event(analyse_text("Hamas attacked Israel, said the head of the Red Cross, the world's largest aid group."),
               "attacked")
    assert ev.source.entity is None and ev.source.text.startswith("head of the Red Cross")
