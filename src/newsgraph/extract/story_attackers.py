"""The attacker of a story that names one: news names who attacked once and tells the attack in
the sentences around it without naming them again ("A former employee opened fire at the office
party, killing his boss. ... One man was shot and killed"; "the murders of his mother and sister";
"the shooting occurred at 10 a.m."). An attack stated without its attacker, near attacks of the same
story with their attacker and their victim named (or their attacker charged for them), is by that
attacker when no other attacker is named near it, the attacker is no victim in the story, and it
fights no armed side or state (where soldiers and pirates, police and gunmen, or an armed group and a
state meet, either may have fired).
Only words that name violence in every use: not "was hit" or "captured"."""
from __future__ import annotations

from ..doctext import doc_text, tokens_with_lemma
from ..model import ARMED_TYPES
from ..resolve.participants import COLLECTIVE_TYPE
from ..wordlists import words
from .accused_acts import CHARGING, NOMINAL_ATTACK, UNPROVEN, charging_verb
from .actors import KnownActors
from .arguments import entity_type, is_passive
from .frames import Candidate
from .lexicon import lexicon
from .mood import habitual
from .quantities import is_people
from .sense import LITERAL, NOT_ACTORS, SECURITY, SIDE_LABELS, not_an_actor
from .sense_conflict import WEAPONS
from .story_attack_nouns import referring

# how many sentences before or after an attack with its attacker an unattributed one may be
REACH = 3
# words of violence besides the literal ones that have no other sense in a story of violence
# ("executed a raid" carries one out)
VIOLENCE = LITERAL - {"execute"} | frozenset({"shoot", "shooting", "gun", "fire", "slay", "slaying", "attack", "assault", "spree", "rampage"}) \
    | words("story_explosions")
# acts that make their doer the story's attacker with no victim named ("walked in and opened fire")
UNAIMED = words("attacks_without_victim")
# nouns that name the story's attacker wherever they stand ("The gunman, Derek Hale, 24, had ...")
DESCRIBED_ATTACKERS = words("story_attacker_nouns")
# sides an attacker may be at war with: armed ones (sides that fight back: in their story an attack
# stated without its attacker may be theirs), and states ("Hamas fired rockets at Israel. ...
# twelve were killed when missiles hit their house": either side may have fired)
AT_WAR = ARMED_TYPES | frozenset({"COUNTRY", "GOVERNMENT"})


def story_attacker(candidates: list[Candidate], res: KnownActors, bare: frozenset[int] = frozenset()) -> None:
    """Give attacks stated without their attacker the attacker the story names near them: the one
    attacker of the attacks told within REACH sentences, with their victim named or their doer
    charged for them ("X was charged with murder"); the nearest such, not the story's first, so that
    a story of two attacks far apart gives each its own; none where two attackers are named near.
    A bare attack noun (trigger index in `bare`, story_attack_nouns) takes the victim as well, and so
    does an attack noun its attacker is charged with ("Diaz, accused in the shootings")."""
    attacks = [c for c in candidates if c.type == "ASSAULT" and not (c.frame is not None and c.frame.symmetric)]
    named = [c for c in attacks if c.subject is not None and c.subject != c.object
             and (c.object is not None or charging_verb(c.trigger) is not None or owned_back(c))
             and not not_an_actor(c.subject_tok) and entity_type(c.subject, res) != "LOCATION"]
    named += [n for n in described_attackers(candidates[0].trigger.doc if candidates else None, res)
              if not any(n.trigger.sent.start == o.trigger.sent.start for o in named)]
    # named without a victim or a charge, a victim of the story is likelier a misread "he" than its attacker
    named = [n for n in named if n.object is not None or charging_verb(n.trigger) is not None
             or not any(a.object == n.subject for a in attacks)]
    if not named:
        return
    order = {start: n for n, start in enumerate(sorted({c.trigger.sent.start for c in (*candidates, *named)}))}
    for c in attacks:
        if c.subject is not None and c.object is None and c.trigger.pos_ == "NOUN" \
                and (c.trigger.i in bare or charging_verb(c.trigger) is not None):
            c.object = victim_told(c, c.subject, named, order)   # "X, accused in the shootings": X's
        if c.subject is not None or c.subject_tok is not None and c.subject_tok.lemma_.lower() not in WEAPONS \
                or c.trigger.lemma_.lower() not in VIOLENCE and c.trigger.lower_ not in VIOLENCE \
                or modifier_doer(c.trigger, res) or habit(c.trigger) \
                or any(not_an_actor(t) and (t.dep_ == "nsubj" or t.head.dep_ == "agent") for t in c.trigger.sent):
            continue    # a quake or a storm doing something in the sentence may be what killed
        here = order[c.trigger.sent.start]
        near = named_near(named, here, order, res)
        if len({n.subject for n in near}) != 1:
            continue    # no attacker named near, or two: either may have done it
        attacker = near[0].subject
        if c.object == attacker or same_side(attacker, c.object, res) or not lone_attacker(attacker, attacks, candidates, res) \
                or named_here(attacker, c, res) or charged_here(attacker, c, res):
            continue
        c.subject = attacker   # named in another sentence: no subject token here
        told = [n for n in near if n.subject == attacker]
        # how surely it is told: as the attacks told near on their victims, before those that only name the
        # attacker ("she opened fire", "the gunman, X,")
        c.told_by = (tuple(n for n in told if n.object is not None or charging_verb(n.trigger) is not None)
                     or tuple(told)) + holdings(attacker, candidates)
        if c.trigger.i in bare and c.object is None:
            c.object = victim_told(c, attacker, near, order)   # "the shooting": the attack told, on its victim


