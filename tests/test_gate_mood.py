"""The gate's mood rule (extract/mood.py, gate.unreal_mood): an act a modal states as unreal (a
counterfactual, a conditional "would") is no event; a reported intention, a threat, an inferred past
act and an option ("could appeal": certainty possible; the held-back rule `option` would drop it) stay.
Sentences of our own; each dropped event is checked to be made by the extractor without the rule."""
from __future__ import annotations

import pytest

from handbuilt import build
from named_events import type_triggers
from newsgraph.extract import gate, mood


@pytest.fixture()
def without_mood(analyse_without):
    return lambda text: analyse_without(text, (gate, "RULES", tuple(r for r in gate.RULES if r[0] != "unreal mood")))


@pytest.mark.parametrize("text, event", [
    # a counterfactual: it did not happen
    ("The guards could have shot the prisoners, the inquiry found.", ("ASSAULT", "shot")),
    ("Had the police arrested the gunman, the children would be alive, the mayor said.", ("COERCE", "arrested")),
    # a conditional: in a quotation nothing is shifted back, and under a present tense neither
    ('The minister said: "Germany would impose sanctions on Iran."', ("SANCTION", "sanctions")),
    ('"Britain would send troops to help the Iraqi government," the minister said.', ("AID", "help")),
    ("Senator Kerr says he would meet President Putin.", ("CONSULT", "meet")),
])
def test_unreal_acts_are_dropped(text, event, analyse_text, without_mood):
    assert event in type_triggers(without_mood(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # "would" under a past verb of saying: a reported intention, news of a decision
    ("Israel said it would free 200 Palestinian prisoners.", ("RETREAT", "free")),
    ("The minister said he had made clear Canada would welcome skilled migrants.", ("SUPPORT", "welcome")),
    # an adverbial "would" under a past verb tells the past: a refusal
    ("The crowd started throwing stones when the police would not release the student.", ("RETREAT", "release")),
    # a conjunct verb of saying in the past shifts its clause back too: the refusal stands (as the REJECT on the
    # telling verb, which takes the place of a negated CONCEDE: refused_concessions)
    ("Cyprus is an EU member, but Ankara had insisted it would not bow to demands to recognise it.",
     ("REJECT", "insisted")),
    # an option is kept as possible (PLOVER's hypothetical mode)
    ("Lawyers for the oil firm could appeal against the ruling.", ("REJECT", "appeal")),
    # "may have" infers a past act
    ("Police believe the gunman may have shot two guards before fleeing.", ("ASSAULT", "shot")),
])
def test_reported_intentions_threats_and_inferences_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


# "He says he would meet the envoy ." (hand-built parse): "would" under a present tense is conditional
SAYS = """
He he PRON PRP 1 nsubj
says say VERB VBZ 1 ROOT
he he PRON PRP 4 nsubj
would would AUX MD 4 aux
meet meet VERB VB 1 ccomp
the the DET DT 6 det
envoy envoy NOUN NN 4 dobj
. . PUNCT . 1 punct
"""


def test_would_is_shifted_back_only_under_a_past_tense():
    doc = build(SAYS)
    assert mood.unreal(doc[4], quoted=False) == "conditional"
    said = build(SAYS.replace("says say VERB VBZ", "said say VERB VBD"))
    assert mood.unreal(said[4], quoted=False) is None
    assert mood.unreal(said[4], quoted=True) == "conditional"


def test_a_noun_trigger_takes_the_modal_of_its_verb():
    # "They might pay a visit ." : the visit is a possibility
    doc = build("""
They they PRON PRP 2 nsubj
might might AUX MD 2 aux
pay pay VERB VB 2 ROOT
a a DET DT 4 det
visit visit NOUN NN 2 dobj
. . PUNCT . 2 punct
""")
    assert mood.unreal(doc[4], quoted=False) == "possibility"
    assert mood.unreal(doc[2], quoted=False) == "possibility"


