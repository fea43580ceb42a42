"""Quantities with their meaning: "leaving at least 100 people dead" -> killed 100,
"over 100 strikes" -> strikes 100, "killed six civilians, two soldiers" -> killed 8."""
from __future__ import annotations

import re

from ..wordlists import table, words

WORDS = table("number_words")
DEAD_WORDS = frozenset({"dead", "killed", "kill", "die", "died", "death", "deaths", "fatality", "fatalities",
                        "life", "lives"})
WOUNDED_WORDS = frozenset({"wounded", "wound", "injured", "injure", "injury", "injuries", "hurt"})
PEOPLE = words("people")


def is_people(noun) -> bool:
    """A noun for people: "civilians", "soldiers", or a nationality ("three Israelis")."""
    return noun.lemma_.lower() in PEOPLE or noun.ent_type_ == "NORP"
COUNTED = words("counted")


def number(tok) -> int | None:
    text = tok.text.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return int(float(text))
    return WORDS.get(tok.lower_)


def counted_people(noun) -> int:
    """Sum of the numbers on a noun and its conjuncts: "six civilians, two soldiers" -> 8."""
    total = 0
    for n in (noun, *noun.conjuncts):
        for c in n.children:
            if c.dep_ == "nummod":
                v = number(c)
                if v:
                    total += v
    return total


def clause_scope(head) -> set[int]:
    """Token indexes of head's clause, leaving out subordinate clauses with a subject of their own
    ("Israel closed its borders after a group carried out attacks, leaving 100 dead": the dead
    belong to the attacks, not to the closure)."""
    out = {head.i}
    stack = list(head.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("advcl", "ccomp", "relcl", "conj", "parataxis") and t.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.head.i == head.i:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def quantities_for(cand) -> dict[str, int]:
    trigger = cand.trigger
    sent = trigger.sent
    clause = cand.anchor if cand.anchor is not None else trigger
    scope = clause_scope(clause) | clause_scope(trigger)
    out: dict[str, int] = {}
    victims: set[int] = set()
    for tok in sorted((t for t in sent if t.i in scope and t.dep_ == "nummod"),
                      key=lambda t: not is_people(t.head)):
        v = number(tok)
        if not v or tok.ent_type_ == "DATE" or (len(tok.text) == 4 and 1900 <= v <= 2100):
            continue   # a year, not a count
        noun = tok.head
        if noun.i in victims:
            continue
        if any(noun.i == c.i for c in trigger.conjuncts) and trigger.dep_ == "conj":
            noun = trigger   # "over 100 drone, jet and helicopter strikes"
        lemma = noun.lemma_.lower()
        if is_people(noun):
            context = {c.lower_ for c in noun.children} | {noun.head.lemma_.lower(), noun.head.lower_}
            context |= {c.lower_ for c in noun.head.children if c.dep_ in ("oprd", "acomp", "advcl", "amod")}
            for words, key in ((DEAD_WORDS, "killed"), (WOUNDED_WORDS, "wounded")):
                if context & words:
                    out[key] = max(out.get(key, 0), counted_people(noun))
                    victims.update(n.i for n in (noun, *noun.conjuncts))
                    break
            if noun.i in victims:
                continue
        if lemma in COUNTED or noun.i == trigger.i:
            key = lemma if lemma.endswith("s") else lemma + "s"
            out[key] = max(out.get(key, 0), v)
    # "killing at least seven", "wounding 12": a bare number as the object of a verb of harm
    for tok in sent:
        if tok.i in scope and tok.like_num and tok.dep_ in ("dobj", "nsubjpass") and tok.ent_type_ != "DATE":
            v = number(tok)
            lemma = tok.head.lemma_.lower()
            key = "killed" if lemma in DEAD_WORDS else "wounded" if lemma in WOUNDED_WORDS else None
            if v and key and key not in out:
                out[key] = v
    return out