def habit(trigger) -> bool:
    """An attack told as what happens often ("These deputies are constantly getting shot at", "are
    often attacked"): no one attack, and not the story's attacker's; how often may hang on an auxiliary."""
    return any(habitual(t) for t in (trigger, *(a for a in trigger.children if a.dep_ in ("aux", "auxpass"))))


def holdings(attacker: str, candidates: list[Candidate]) -> tuple[Candidate, ...]:
    """The arrests, charges and accusations of the story's attacker ("Police arrested Dylan Moss",
    "Moss was charged"): one only held for the attacks is their alleged doer (doubted_doers); none
    where the story convicts them, a court's finding."""
    held = tuple(o for o in candidates if o.type in ("ACCUSE", "COERCE") and o.object == attacker
                 and o.trigger.lemma_.lower() in UNPROVEN)
    convicted = any(o.object == attacker and o.trigger.lemma_.lower() in CHARGING - UNPROVEN for o in candidates)
    return () if convicted else held


def described_attackers(doc, res: KnownActors) -> list[Candidate]:
    """The persons the story names by an attacker noun outside any attack ("The gunman, Derek Hale, 24,
    had been fired a week earlier"): each as an attack of no victim told in that sentence, for the
    attacks stated bare near it; only a person named, not one only described ("the gunman"), and by a
    definite description, which points at the story's one attacker."""
    found = []
    for tok in (doc[i] for i in (tokens_with_lemma(doc, DESCRIBED_ATTACKERS) if doc is not None else ())):
        if tok.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
            continue    # "the gunman": this story's; not "shoe bomber Richard Reid" in a list of convicts
        names = [t for t in (tok, *(x for x in tok.children if x.dep_ == "appos"),
                             *((tok.head,) if tok.dep_ == "appos" else ())) if t.i in res.token_entity]
        keys = {res.token_entity[t.i] for t in names}
        key = next(iter(keys)) if len(keys) == 1 else None
        if key is not None and ":#" not in key and entity_type(key, res) == "PERSON":
            found.append(Candidate("ASSAULT", tok, key, None, names[0], None, NOMINAL_ATTACK, tok))
    return found


def owned_back(c: Candidate) -> bool:
    """An attack whose doer is named with no victim: shooting or bombing as such ("He walked in and
    opened fire"), or an attack told before that a later sentence gives its doer by a definite noun
    ("Hamas said it carried out the attack", "police blamed Hamas for the bombing": blamed_attacks)."""
    unaimed = c.trigger.lemma_.lower() in UNAIMED and not is_passive(c.trigger) and (
        c.subject_tok is None or c.subject_tok.dep_ != "nsubjpass")   # "he was going to be shot": no doer
    return (unaimed or c.trigger.pos_ == "NOUN" and referring(c.trigger)) and not disowned(c.trigger)


def disowned(trigger) -> bool:
    """"Sudan's armed forces denied they carried out the strike", "did not open fire": an act its
    clause negates or denies names no one as the story's attacker."""
    return any(any(x.dep_ == "neg" for x in t.children) or t.lemma_.lower() in lexicon().denial
               for t in (trigger, *trigger.ancestors))


