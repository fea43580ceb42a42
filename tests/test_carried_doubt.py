"""An attacker carried over from another sentence (story_attackers, same_victim_attacker) is known only
as surely as it was told there: alleged there, alleged here; asserted there, asserted here. Sentences of
our own."""
from __future__ import annotations


def certainties(result, sentence_part: str) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in result.entities.items()}
    return {(names.get(e.subject), e.certainty) for e in result.events
            if e.type == "ASSAULT" and sentence_part in e.sentence and e.subject}


def test_an_attacker_only_charged_carries_the_allegation(analyse_text):
    found = analyse_text("Marcus Dole was charged with murder in the shooting of Ian Pratt in Leeds on Friday. "
                         "Pratt was shot twice in the chest outside a pub, witnesses said.")
    assert ("Marcus Dole", "alleged") in certainties(found, "Pratt was shot twice")
    assert ("Marcus Dole", "asserted") not in certainties(found, "Pratt was shot twice")


def test_an_attacker_prosecutors_allege_carries_the_allegation(analyse_text):
    found = analyse_text("Prosecutors allege that Tomas Varga shot his neighbour Elena Ruiz at her home in Tucson. "
                         "Ruiz was shot in the head and died at the scene.")
    assert {c for n, c in certainties(found, "Ruiz was shot in the head") if n == "Tomas Varga"} <= {"alleged", "possible"}


def test_an_attacker_told_as_fact_stays_asserted(analyse_text):
    found = analyse_text("A fired accountant, Dale Pruitt, shot his former boss Alan Voss at an office in Dayton "
                         "on Monday. The shooting occurred shortly after 10 a.m. in the second-floor suite.")
    assert ("Dale Pruitt", "asserted") in certainties(found, "The shooting occurred")


def test_the_surest_telling_counts(analyse_text):
    found = analyse_text("Karl Brenner stabbed his brother Otto Brenner in Linz on Sunday, police said. "
                         "Karl Brenner was later charged with attempted murder in the stabbing of Otto Brenner. "
                         "Otto Brenner was stabbed three times and is in a stable condition.")
    assert {c for n, c in certainties(found, "was stabbed three times") if n == "Karl Brenner"} <= {"asserted", "reported"}


def test_the_one_told_is_no_attacker_of_a_clause_with_its_own_subject(analyse_text):
    # object control is for infinitives: "told police to shoot"; "X was shot, witnesses told police" is not
    for addressee in ("police", "the court", "the jury"):
        found = analyse_text(f"Ian Pratt was shot twice in the chest outside a pub, witnesses told {addressee}.")
        assert all(e.subject is None for e in found.events if e.type == "ASSAULT"), addressee
