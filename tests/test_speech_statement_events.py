"""Events stated through speech (extract/statements.py): a named speaker's reported demand,
refusal, accusation or threat aimed at another named actor. Sentences written for newsgraph."""
import pytest

from named_events import event_sides, named_sides


@pytest.mark.parametrize(("text", "event_type", "speaker", "other"), [
    # a demand: the speaker asks another actor to act
    ("Senator Elizabeth Warren said Amazon should pay more tax.", "REQUEST", "warren", "amazon"),
    ("Britain said the Chinese government must release the journalists.", "REQUEST", "kingdom", "chinese"),
    ("The UAW insisted that Ford pay its workers the agreed bonus.", "REQUEST", "uaw", "ford"),
    ("Senator Bernie Sanders said Amazon needs to pay its workers more.", "REQUEST", "sanders", "amazon"),
    ("Gordon Brown said America needed to take more action against corruption.", "REQUEST", "brown", "united"),
    ("\"Russia has to pay for the damage,\" Zelensky said.", "REQUEST", "zelensky", "russia"),
    ("The Labour Party called for Boris Johnson to resign.", "REQUEST", "labour", "johnson"),
    # said outside the quotation, in the sentence or the one before
    ("\"Russia must withdraw its troops from the border,\" the German foreign minister Annalena Baerbock said.",
     "REQUEST", "baerbock", "russia"),
    ("Annalena Baerbock spoke in Berlin. \"Moscow has broken every promise it made,\" she said. "
     "\"The Kremlin needs to stop the war.\"", "REQUEST", "baerbock", "russian"),
    # a refusal: of an offer, of a proposal judged unacceptable, of claims dismissed
    ("Microsoft said it would not accept Google's offer.", "REJECT", "microsoft", "google"),
    ("Hamas said the Israeli plan was unacceptable.", "REJECT", "hamas", "israel"),
    ("Hamas dismissed Israel's claims as lies.", "REJECT", "hamas", "israel"),
    ("Germany said it had no intention of paying the fine imposed by the European Commission.",
     "REJECT", "germany", "commission"),
    # an accusation: wrongdoing said of another actor
    ("Boeing said Airbus had violated the trade rules.", "ACCUSE", "boeing", "airbus"),
    ("Ukraine said Russia had broken the ceasefire agreement.", "ACCUSE", "ukraine", "russia"),
    ("The Pakistani government said India was responsible for the bombing.", "ACCUSE", "pakistani", "india"),
    ("Pakistan said India was behind the bombing in Lahore.", "ACCUSE", "pakistan", "india"),
    ("Germany said Russia was to blame for the collapse of the talks.", "ACCUSE", "germany", "russia"),
    ("Amnesty International said Egypt had failed to investigate the killings.", "ACCUSE", "amnesty", "egypt"),
    ("John Redwood said Tony Blair had forgotten the taxpayers and had broken the pledges he made.",
     "ACCUSE", "redwood", "blair"),
    # a refusal of claims or orders made by another actor
    ("Goldman Sachs denied the allegations made by the SEC.", "REJECT", "goldman", "sec"),
    ("Hamas rejected the demands of the Israeli government.", "REJECT", "hamas", "israeli"),
    ("The Three Gorges company ignored the Chinese government's order to stop construction.",
     "REJECT", "gorges", "chinese"),
    # a threat: what the other side will face
    ("Washington said Tehran would face consequences if it enriched more uranium.",
     "THREATEN", "united", "iranian"),
    ("The European Commission said Google would face legal action if it did not change its practices.",
     "THREATEN", "commission", "google"),
])
def test_statement_is_an_event_between_speaker_and_other(text, event_type, speaker, other, analyse_text):
    sides = event_sides(analyse_text(text), event_type)
    assert any(speaker in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Rooney said he should have scored in the first half.", "REQUEST"),          # regret, not a demand
    ("Chelsea manager Jose Mourinho said Arsenal should have won the match.", "REQUEST"),
    ("Goldman Sachs said Apple should benefit from the deal.", "REQUEST"),       # a forecast
    ("Hamas said the Israeli economy must grow faster.", "REQUEST"),             # the economy is no actor
    ("Labour said Gordon Brown should not be blamed for the crisis.", "REQUEST"),  # asks others, not Brown
    ("Coach Rob Mills said Chelsea must be worried about their form.", "REQUEST"),  # a guess
    ("Senator Elizabeth Warren said farmers should plant earlier.", "REQUEST"),  # nobody named
    ("Microsoft said it would expand its cloud business in India.", "REJECT"),   # the speaker's own plans
    ("Apple said Samsung has yet to respond to the lawsuit.", "REQUEST"),         # a fact, not a demand
    ("The EU said Microsoft had to pay the fine last year.", "REQUEST"),          # past, not a demand
    ("Boeing said Airbus had not violated the trade rules.", "ACCUSE"),          # cleared, not accused
    ("Ford said Microsoft was responsible for the growth in sales.", "ACCUSE"),  # credit, not blame
    ("Ford said Chrysler failed to win the contract.", "ACCUSE"),               # no duty failed
    ("Microsoft denied the claims.", "REJECT"),
    ("The coach called for his players to stay calm.", "REQUEST"),              # nobody named                                  # nobody made them
    ("Reuters said Russia had broken the ceasefire agreement.", "ACCUSE"),      # a newspaper reports
])
def test_statement_that_is_no_event(text, event_type, analyse_text):
    assert not named_sides(analyse_text(text), event_type), text


def test_statement_claimant_and_certainty(analyse_text):
    """An accusation stated with "said" is the speaker's claim, as reported; a demand stated with
    a modal is made, not merely possible."""
    analysis = analyse_text("Boeing said Airbus had violated the trade rules.")
    accusations = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusations and all(e.certainty == "reported" and not e.negated for e in accusations)
    assert all(e.source is not None and e.source.entity == e.subject for e in accusations)
    demands = [e for e in analyse_text("Iran said Washington must lift all sanctions.").events
               if e.type == "REQUEST"]
    assert demands and all(e.certainty != "possible" for e in demands)


def test_one_demand_per_coordinated_statement(analyse_text):
    """"should stick to his guns and not apologise" is one demand on the same actor, not two."""
    analysis = analyse_text("Ken Livingstone should keep his job and not apologise for his remarks, "
                            "Tory MP Boris Johnson has insisted.")
    demands = [e for e in analysis.events if e.type == "REQUEST"]
    assert len(demands) == 1, [(e.trigger, e.object) for e in demands]


def test_pronoun_in_a_call_is_no_named_actor(analyse_text):
    """"called for him to go": whom "him" means is a guess; the demand needs the actor named."""
    text = "Prince Harry apologised, but the Simon Wiesenthal Center has called for him to visit Auschwitz."
    assert not [e for e in analyse_text(text).events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    # "should" put before its subject makes a condition: no one is asked to act
    "The director Gary Ross said he could make other films should Paramount refuse to pay him.",
    "The minister Hilary Benn said sanctions would follow should Sudan refuse to disarm the militias.",
])
def test_a_condition_told_by_inversion_is_no_demand(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "REQUEST"]


def test_should_in_its_place_still_demands(analyse_text):
    assert ("hilary benn", "sudan") in named_sides(analyse_text(
        "The minister Hilary Benn said Sudan should disarm the militias."), "REQUEST", lower=True)
