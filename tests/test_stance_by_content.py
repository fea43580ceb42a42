"""Reported statements coded by the class of their content (extract/stance.py): praise of another
actor (SUPPORT), deceit said with a particle and inaction faulted (ACCUSE); the speaker is the
subject, the actor the content is about the object. Sentences written for newsgraph."""
import pytest

from named_events import event_sides


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
    sides = event_sides(analyse_text(text), event_type)
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Norway said the Colombian government would be right to resume the talks.", "SUPPORT"),  # supposed
    ("Germany said Hungary had done a lot to stop the smuggling of migrants.", "ACCUSE"),       # no inaction
    ("Pakistan said India had done enough to protect the pilgrims.", "ACCUSE"),                 # enough done
    ("NATO said Turkey had not acted responsibly during the crisis.", "SUPPORT"),               # negated praise
    ("Analysts said Toyota had taken a bold step into electric trucks.", "SUPPORT"),            # no named speaker
    ("The manager said his players had taken a big step towards the title.", "SUPPORT"),        # sport, no actor
    ("The ministry said the forecast was right.", "SUPPORT"),                                   # a thing, no actor
    ("Russia is not right or left but ours, Putin told the crowd in Moscow.", "SUPPORT"),      # sides, not praise
    ("Japan said the storm had covered the coast with debris.", "ACCUSE"),                      # no particle of deceit
])
def test_no_stance_without_its_class(text, event_type, analyse_text):
    assert event_sides(analyse_text(text), event_type) == [], text


@pytest.mark.parametrize(("text", "other"), [
    # giving way refused to another actor's demands or acts
    ("The Chinese government said it would not yield to the demands of the United States.", "states"),
    ("Hamas said it would not tolerate Israel's raids on the mosque.", "israel"),
])
def test_refusal_to_give_way_to_another_actor(text, other, analyse_text):
    assert any(other in o for _, o in event_sides(analyse_text(text), "REJECT")), text


@pytest.mark.parametrize(("text", "event_type", "trigger", "stands"), [
    # a lone statement stands when it names the claim refused, the act demanded or the wrong doubted
    ("The senator demanded assurances that the prisoners were safe.", "REQUEST", "demanded", True),
    ("The lawyer vowed to resist the charges.", "REJECT", "resist", True),
    ("The lawyer raised questions about whether the money was stolen.", "ACCUSE", "questions", True),
    # not what it names: a product asked for, a meal refused
    ("The senator demanded a coffee.", "REQUEST", "demanded", False),
    ("The lawyer refused the dessert.", "REJECT", "refused", False),
])
def test_lone_statement_names_what_it_does(text, event_type, trigger, stands, nlp):
    from newsgraph.extract.frames import Candidate
    from newsgraph.extract.sense_cooperative import acted_on, stated
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    c = Candidate(event_type, verb, "PERSON:x", None, doc[1], None, None, verb)
    assert stated(c, acted_on(c)) is stands, text


@pytest.mark.parametrize(("text", "faulted"), [
    # a wrong in the passive: its "by" agent is the one faulted
    ("Oxfam said the aid had been misused by the Ethiopian government.", "ethiopian"),
    ("Greenpeace said the oil spill had been covered up by Chevron.", "chevron"),
])
def test_wrong_done_by_an_agent(text, faulted, analyse_text):
    assert any(faulted in o for _, o in event_sides(analyse_text(text), "ACCUSE")), text


@pytest.mark.parametrize("text", [
    "Oxfam said the aid had not been misused by the Ethiopian government.",   # cleared
    "Police said the car had been stolen by two men.",                       # nobody named, a crime report
])
def test_no_wrong_by_an_agent_cleared_or_unnamed(text, analyse_text):
    assert event_sides(analyse_text(text), "ACCUSE") == [], text


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    ("Merkel said Macron was a trusted ally.", "SUPPORT", "merkel", "macron"),                      # a person of merit
    ("Kennedy said Mr Blair had lost the trust of the British people.", "ACCUSE", "kennedy", "blair"),  # standing lost
    ("The Bundesbank said the European Central Bank had held interest rates too high.", "ACCUSE", "bundesbank",
     "central"),                                                                                   # done to excess
    ("Peston says Mr Blair went back on a pledge to make way for Mr Brown.", "ACCUSE", "peston", "blair"),  # reneged
])
def test_more_classes_of_content(text, event_type, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), event_type)
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Germany said Britain was too weak to lead the talks.", "ACCUSE"),          # "too ... to": no excess done
    ("Merkel said Macron was a trusted bank.", "SUPPORT"),                         # no person called so
    ("Kennedy said Mr Blair had lost the keys to his office.", "ACCUSE"),          # no standing lost
    ("Peston says Mr Blair went back to the office after lunch.", "ACCUSE"),       # no commitment
])
def test_no_more_classes_without_their_words(text, event_type, analyse_text):
    assert event_sides(analyse_text(text), event_type) == [], text
