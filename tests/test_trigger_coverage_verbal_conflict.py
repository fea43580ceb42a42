"""Trigger coverage for the types whose held-out facts most often had no trigger of their type (session 39):
the verbs, nouns and collocations news uses for ACCUSE (disapprove, investigate), REJECT, REQUEST and COERCE
(seize, censor) that the lexicon lacked, each with the everyday uses it must not fire on."""
import pytest


def types_of(analysis, wanted):
    return [(ev.type, ev.trigger) for ev in analysis.events if ev.type == wanted and ev.subject]


def shown(analysis):
    return [(e.type, e.trigger, e.subject, e.object) for e in analysis.events]


@pytest.mark.parametrize("wanted, text", [
    # ACCUSE, disapprove: verbs of complaint and nouns of feeling under a light verb
    ("ACCUSE", "Teachers' unions bemoaned the Ghanaian government's cuts to school funding."),
    ("ACCUSE", "Human Rights Watch lamented the Saudi government's treatment of migrant workers."),
    ("ACCUSE", "The IMF rapped the Argentine government over its spending."),
    ("ACCUSE", "Canada voiced alarm at India over the killing in British Columbia."),
    ("ACCUSE", "Japan expressed disappointment with South Korea over the court ruling."),
    ("ACCUSE", "Poland voiced frustration with Germany over the slow delivery of tanks."),
    ("ACCUSE", "The Labour Party bashed the Conservative government over NHS waiting lists."),
    ("ACCUSE", "Rights groups sounded the alarm over the Tunisian government's treatment of migrants."),
    ("ACCUSE", "The Ukrainian president's diatribe against Hungary came after the veto."),
    ("ACCUSE", "Scotland's first minister voiced disquiet over the British government's asylum plans."),
    # ACCUSE, allege: a person tried in court
    ("ACCUSE", "The Argentine trial of Cristina Fernandez de Kirchner began in 2019."),
    # REJECT: refusals in other words
    ("REJECT", "Italy baulked at Germany's demands for budget cuts."),
    ("REJECT", "Hamas shot down Israel's proposal for a six-week pause."),
    ("REJECT", "The Venezuelan government turned a deaf ear to Brazil's calls for fresh elections."),
    ("REJECT", "Serbia's denial of the Kosovo charges came within hours."),
    ("REJECT", "Niger's defiance of ECOWAS deepened the crisis in the Sahel."),
    ("REJECT", "The Kremlin's repudiation of the Ukrainian peace plan angered Kyiv."),
    # REQUEST: counsel with a to-infinitive
    ("REQUEST", "Britain advised Ukraine to hold off on the strikes inside Russia."),
    ("REQUEST", "The European Union nudged Serbia to recognise Kosovo."),
    # COERCE: repression of protest and speech, jailing
    ("COERCE", "Bangladeshi police quelled the riots in Dhaka."),
    ("COERCE", "Kenyan police quelled the demonstrations in Nairobi."),
    ("COERCE", "The Chinese government stifled dissent in Hong Kong after 2020."),
    ("COERCE", "The Tunisian president curbed press freedom with a decree on false news."),
    ("COERCE", "The Russian authorities threw the opposition politician into prison."),
    # COERCE: seize, censor, cyber
    ("COERCE", "Myanmar's army commandeered fishing boats from villagers in Rakhine."),
    ("COERCE", "The Ethiopian army requisitioned buses from private companies in Tigray."),
    ("COERCE", "North Korea jammed GPS signals near the South Korean border."),
    ("COERCE", "The Egyptian authorities took down the website of an independent newspaper."),
])
def test_verbal_conflict_triggers_yield_their_type(analyse_text, wanted, text):
    analysis = analyse_text(text)
    assert types_of(analysis, wanted), shown(analysis)


@pytest.mark.parametrize("unwanted, text", [
    ("ACCUSE", "The singer lamented the death of her father in a new song."),
    ("ACCUSE", "Fans bemoaned the weather at the festival in Glastonbury."),
    ("ACCUSE", "The new clinical trial of the vaccine began in Oxford."),
    ("ACCUSE", "The alarm went off at the factory in Leeds."),
    ("REJECT", "Ukrainian air defences shot down a Russian drone over Kyiv."),
    ("REJECT", "The striker shot down the left wing before crossing."),
    ("REQUEST", "Goldman Sachs advised Kraft on the takeover of Heinz."),
    ("ACCUSE", "Economists sounded the alarm over rising prices in Britain."),
    ("ACCUSE", "The boxer bashed his head on the ropes in the third round."),
    ("COERCE", "The central bank curbed inflation with higher interest rates."),
    ("COERCE", "The striker stifled a yawn during the press conference."),
    ("COERCE", "The printer jammed during the election count in Florida."),
])
def test_everyday_uses_yield_no_such_event(analyse_text, unwanted, text):
    analysis = analyse_text(text)
    assert not types_of(analysis, unwanted), shown(analysis)
