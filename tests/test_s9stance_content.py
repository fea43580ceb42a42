"""Reported statements coded by the class of their content (extract/stance.py): praise of another
actor (SUPPORT), deceit said with a particle and inaction faulted (ACCUSE); the speaker is the
subject, the actor the content is about the object. Sentences written for newsgraph."""
import pytest


def _sides(analysis, event_type):
    """Each event of the type as (words of the subject's name, words of the object's name)."""
    names = analysis.entities
    return [(set(names[e.subject].name.lower().split()) if e.subject else set(),
             set(names[e.object].name.lower().split()) if e.object else set())
            for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    # praise: an act approved, a stance judged right, conduct commended, credit deserved
    ("The International Monetary Fund said Ghana had taken a bold step by cutting fuel subsidies.", "SUPPORT",
     "monetary", "ghana"),
    ("Norway said the Colombian government was right to resume the peace talks.", "SUPPORT", "norway",
     "colombian"),
    ("The European Union said Georgia had made the right decision on the election law.", "SUPPORT", "european",
     "georgia"),
    ("NATO said Turkey had acted responsibly during the crisis.", "SUPPORT", "nato", "turkey"),
    ("The White House said Mexico deserved credit for the arrests.", "SUPPORT", "states", "mexico"),
    # deceit said with a particle
    ("Amnesty International said the Egyptian government had covered up the deaths in custody.", "ACCUSE",
     "amnesty", "egyptian"),
    # inaction faulted: nothing, too little or not enough done to meet a duty
    ("Germany said Hungary had done nothing to stop the smuggling of migrants.", "ACCUSE", "germany", "hungary"),
    ("Pakistan said India had not done enough to protect the pilgrims.", "ACCUSE", "pakistan", "india"),
])
def test_statement_coded_by_its_content(text, event_type, subject, other, analyse_text):
    sides = _sides(analyse_text(text), event_type)
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Norway said the Colombian government would be right to resume the talks.", "SUPPORT"),  # supposed
    ("Germany said Hungary had done a lot to stop the smuggling of migrants.", "ACCUSE"),       # no inaction
    ("Pakistan said India had done enough to protect the pilgrims.", "ACCUSE"),                 # enough done
    ("NATO said Turkey had not acted responsibly during the crisis.", "SUPPORT"),               # negated praise
    ("Analysts said Toyota had taken a bold step into electric trucks.", "SUPPORT"),            # no named speaker
    ("The manager said his players had taken a big step towards the title.", "SUPPORT"),        # sport, no actor
    ("The ministry said the forecast was right.", "SUPPORT"),                                   # a thing, no actor
    ("Japan said the storm had covered the coast with debris.", "ACCUSE"),                      # no particle of deceit
])
def test_no_stance_without_its_class(text, event_type, analyse_text):
    assert _sides(analyse_text(text), event_type) == [], text
