"""The committed precision audit agrees with itself: one act is not judged both an event and no event,
and the file's head keeps the conventions auditors judge sport and entertainment events by."""
from __future__ import annotations

from collections import defaultdict

from newsgraph.evaluation import audit


def contradictions(judgements: dict[str, dict]) -> list[str]:
    """Acts (document, sentence, type, named subject) judged right for one object and 'not an event' for
    another: whether something happened does not depend on which side was resolved as its object."""
    verdicts = defaultdict(set)
    for identity, entry in judgements.items():
        document, sentence, type_, subject, _ = identity.split("|")
        if subject != "-":
            verdicts[(document, sentence, type_, subject)].add(
                "right" if entry["verdict"] == "right" else entry.get("reason"))
    return [" ".join(act) for act, seen in verdicts.items() if {"right", "not an event"} <= seen]


def test_one_act_is_not_judged_both_an_event_and_none():
    assert contradictions(audit.load_judgements(audit.DEFAULT_FILE)) == []


def test_a_contradiction_is_found():
    judged = {"doc_a|s1|ACCUSE|FA|Liverpool": {"verdict": "wrong", "reason": "not an event"},
              "doc_a|s1|ACCUSE|FA|Millwall": {"verdict": "right"},
              "doc_a|s2|ACCUSE|-|Millwall": {"verdict": "right"},
              "doc_a|s2|ACCUSE|-|Liverpool": {"verdict": "wrong", "reason": "not an event"}}
    assert contradictions(judged) == ["doc_a s1 ACCUSE FA"]


def test_the_head_of_the_file_keeps_the_sport_conventions():
    head = audit.DEFAULT_FILE.read_text(encoding="utf-8").split("\n- id:", 1)[0]
    assert "# Sport and entertainment conventions" in head
    for kind in ("play is never an event", "recruiting and transfer talks", "discipline by a sport's own bodies",
                 "team talk and advice", "a body declining to act"):
        assert kind in head
