"""A singular "a ..." after a plural role noun is an item of a list the parser read as an apposition:
it names no holder of the role ("four Home Office officials, a QC, ...": the QC is no official), while
names after a plural may rename it ("two officials, X and Y") and a singular apposition keeps its
roles (extract/relations.py listed_apposition). Sentences written for these tests."""
import newsgraph.extract.relations as relations


def test_an_indefinite_item_after_a_plural_role_holds_no_role(events_named, analyse_without):
    text = "The panel heard four Home Office officials, a QC, Ines Moreau and two police officers."
    assert not any(t == "AFFILIATION" for t, *_ in events_named(text)), events_named(text)
    # the rule is what drops it
    without = analyse_without(text, (relations, "listed_apposition", lambda appos: False))
    assert any(e.type == "AFFILIATION" for e in without.events)


def test_names_after_a_plural_role_and_a_singular_apposition_keep_their_roles(events_named):
    found = events_named("The report was drafted by two Treasury officials, Omar Haddad and Anna Lindqvist.")
    assert ("AFFILIATION", "Omar Haddad", "Treasury") in found, found
    found = events_named("Kofi Mensah, a senior Ashanti Goldfields director and Accra councillor, opened the mine.")
    assert ("AFFILIATION", "Kofi Mensah", "Ashanti Goldfields") in found, found
