"""Kinds of firm act as one in business and political news ("oil companies accused ministers",
"regulators fined banks"): a plural firm noun (generic_kinds ORGANIZATION in
data/lexicon/words/extract.yaml) is one collective organisation named by its industry and place;
firms already told ("the banks", "both firms", "Shell and BP, two oil firms") are left alone. The
sentences are our own; the rules about parse shape run on hand-built parses (tests/handbuilt.py)."""
from __future__ import annotations

import pytest

from handbuilt import analyse_doc, build
from newsgraph.wordlists import table

FIRM_WORDS = set(table("generic_kinds")["ORGANIZATION"])

# (lemma of the firm noun, event type, a news sentence of our own)
SENTENCES = [
    ("company", "ACCUSE", "Mining companies accused Greenpeace of spreading lies about the spill."),
    ("firm", "ACCUSE", "Foreign firms accused the Kenyan government of changing the rules overnight."),
    ("business", "REQUEST", "Small businesses urged the mayor to scrap the parking charges."),
    ("bank", "SANCTION", "The regulator fined banks for mis-selling loans to pensioners."),
    ("lender", "ACCUSE", "Mortgage lenders accused Whitehall of strangling the housing market."),
    ("insurer", "REJECT", "Insurers refused to pay claims from the Kilbury flood victims."),
    ("reinsurer", "THREATEN", "Reinsurers warned Lloyd's that premiums would rise."),
    ("airline", "ACCUSE", "Low-cost airlines accused Heathrow of charging unfair fees."),
    ("supermarket", "REJECT", "Supermarkets rejected the farmers' demand for higher milk prices."),
    ("retailer", "REQUEST", "Retailers urged Downing Street to cut business rates."),
    ("carmaker", "ACCUSE", "Carmakers accused the European Commission of favouring Asian rivals."),
    ("automaker", "REQUEST", "Automakers asked Congress for emergency loans."),
    ("drugmaker", "ACCUSE", "Generic drugmakers accused India of stalling on approvals."),
    ("chipmaker", "REQUEST", "Chipmakers urged Washington to ease the export controls."),
    ("planemaker", "ACCUSE", "Planemakers accused Boeing of receiving illegal subsidies."),
    ("manufacturer", "ACCUSE", "Textile manufacturers accused China of dumping cheap cloth."),
    ("supplier", "REQUEST", "Defence suppliers urged the Pentagon to speed up payments."),
    ("conglomerate", "REJECT", "Conglomerates rejected the Seoul government's plan to break them up."),
    ("utility", "ACCUSE", "Water utilities accused the Scottish government of setting impossible targets."),
    ("publisher", "ACCUSE", "Newspaper publishers accused Google of stealing their content."),
    ("operator", "REJECT", "Mobile operators rejected the Indian government's spectrum prices."),
    ("startup", "ACCUSE", "Several software startups accused Apple of abusing its app store."),
    ("refiner", "REQUEST", "Oil refiners urged the Nigerian government to lift the fuel subsidy."),
    ("brewer", "ACCUSE", "Craft brewers accused Heineken of squeezing them out of pubs."),
]


def firm_sides(analysis, typ: str):
    """The collective firm entities on either side of the events of type `typ`."""
    keys = [k for e in analysis.events if e.type == typ for k in (e.subject, e.object) if k]
    return [analysis.entities[k] for k in keys if k.startswith("GENERIC:")
            and analysis.entities[k].type == "ORGANIZATION"]


@pytest.mark.parametrize(("word", "typ", "text"), SENTENCES, ids=lambda v: v if " " not in v else "")
def test_a_kind_of_firm_is_a_side(word, typ, text, analyse_text):
    sides = firm_sides(analyse_text(text), typ)
    assert sides, f"no {typ} event with a kind of firm as a side in {text!r}"
    assert word in sides[0].key.split(":")[1].split()[-1], (text, sides[0].key)


def test_every_firm_word_has_a_sentence():
    assert sorted(FIRM_WORDS - {w for w, _, _ in SENTENCES}) == []


def firm_names(table_text: str, gazetteer) -> set[str]:
    analysis = analyse_doc(build(table_text), gazetteer)
    return {e.name for e in analysis.entities.values() if e.key.startswith("GENERIC:") and e.type == "ORGANIZATION"}


BIGGEST_TOBACCO_FIRMS = """
    Regulators  regulator  NOUN  NNS 1 nsubj
    fined       fine       VERB  VBD 1 ROOT
    the         the        DET   DT  3 det
    country     country    NOUN  NN  7 poss
    's          's         PART  POS 3 case
    biggest     big        ADJ   JJS 7 amod
    tobacco     tobacco    NOUN  NN  7 compound
    firms       firm       NOUN  NNS 1 dobj
    .           .          PUNCT .   1 punct
"""


def test_the_industry_names_the_kind_not_its_size(gazetteer):
    analysis = analyse_doc(build(BIGGEST_TOBACCO_FIRMS), gazetteer)
    fined = [(analysis.entities[e.object].name, analysis.entities[e.object].type)
             for e in analysis.events if e.type == "SANCTION" and e.object]
    assert fined == [("tobacco firms", "ORGANIZATION")]


