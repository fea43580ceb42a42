"""Attacks whose doer the text gives only as blamed, accused or claimed: "the government blamed
al-Shabaab for the bombing", "police blamed the bombing of the railway on separatists", "officials
accused the Taliban of the suicide attack", "the group was blamed for the massacre", "Hamas claimed
responsibility for the blast". The one blamed is the attack's alleged doer (the blame verb is the
anchor, so the attack is told as alleged), whatever the accusation event says of the blamer; a
blast or an explosion someone claims is an attack, though alone it may be an accident."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .accused_acts import NOMINAL_ATTACK, charging_verb
from .actors import KnownActors
from .agent_phrases import blamed_phrases
from .arguments import actors_of, entity_type
from .attack_agents import described_people
from .frames import Candidate, clause_object, noun_frame, noun_object

# verbs that hold someone to an act through "for" or "of": "blamed X for the attack", "accused X of the bombing"
HOLDING = {"blame": "for", "accuse": "of"}
# explosions: an attack when someone claims them or is blamed for them ("claimed the blast")
BLASTS = words("claimed_blasts")


def attack_noun(tok, lex):
    """The attack a blame or a claim names: a lexicon ASSAULT noun ("the bombing", "attacks"), or an
    explosion, which is one once someone is held to it; with its frame. (None, None) otherwise."""
    if tok is None:
        return None, None
    frame = noun_frame(tok, lex)
    if frame is not None:
        return (tok, frame) if frame.type == "ASSAULT" and not frame.symmetric else (None, None)
    return (tok, NOMINAL_ATTACK) if tok.lemma_.lower() in BLASTS else (None, None)


def blamed_attack_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"The government blamed al-Shabaab for the bombing", "accused the Taliban of the suicide
    attack", "the rebels were blamed for the ambush", "police blamed the bombing of the line on
    separatists": an attack by the one blamed."""
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if lemma not in HOLDING or any(x.dep_ == "neg" for x in verb.children):
            continue
        held = [x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")]
        # the parser may hang the charge on the one accused ("accused the Haqqani network of the bombing")
        heads = (verb, *(x for x in verb.children if x.dep_ == "dobj"))
        for prep in (p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == HOLDING[lemma]):
            for noun, frame in (attack_noun(x, lex) for x in prep.children if x.dep_ == "pobj"):
                if noun is not None and noun.i not in used:
                    # no anchor: the walk up from the noun meets the charge ("blamed X for") and tells it alleged
                    yield from _attacks(noun, frame, held, None, res, used)
        if lemma == "blame":   # "blamed the bombing of the railway line on separatists"
            for noun, frame in (attack_noun(x, lex) for x in verb.children if x.dep_ == "dobj"):
                if noun is not None and noun.i not in used:
                    yield from _attacks(noun, frame, blamed_phrases(verb, noun), verb, res, used)


def _attacks(noun, frame, held: list, anchor, res: KnownActors, used: set[int]) -> Iterator[Candidate]:
    okey, otok = noun_object(noun, frame, res)
    if okey is None:
        okey, otok = clause_object(noun, res)
    for tok in held:
        for key, doer in actors_of(tok, res):
            if key != okey:
                used.add(noun.i)
                yield Candidate("ASSAULT", noun, key, okey, doer, otok, frame, anchor)


def relative_charged(trigger, res: KnownActors) -> tuple[str, object] | None:
    """"Rita Vance, who is accused of stabbing her husband": the one a relative clause charges, through
    its "who", is the noun the clause hangs on."""
    verb = charging_verb(trigger)
    if verb is None or verb.dep_ != "relcl" or not any(
            x.dep_ in ("nsubj", "nsubjpass") and x.tag_ == "WP" for x in verb.children):
        return None
    found = actors_of(verb.head, res)
    return found[0] if found else None


def headline_doer(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Son suspected of killing mother and sister", "Sacked worker shoots ex-colleagues": a headline
    drops its articles, so its doer is a bare noun the resolver reads as no one; a noun of people
    there is the person (or group) it describes."""
    tok = c.subject_tok
    charge = charging_verb(c.trigger) if tok is None else None
    if charge is not None:   # "Guard accused of beating inmates", parsed either way
        tok = charge.head if charge.dep_ == "acl" else next(
            (x for x in charge.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if tok is None or not headline(tok.sent) or any(d.dep_ in ("det", "poss") for d in tok.children):
        return None
    if tok.i in res.token_entity:
        return None
    key = described_people(tok, res, titled=True)
    return (key, tok) if key is not None and key != c.object else None


def headline(sent) -> bool:
    """A line with no closing stop, ended by a line break: a title or a headline."""
    text, doc = sent.text.rstrip(), sent.doc
    end = sent.start_char + len(text)
    return bool(text) and text[-1] not in ".!?\"'”:" and (end >= len(doc.text) or doc.text[end] in "\n\r")


def possessed_victim(c: Candidate, res: KnownActors) -> None:
    """"The shooting of his former boss", "the murder of her husband": the victim is the person the
    noun describes, not its possessor, whom resolution may have given as the object (and who is
    then often the attacker charged for it)."""
    tok = c.object_tok
    if c.type != "ASSAULT" or tok is None or entity_type(c.object, res) != "PERSON":
        return      # "the killing of its soldiers": a state's or a force's own, for which it stands
    noun = tok.head if tok.dep_ == "poss" else tok
    owner = next((x for x in noun.children if x.dep_ == "poss"), None)
    if noun.dep_ != "pobj" or owner is None or res.token_entity.get(owner.i) != c.object \
            or res.token_entity.get(noun.i) not in (None, c.object):
        return
    key = described_people(noun, res)
    if key is not None:
        c.object, c.object_tok = key, noun
