"""Groupings of states and international bodies of the gazetteer (data/gazetteer/core.yaml): each is
recognised by a name news prints and, as the subject of an act, is its actor, not a place ("the G7"),
a person or a cut name. Sentences written for these tests."""
import pytest

ACTS = [
    ("G8 leaders agreed to cancel the debts of the poorest countries.", "G8", "AGREE"),
    ("The G-8 agreed on a plan to double aid to Africa.", "G8", "AGREE"),
    ("The G7 urged China to let its currency rise.", "G7", "REQUEST"),
    ("The Group of Seven called on Beijing to loosen its currency peg.", "G7", "REQUEST"),
    ("The G20 welcomed the agreement between Argentina and its creditors.", "G20", "SUPPORT"),
    ("The Group of 77 criticised the rich nations for their farm subsidies.", "G77", "ACCUSE"),
    ("The Paris Club of creditor nations agreed to write off most of Iraq's debt.", "PARIS_CLUB", "AGREE"),
    ("Asean foreign ministers condemned the coup in Thailand.", "ASEAN", "ACCUSE"),
    ("Apec leaders met in Santiago on Saturday.", "APEC", "CONSULT"),
    ("Mercosur suspended Paraguay after the removal of its president.", "MERCOSUR", "SANCTION"),
    ("The Economic Community of West African States imposed sanctions on Niger.", "ECOWAS", "SANCTION"),
    ("The World Trade Organisation rejected the appeal by the European Union.", "WTO", "REJECT"),
    ("The OECD urged Germany to reform its labour market.", "OECD", "REQUEST"),
    ("The Council of Europe condemned Azerbaijan's treatment of journalists.", "COUNCIL_OF_EUROPE", "ACCUSE"),
    ("The European Parliament condemned Russia's crackdown on protesters.", "EP", "ACCUSE"),
    ("The ECB criticised the French government's spending plans.", "ECB", "ACCUSE"),
    ("The FAO urged rich countries to cut farm subsidies.", "FAO", "REQUEST"),
    ("The International Labour Organisation criticised Burma for using forced labour.", "ILO", "ACCUSE"),
    ("UNESCO condemned the killing of a journalist in Mexico.", "UNESCO", "ACCUSE"),
    ("The UNDP sent experts to help Haiti rebuild its courts.", "UNDP", "AID"),
]
NAMED = [
    ("Officials of the Shanghai Cooperation Organisation gathered in Astana.", "SCO"),
    ("The European Central Bank left interest rates unchanged.", "ECB"),
]


def keys_of(analysis) -> set[str]:
    return {m.entity for m in analysis.mentions}


@pytest.mark.parametrize("text, gid", [(t, g) for t, g, _ in ACTS] + NAMED)
def test_the_body_is_recognised_by_a_name_news_prints(text, gid, analyse_text):
    assert f"gaz:{gid}" in keys_of(analyse_text(text))


@pytest.mark.parametrize("text, gid, plover", ACTS)
def test_the_body_is_the_actor_of_its_act(text, gid, plover, analyse_text):
    found = [(e.type, e.subject) for e in analyse_text(text).events]
    assert (plover, f"gaz:{gid}") in found, found


@pytest.mark.parametrize("gid, parent", [("EP", "EU"), ("ECB", "EU"), ("FAO", "UN"), ("ILO", "UN"),
                                          ("UNESCO", "UN"), ("UNDP", "UN")])
def test_an_institution_belongs_to_its_union(gid, parent, gazetteer):
    assert gazetteer.actors[gid].parent == parent
