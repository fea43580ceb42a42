""""The two sides", "both countries": the two actors last named together (coordinated, or subject
and object of one verb) in the sentence or the two before. Sentences are our own."""
from __future__ import annotations


def test_the_two_sides_are_the_pair_named_before(events_named):
    found = events_named("Armenia and Azerbaijan held talks in Moscow on Friday. The two sides agreed to a truce.")
    assert any(t == "AGREE" and {s, o} == {"Armenia", "Azerbaijan"} for t, s, o in found), found


def test_both_sides_after_a_verb_with_subject_and_object(events_named):
    found = events_named("Serbia sued Croatia over the border. Both sides later rejected the ruling.")
    assert {s for t, s, _ in found if t == "REJECT"} == {"Serbia", "Croatia"}, found


def test_sides_with_no_pair_named_stay_unresolved(events_named):
    found = events_named("The talks were long. The two sides agreed to meet again.")
    assert not any(s or o for t, s, o in found if t == "AGREE"), found


def test_sides_without_a_number_are_not_the_pair(gazetteer):
    from handbuilt import build
    from newsgraph.extract.actors import KnownActors
    from newsgraph.extract.arguments import both_sides
    from newsgraph.resolve.document import resolve_document
    doc = build("""
        Armenia    Armenia    PROPN NNP 3 nsubj GPE
        and        and        CCONJ CC  0 cc
        Azerbaijan Azerbaijan PROPN NNP 0 conj GPE
        met        meet       VERB  VBD 3 ROOT
        ;          ;          PUNCT :   3 punct
        many       many       ADJ   JJ  6 amod
        sides      side       NOUN  NNS 7 nsubj
        spoke      speak      VERB  VBD 3 conj
        .          .          PUNCT .   3 punct
    """)
    res = KnownActors(resolve_document(doc, gazetteer), gazetteer)
    assert both_sides(doc[6], res) is None        # "many sides": not two parties


def test_the_pair_is_named_not_described(events_named):
    # "Ukraine ... to fight smugglers": the smugglers are no party to what the two countries do
    found = events_named("Poland has allowed Ukraine to move troops to the border to fight smugglers. "
                   "The two countries later signed a treaty.")
    assert not any("smugglers" in (s or "") + (o or "") for t, s, o in found if t == "AGREE"), found
    assert any(t == "AGREE" and {s, o} == {"Poland", "Ukraine"} for t, s, o in found), found