def test_the_rule_spares_threats_foreseen_violence_and_options():
    base = gate.Shape(type="ASSAULT", certainty="possible", subject="GPE", object="GPE", trigger_dep="ROOT",
                      located=False, hurt=False, object_people=False, placed_in_sentence=False, gives_aid=False,
                      mood="conditional")
    assert gate.ruling(base) == "keep"      # violence foreseen stays violence: "a war would kill thousands"
    assert gate.ruling(gate.Shape(**{**_fields(base), "mood": "counterfactual"})) == "unreal mood"
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "AID", "negated": True})) == "unreal mood"
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "THREATEN"})) == "keep"     # "would strike", warned
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "LEADERSHIP"})) == "keep"   # "the minister would"
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "LEADERSHIP", "mood": "counterfactual"})) \
        == "unreal mood"                                                                    # "would have been"
    could = gate.Shape(**{**_fields(base), "type": "REJECT", "mood": "possibility"})
    assert gate.ruling(could) == "keep" and gate.option(could)            # "could appeal": held back
    assert not gate.option(gate.Shape(**{**_fields(could), "negated": True}))     # "could not reach them"
    assert not gate.option(gate.Shape(**{**_fields(could), "type": "ASSAULT"}))   # "attacks could follow"


def _fields(shape) -> dict:
    return {name: getattr(shape, name) for name in shape.__dataclass_fields__}


def test_would_like_is_a_wish_now_not_a_condition():
    # "The council would like to thank the volunteers ." (hand-built parse)
    doc = build("""
The the DET DT 1 det
council council NOUN NN 3 nsubj
would would AUX MD 3 aux
like like VERB VB 3 ROOT
to to PART TO 5 aux
thank thank VERB VB 3 xcomp
the the DET DT 7 det
volunteers volunteer NOUN NNS 5 dobj
. . PUNCT . 3 punct
""")
    assert mood.unreal(doc[5], quoted=False) is None


def test_a_condition_told_by_inversion():
    # "He would quit should the board refuse ." (hand-built parse): no "if", the auxiliary first
    doc = build("""
He he PRON PRP 2 nsubj
would would AUX MD 2 aux
quit quit VERB VB 2 ROOT
should should AUX MD 6 aux
the the DET DT 5 det
board board NOUN NN 6 nsubj
refuse refuse VERB VB 2 advcl
. . PUNCT . 2 punct
""")
    assert mood.inverted_condition(doc[6]) == "should" and mood.inverted_condition(doc[3]) == "should"
    assert mood.unreal(doc[6], quoted=False) == "conditional"
    assert mood.inverted_condition(doc[2]) is None


@pytest.fixture()
def without_any_doer(analyse_without):
    return lambda text: analyse_without(
        text, (gate, "RULES", tuple(r for r in gate.RULES if r[0] != "hypothetical doer")))


@pytest.mark.parametrize("text, event", [
    # a modal act of any one of a kind: a hypothetical or generic doer, no act of a particular actor
    ("Mr Kane said a Labour government would allow Scotland to hold a second referendum.", ("CONCEDE", "allow")),
    ("Mr Kane said a Labour government would meet the unions.", ("CONSULT", "meet")),
])
def test_acts_of_any_one_of_a_kind_are_dropped(text, event, analyse_text, without_any_doer):
    assert event in type_triggers(without_any_doer(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    ("A Chinese delegation will meet the Brazilian president in Brasilia.", ("CONSULT", "meet")),  # a plan
    ("Mr Kane said the Labour government would meet the unions.", ("CONSULT", "meet")),
    ("Nigeria could appeal against the ruling.", ("REJECT", "appeal")),  # a named actor's option
])
def test_named_and_scheduled_doers_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


def test_the_doer_rule_spares_threats_and_violence():
    base = gate.Shape(type="REJECT", certainty="possible", subject="ORG", object="-", trigger_dep="ROOT",
                      located=False, hurt=False, object_people=False, placed_in_sentence=False, gives_aid=False,
                      any_doer=True)
    assert gate.ruling(base) == "hypothetical doer"
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "THREATEN"})) == "keep"   # "a strike could follow"
    assert gate.ruling(gate.Shape(**{**_fields(base), "type": "ASSAULT"})) == "keep"    # "a bomber could kill"
