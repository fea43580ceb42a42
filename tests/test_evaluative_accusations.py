"""Evaluative statements as accusations (extract/evaluative.py): a speaker who calls a thing or an
actor by a condemnatory word accuses whoever the sentence names behind it."""
from __future__ import annotations

import pytest

from newsgraph.extract import analyse
from newsgraph.model import Document


def accusations(text, nlp, gazetteer):
    doc = nlp(text)
    analysis = analyse(Document(source="evaluative-test", text=text), doc, gazetteer)
    return [(e.trigger, e.subject, e.object) for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "trigger", "accuser", "accused"), [
    # naming verbs: "called X a Y", "described X as Y", "dubbed X Y"
    ("Iran dubbed the American sanctions economic terrorism.", "terrorism", "gaz:IRN", "gaz:USA"),
    ("The Ukrainian president called Putin a war criminal.", "criminal", "office:UKR:head_of_state", "gaz:PUTIN"),
    ("Amnesty International described the ruling as unjust.", "unjust", "gaz:AMNESTY", None),
    # reported copular clauses: "said X was a Y", "said X was rigged"
    ("Hamas said Israel's blockade of Gaza was a crime against humanity.", "crime", "gaz:HAMAS", "gaz:ISR"),
    ("The EU said the Russian referendums were illegal.", "illegal", "gaz:EU", "gaz:RUS"),
    ("Kenya's opposition leader said the election was rigged.", "rigged", "gaz:KEN", None),
    # the speaker as the agent of a passive: "is seen by X as Y"
    ("The charges are seen by Amnesty International as politically motivated.", "motivated", "gaz:AMNESTY", None),
    ('"This is a crime against humanity," the Iranian foreign minister said.', "crime",
     "office:IRN:foreign_minister", None),
    # a pronoun stands for the thing condemned, not for an actor behind it
    ("The bombing drew condemnation, with the EU calling it completely unacceptable.", "unacceptable", "gaz:EU",
     None),
])
def test_a_condemnatory_predicate_accuses(text, trigger, accuser, accused, nlp, gazetteer):
    assert (trigger, accuser, accused) in accusations(text, nlp, gazetteer)


def test_an_accusation_called_baseless_is_rejected(nlp, gazetteer):
    text = "The Kremlin said the American accusations were baseless."
    doc = nlp(text)
    analysis = analyse(Document(source="evaluative-test", text=text), doc, gazetteer)
    assert ("REJECT", "baseless", "gaz:RUS-GOV", "gaz:USA") in [
        (e.type, e.trigger, e.subject, e.object) for e in analysis.events]
    # a dismissive word about what is no accusation is no rejection: "said the report was false"
    assert accusations("Russia's defence ministry said the UN report was false.", nlp, gazetteer) == []


@pytest.mark.parametrize("text", [
    "The minister said the report was not a whitewash.",          # negated
    "The Venezuelan opposition would call any such vote a sham.",  # hypothetical
    "Analysts said the merger was a bad deal for shareholders.",   # judgement of quality, not condemnation
    "Iran called the Saudi foreign minister on Sunday.",            # a phone call names nothing
    "The British government said it was illegal to enter the zone without a permit.",   # a rule stated
])
def test_no_accusation_without_a_condemnation_stated(text, nlp, gazetteer):
    assert accusations(text, nlp, gazetteer) == []


def test_a_predicate_hung_on_the_thing_named_is_still_its_predicate(events_named):
    # "as" parsed under the object, an adjective after the object parsed as its modifier
    found = events_named("Human Rights Watch described Israel's decision as unlawful.")
    assert ("ACCUSE", "Human Rights Watch", "Israel") in found
    found = events_named("Greenpeace called Shell's plans irresponsible.")
    assert any(e[0] == "ACCUSE" and e[1] == "Greenpeace" for e in found)


def test_a_word_of_praise_after_the_thing_named_accuses_nobody(events_named):
    found = events_named("Jose Mourinho described Chelsea's performance as brilliant.")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_calling_a_person_a_predator_or_a_coward_accuses_them(events_named):
    found = events_named("The prosecutor called Dwayne Miller a predator.")
    assert any(e[0] == "ACCUSE" and e[2] == "Dwayne Miller" for e in found), found
    found = events_named("The judge called Dwayne Miller a talented musician.")
    assert not [e for e in found if e[0] == "ACCUSE"]


