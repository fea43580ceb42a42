"""Whether a giving or helping verb read as AID gives help (PLOVER AID: material help to another side).

A verb of giving or sending is aid by what it gives: money, relief, supplies, arms, troops ("Japan gave
Indonesia $10m", "sent tents", "supplied the rebels with weapons"), or what it sends to help; a lecture,
credits, a way back into a game, the backbone of growth, fifty planes sold, a gift, a draft rule sent to an
office or a son sent upstairs are no help. A person helping another person do something ("helped
the reporters crack the case") does a favour, not aid, and two persons working together are colleagues, two talking are in conversation. Called by `sense_cooperative.cooperative`.
"""
from __future__ import annotations

import unicodedata

from ..wordlists import words
from .lexicon import lexicon
from .office_titles import political_speaker
from .sense_words import LAW_ENFORCEMENT, OFFICE_HOLDER, STATES, Dropped, lemma_in

# what a state or agency gives when it aids someone (words/sense.yaml)
AID_GIVEN = words("aid_nouns")
# verbs whose direct object (or "with" object: "supplied the army with rifles") is what is given
GIVING = words("aid_giving_verbs")
HELPING = words("helping_verbs")
CURRENCIES = words("currency_units")
# arms a state gives or is given are military aid ("gave Ukraine 20 tanks"); between firms they are sales
ARMS = words("weapon_nouns") | words("military_kit")
# what is given that approves rather than helps: "gave the go-ahead", "gave the merger its approval"
APPROVALS = words("approval_nouns")
# what is given that is nothing material: "has given Brown something to aim for"
NOTHING_MATERIAL = words("given_help_nothing_material")
# sides that give or receive aid as bodies: a state, an office, an organisation, the police
BODIES = STATES | {OFFICE_HOLDER, "ORGANIZATION"}
# the key prefix of an actor the bundled gazetteer lists (a public figure, when a person)
GAZETTEER = "gaz:"
# verbs of conversation: between two private persons no consultation (`private_talk`)
TALKING = words("private_talk_verbs")


def given(c, entity_type) -> Dropped | None:
    """An AID candidate of a giving verb that gives nothing that helps, or of a helping verb between
    private persons, as a `Dropped`; an approval given becomes SUPPORT (in place); None otherwise."""
    if c.type != "AID" or c.trigger.pos_ != "VERB":
        return None
    verb = c.trigger.lemma_.lower()
    if verb in HELPING:
        return Dropped("private help") if favour(c, entity_type) else None
    if verb not in GIVING:
        return None
    things = given_things(c)
    if sent_to_help(c.trigger):
        return None   # "offered to send a company of Gurkhas to assist with the relief effort"
    if any(t.lower_ in NOTHING_MATERIAL for t in things):
        return Dropped("nothing given")   # "has given Mr Brown something to aim for"
    if any(lemma_in(t, APPROVALS) or t.lower_ == "light" and any(a.lower_ == "green" for a in t.children)
           for t in things):
        c.type = "SUPPORT"  # "gave the go-ahead for the pipeline": an approval (PLOVER SUPPORT)
        return None
    if any(x.dep_ == "prt" and x.lower_ == "up" for x in c.trigger.children):
        return Dropped("no aid given")   # "gave himself up to police"
    if not things:
        return None if unsaid(c) or any(help_given(t, False) for t in after(c)) else Dropped("no aid given")
    sides = {entity_type(c.subject), entity_type(c.object)}
    if sides <= STATES:
        return None   # one state giving another anything ("provided the army with aerial photographs"): aid, not trade
    if any(help_given(t, bool(sides & STATES)) or t.pos_ == "PRON" for t in things):
        return None         # "sent them to the camps": what a pronoun stands for is not read here
    return Dropped("no aid given")   # "gave the artists credits", "supply JAL with 50 planes"


