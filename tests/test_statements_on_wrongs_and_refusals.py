"""Statements coded by what they say another actor did (extract/stance.py, extract/statements.py):
fault as the mirror of praise, wrongs done, priorities misplaced, acts aimed at a wrong (ACCUSE);
reports or claims called biased, rulings denying a party a power, pleas of innocence (REJECT). The speaker is the subject, the actor the content is about
the object. Sentences written for newsgraph."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    # fault, the mirror of praise: conduct, an act taken, a duty met late
    ("NATO said Russia had acted recklessly in the Baltic Sea.", "ACCUSE", "nato", "russia"),
    ("The European Union said Georgia had taken a backward step with the new law.", "ACCUSE", "european",
     "georgia"),
    ("Germany said Hungary had taken a step backwards on media freedom.", "ACCUSE", "germany", "hungary"),
    ("Amnesty International said the Ethiopian government had been slow to investigate the killings.", "ACCUSE",
     "amnesty", "ethiopian"),
    # wrongs done: committed, engaged in, taken part in, involved in, a threat posed, powers overstepped
    ("Human Rights Watch said the Ethiopian army had committed war crimes in Tigray.", "ACCUSE", "watch",
     "ethiopian"),
    ("Washington said Shell had engaged in bribery in Nigeria.", "ACCUSE", "states", "shell"),
    ("Turkey said the PKK had taken part in the coup attempt.", "ACCUSE", "turkey", "kurdistan"),
    ("Israel said Iran was involved in the bombing in Buenos Aires.", "ACCUSE", "israel", "iran"),
    ("Israel said Iran posed a threat to the whole region.", "ACCUSE", "israel", "iran"),
    ("The Senate said the Pentagon had overstepped its authority.", "ACCUSE", "senate", "defense"),
    ("Amnesty International said Nigeria had turned a blind eye to the abuses.", "ACCUSE", "amnesty", "nigeria"),
    # "had broken promises" parsed as "had" and a noun its participle modifies
    ("Michael Howard said Labour had broken promises by raising taxes.", "ACCUSE", "howard", "labour"),
    # what is owed put second
    ("Human Rights Watch said the European Union was putting commerce above human rights.", "ACCUSE", "watch",
     "european"),
    # an act said to aim at a wrong: its maker is faulted
    ("Kenya said the move by Somalia was an attempt to undermine its sovereignty.", "ACCUSE", "kenya", "somalia"),
    ("Finland said the Russian plan was designed to intimidate its neighbours.", "ACCUSE", "finland", "russia"),
    ("The United States said Russia had derailed the talks in Geneva.", "ACCUSE", "states", "russia"),
    ("Clare Short said the effect of the American coalition would be to undermine the United Nations.", "ACCUSE",
     "short", "states"),
    ("Clare Short said the American initiative sounded like another attempt to undermine the United Nations.",
     "ACCUSE", "short", "states"),
    ("Amnesty International said the Egyptian law was aimed at silencing critics.", "ACCUSE", "amnesty", "egypt"),
    # a court denying a party a power it claimed
    ("A federal judge ruled that Google could not use the trademark.", "REJECT", "judge", "google"),
    ("The High Court found that the Home Office had no right to detain the men.", "REJECT", "court", "home"),
    # a report or claim called biased or distorted: turned down, aimed at its maker
    ("The Indian government said the report by Human Rights Watch was biased.", "REJECT", "indian", "watch"),
    ("Israel said the report by Amnesty International was exaggerated.", "REJECT", "israel", "amnesty"),
    ("Moderna said the claims by the European Commission were misleading.", "REJECT", "moderna", "commission"),
])
def test_statement_coded_by_what_it_says_another_did(text, event_type, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), event_type)
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Israel said Iran posed no threat to Europe.", "ACCUSE"),                        # no threat posed
    ("Israel said Iran had not committed any crimes.", "ACCUSE"),                     # cleared
    ("NATO said Russia could act recklessly in the Baltic Sea.", "ACCUSE"),           # only supposed
    ("Analysts said Apple had taken a backward step with the new phone.", "ACCUSE"),  # no speaker who acts
    ("Chelsea said Arsenal had been slow to start the game.", "ACCUSE"),              # no duty met late
    ("The company said sales had been slow to recover.", "ACCUSE"),                   # no actor
    ("Kenya said Somalia had taken part in the talks in Nairobi.", "ACCUSE"),         # no wrong taken part in
    ("Michael Howard said Labour had broken records in the polls.", "ACCUSE"),        # no rule broken
    ("The ministry said the forecast was inaccurate.", "REJECT"),                     # no maker of a claim
    ("Mexico said Brazil had put the trade deal before the summit.", "ACCUSE"),       # no interest put first
    ("Egypt said the aim of the Ethiopian dam was to irrigate its farms.", "ACCUSE"),  # no wrong aimed at
    ("The court ruled that Julian Assange could not be extradited to Sweden.", "REJECT"),  # done to him
    ("The court ruled that Microsoft could proceed with the merger.", "REJECT"),      # nothing denied
    ("Analysts said the government could not afford the plan.", "REJECT"),           # no court
])
def test_no_fault_without_its_class(text, event_type, analyse_text):
    assert event_sides(analyse_text(text), event_type) == [], text


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The former mayor pleaded not guilty to the charges brought by federal prosecutors.", "mayor", "prosecutors"),
    ("Senator Ike Ekweremadu has consistently protested his innocence.", "ekweremadu", ""),
])
def test_innocence_pleaded_refuses_the_accusation(text, subject, other, events_named):
    rows = [r for r in events_named(text) if r[0] == "REJECT"]
    assert any(subject in (r[1] or "").lower() and other in (r[2] or "").lower() for r in rows), (text, rows)


@pytest.mark.parametrize("text", [
    "The former mayor pleaded guilty to the charges brought by federal prosecutors.",   # guilt admitted
    "The senator maintained his seat in the election.",                                 # no innocence held
])
def test_no_refusal_without_a_plea_of_innocence(text, events_named):
    assert [r for r in events_named(text) if r[0] == "REJECT"] == [], text


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("France said Iran's enrichment programme should be halted.", "france", "iran"),
    # "it is time for X to": a demand on X
    ("The European Union said it was time for Iran to comply with the inspectors.", "european", "iran"),
    # the one told, named again by a pronoun
    ("The European Commission told Italy it must cut its deficit.", "european", "italy"),
    ("The IMF warned Greece that it must speed up its reforms.", "monetary", "greece"),
    ("Angela Merkel told Vladimir Putin he must withdraw his troops.", "merkel", "putin"),
])
def test_demand_on_what_another_actor_owns(text, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), "REQUEST")
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize("text", [
    "France said Iran's enrichment programme should not be halted.",    # asks that nothing be done
    "France said Iran's enrichment programme should have been halted.",  # regret
    "Analysts said Apple's shares should be bought.",                    # no speaker who acts
    "The European Union said it was not time for Iran to comply with the inspectors.",   # denied
    "Arsene Wenger said it was time for Arsenal to win a trophy.",       # a hope, no demand
    "Microsoft told Reuters it must cut costs.",                         # an outlet is told, not asked
    "Microsoft told the Kenyan government it would not cut its prices.",  # "it": the speaker's own stance
])
def test_no_demand_on_an_owner_without_one(text, analyse_text):
    assert event_sides(analyse_text(text), "REQUEST") == [], text