def named_near(named: list[Candidate], here: int, order: dict[int, int], res: KnownActors) -> list[Candidate]:
    """The attacks with their attacker told within REACH sentences of sentence `here`; a person only
    described ("a 61-year-old man was charged with murder") gives way to a person named near it
    ("Eric Kirkpatrick opened fire"): crime news describes its one attacker before naming him."""
    near = [n for n in named if abs(order[n.trigger.sent.start] - here) <= REACH]
    persons = {n.subject for n in near if entity_type(n.subject, res) == "PERSON"}
    if any(":#" not in p for p in persons):
        near = [n for n in near if not (n.subject in persons and ":#" in n.subject)]
    return near


def named_here(attacker: str, c: Candidate, res: KnownActors) -> bool:
    """A person only described ("a man suspected of shooting three people") for an attack whose own
    sentence names a person other than its victim ("Police located Anthony LaCalamita, near the
    building where the shootings took place"): the description is likely that person, named now,
    and the description would stand in for the name (as in named_near)."""
    if ":#" not in attacker or entity_type(attacker, res) != "PERSON":
        return False
    keys = {res.token_entity.get(t.i) for t in c.trigger.sent} - {None, c.object, attacker}
    return any(entity_type(k, res) == "PERSON" and ":#" not in k for k in keys)


def charged_here(attacker: str, c: Candidate, res: KnownActors) -> bool:
    """An attack in a sentence that charges someone (with it, or "of the crime of" it), where that sentence names a person other than
    its victim and the attacker ("Al-Amin, convicted in Georgia of murdering a deputy" in a list of
    convicts): that person is likely the one charged, whom the parse did not give."""
    if charging_verb(c.trigger) is None and not any(t.lemma_.lower() in CHARGING for t in c.trigger.sent):
        return False
    keys = {res.token_entity.get(t.i) for t in c.trigger.sent} - {None, c.object, attacker}
    return any(entity_type(k, res) == "PERSON" and ":#" not in k for k in keys)


def victim_told(c: Candidate, attacker: str, named: list[Candidate], order: dict[int, int]) -> str | None:
    """The one victim of the attacks by `attacker` told within REACH sentences of `c`, or None where
    they name none or several ("charged with murder in the death of Kafoury" after the shootings of
    Kafoury, Riva and Steinberg: which one, the noun does not say)."""
    here = order[c.trigger.sent.start]
    victims = {n.object for n in named if n.subject == attacker and n.object is not None
               and abs(order[n.trigger.sent.start] - here) <= REACH}
    return next(iter(victims)) if len(victims) == 1 else None


def lone_attacker(attacker: str, attacks: list[Candidate], candidates: list[Candidate], res: KnownActors) -> bool:
    """An attacker who is no storm, is attacked by no one in the story and fights no armed side or state:
    where soldiers and pirates or police and rioters meet, either may have done what is told bare."""
    return not hazard(attacker, attacks[0].trigger.doc, res) and not any(c.object == attacker for c in attacks) \
        and not any(c.type in ("ASSAULT", "COERCE") and c.subject == attacker and entity_type(c.object, res) in AT_WAR
                    for c in candidates)


def modifier_doer(noun, res: KnownActors) -> bool:
    """An attack noun whose own modifier names a doer ("a pirate attack", "Israeli shelling", "the
    rebels' raid"; not "the Kabul attack", a place): the attacker is stated, and may be another."""
    for m in noun.lefts:
        if m.dep_ not in ("compound", "amod", "poss"):
            continue
        key = res.token_entity.get(m.i)
        if key is not None and entity_type(key, res) != "LOCATION" or is_people(m) or m.ent_type_ in SIDE_LABELS \
                or m.lemma_.lower() in SECURITY or COLLECTIVE_TYPE.get(m.lemma_.lower()) in ARMED_TYPES:
            return True
    return False


def same_side(attacker: str, victim: str | None, res: KnownActors) -> bool:
    """The victim is the attacker's own state or force ("Israelis killed" in a story of Israeli
    strikes): its losses were inflicted by the other side."""
    a, v = res.entities.get(attacker), res.entities.get(victim) if victim else None
    if a is None or v is None:
        return False
    return a.parent == victim or v.parent == attacker or a.country is not None and a.country == v.country


def hazard(key: str, doc, res: KnownActors) -> bool:
    """An actor the story calls a storm or a disease ("Hurricane Mitch", then "Mitch killed")."""
    entity = res.entities.get(key)
    if entity is None:
        return False
    names = {entity.name, *entity.aliases}
    return any(w.lower() in NOT_ACTORS for n in names for w in n.split()) or any(
        f"{word.capitalize()} {name}" in doc_text(doc) for word in NOT_ACTORS for name in names)