def given_things(c) -> list:
    """What the verb gives: its direct object or passive subject that is not the one it goes to, or
    what it supplies someone "with", and their conjuncts ("food and blankets")."""
    found = [t for t in c.trigger.children if t.dep_ in ("dobj", "nsubjpass") and t is not c.object_tok
             and t is not c.subject_tok]
    found += [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj"]
    return found + [x for t in found for x in t.conjuncts]


def sent_to_help(verb) -> bool:
    """What is given or sent in order to help is aid, whatever it is called: an infinitive of helping
    in the verb's phrase ("sent doctors to help the wounded", "a company of Gurkhas to assist")."""
    return any(lemma_in(t, HELPING) and t.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               for t in verb.subtree if t.i > verb.i)


def unsaid(c) -> bool:
    """Nothing stands in the slot of what is given or of the one it goes to ("gave generously",
    "gave to the appeal"): the verb may give anything."""
    return not any(t.dep_ in ("dobj", "dative") for t in c.trigger.children)


def after(c) -> list:
    """Where the parser took what is given for part of the recipient's phrase ("gave the artists
    responsible for the designs credits"): the nouns and figures after the verb in its phrase."""
    return [t for t in c.trigger.subtree if t.i > c.trigger.i and t.pos_ in ("NOUN", "PROPN", "NUM", "SYM")]


def help_given(tok, arms: bool) -> bool:
    """Aid, money, or a load or kind of aid: "relief goods", "a package of aid", "tonnes of food"; arms
    where a state gives or gets them; a count of anything else is no aid ("50 of its planes")."""
    named = [tok, *(x for x in tok.children if x.dep_ in ("compound", "amod"))]
    named += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return money(tok) or any(lemma_in(t, AID_GIVEN) or arms and lemma_in(t, ARMS) for t in named)


def favour(c, entity_type) -> bool:
    """A private person helping another do something ("helped the reporters crack the case", "to help
    her end her life"): neither side is a state, an office, an organisation or the police."""
    if not any(x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB" for x in c.trigger.children):
        return False        # "helped the flood victims": help given, not a deed shared
    return private_pair(c, entity_type)


def colleagues(c, entity_type) -> bool:
    """Two private persons working together ("I work with him every day", "has worked with Ja Rule",
    "teamed up with a professor at Berkeley") are colleagues at their job, as a favour is no aid: no
    cooperation between actors (PLOVER COOPERATE); a firm, a state, an office, the police, a political
    or leader's title in a side's phrase or a public figure the gazetteer knows on either side is ("works
    closely with the police", "Chancellor Schroeder will work with Jacques Chirac", "Blair will work with Bush")."""
    return c.type == "COOPERATE" and private_sides(c, entity_type)


def private_talk(c, entity_type) -> bool:
    """Two private persons talking, one of them named by a common noun ("the deputy spoke to a woman at
    the door", "Dalton said he talked with his neighbour", "her son spoke to her"): a conversation, no
    consultation between actors (PLOVER CONSULT), as two persons working together are no cooperation. Two
    persons named by name alone may be public figures the gazetteer does not know ("Mr Ruto often speaks
    with Mr Museveni") and stay, as do talks of states, bodies, offices, the police or known public figures
    ("Gordon Brown spoke with Angela Merkel"). Only verbs: "talks" between persons are held."""
    return c.type == "CONSULT" and c.trigger.pos_ == "VERB" and lemma_in(c.trigger, TALKING) \
        and any(tok is not None and tok.pos_ == "NOUN" for tok in (c.subject_tok, c.object_tok)) \
        and private_sides(c, entity_type)


def private_sides(c, entity_type) -> bool:
    """Both sides are private persons: named, neither a body, an office, the police, a public figure the
    gazetteer knows, nor one whose own phrase gives a political or leader's title."""
    return private_pair(c, entity_type) and not any(key.startswith(GAZETTEER) for key in (c.subject, c.object)) \
        and not any(political_speaker(tok) or leader_titled(tok) for tok in (c.subject_tok, c.object_tok))


def leader_titled(tok) -> bool:
    """The side's own phrase gives it a leader's title (roles.yaml): "Chancellor Gerhard Schroeder",
    "Sony chief Howard Stringer" act for the body they lead."""
    return tok is not None and any(t.lemma_.lower() in lexicon().leadership_roles
                                   for t in (tok, *(x for x in tok.children if x.dep_ in ("compound", "appos"))))


def private_pair(c, entity_type) -> bool:
    """Both sides are named and neither is a state, an office, an organisation or the police."""
    sides = [(c.subject, c.subject_tok), (c.object, c.object_tok)]
    return all(key is not None and entity_type(key) not in BODIES and not lemma_in(tok, LAW_ENFORCEMENT)
               for key, tok in sides)


def money(tok) -> bool:
    """A sum of money: a money name, a currency ("3bn yen", "200 million euros"), or a currency sign on
    the word or before it ("$5m", "£200")."""
    return lemma_in(tok, CURRENCIES) or any(t.ent_type_ == "MONEY" or unicodedata.category(t.text[:1] or " ") == "Sc"
                                            for t in (tok, *tok.children))
