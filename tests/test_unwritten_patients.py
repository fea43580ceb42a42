"""Whom a harm is done to when the parse hides the patient (extract/unwritten_sides.py): the people
before a bare participle are its victims, not its doers ("30 Syrians killed in the raid"), and a
passive infinitive on a predicate noun acts on the copula's subject ("X was the third reporter to be
killed"). Hand-built parses of sentences of our own."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_sides

REDUCED_WITH_COUNT = """
Anger anger NOUN NN 1 nsubj
grew grow VERB VBD 1 ROOT
, , PUNCT , 1 punct
with with ADP IN 1 prep
30 30 NUM CD 5 nummod CARDINAL
Syrians Syrians PROPN NNPS 6 nsubj NORP
killed kill VERB VBN 3 pcomp
in in ADP IN 6 prep
the the DET DT 9 det
raid raid NOUN NN 7 pobj
. . PUNCT . 1 punct
"""

REDUCED_IN_REPORT = """
Officials official NOUN NNS 1 nsubj
said say VERB VBD 1 ROOT
Syrians Syrians PROPN NNPS 3 nsubj NORP
killed kill VERB VBN 1 ccomp
in in ADP IN 3 prep
the the DET DT 6 det
raid raid NOUN NN 4 pobj
were be AUX VBD 1 ccomp
civilians civilian NOUN NNS 7 attr
. . PUNCT . 1 punct
"""

PREDICATED = """
Ali Ali PROPN NNP 1 compound PERSON
Hassan Hassan PROPN NNP 2 nsubj +
was be AUX VBD 2 ROOT
the the DET DT 5 det
third third ADJ JJ 5 amod ORDINAL
reporter reporter NOUN NN 2 attr
to to PART TO 8 aux
be be AUX VB 8 auxpass
killed kill VERB VBN 5 relcl
in in ADP IN 8 prep
Mosul Mosul PROPN NNP 9 pobj GPE
this this DET DT 12 det
year year NOUN NN 8 npadvmod
. . PUNCT . 2 punct
"""

ACTIVE_PAST = """
Gunmen gunman NOUN NNS 1 nsubj
killed kill VERB VBD 1 ROOT
30 30 NUM CD 3 nummod CARDINAL
Syrians Syrians PROPN NNPS 1 dobj NORP
in in ADP IN 1 prep
the the DET DT 6 det
raid raid NOUN NN 4 pobj
. . PUNCT . 1 punct
"""


def test_people_before_a_bare_participle_are_its_victims(gazetteer):
    for table in (REDUCED_WITH_COUNT, REDUCED_IN_REPORT):
        sides = event_sides(analyse_doc(build(table), gazetteer), "ASSAULT")
        assert sides, table
        assert all("syrians" not in s for s, _ in sides), sides
        assert any("syrians" in o for _, o in sides), sides


def test_a_past_tense_with_an_object_keeps_its_doer(gazetteer):
    sides = event_sides(analyse_doc(build(ACTIVE_PAST), gazetteer), "ASSAULT")
    assert any("gunmen" in s and "syrians" in o for s, o in sides), sides


def test_a_passive_infinitive_on_a_predicate_noun_acts_on_the_subject(gazetteer):
    sides = event_sides(analyse_doc(build(PREDICATED), gazetteer), "ASSAULT")
    assert any({"ali", "hassan"} <= o for _, o in sides), sides


PROSPECT = """
Ali Ali PROPN NNP 1 compound PERSON
Hassan Hassan PROPN NNP 2 nsubj +
is be AUX VBZ 2 ROOT
the the DET DT 4 det
favourite favourite NOUN NN 2 attr
to to PART TO 7 aux
be be AUX VB 7 auxpass
arrested arrest VERB VBN 4 relcl
. . PUNCT . 2 punct
"""


def test_a_predicate_noun_without_a_rank_is_a_prospect(gazetteer):
    # "the favourite to be arrested" has not been arrested
    events = analyse_doc(build(PROSPECT), gazetteer).events
    assert not any(e.object for e in events if e.trigger == "arrested"), events
