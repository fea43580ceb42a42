"""Sides of verbal events between parties, firms and unions (s15-speech): a stance stated by a noun
of the one who holds it ("a leading advocate of X", "a fierce critic of Y"), and the one an agreed
act is to be done with ("agreed to merge with X")."""
import pytest


@pytest.mark.parametrize("text, wanted", [
    ("Germany is a strong backer of Ukraine's bid to join the alliance.", ("SUPPORT", "Germany", "Ukraine")),
    ("Senator Kennedy has become a vocal critic of President Bush.", ("ACCUSE", "Kennedy", "Bush")),
    ("Spain remains a firm opponent of Morocco's claim to the islands.", ("REJECT", "Spain", "Morocco")),
    ("Tony Blair has long been a supporter of Turkish membership of the EU.", ("SUPPORT", "Blair", "Turkey")),
    ("Japan, a leading advocate of aid to Indonesia, pledged $500m.", ("SUPPORT", "Japan", "Indonesia")),
])
def test_a_stance_noun_with_a_holder_states_the_stance(events_named, text, wanted):
    kind, holder, side = wanted
    assert any(t == kind and s and holder in s and o and side in o for t, s, o in events_named(text)), events_named(text)


@pytest.mark.parametrize("text", [
    "Peter Bradshaw, the film critic of the Guardian, was in Cannes.",                    # a trade
    "Poland is a keen proponent of sanctions against Russia.",                            # backs no Russia
    "He is a lifelong Chelsea supporter.",                                                # a fan
    "Mr Haider, a former supporter of Austria's coalition, spoke in Vienna.",             # held no longer
])
def test_a_trade_a_fan_or_a_former_holder_states_no_stance(events_named, text):
    assert not any(t in ("SUPPORT", "ACCUSE", "REJECT") and o for t, _, o in events_named(text)), events_named(text)


@pytest.mark.parametrize("text, partner", [
    ("Germany has agreed to merge with Gazprom.", "Gazprom"),
    ("Pakistan agreed to share its data with India.", "India"),
])
def test_an_agreed_act_names_the_other_side_with_with(events_named, text, partner):
    assert any(t == "AGREE" and o and partner in o for t, _, o in events_named(text)), events_named(text)


@pytest.mark.parametrize("text, wanted", [
    ("Croatia co-operated fully with the UN war crimes tribunal.", ("COOPERATE", "Croatia", "United Nations")),
    ("Co-operation between Egypt and Israel grew after the talks.", ("COOPERATE", "Egypt", "Israel")),
    ("Germany co-ordinated with France before the vote in Brussels.", ("COOPERATE", "Germany", "France")),
    ("Dutch police liaised with Germany's interior ministry before the match.", ("CONSULT", "police", "Germany")),
    ("Russia shut off gas supplies to Belarus over unpaid bills.", ("SANCTION", "Russia", "Belarus")),
])
def test_british_spellings_and_verbs_of_liaising_and_shutting_off(events_named, text, wanted):
    kind, subject, obj = wanted
    assert any(t == kind and s and subject in s and o and obj in o for t, s, o in events_named(text)), events_named(text)