BANKS_IN_A_COUNTRY = """
    Banks     bank     NOUN  NNS 3 nsubj
    in        in       ADP   IN  0 prep
    Japan     Japan    PROPN NNP 1 pobj GPE
    rejected  reject   VERB  VBD 3 ROOT
    the       the      DET   DT  5 det
    plan      plan     NOUN  NN  3 dobj
    .         .        PUNCT .   3 punct
"""


def test_the_place_qualifies_the_kind(gazetteer):
    assert firm_names(BANKS_IN_A_COUNTRY, gazetteer) == {"banks (Japan)"}


# firms of the story, not a kind: an article alone, a number, a pronoun's, "both", a listing apposition
THE_BANKS = """
    The       the      DET   DT  1 det
    banks     bank     NOUN  NNS 2 nsubj
    rejected  reject   VERB  VBD 2 ROOT
    the       the      DET   DT  4 det
    plan      plan     NOUN  NN  2 dobj
    .         .        PUNCT .   2 punct
"""
TWO_COMPANIES = """
    Two        two      NUM   CD  1 nummod
    companies  company  NOUN  NNS 2 nsubj
    rejected   reject   VERB  VBD 2 ROOT
    the        the      DET   DT  4 det
    plan       plan     NOUN  NN  2 dobj
    .          .        PUNCT .   2 punct
"""
ITS_BANKS = """
    The     the     DET   DT  1 det
    river   river   NOUN  NN  2 nsubj
    burst   burst   VERB  VBD 2 ROOT
    its     its     PRON  PRP$ 4 poss
    banks   bank    NOUN  NNS 2 dobj
    .       .       PUNCT .   2 punct
"""
BOTH_FIRMS = """
    Both      both     DET   DT  1 det
    firms     firm     NOUN  NNS 2 nsubj
    rejected  reject   VERB  VBD 2 ROOT
    the       the      DET   DT  4 det
    plan      plan     NOUN  NN  2 dobj
    .         .        PUNCT .   2 punct
"""
LISTED_FIRMS = """
    Shell     Shell    PROPN NNP 7 nsubj ORG
    and       and      CCONJ CC  0 cc
    BP        BP       PROPN NNP 0 conj ORG
    ,         ,        PUNCT ,   0 punct
    two       two      NUM   CD  5 nummod
    oil       oil      NOUN  NN  6 compound
    firms     firm     NOUN  NNS 0 appos
    rejected  reject   VERB  VBD 7 ROOT
    the       the      DET   DT  9 det
    tax       tax      NOUN  NN  7 dobj
    .         .        PUNCT .   7 punct
"""
FIRMS_SUCH_AS = """
    Oil       oil      NOUN  NN  1 compound
    firms     firm     NOUN  NNS 5 nsubj
    such      such     ADJ   JJ  3 amod
    as        as       ADP   IN  1 prep
    Shell     Shell    PROPN NNP 3 pobj ORG
    rejected  reject   VERB  VBD 5 ROOT
    the       the      DET   DT  7 det
    tax       tax      NOUN  NN  5 dobj
    .         .        PUNCT .   5 punct
"""


# "companies" with nothing to say which: any firms, mostly those of the story ("banks" alone are a kind)
BARE_COMPANIES = """
    Companies  company  NOUN  NNS 1 nsubj
    rejected   reject   VERB  VBD 1 ROOT
    the        the      DET   DT  3 det
    plan       plan     NOUN  NN  1 dobj
    .          .        PUNCT .   1 punct
"""


@pytest.mark.parametrize("parse", [THE_BANKS, TWO_COMPANIES, ITS_BANKS, BOTH_FIRMS, LISTED_FIRMS, FIRMS_SUCH_AS,
                                   BARE_COMPANIES],
                         ids=["the banks", "two companies", "its banks", "both firms", "apposition", "such as",
                              "bare companies"])
def test_firms_already_told_are_no_kind(parse, gazetteer):
    assert firm_names(parse, gazetteer) == set()


def test_a_singular_is_left_to_the_firm_it_refers_to(analyse_text):
    analysis = analyse_text("The company rejected the Kenyan government's offer.")
    assert not [e for e in analysis.entities.values() if e.key.startswith("GENERIC:")]


# firms counted out of a kind, and firms a named body leads, are firms of the story
A_NUMBER_OF_COMPANIES = """
    Kell       Kell     PROPN NNP 1 nsubj PERSON
    sued       sue      VERB  VBD 1 ROOT
    a          a        DET   DT  3 det
    number     number   NOUN  NN  1 dobj
    of         of       ADP   IN  3 prep
    companies  company  NOUN  NNS 4 pobj
    .          .        PUNCT .   1 punct
"""
FIRMS_LED_BY_A_NAME = """
    Firms     firm     NOUN  NNS 5 nsubj
    led       lead     VERB  VBN 0 acl
    by        by       ADP   IN  1 agent
    Verano    Verano   PROPN NNP 2 pobj ORG
    will      will     AUX   MD  5 aux
    help      help     VERB  VB  5 ROOT
    Chile     Chile    PROPN NNP 5 dobj GPE
    .         .        PUNCT .   5 punct
"""


@pytest.mark.parametrize("parse", [A_NUMBER_OF_COMPANIES, FIRMS_LED_BY_A_NAME], ids=["a number of", "led by a name"])
def test_firms_counted_or_led_are_no_kind(parse, gazetteer):
    assert firm_names(parse, gazetteer) == set()
