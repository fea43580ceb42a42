"""Sides the parser hides in two constructions (extract/misread_relatives.py, unwritten_sides.
retained_agent): an object relative clause read as a noun with a participle ("the envoy, whom
rebels abducted in March": the rebels abducted the envoy, not the other way round), and the agent
of a passive that keeps its object, hung on that object ("Sudan was sent a warning by the African
Union"). Hand-built parses of sentences of our own, as the parser misreads them."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_sides

# the parser's reading: "rebels" heads a relative clause, "abducted" a participle on it
OBJECT_RELATIVE_MISREAD = """
The the DET DT 1 det
envoy envoy NOUN NN 10 nsubjpass
, , PUNCT , 1 punct
whom whom PRON WP 4 nsubj
rebels rebel NOUN NNS 1 relcl
abducted abduct VERB VBN 4 acl
in in ADP IN 5 prep
March March PROPN NNP 6 pobj DATE
, , PUNCT , 1 punct
was be AUX VBD 10 auxpass
freed free VERB VBN 10 ROOT
. . PUNCT . 10 punct
"""

# a true reduced relative: "the convoy ambushed near Kismayo" was ambushed
REDUCED_RELATIVE = """
Rebels rebel NOUN NNS 1 nsubj
said say VERB VBD 1 ROOT
the the DET DT 3 det
convoy convoy NOUN NN 1 dobj
ambushed ambush VERB VBN 3 acl
near near ADP IN 4 prep
Kismayo Kismayo PROPN NNP 5 pobj GPE
belonged belong VERB VBD 1 ccomp
to to ADP IN 7 prep
al-Shabaab al-Shabaab PROPN NNP 8 pobj ORG
. . PUNCT . 1 punct
"""

# "the militia which the army armed attacked the village": the parser makes "the army" the
# subject of "attacked"
SUBJECT_TAKEN_BY_RELATIVE = """
The the DET DT 1 det
militia militia NOUN NN 1 ROOT
which which PRON WDT 6 mark
the the DET DT 4 det
army army NOUN NN 6 nsubj
armed arm VERB VBN 4 acl
attacked attack VERB VBD 1 relcl
the the DET DT 8 det
village village NOUN NN 6 dobj
. . PUNCT . 1 punct
"""

RETAINED_OBJECT_AGENT = """
Sudan Sudan PROPN NNP 2 nsubjpass GPE
was be AUX VBD 2 auxpass
sent send VERB VBN 2 ROOT
a a DET DT 4 det
warning warning NOUN NN 2 dobj
by by ADP IN 4 prep
the the DET DT 8 det
African African PROPN NNP 8 compound ORG
Union Union PROPN NNP 5 pobj +
on on ADP IN 2 prep
Monday Monday PROPN NNP 9 pobj DATE
. . PUNCT . 2 punct
"""

RETAINED_OBJECT_TIME = """
Sudan Sudan PROPN NNP 2 nsubjpass GPE
was be AUX VBD 2 auxpass
sent send VERB VBN 2 ROOT
a a DET DT 4 det
warning warning NOUN NN 2 dobj
by by ADP IN 4 prep
Monday Monday PROPN NNP 5 pobj DATE
. . PUNCT . 2 punct
"""


def test_the_noun_after_a_relative_pronoun_does_the_act(gazetteer):
    sides = event_sides(analyse_doc(build(OBJECT_RELATIVE_MISREAD), gazetteer), "ASSAULT")
    assert any("rebels" in s and "envoy" in o for s, o in sides), sides
    assert not any("rebels" in o for _, o in sides), sides


def test_a_reduced_relative_without_a_pronoun_is_still_acted_on(gazetteer):
    sides = event_sides(analyse_doc(build(REDUCED_RELATIVE), gazetteer), "ASSAULT")
    assert not any("convoy" in s for s, _ in sides), sides


def test_the_antecedent_of_a_misread_relative_is_the_main_verbs_subject(gazetteer):
    sides = event_sides(analyse_doc(build(SUBJECT_TAKEN_BY_RELATIVE), gazetteer), "ASSAULT")
    assert any("militia" in s for s, _ in sides), sides
    assert not any("army" in s for s, _ in sides), sides


def test_a_by_phrase_on_a_retained_object_is_the_agent(gazetteer):
    sides = event_sides(analyse_doc(build(RETAINED_OBJECT_AGENT), gazetteer), "THREATEN")
    assert any({"african", "union"} <= s and "sudan" in o for s, o in sides), sides


def test_a_time_after_by_is_no_agent(gazetteer):
    sides = event_sides(analyse_doc(build(RETAINED_OBJECT_TIME), gazetteer), "THREATEN")
    assert not any("monday" in s for s, _ in sides), sides
