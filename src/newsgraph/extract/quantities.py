"""Quantities with their meaning: "leaving at least 100 people dead" -> killed 100,
"over 100 strikes" -> strikes 100, "killed six civilians, two soldiers" -> killed 8."""
from __future__ import annotations

import re

from ..doctext import children, doc_tokens
from ..wordlists import table, words

WORDS = table("number_words")
DEAD_WORDS = words("dead_words")
WOUNDED_WORDS = words("wounded_words")
PEOPLE = words("people") | words("persons")
# object pronouns of persons ("her" only as PRP, not the possessive "her son")
PERSONS_ACTED_ON = words("quantities_persons_acted_on")
BODILY_HARM = words("bodily_blows") | words("lethal_verbs") | frozenset(
    {"wound", "injure", "beat", "attack", "assault", "kidnap", "abduct", "rape", "torture", "handcuff"})
LETHAL = words("lethal_verbs")
REL_SUBJECTS = words("quantities_rel_subjects")
# lethal verbs that also take things ("executed a plan", "killed the bill"): their victim must be a person
THINGS_TOO = words("quantities_things_too")
TOLL_PREPS = words("quantities_toll_preps")
CAUSING = words("causing_verbs")
# nouns that count the dead or hurt themselves: "resulting in 6 fatalities", "1 fatality.", "left 20 dead"
TOLL_NOUNS = {"fatality": "killed", "death": "killed", "dead": "killed", "injury": "wounded"}
HARM_PARTICIPLES = words("quantities_harm_participles")
# verbs by which officials or sources give a toll: "officials reported 2 civilians killed", "sources recorded 15 fatalities"
REPORTING = words("toll_reporting_verbs")
# what a death in the next sentence may be "in" or "of" and still belong to the event before it:
# its wounds, or something named as known ("died in the blaze", not "died in a flood")
OWN_WOUNDS = words("quantities_own_wounds")
# types whose toll may be told after them (an arrest after a shooting does not take its toll)
VIOLENT_TYPES = frozenset({"ASSAULT", "PROTEST"})
# openings of a sentence that tells another incident: its toll is not the event's before it
OTHER_INCIDENT = words("quantities_other_incident")
# a noun for someone by what they do: "the headmaster", "a policewoman", "the journalist"
PERSON_SUFFIX = re.compile(r"(?:[^aeiou]er|or|ist|ian|man|woman|master|ess|ant|ent)$")


def is_people(noun) -> bool:
    """A noun for people: "civilians", "soldiers", "the driver", or a nationality ("three Israelis");
    or a pronoun that can only be someone acted on ("shot him", "beat them": never a thing or a doer)."""
    return noun.lemma_.lower() in PEOPLE or noun.ent_type_ in ("NORP", "PERSON") or harmed_pronoun(noun)


def harmed_pronoun(noun) -> bool:
    """"shot him", "stabbed them", "killed her": an object pronoun of a verb of bodily harm stands for
    people (not "arrested him" or "lent it to us", whose pronoun may be anyone's)."""
    return noun.tag_ == "PRP" and noun.lower_ in PERSONS_ACTED_ON and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in BODILY_HARM
COUNTED = words("counted")


def number(tok) -> int | None:
    text = tok.text.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return int(float(text))
    return WORDS.get(tok.lower_)


def one_person(noun) -> bool:
    """A singular noun for one person: "the driver", "a policewoman", "their Pakistani driver"."""
    if noun.tag_ not in ("NN", "NNP") or any(c.dep_ == "prep" and c.lower_ == "of" for c in children(noun)):
        return False   # "an unknown number of militants", "a group of men": a quantity, not a person
    return personal(noun)


def counted_people(noun) -> int:
    """Sum of the numbers on a noun and its conjuncts, a singular person counting one beside
    counted ones: "six civilians, two soldiers" -> 8, "five nationals and their driver" -> 6;
    0 when no conjunct is counted."""
    nouns = (noun, *noun.conjuncts)
    if len(nouns) > 1 and any(map(personal, nouns)):
        nouns = tuple(filter(personal, nouns))   # "killed 3 sheep and 2 herders" counts the herders
    counts = [sum(v for c in numerals(n) if (v := number(c))) for n in nouns]
    if not any(counts):
        return 0
    return sum(v or (1 if one_person(n) else 0) for v, n in zip(counts, nouns, strict=True))


