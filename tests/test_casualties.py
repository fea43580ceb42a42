"""Casualty counts (extract/quantities.py): killed and wounded kept apart, tolls summed over
both sides and conjuncts, a singular person counting one, tolls stated as fatalities or in the
sentence after the event, and unknown tolls left out. Sentences written for these tests."""
import pytest


def toll(analysis, key):
    """The largest count of `key` over the text's violent events (None when none states it)."""
    counts = [e.quantities[key] for e in analysis.events
              if e.type in ("ASSAULT", "COERCE", "PROTEST") and key in e.quantities]
    return max(counts, default=None)


@pytest.mark.parametrize("text, killed, wounded", [
    # a singular person counts one beside counted victims
    ("Bandits ambushed a truck near Gusau, killing the driver and four traders.", 5, None),
    ("A roadside bomb hit a van near Kidal, killing six Malian nationals and their Algerian guide.", 7, None),
    # victims of kinds other than people are not counted
    ("Gunmen killed 40 cattle and 3 herders near Bokkos.", 3, None),
    # lethal verbs without "kill": beheading, shooting dead, beating to death
    ("Jihadists beheaded four fishermen near Lake Chad.", 4, None),
    ("Two smugglers were shot dead by border guards near Zahedan.", 2, None),
    ("Soldiers shot dead a motorcycle courier at a checkpoint in Goma.", 1, None),
    ("Residents beat a suspected pickpocket to death in Kisumu.", 1, None),
    # fatalities and the dead as counted nouns
    ("Kenyan police clashed with bandits in Isiolo, resulting in 5 fatalities.", 5, None),
    ("Clashes between the army and Fano militiamen near Gondar left at least 14 dead.", 14, None),
    # the toll in the next sentence, with no event of its own
    ("Militants attacked a gendarmerie post in Tera. 8 killed.", 8, None),
    ("Gunmen raided a farm near Jos. 3 farmers killed, 2 injured.", 3, 2),
    ("Rebels stormed a clinic in Beni. 1 fatality.", 1, None),
    ("Kidnappers abducted a trader in Owerri. He was later found dead.", 1, None),
    ("A mob attacked a pastor in Kaduna. The pastor died of his wounds two days later.", 1, None),
    ("Jihadists ambushed a patrol near Tillia. Five soldiers were killed.", 5, None),
    # victims added with "also": both sides summed
    ("Insurgents overran an outpost near Diffa, killing 7 soldiers. Nine insurgents were also killed.", 16, None),
    # deaths the sentence ties to the event
    ("Two cattle herders died when a mine exploded beneath their motorbike near Gao.", 2, None),
    # wounded apart from killed
    ("A grenade exploded at a bus stop in Garissa, wounding 11 commuters.", None, 11),
])
def test_casualty_counts(text, killed, wounded, analyse_text):
    analysis = analyse_text(text)
    assert (toll(analysis, "killed"), toll(analysis, "wounded")) == (killed, wounded), [
        (e.type, e.trigger, e.quantities) for e in analysis.events]


@pytest.mark.parametrize("text", [
    # another cause of death in the next sentence is not the event's toll
    "Militants attacked a gendarmerie post in Tera. Separately, 6 people died in a flood.",
    # an unknown number is no number
    "Rebels attacked a convoy near Beni. An unknown number of soldiers were killed.",
    "Militants attacked a base near Menaka. Fatalities unknown.",
])
def test_no_toll_is_read_where_none_is_stated(text, analyse_text):
    assert toll(analyse_text(text), "killed") is None


def test_another_incidents_toll_stays_with_it(analyse_text):
    analysis = analyse_text("Police detained 12 traders in Bulawayo. Elsewhere, 4 miners were killed in Gwanda.")
    arrests = [e for e in analysis.events if e.type == "COERCE"]
    assert arrests and all("killed" not in e.quantities for e in arrests), [(e.type, e.quantities) for e in arrests]


def test_carrying_out_an_operation_kills_no_one(analyse_text):
    analysis = analyse_text("Marines intercepted two skiffs near Socotra and executed a boarding operation.")
    assert all("killed" not in e.quantities for e in analysis.events), [(e.type, e.quantities) for e in analysis.events]
