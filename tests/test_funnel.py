"""The extraction funnel: every candidate event with the stage that dropped it (extract/fates.py,
evaluation/funnel.py, the why command)."""
import json

import pytest

from newsgraph.evaluation import why
from newsgraph.evaluation.funnel import text_funnel
from newsgraph.extract.fates import STAGES, observing


def fates_of(text, nlp, gazetteer, etype):
    return [(f.trigger, f.stage, f.rule) for f in text_funnel(text, nlp, gazetteer).fates if f.type == etype]


def test_a_candidate_of_another_sense_is_dropped_by_the_sense_judge(nlp, gazetteer):
    fates = fates_of("Microsoft launched an attack on Google's search business.", nlp, gazetteer, "ASSAULT")
    assert fates == [("attack", "sense judge", "game or firms")]   # firms on both sides: no blow


@pytest.mark.parametrize("text, trigger, reason", [
    ("The senator said the president can veto the bill.", "veto", "hypothetical"),
    ("The novel tells the story of a detective who is kidnapped by gangsters.", "kidnapped", "fiction"),
    ("A hurricane hit the port city of Mobile on Monday.", "hit", "no actor"),
    ("Britain's harsh climate threatened the harvest again this year.", "threatened", "no actor"),   # weather, not a state
])
def test_a_sense_judge_drop_names_the_test_that_made_it(nlp, gazetteer, text, trigger, reason):
    fates = [(f.trigger, f.stage, f.rule) for f in text_funnel(text, nlp, gazetteer).fates if f.trigger == trigger]
    assert fates == [(trigger, "sense judge", reason)]


def test_a_candidate_kept_or_dropped_elsewhere_names_no_judge_test(nlp, gazetteer):
    fates = text_funnel("Rebels attacked the town on Monday.", nlp, gazetteer).fates
    assert [(f.stage, f.rule) for f in fates] == [("kept", "")]


def test_a_candidate_made_into_an_event_is_kept(nlp, gazetteer):
    funnel = text_funnel("Rebels attacked the town on Monday.", nlp, gazetteer)
    assert [(f.type, f.trigger, f.stage) for f in funnel.fates] == [("ASSAULT", "attacked", "kept")]
    assert [e.type for e in funnel.analysis.events] == ["ASSAULT"]
    assert funnel.name(funnel.fates[0].subject) == "rebels"


def test_the_keep_gate_names_the_rule_that_dropped_an_event(nlp, gazetteer):
    funnel = text_funnel("Had Russia invaded Ukraine, prices would have soared.", nlp, gazetteer)
    assert [(f.type, f.stage, f.rule) for f in funnel.fates] == [("ASSAULT", "keep gate", "unreal mood")]
    assert funnel.analysis.events == []


def test_observing_changes_no_event_and_nothing_is_recorded_outside_the_block(analyse_text):
    text = ("Police arrested 12 protesters in Cairo on Monday. Iran could attack Israel, officials said. "
            "Had Russia invaded Ukraine, prices would have soared.")
    plain = analyse_text(text).events
    with observing() as fates:
        observed = analyse_text(text).events
    assert observed == plain and plain
    assert {f.stage for f in fates.fates} >= {"kept", "keep gate"}
    assert all(f.stage in STAGES for f in fates.fates)
    recorded = len(fates.fates)
    analyse_text(text)
    assert len(fates.fates) == recorded


def test_why_prints_every_sentence_with_its_candidates_and_their_fates(capsys):
    assert why.main(["Microsoft launched an attack on Google's search business. The weather was fine."]) == 0
    out = capsys.readouterr().out
    assert "'attack'" in out and "dropped: sense judge (game or firms)" in out and "subject Microsoft [Microsoft]" in out
    assert "The weather was fine.\n  no candidate" in out


def test_why_wants_a_text(capsys):
    with pytest.raises(SystemExit):
        why.main([])
    assert "give a text" in capsys.readouterr().err


def test_why_names_the_trigger_words_of_a_sentence_with_no_candidate(capsys):
    assert why.main(["Some condemned it. The garden was quiet. The bank approved the loan."]) == 0
    out = capsys.readouterr().out
    assert "Some condemned it.\n  no candidate; trigger words: condemn (ACCUSE)" in out
    assert "The garden was quiet.\n  no candidate; no trigger word" in out
    # a verb with its object noun is a collocation entry of its own, besides each word's entries
    assert "approve loan (AID)" in out


def test_trigger_words_are_the_lexicons_for_the_word_as_it_is_used(nlp, gazetteer):
    # "fine" the verb is a SANCTION ("fined the company"), "fine" the adjective is no trigger
    funnel = text_funnel("The regulator fined the company. The weather was fine.", nlp, gazetteer)
    first, second = (start for start, _ in funnel.sentences)
    assert "SANCTION" in {etype for _, etype in funnel.triggers[first]}
    assert funnel.triggers[second] == []


def test_why_names_the_trigger_words_of_types_no_candidate_was_proposed_for(capsys):
    # an ASSAULT is proposed; "condemn" (ACCUSE) proposes nothing for want of a side
    assert why.main(["Rebels attacked the town, which some condemned."]) == 0
    out = capsys.readouterr().out
    assert "trigger words of types not proposed: condemn (ACCUSE)" in out
    assert "attack (ASSAULT)" not in out


def test_why_drops_lists_only_the_judged_drops_of_every_article(tmp_path, capsys):
    # a whole article file: the sense judge's and keep gate's drops, each with its article and judge;
    # an event kept and an article with no drop print nothing
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "title": "Tech", "text": "Microsoft launched an attack on Google's search business. "
                                              "Rebels attacked the town on Monday."},
        {"id": "a2", "title": "Markets", "text": "Had Russia invaded Ukraine, prices would have soared."},
        {"id": "a3", "title": "Garden", "text": "The garden was quiet."},
    ]) + "\n", encoding="utf-8")
    assert why.main(["--drops", str(jsonl)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [("a1", "sense judge", "game or firms"),
                                                  ("a2", "keep gate", "unreal mood")]
    assert rows[0][4] == "Microsoft launched an attack on Google's search business."