def numerals(noun):
    """The numbers on a noun, also those the parser hangs on its compound ("two cattle herders",
    "4 Clan del Golfo members")."""
    for c in children(noun):
        if c.dep_ == "nummod":
            yield c
        elif c.dep_ == "compound":
            yield from (x for x in c.subtree if x.dep_ == "nummod" and x.i < noun.i)


def personal(noun) -> bool:
    """A noun for people, by its word or by its ending ("traffickers", "herders")."""
    return is_people(noun) or bool(PERSON_SUFFIX.search(noun.lemma_.lower())) or any(
        c.ent_type_ == "NORP" for c in noun.lefts)   # "five Chinese nationals"


def people_named(noun) -> int:
    """People a victim noun and its conjuncts stand for: the numbers on them, or one for each
    singular person ("killing the driver and 3 passengers" -> 4)."""
    return counted_people(noun) or sum(1 for n in (noun, *noun.conjuncts) if one_person(n))


def clause_scope(head) -> set[int]:
    """Token indexes of head's clause, leaving out subordinate clauses with a subject of their own
    ("Israel closed its borders after a group carried out attacks, leaving 100 dead": the dead
    belong to the attacks, not to the closure)."""
    out = {head.i}
    stack = list(children(head))
    while stack:
        t = stack.pop()
        if t.dep_ in ("advcl", "ccomp", "relcl", "conj", "parataxis") and t.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in REL_SUBJECTS and not c.like_num
                        for c in children(t)) \
                and t.head.i == head.i:
            continue   # a clause with a subject of its own ("which led to ..." goes on about the event)
        out.add(t.i)
        stack.extend(children(t))
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
        if not v or tok.ent_type_ in ("DATE", "TIME") or (len(tok.text) == 4 and 1900 <= v <= 2100):
            continue   # a year or a length of time ("a 48-hour strike"), not a count
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head   # "4 Clan del Golfo members": the number hangs on the compound
        if noun.i in victims:
            continue
        if any(noun.i == c.i for c in trigger.conjuncts) and trigger.dep_ == "conj":
            noun = trigger   # "over 100 drone, jet and helicopter strikes"
        lemma = noun.lemma_.lower()
        if personal(noun) or noun.dep_ in ("dobj", "nsubjpass") \
                and harm_of(noun.head) == "killed":
            context = {c.lower_ for c in children(noun)} | {noun.head.lemma_.lower(), noun.head.lower_}
            context |= {c.lower_ for c in children(noun.head) if c.dep_ in ("oprd", "acomp", "advcl", "amod")}
            found = next((key for words, key in ((DEAD_WORDS, "killed"), (WOUNDED_WORDS, "wounded"))
                          if context & words), None)
            if found is None and noun.dep_ in ("dobj", "nsubjpass"):
                found = harm_of(noun.head)   # "beheaded five Christians", "three men were shot dead"
            if found is not None and counted_people(noun):
                out[found] = max(out.get(found, 0), counted_people(noun))
                victims.update(n.i for n in (noun, *noun.conjuncts))
            if noun.i in victims:
                continue
        if lemma in TOLL_NOUNS:   # "resulting in 6 fatalities", "leaving at least 20 dead"
            out[TOLL_NOUNS[lemma]] = max(out.get(TOLL_NOUNS[lemma], 0), v)
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
    if cand.type in VIOLENT_TYPES:
        for key, v in reported_toll(clause).items():
            out.setdefault(key, v)
        for key, v in toll_after(sent).items():
            out.setdefault(key, v)
        for key, v in added_tolls(sent, scope).items():
            out[key] = out.get(key, 0) + v
    return out