# acts and actors faulted by an evaluation (test_criticism_and_doubt checks every listed word has one here or there)
EVALUATED = [
    # faulting words said of an act or of an actor (evaluative.yaml faulting_predicates)
    ("Charles Kennedy said the Home Office's approach was authoritarian.", "authoritarian"),
    ("Amnesty International said the Egyptian crackdown was heavy-handed.", "handed"),
    ("The Liberal Democrats said the Home Office was high-handed.", "handed"),
    ("Oxfam said the Italian government's cuts were callous.", "callous"),
    ("Shelter said Labour's eviction policy was heartless.", "heartless"),
    ("Unions said the Treasury's pension reform was cruel.", "cruel"),
    ("Human Rights Watch said the Egyptian government's ban was arbitrary.", "arbitrary"),
    ("Greenpeace said Shell's strategy was unethical.", "unethical"),
    ("The SNP said Labour's immigration policy was divisive.", "divisive"),
    ("Farmers said the European Commission's decision was short-sighted.", "sighted"),
    ("Teachers said the Department for Education's reform was ill-conceived.", "conceived"),
    ("The Tories said Labour's decision was ill-judged.", "judged"),
    ("The Liberal Democrats said the Treasury's plan was ill-advised.", "advised"),
    ("Michael Ancram said Jack Straw was naive.", "naive"),
    ("The Conservative Party said the Home Office had been deceitful.", "deceitful"),
    ("Investors said Enron had been careless with their savings.", "careless"),
    ("Consumer groups said the Financial Services Authority was lax.", "lax"),
    ("The SNP said the Treasury was clueless.", "clueless"),
    ("The Liberal Democrats said the Conservative Party's response was spineless.", "spineless"),
    ("Labour called the Conservative plan a cynical gimmick.", "gimmick"),
    ("Labour said the Conservative Party's proposal was a stunt.", "stunt"),
    ("The Tories said Labour's budget was a smokescreen.", "smokescreen"),
    # set phrases of fault (faulting_idioms)
    ("Nurses said Gordon Brown's budget was a kick in the teeth.", "kick"),
    ("Unions said Ryanair's decision was a slap in the face for its staff.", "slap"),
    ("Labour MPs said the Treasury's reform was a stab in the back.", "stab"),
    ("The Tories said Labour's tax plans were a recipe for disaster.", "recipe"),
    ("The Liberal Democrats said the Home Office's plan was a recipe for chaos.", "recipe"),
    ("Kenya's opposition said President Kibaki's decree was a power grab.", "grab"),
    ("Zimbabwe's farmers said Robert Mugabe's law was a land grab.", "grab"),
    ("The Tories said Gordon Brown's budget was a tax grab.", "grab"),
    # an act called an attack on others (assailing_nouns) or a harm to a public good (value_harming_nouns,
    # public_values)
    ("The Liberal Democrats called the Home Office's plan an attack on civil liberties.", "attack"),
    ("Human Rights Watch said Egypt's new law was an assault on free speech.", "assault"),
    ("Unions said the Treasury's budget was an onslaught on the poor.", "onslaught"),
    ("Amnesty International said Egypt's ban was a blow to democracy.", "blow"),
    ("Human Rights Watch said Russia's law was a threat to freedom.", "threat"),
    ("Amnesty International said Russia's decision was a danger to the freedoms of its citizens.", "danger"),
    ("Amnesty International said Egypt's ban was a setback to liberty.", "setback"),
    ("Human Rights Watch said Egypt's new law was a blow to human rights.", "blow"),
    ("Amnesty International said Egypt's decision was a blow to justice.", "blow"),
    ("Amnesty International said the Home Office's plan was a threat to privacy.", "threat"),
    ("Iraqi leaders said the American decision was a blow to Iraqi sovereignty.", "blow"),
    ("Judges said the Polish government's reform was a threat to the independence of the courts.", "threat"),
    ("Moscow said Washington's decision was a threat to peace.", "threat"),
    ("The EU said Poland's judicial reform was a threat to the rule of law.", "threat"),
    # an order a ruler issues is an act its maker answers for (judged_acts)
    ("Kenya's opposition said President Kibaki's decree was unconstitutional.", "unconstitutional"),
]


@pytest.mark.parametrize(("text", "trigger"), EVALUATED)
def test_an_act_faulted_by_an_evaluation_accuses_its_maker(text, trigger, nlp, gazetteer):
    found = [(s, o) for t, s, o in accusations(text, nlp, gazetteer) if t == trigger]
    assert any(s and o for s, o in found), accusations(text, nlp, gazetteer)


@pytest.mark.parametrize("text", [
    "Analysts said the court's ruling was a blow to Microsoft.",              # a setback told, not a fault
    "The minister said the plan was a recipe for success.",                  # no set phrase of fault
    "The minister said the new law was not an attack on free speech.",       # denied
    "Any such move would be an attack on democracy, the minister said.",     # supposed
    "The coach said the defeat was a kick in the teeth.",                    # no act of a maker
    "Jose Mourinho said Chelsea's decision was a boost to the club.",         # praise
])
def test_no_accusation_from_a_harm_not_said_of_an_act(text, nlp, gazetteer):
    assert accusations(text, nlp, gazetteer) == []
