"""Each word added to the participant lists (data/lexicon/words/actors.yaml) with a sentence of
its own: individual_nouns (a nationality before one is no actor: the phrase is a person),
outsider_nouns (a name before them is not whom they act for), follower_nouns (an unarmed body before
them is not whom they act for; an armed group is), body_heads (a place before one is
where the body is)."""
from __future__ import annotations

import pytest

from newsgraph.model import Document

INDIVIDUALS = {
    "blogger": "A Kenyan blogger was arrested in Nairobi on Monday.",
    "writer": "A Turkish writer was detained at the airport.",
    "author": "The police detained a Russian author in Riga.",
    "novelist": "An Egyptian novelist was jailed for two years.",
    "poet": "A Saudi poet was sentenced to death.",
    "artist": "A Chinese artist was released from custody.",
    "singer": "A Nigerian singer was attacked outside a nightclub.",
    "musician": "An Iranian musician was arrested after the concert.",
    "actor": "A French actor was questioned by detectives.",
    "actress": "A Mexican actress was kidnapped in Acapulco.",
    "comedian": "A Ukrainian comedian was threatened by the gang.",
    "filmmaker": "An Iranian filmmaker was banned from travelling.",
    "player": "A Brazilian player was punched by a spectator.",
    "footballer": "A Spanish footballer was abused by spectators.",
    "cricketer": "A Pakistani cricketer was suspended for match fixing.",
    "athlete": "A Belarusian athlete was granted asylum by Poland.",
    "boxer": "A Cuban boxer was detained in Havana.",
    "fan": "A Scottish fan was stabbed after the match.",
    "banker": "A Swiss banker was charged with fraud.",
    "scientist": "An Iranian scientist was killed in Tehran.",
    "researcher": "A British researcher was detained in Dubai.",
    "economist": "A Greek economist was arrested in Athens.",
    "entrepreneur": "A Chinese entrepreneur was detained after criticising the party.",
    "tycoon": "A Russian tycoon was arrested at the airport.",
    "billionaire": "An Indian billionaire was questioned by investigators.",
    "immigrant": "A Honduran immigrant was deported last week.",
    "judge": "A Pakistani judge was shot dead in Quetta.",
    "executive": "A Japanese executive was arrested in Tokyo over the payments.",
    "attendant": "A Kenyan attendant was injured when the plane landed.",
}
OUTSIDERS = {
    "fan": ("Liverpool fans attacked a bus.", "Liverpool"),
    "customer": ("Microsoft customers protested outside the shop.", "Microsoft"),
    "client": ("HSBC clients sued the bank.", "HSBC"),
    "user": ("Amazon users complained about the delays.", "Amazon"),
    "investor": ("Enron investors sued the auditors.", "Enron"),
    "shareholder": ("Yukos shareholders sued Russia.", "Yukos"),
    "viewer": ("BBC viewers complained about the programme.", "BBC"),
    "reader": ("Guardian readers criticised the editor.", "Guardian"),
    "listener": ("NPR listeners criticised the host.", "NPR"),
    "subscriber": ("Netflix subscribers criticised the price rise.", "Netflix"),
    "consumer": ("Nestle consumers boycotted the brand.", "Nestle"),
    "buyer": ("Boeing buyers cancelled their orders.", "Boeing"),
    "critic": ("Kremlin critics were arrested in Moscow.", "Kremlin"),
    "rival": ("Hamas rivals attacked the office.", "Hamas"),
    "victim": ("ISIS victims were buried in Mosul.", "ISIS"),
    "admirer": ("Putin admirers rallied in Belgrade.", "Putin"),
}
FOLLOWERS = {
    "supporter": ("Juventus supporters attacked the Liverpool team bus.", "Juventus"),
    "follower": ("Apple followers sued the company over the batteries.", "Apple"),
    "backer": ("Eurotunnel backers sued the company over the losses.", "Eurotunnel"),
}
BODIES = {
    "court": "A Kenyan court sentenced the men to ten years.",
    "jury": "A Texas jury convicted the doctor.",
    "regulator": "The Australian regulator fined the bank.",
    "watchdog": "Britain's media watchdog fined the broadcaster.",
    "survey": "The British Geological Survey recorded the tremor.",
    "service": "The Russian Federal Security Service arrested the journalist.",
    "agency": "A Chinese state agency blocked the deal.",
}


def analysed(nlp, gazetteer, text):
    from newsgraph.extract import analyse
    doc = nlp(text)
    return doc, analyse(Document(source="participant-words", text=text), doc, gazetteer)


def head(doc, lemma):
    return next(t for t in doc if t.lemma_.lower() == lemma or t.lower_ == lemma)


def entity_at(analysis, doc, tok):
    return next((m.entity for m in analysis.mentions if m.start <= tok.idx < m.end), None)


@pytest.mark.parametrize("noun", sorted(INDIVIDUALS))
def test_a_nationality_before_one_person_makes_a_person(noun, nlp, gazetteer):
    doc, analysis = analysed(nlp, gazetteer, INDIVIDUALS[noun])
    key = entity_at(analysis, doc, head(doc, noun))
    assert key is not None and analysis.entities[key].type == "PERSON", key


@pytest.mark.parametrize("noun", sorted(OUTSIDERS))
def test_a_name_before_outsiders_is_not_their_actor(noun, nlp, gazetteer):
    from newsgraph.extract.actors import KnownActors
    from newsgraph.extract.arguments import actor_of
    from newsgraph.resolve.document import resolve_document
    text, name = OUTSIDERS[noun]
    doc = nlp(text)
    res = resolve_document(doc, gazetteer)
    named = res.entity_at(next(t.i for t in doc if t.text == name))
    assert named is not None
    assert actor_of(head(doc, noun), KnownActors(res)) != named


def _actor_and_name(nlp, gazetteer, text, name, noun):
    from newsgraph.extract.actors import KnownActors
    from newsgraph.extract.arguments import actor_of
    from newsgraph.resolve.document import resolve_document
    doc = nlp(text)
    res = resolve_document(doc, gazetteer)
    named = res.entity_at(next(t.i for t in doc if t.text == name))
    return actor_of(head(doc, noun), KnownActors(res)), named


@pytest.mark.parametrize("noun", sorted(FOLLOWERS))
def test_an_unarmed_body_before_its_followers_is_not_their_actor(noun, nlp, gazetteer):
    actor, named = _actor_and_name(nlp, gazetteer, *FOLLOWERS[noun], noun)
    assert named is not None and actor != named


@pytest.mark.parametrize("text,name", [
    ("Hamas supporters attacked the police station in Gaza.", "Hamas"),
    ("Hezbollah supporters blocked the road to the airport.", "Hezbollah"),
])
def test_an_armed_group_before_its_supporters_stays_their_actor(text, name, nlp, gazetteer):
    actor, named = _actor_and_name(nlp, gazetteer, text, name, "supporter")
    assert named is not None and actor == named


@pytest.mark.parametrize("noun", sorted(BODIES))
def test_a_place_before_a_body_is_where_the_body_is(noun, nlp, gazetteer):
    doc, analysis = analysed(nlp, gazetteer, BODIES[noun])
    key = entity_at(analysis, doc, head(doc, noun))
    assert key is not None and analysis.entities[key].type not in ("COUNTRY", "LOCATION"), key