def reported_toll(clause) -> dict[str, int]:
    """"Ukrainian forces shelled Horlivka; officials reported 2 civilians killed": the toll the
    reporting verb the event's clause hangs on gives, as a toll noun or as people killed."""
    verb = clause.head if clause.dep_ in ("ccomp", "parataxis", "conj") else None
    if verb is None or verb.lemma_.lower() not in REPORTING or verb.i < clause.i:
        return {}
    out: dict[str, int] = {}
    for obj in (c for c in children(verb) if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in TOLL_NOUNS:
            v = next((number(c) for c in children(obj) if c.dep_ == "nummod" and number(c)), 0)
            key = TOLL_NOUNS[lemma]
        else:
            harmed = next((c for c in children(obj) if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_.lower() in HARM_PARTICIPLES), None)
            v = counted_people(obj) if harmed is not None and personal(obj) else 0
            key = harm(harmed.lemma_.lower()) if harmed is not None else None
        if v and key:
            out[key] = max(out.get(key, 0), v)
    return out


def added_tolls(sent, scope: set[int]) -> dict[str, int]:
    """Victims a clause adds to the event's toll with "also", in the event's sentence outside its
    clause or in the next one: "..., killing 4 soldiers. Six attackers were also killed."."""
    following = next_sentence(sent)
    tokens = [t for t in sent if t.i not in scope] + (list(following) if following is not None else [])
    out: dict[str, int] = {}
    for tok in tokens:
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in HARM_PARTICIPLES or not any(
                c.lower_ == "also" for c in children(tok)) or any(c.dep_ == "agent" for c in children(tok)):
            continue
        who = next((c for c in children(tok) if c.dep_ in ("nsubjpass", "nsubj")), None)
        v = (number(who) if who.like_num else counted_people(who)) if who is not None else 0
        if v:
            out[harm(tok.lemma_.lower())] = out.get(harm(tok.lemma_.lower()), 0) + v
    return out


def harm(lemma: str) -> str | None:
    return "killed" if lemma in DEAD_WORDS or lemma in LETHAL else "wounded" if lemma in WOUNDED_WORDS else None


def harm_of(verb) -> str | None:
    """What a verb does to its victims: "killed", "beheaded", "shot dead", "beat to death" kill;
    "wounded", "injured" wound."""
    if any(c.lower_ == "dead" and c.dep_ in ("oprd", "advmod", "acomp", "dobj") or c.dep_ == "prep" and c.lower_ == "to"
           and any(x.lemma_.lower() == "death" for x in children(c)) for c in children(verb)):
        return "killed"
    return harm(verb.lemma_.lower())


def unnumbered_victims(sent, scope: set[int], trigger):
    """Victims counted without a numeral on a noun: "killing at least seven", "wounding 12", "two
    were killed" (a bare number), "killed dozens of civilians" (a number noun; "dozens" counts as
    its lower bound), "killed the driver" (one person). "An unknown number" counts nothing."""
    toks = doc_tokens(sent.doc)   # the shared Tokens, read only where in scope (iterating a Span builds each)
    for tok in (toks[i] for i in range(sent.start, sent.end) if i in scope):
        if tok.ent_type_ == "DATE":
            continue
        bare = bare_participle_toll(tok)
        if bare:
            yield bare
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
        key = harm_of(tok.head)
        if key is None or tok.dep_ == "nsubj" and tok.head.tag_ != "VBN":
            continue   # "five wounded" (a participle) counts; "five wounded them" does not
        if tok.like_num:
            v = number(tok)
        elif tok.lower_ in WORDS and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                is_people(o) for o in children(p)) for p in children(tok)):
            v = WORDS[tok.lower_]
        elif (lemma in LETHAL or key == "killed" and lemma not in DEAD_WORDS) and tok.tag_ in ("NN", "NNP") and (lemma not in THINGS_TOO or personal(tok) or PERSON_SUFFIX.search(
                tok.lower_)) and tok.dep_ != "nsubj" \
                and not any(c.dep_ in ("nummod", "amod") and c.lower_ in ("unknown", "undisclosed") for c in children(tok)):
            v = max(1, people_named(tok))
        else:
            continue
        if v:
            yield key, v


def next_sentence(sent):
    """The sentence after `sent` when it goes on about the same incident, else None."""
    if sent.end >= len(sent.doc):
        return None
    following = sent.doc[sent.end].sent
    opening = {t.lower_ for t in following[:4]}
    return None if opening & OTHER_INCIDENT else following


