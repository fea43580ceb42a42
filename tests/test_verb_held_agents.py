"""The doer of a nominal event named in a "by" phrase the parser hung on the verb whose object the
noun is (extract/verb_held_agents.py): "activists condemned the detention of reporters by Malian
soldiers" - the soldiers detained the reporters. Hand-built parses of sentences of our own."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_sides

# the parser's reading: "by Malian soldiers" on "condemned"
BY_ON_THE_VERB = """
Activists activist NOUN NNS 1 nsubj
condemned condemn VERB VBD 1 ROOT
the the DET DT 3 det
detention detention NOUN NN 1 dobj
of of ADP IN 3 prep
reporters reporter NOUN NNS 4 pobj
by by ADP IN 1 prep
Malian Malian ADJ JJ 8 amod NORP
soldiers soldier NOUN NNS 6 pobj
. . PUNCT . 1 punct
"""

# a "by" before the object is the verb's own ("by Friday"), no doer of the detention
BY_BEFORE_THE_OBJECT = """
Activists activist NOUN NNS 1 nsubj
condemned condemn VERB VBD 1 ROOT
by by ADP IN 1 prep
Friday Friday PROPN NNP 2 pobj DATE
the the DET DT 5 det
detention detention NOUN NN 1 dobj
of of ADP IN 5 prep
reporters reporter NOUN NNS 6 pobj
. . PUNCT . 1 punct
"""


def test_a_by_phrase_after_the_object_names_the_nouns_doer(gazetteer):
    sides = event_sides(analyse_doc(build(BY_ON_THE_VERB), gazetteer), "COERCE")
    assert any("malian" in s for s, _ in sides), sides


def test_a_by_phrase_before_the_object_is_the_verbs_own(gazetteer):
    sides = event_sides(analyse_doc(build(BY_BEFORE_THE_OBJECT), gazetteer), "COERCE")
    assert not any("friday" in s for s, _ in sides), sides
