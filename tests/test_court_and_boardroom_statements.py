"""Court and boardroom acts stated in words (extract/statements.py): verdicts, penalties a court
orders paid, refusals of what another actor offered or claimed. Sentences written for newsgraph."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    # a verdict against the one found guilty or liable, with or without the court named
    ("A Moscow court found Evan Gershkovich guilty of espionage.", "SANCTION", "moscow", "gershkovich"),
    ("Alex Jones was found liable for defaming the families.", "SANCTION", None, "jones"),
    # a penalty a court or regulator orders paid
    ("The Dutch regulator ordered Apple to pay a fine over its dating apps.", "SANCTION", "regulator", "apple"),
    ("Google was ordered to pay damages to the price comparison site.", "SANCTION", None, "google"),
    # a refusal aimed at whoever made the offer or the claim ("from", "by"), also phrasal
    ("Warner Bros rejected a merger offer from Paramount.", "REJECT", "warner", "paramount"),
    ("Hungary turned down a proposal from the European Commission on migrant quotas.", "REJECT", "hungary",
     "commission"),
    ("Moscow brushed aside the demands of the European Union.", "REJECT", "russian", "union"),
    # refused in the passive, by the agent; a phrasal refusal of a claim; claims appealed against
    ("A Chinese demand for compensation was rejected by Lithuania in May.", "REJECT", "lithuania", "china"),
    ("Kenya's Supreme Court threw out Raila Odinga's petition against the election result.", "REJECT",
     "supreme", "odinga"),
    ("Apple is appealing against the ruling of the European Commission on its taxes.", "REJECT", "apple",
     "commission"),
    # charges, criticism or sanctions an actor faces, from whoever brings them
    ("Volkswagen faced fresh charges from German prosecutors over the emissions scandal.", "ACCUSE", "prosecutors",
     "volkswagen"),
    ("Iran faces new sanctions from the European Union.", "SANCTION", "union", "iran"),
    # an accusation denied, its maker unnamed
    ("The Kremlin has denied any involvement in the poisoning.", "REJECT", "russian", None),
    ("Beijing denied that its coast guard had rammed the Philippine boat.", "REJECT", "chinese", None),
    # wrongdoing said of another actor
    ("The Kenyan government said Safaricom had misappropriated donor funds.", "ACCUSE", "kenyan", "safaricom"),
    ("Human Rights Watch said Egypt had unlawfully detained the journalists.", "ACCUSE", "watch", "egypt"),
])
def test_court_and_business_acts(text, event_type, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), event_type)
    assert any((subject is None or subject in s) and (other in o if other else not o) for s, o in sides), \
        (text, sides)


@pytest.mark.parametrize("text", [
    "A jury found Donald Trump not guilty of the charges.",              # acquitted: no sanction
    "The panel found the striker's account credible.",                    # a finding, no verdict
    "The bank ordered its staff to pay attention to the new rules.",      # no penalty paid
])
def test_no_sanction_without_a_verdict_or_penalty(text, analyse_text):
    assert event_sides(analyse_text(text), "SANCTION") == [], text


@pytest.mark.parametrize("text", [
    "Microsoft declined to comment on the claims.",                 # no refusal of anything asked
])
def test_no_refusal_without_a_claim_refused(text, analyse_text):
    assert event_sides(analyse_text(text), "REJECT") == [], text


@pytest.mark.parametrize("text", [
    "Google could face a fine from the European Commission.",         # a prospect, not a fine
    "Chelsea faced Arsenal at the Emirates on Sunday.",               # a match, no charges
])
def test_nothing_faced_but_a_prospect_or_a_rival(text, analyse_text):
    assert event_sides(analyse_text(text), "SANCTION") == [] and event_sides(analyse_text(text), "ACCUSE") == [], text