def toll_after(sent) -> dict[str, int]:
    """The toll a summary states in the sentence after the event, with no actor of its own:
    "12 killed.", "1 fatality.", "2 civilians killed, 5 injured.", "Four soldiers were killed.",
    "He was later found dead.", "One woman died of her injuries a week later."."""
    following = next_sentence(sent)
    if following is None:
        return {}
    out: dict[str, int] = {}
    for tok in following:
        lemma = tok.lemma_.lower()
        if lemma in TOLL_NOUNS and tok.pos_ == "NOUN" and (tok.dep_ == "ROOT" or tok.dep_ == "dobj"
                                                           and tok.head.lemma_.lower() in REPORTING):
            key, who = TOLL_NOUNS[lemma], tok          # "6 fatalities.", "Sources reported 15 fatalities."
        elif lemma in HARM_PARTICIPLES and tok.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "agent") or c.lower_ == "also" for c in children(tok)):
            key = harm(lemma)                          # "12 killed.", "2 civilians killed, 5 injured"
            who = tok.head if tok.dep_ == "acl" else next(
                (c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
        elif tok.dep_ == "ROOT" and (lemma == "die" and own_death(tok) or lemma == "find" and any(
                c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for c in children(tok))):
            key = "killed"                             # "one woman died of her injuries", "was found dead"
            who = next((c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            continue
        if who is None:
            continue
        v = number(who) if who.like_num else counted_people(who) if who is not tok else number(
            next((c for c in children(who) if c.dep_ == "nummod"), who))
        if not v and who.tag_ == "PRP" and who.lower_ in ("he", "she"):
            v = 1
        elif not v and who is not tok:
            v = people_named(who) if is_people(who) or one_person(who) else 0
        if v:
            out[key] = max(out.get(key, 0), v)
    return out


def own_death(die) -> bool:
    """A death told without another cause: "died", "died of her wounds", "died in the blaze"
    (the blaze already told), not "died in a flood"."""
    for prep in (c for c in children(die) if c.dep_ == "prep"):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if pobj.lemma_.lower() not in OWN_WOUNDS and not any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "their", "his", "her") for d in children(pobj)):
                return False
    return True


def bare_participle_toll(tok) -> tuple[str, int] | None:
    """A toll told by a number and a participle, with no verb of its own: "... in Tera. 8 killed"
    (the fragment the parser hangs on the sentence before it)."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in HARM_PARTICIPLES or tok.i == 0 or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in children(tok)):
        return None
    before = tok.doc[tok.i - 1]
    v = number(before) if before.like_num and before.ent_type_ != "DATE" else None
    return (harm(tok.lemma_.lower()), v) if v else None


def caused(noun) -> bool:
    """A death or injury the clause says was caused: "led to / resulted in the death of", "caused
    injuries to" (not "to mourn the death of")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.lemma_.lower() in CAUSING


def deaths_after(trigger) -> dict[str, int]:
    """"a policeman died of his wounds after the attack", "four herders died when a landmine
    exploded": who died of the event the sentence names."""
    die = trigger.head.head if trigger.dep_ == "pobj" else trigger.head if trigger.dep_ == "advcl" else None
    if die is None or die.lemma_.lower() != "die":
        return {}
    subj = next((c for c in children(die) if c.dep_ == "nsubj"), None)
    if subj is None or not personal(subj):
        return {}
    count = people_named(subj)
    return {"killed": count} if count else {}


def death_toll(trigger) -> int | None:
    """"the death toll from the bombing rose to 40", "a toll of 12": the toll of the event in it."""
    toll = trigger.head
    for _ in range(3):
        if toll.lemma_.lower() == "toll" or toll.head.i == toll.i:
            break
        toll = toll.head
    if toll.lemma_.lower() != "toll" or not any(c.lemma_.lower() in DEAD_WORDS for c in toll.lefts):
        return None
    places = [c for c in children(toll) if c.dep_ in ("nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of"]
    if toll.dep_ == "nsubj":   # "rose to 40", "stood at 12", "reached 40"
        places += [c for c in children(toll.head) if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in TOLL_PREPS]
    for c in places:
        for t in (c, *children(c)):
            if t.like_num and number(t):
                return number(t)
    return None
