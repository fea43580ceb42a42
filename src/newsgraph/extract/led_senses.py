"""Senses of "lead" and "head" that are no leadership of an actor (LEADERSHIP from the verbs lead and
head, data/lexicon/verbs.yaml). A leader leads people and bodies; news also has these verbs for
- a lead in a count: "Labour lead the Conservatives by five points";
- play: a team led to a result or past a rival, in a sport story or beside a score ("led the Colts
  to their eighth win", "lead the Colts over the Jaguars"; elsewhere "led Labour to victory" is a
  party's leader), a team led with a count or in a statistic in any story ("led Drake with 13
  points", "leading the Saints in rushing", "in tackles"), and headers ("headed past the keeper",
  "headed Chelsea in front"): the sport conventions make a quarterback leading his team to a win play;
- a cause or a chase: "leading the pair to trade kicks", "led officers on a chase";
- a way taken: "headed for the border", "head off the rules";
- a thing at whose head someone stands: "led the non-US chart", "led the past four Bond films", "the
  move is being led by his sons", "will lead British hopes".
Words: data/lexicon/words/sense.yaml (led_results, led_tallies, led_ways, led_things)."""
from __future__ import annotations

from ..doctext import sentence_text
from ..wordlists import words
from .sense_words import SCORE, object_kind

RESULTS = words("led_results")
TALLIES = words("led_tallies")
WAYS = words("led_ways")
THINGS = words("led_things")
# kinds of object (extract/sense_words.py) that are things, not people or bodies ("show" is not:
# "led the party")
THING_KINDS = words("led_senses_thing_kinds")
# where a header or a move goes: "headed past the keeper", "headed wide", "headed for the border"
HEADED_TO = words("led_senses_headed_to")


def other_lead_sense(c, domain: str | None, entity_type=None) -> str | None:
    """Why the LEADERSHIP candidate `c` of the verb lead or head leads no actor (the module's senses),
    or None when it may; `domain` is the document's (domain.Context). A title the parser read as the
    verb has its sides turned round first (`title_read_as_verb`)."""
    verb = c.trigger
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("lead", "head"):
        return None
    if entity_type is not None and title_read_as_verb(c, entity_type):
        c.subject, c.object, c.subject_tok, c.object_tok = c.object, c.subject, c.object_tok, c.subject_tok
    if lemma == "lead" and led_by_margin(verb):
        return "lead in a count"
    if lemma == "lead" and (led_in_a_tally(verb) or (domain == "sport" or SCORE.search(sentence_text(verb)))
                            and led_to_result(verb)):
        return "lead in play"
    if lemma == "lead" and led_to_act(verb):
        return "lead as a cause"
    if lemma == "head" and headed_somewhere(verb):
        return "way headed"
    if thing_led(c.object_tok):
        return "thing led"
    return None


def _pobjs(prep):
    return [o for o in prep.children if o.dep_ == "pobj"]


def led_by_margin(verb) -> bool:
    """"lead" with a margin ("lead the Republicans by five points", "by 39% to 34%"): a lead in a poll,
    a race or a match."""
    return any(p.dep_ == "prep" and p.lower_ == "by" and any(
        o.pos_ == "NUM" or o.ent_type_ in ("PERCENT", "CARDINAL") or any(n.dep_ == "nummod" for n in o.children)
        for o in _pobjs(p)) for p in verb.children)


def led_to_result(verb) -> bool:
    """A team led to a result ("to their eighth win", "into the final") or past a rival ("over the
    Jaguars"): play in a sport story, a party's leader elsewhere."""
    for p in (c for c in verb.children if c.dep_ == "prep"):
        objects = _pobjs(p)
        if p.lower_ in ("to", "into") and any(o.lemma_.lower() in RESULTS for o in objects):
            return True
        if p.lower_ == "over" and any(o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME") for o in objects) \
                and any(c.dep_ == "dobj" for c in verb.children):
            return True
    return False


def led_in_a_tally(verb) -> bool:
    """A team led with a count ("with 13 points") or in a statistic ("in rushing", "in tackles"):
    the player with most of it, in any story."""
    for p in (c for c in verb.children if c.dep_ == "prep"):
        objects = _pobjs(p)
        if p.lower_ == "with" and any(any(n.dep_ == "nummod" for n in o.children) for o in objects):
            return True
        if p.lower_ == "in" and any(o.tag_ == "VBG" or o.pos_ == "NOUN" and (
                o.lower_.endswith("ing") or o.lemma_.lower() in TALLIES) for o in objects):
            return True
    return False


def led_to_act(verb) -> bool:
    """Someone led to do something ("leading the pair to trade kicks") or on a chase ("led officers on
    a chase"): a cause or a route, not a leader's post."""
    if any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children) for c in verb.children):
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() in WAYS for o in _pobjs(p))
               for p in verb.children)


def headed_somewhere(verb) -> bool:
    """"head" for a way or a header: a particle ("head off", "head back"), a direction with nothing
    headed ("headed for the border", "headed past the keeper", "headed wide"; not "headed the party for
    a decade") or "in front" ("headed Chelsea in front")."""
    headed = any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ == "dobj" and c.left_edge.lower_ in HEADED_TO for c in verb.children):
        return True   # "headed past keeper Antonio Doblas": the parser's object holds the direction
    for c in verb.children:
        if c.dep_ == "prt" or not headed and c.dep_ in ("prep", "advmod") and c.lower_ in HEADED_TO:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "front" for o in _pobjs(c)):
            return True
    return False


def thing_led(tok) -> bool:
    """The one led is a thing: a chart, a film, a move, hopes ("led the past four Bond films")."""
    return tok is not None and tok.pos_ == "NOUN" and (
        object_kind(tok) in THING_KINDS or tok.lemma_.lower() in THINGS or tok.lower_ in THINGS)


def title_read_as_verb(c, entity_type) -> bool:
    """The title "head" between a body's name and a person's that the parser read as the verb
    ("Airbus head Noel Forgeard is set to replace him": Airbus "heads" Forgeard): the bare form
    with a singular name just before it as subject, which no verb agrees with, and a person's
    name just after it as object. The person leads the body: the sides are the other way round."""
    verb, subj, obj = c.trigger, c.subject_tok, c.object_tok
    if verb.lower_ != "head" or verb.tag_ not in ("VBP", "VB") or subj is None or obj is None:
        return False
    return subj.tag_ == "NNP" and subj.i == verb.i - 1 and obj.i > verb.i and obj.left_edge.i == verb.i + 1 \
        and entity_type(c.object) == "PERSON" and entity_type(c.subject) not in (None, "PERSON")
