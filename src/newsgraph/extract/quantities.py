"""Quantities with their meaning: "leaving at least 100 people dead" -> killed 100,
"over 100 strikes" -> strikes 100, "killed six civilians, two soldiers" -> killed 8."""
from __future__ import annotations

import re

from ..wordlists import table, words

WORDS = table("number_words")
DEAD_WORDS = words("dead_words")
WOUNDED_WORDS = frozenset({"wounded", "wound", "injured", "injure", "injury", "injuries", "hurt"})
PEOPLE = words("people") | words("persons")
LETHAL = words("lethal_verbs")
REL_SUBJECTS = frozenset({"which", "that", "who"})
TOLL_PREPS = frozenset({"to", "at"})
CAUSING = frozenset({"lead", "result", "cause", "leave", "bring"})
# a noun for someone by what they do: "the headmaster", "a policewoman", "the journalist"
PERSON_SUFFIX = re.compile(r"(?:[^aeiou]er|or|ist|ian|man|woman|master|ess|ant|ent)$")


def is_people(noun) -> bool:
    """A noun for people: "civilians", "soldiers", "the driver", or a nationality ("three Israelis")."""
    return noun.lemma_.lower() in PEOPLE or noun.ent_type_ in ("NORP", "PERSON")
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
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in REL_SUBJECTS for c in t.children) \
                and t.head.i == head.i:
            continue   # a clause with a subject of its own ("which led to ..." goes on about the event)
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
        if is_people(noun) or noun.head.lemma_.lower() in LETHAL and noun.dep_ in ("dobj", "nsubjpass"):
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
    for key, v in unnumbered_victims(sent, scope, trigger):
        if v:
            out.setdefault(key, v)
    for key, v in deaths_after(trigger).items():
        out.setdefault(key, v)
    toll = death_toll(trigger)
    if toll:
        out["killed"] = max(out.get("killed", 0), toll)
    return out


def harm(lemma: str) -> str | None:
    return "killed" if lemma in DEAD_WORDS else "wounded" if lemma in WOUNDED_WORDS else None


def unnumbered_victims(sent, scope: set[int], trigger):
    """Victims counted without a numeral on a noun: "killing at least seven", "wounding 12", "two
    were killed" (a bare number), "killed dozens of civilians" (a number noun; "dozens" counts as
    its lower bound), "killed the driver" (one person). "An unknown number" counts nothing."""
    for tok in sent:
        if tok.i not in scope or tok.ent_type_ == "DATE":
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and harm(tok.head.head.lemma_.lower()) \
                and is_people(tok) and tok.head.head.tag_ in ("NN", "NNS") \
                and (caused(tok.head.head) or tok.head.head.i == trigger.i):
            # "led to the death of a teacher", "the killing of three students"
            yield harm(tok.head.head.lemma_.lower()), counted_people(tok) or (1 if tok.tag_ in ("NN", "NNP") else 0)
            continue
        if tok.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        lemma = tok.head.lemma_.lower()
        key = harm(lemma)
        if key is None or tok.dep_ == "nsubj" and tok.head.tag_ != "VBN":
            continue   # "five wounded" (a participle) counts; "five wounded them" does not
        if tok.like_num:
            v = number(tok)
        elif tok.lower_ in WORDS and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                is_people(o) for o in p.children) for p in tok.children):
            v = WORDS[tok.lower_]
        elif lemma in LETHAL and tok.tag_ in ("NN", "NNP") and (lemma != "kill" or is_people(tok) or PERSON_SUFFIX.search(
                tok.lower_)) and tok.dep_ != "nsubj" \
                and not any(c.dep_ in ("nummod", "amod") and c.lower_ in ("unknown", "undisclosed") for c in tok.children):
            v = 1 + sum(1 for c in tok.conjuncts if c.tag_ in ("NN", "NNP"))
        else:
            continue
        if v:
            yield key, v


def caused(noun) -> bool:
    """A death or injury the clause says was caused: "led to / resulted in the death of", "caused
    injuries to" (not "to mourn the death of")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.lemma_.lower() in CAUSING


def deaths_after(trigger) -> dict[str, int]:
    """"a policeman died of his wounds after the attack": who died of the event it names."""
    prep = trigger.head if trigger.dep_ == "pobj" else None
    if prep is None or prep.head.lemma_.lower() != "die":
        return {}
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not is_people(subj):
        return {}
    return {"killed": counted_people(subj) or (1 if subj.tag_ in ("NN", "NNP") else 0)} if (
        counted_people(subj) or subj.tag_ in ("NN", "NNP")) else {}


def death_toll(trigger) -> int | None:
    """"the death toll from the bombing rose to 40", "a toll of 12": the toll of the event in it."""
    toll = trigger.head
    for _ in range(3):
        if toll.lemma_.lower() == "toll" or toll.head.i == toll.i:
            break
        toll = toll.head
    if toll.lemma_.lower() != "toll" or not any(c.lemma_.lower() in DEAD_WORDS for c in toll.lefts):
        return None
    places = [c for c in toll.children if c.dep_ in ("nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of"]
    if toll.dep_ == "nsubj":   # "rose to 40", "stood at 12", "reached 40"
        places += [c for c in toll.head.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in TOLL_PREPS]
    for c in places:
        for t in (c, *c.children):
            if t.like_num and number(t):
                return number(t)
    return None
