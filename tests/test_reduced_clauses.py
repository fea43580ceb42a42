"""A reduced relative the parser reads as its clause's verb (extract/reduced_clauses.py): in "two guards
charged over the beating attacked a reporter" it makes "guards" the subject of "charged" and leaves
"attacked" without one. The guards are the ones charged, and they attacked. Sentences written for
newsgraph; the hand-built parses are the parser's misreading of them."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_sides

# the parser's reading: "charged" heads the clause with "guards" its subject, "attacked" hung on it
CHARGED_GUARDS_ATTACKED = """
Two two NUM CD 1 nummod CARDINAL
guards guard NOUN NNS 2 nsubj
charged charge VERB VBN 2 ROOT
over over ADP IN 2 prep
the the DET DT 5 det
beating beating NOUN NN 3 pobj
attacked attack VERB VBD 2 advcl
a a DET DT 8 det
reporter reporter NOUN NN 6 dobj
outside outside ADP IN 6 prep
the the DET DT 11 det
court court NOUN NN 9 pobj
. . PUNCT . 2 punct
"""

# both verbs hung side by side on the clause before: "The riot began as two guards charged over the
# beating attacked a reporter."
SIDE_BY_SIDE = """
The the DET DT 1 det
riot riot NOUN NN 2 nsubj
began begin VERB VBD 2 ROOT
as as SCONJ IN 6 mark
two two NUM CD 5 nummod CARDINAL
guards guard NOUN NNS 6 nsubj
charged charge VERB VBN 2 advcl
over over ADP IN 6 prep
the the DET DT 9 det
beating beating NOUN NN 7 pobj
attacked attack VERB VBD 2 advcl
a a DET DT 12 det
reporter reporter NOUN NN 10 dobj
. . PUNCT . 2 punct
"""

# the same words with the participle's clause complete: "had been charged" has its own auxiliaries
CHARGED_GUARDS_WITH_AUXILIARIES = """
Two two NUM CD 1 nummod CARDINAL
guards guard NOUN NNS 4 nsubjpass
had have AUX VBD 4 aux
been be AUX VBN 4 auxpass
charged charge VERB VBN 4 ROOT
over over ADP IN 4 prep
the the DET DT 7 det
beating beating NOUN NN 5 pobj
. . PUNCT . 4 punct
"""


def test_the_subject_of_a_misread_reduced_relative_is_the_one_acted_on(gazetteer):
    sides = event_sides(analyse_doc(build(CHARGED_GUARDS_ATTACKED), gazetteer), "ACCUSE")
    assert any("guards" in o for _, o in sides), sides
    assert not any("guards" in s for s, _ in sides), sides


def test_the_verb_left_without_a_subject_takes_the_relatives_noun(gazetteer):
    sides = event_sides(analyse_doc(build(CHARGED_GUARDS_ATTACKED), gazetteer), "ASSAULT")
    assert any("guards" in s and "reporter" in o for s, o in sides), sides


def test_a_verb_beside_the_relative_takes_its_noun(gazetteer):
    analysis = analyse_doc(build(SIDE_BY_SIDE), gazetteer)
    assert any("guards" in s and "reporter" in o for s, o in event_sides(analysis, "ASSAULT")), analysis.events
    assert not any("guards" in s for s, _ in event_sides(analysis, "ACCUSE")), analysis.events


def test_a_passive_with_its_auxiliaries_is_read_as_before(gazetteer):
    sides = event_sides(analyse_doc(build(CHARGED_GUARDS_WITH_AUXILIARIES), gazetteer), "ACCUSE")
    assert any("guards" in o for _, o in sides), sides


def test_the_accused_of_a_relative_read_as_a_clause_is_no_accuser(analyse_text):
    analysis = analyse_text("Witnesses say the teacher accused of hitting a pupil is a kind woman.")
    accused = event_sides(analysis, "ACCUSE")
    assert any("teacher" in o for _, o in accused), accused
    assert not any("teacher" in s for s, _ in accused), accused
    # the act charged stays the accused's
    assert any("teacher" in s and "pupil" in o for s, o in event_sides(analysis, "ASSAULT")), analysis.events


def test_a_past_tense_with_an_object_keeps_its_subject(analyse_text):
    analysis = analyse_text("Police said the officers charged the crowd and arrested ten people.")
    assert any("officers" in s for s, _ in event_sides(analysis, "COERCE")), analysis.events
