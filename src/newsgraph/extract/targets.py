"""Whom violence was done to, when the attack's clause names no actor as its object: the armed
institution a site belongs to ("attacked a police checkpoint" -> the police, "shelled a Nigerian
army base" -> Nigeria's military), the victims counted in its clause ("ambushed a patrol, killing
three soldiers" -> soldiers) or in the sentence after it ("... attacked a district centre. Four
policemen were killed."). A place with no institution named ("a hotel", "a market") stays no target:
empty rather than guessed."""
from __future__ import annotations

from ..resolve.participants import ARMED_HEADS, COLLECTIVE_TYPE, FORCES, collective_entity, collective_span
from ..wordlists import table, words
from .actors import KnownActors
from .arguments import actor_of, entity_type, generic_actor
from .attack_agents import GATHERINGS, PEOPLE_NOUNS, PERPETRATORS, described_people
from .crafts import CRAFTS, carried, crew_kind
from .entity_lookup import unnamed
from .frames import Candidate, noun_frame
from .lexicon import lexicon
from .quantities import HARM_PARTICIPLES, counted_people, harm_of, is_people, next_sentence, personal
from .vessels import vessel_targets

HELD_SITES = words("held_sites")
SITE_HOLDERS = {lemma: sector for sector, lemmas in table("site_holders").items() for lemma in lemmas}
# prepositions that name what a verb of violence hits ("opened fire on", "fired at", "a raid on")
TARGET_PREPS = words("targets_target_preps")
# who the victims may be: people acted upon, never the attackers' own kind of word
# modifiers of an attack noun that make it another attack than the one just told
OTHER_ATTACK = words("targets_other_attack")
VICTIM_TYPES = frozenset({"MILITARY", "OTHER", "PERSON", "GOVERNMENT", "ARMED_GROUP"})
# counted victims that are the armed side of a fight, not a described group of victims
ARMED_NOUNS = words("armed_nouns")


def name_targets(candidates: list[Candidate], res: KnownActors) -> None:
    """Give attacks stated without an actor as their object the one the text names nearby."""
    for c in candidates:
        if c.type not in ("ASSAULT", "COERCE") or c.object is not None:
            continue
        if c.type == "COERCE":   # "intercepted boats with 26 pirates", "raided a migrant camp": the people seized
            found = crew_of(c, res) or site_holder(c, res) or described_victim(c, res)
        else:
            if c.object_tok is None:   # "a gunman opened fire on shoppers": whom it was done to, if no actor
                c.object_tok = next((s for s in sites_of(c.trigger) if is_people(s) or s.tag_ == "NNS" and personal(s)
                                     or s.lemma_.lower() in GATHERINGS), None)
            found = site_holder(c, res) or crew_of(c, res) or clause_victims(c, res) or victims_after(c, res) \
                or described_victim(c, res)
        if found is not None and found[0] != c.subject and not own_side(found[0], c.subject, res):
            c.object, c.object_tok = found
    share_targets(candidates)
    vessel_targets(candidates, res, sites_of)   # "pirates threatened a merchant vessel"


DESCRIBED_PEOPLE = PEOPLE_NOUNS | PERPETRATORS | GATHERINGS
# acts that, done to a person, are violence in every sense of the word ("shot a carjacker", "targeted the managers")
BODILY_VIOLENCE = words("literal_triggers") | words("bodily_blows") | frozenset(
    {"shoot", "fire", "target", "attack", "assault", "wound", "injure", "beat", "gun"})


def described_victim(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"shot a carjacker", "fired shots at the supervisor who had suspended her": a person the act
    was done to, described by a noun of people (or by a "who" clause) rather than named."""
    tok = c.object_tok
    if tok is None or tok.head.i != c.trigger.i and not (tok.dep_ == "pobj" and tok.head.head.i == c.trigger.i) \
            and not (c.trigger.dep_ == "acl" and c.trigger.head.i == tok.i):   # "a teenager shot by police"
        return None
    if c.trigger.lemma_.lower() not in BODILY_VIOLENCE and c.type != "COERCE" \
            and not (c.trigger.lemma_.lower() == "disperse" and tok.lemma_.lower() in GATHERINGS):
        return None   # "the prisoners' dilemma has captured economists": a word of many senses
    lemma = tok.lemma_.lower()
    if any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children):
        return None   # "no suspects have been taken into custody": no one was
    if COLLECTIVE_TYPE.get(lemma, "OTHER") != "OTHER" or lemma in FORCES:
        return None   # soldiers, police, militants: resolution's kinds, whose side it decides
    who = any(r.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in r.children) for r in tok.children)
    if not who and lemma not in DESCRIBED_PEOPLE:
        return None   # "wounded six others": the victims told before, not a new group
    key = described_people(tok, res, doer=who)
    return (key, tok) if key is not None else None


def own_side(victim: str, attacker: str | None, res: KnownActors) -> bool:
    """Armed men killed in an attack by armed men, or by no one named, are most often the attackers
    themselves ("Gunmen stormed a hotel. Two attackers were killed."), not its target; and forces
    hitting unnamed "military" things hit the other side's, not their own kind."""
    if unnamed(victim) and entity_type(victim, res) == "MILITARY" == entity_type(attacker, res):
        return True   # "Sudanese forces ... destroying military vehicles": the enemy's, of no side named
    return entity_type(victim, res) == "ARMED_GROUP" and entity_type(attacker, res) in ("ARMED_GROUP", None)


def share_targets(candidates: list[Candidate]) -> None:
    """"Jihadists killed four gendarmes and wounded six others": a verb joined to an attack's verb
    without a subject of its own tells the same attack, and keeps its target (so the two stay one)."""
    by_trigger = {c.trigger.i: c for c in candidates if c.type == "ASSAULT" and c.object is not None}
    for c in candidates:
        head = by_trigger.get(c.trigger.head.i) if c.trigger.dep_ == "conj" else None
        if c.type == "ASSAULT" and c.object is None and head is not None and head.subject == c.subject \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.trigger.children) and not own_site(c.trigger):
            c.object = head.object


def own_site(verb) -> bool:
    """A thing the joined verb strikes itself, not more of the same victims: "pounded Kharkiv and struck
    energy facilities in Odesa" (but "killed four and wounded six others": the same attack's victims)."""
    return any(x.dep_ == "dobj" and not (is_people(x) or x.like_num or x.lower_ in ("others", "more"))
               for x in verb.children)


def sites_of(trigger):
    """The things a verb or noun of violence is done to: its object, or what it is "on"/"at"."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            yield from (c, *c.conjuncts)
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield from (p, *p.conjuncts)
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "open":   # "opened fire on X"
        yield from sites_of(trigger.head)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":   # "the station came under fire"
        yield from (x for x in trigger.head.head.children if x.dep_ == "nsubj")


def site_holder(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The force whose post, base or vehicle was hit: "a police checkpoint", "an army convoy", also
    through the attack a harm is told in ("two soldiers were killed in an attack on a police convoy");
    else the kind of people named before it ("a rebel camp", "a civilian convoy"; crafts.crew_kind)."""
    for site in (*sites_of(c.trigger), *setting_sites(c.trigger)):
        if site.lemma_.lower() not in HELD_SITES:
            continue
        for mod in (m for m in site.lefts if m.dep_ in ("compound", "amod", "nmod")):
            sector = SITE_HOLDERS.get(mod.lemma_.lower())
            if sector is not None:
                return forces_of(site, mod, sector, res), site
        key = crew_kind(site, res)
        if key is not None:
            return key, site
    return None


def setting_sites(trigger) -> list:
    """The sites of the attack a harm is told in: "were killed in an attack on a police station" (not
    when the harm's own object names whom it hit: "killed two soldiers in an attack on a police post")."""
    if any(c.dep_ == "dobj" for c in trigger.children):
        return []
    lex = lexicon()
    return [s for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for noun in p.children if noun.dep_ == "pobj" and (frame := noun_frame(noun, lex)) is not None
            and frame.type in ("ASSAULT", "COERCE") for s in sites_of(noun)]


def crew_of(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The people on a craft the act hit or seized: those it carries ("a bus carrying pilgrims"), or
    the crew its name says ("sank a pirate ship"); crafts.py."""
    for site in sites_of(c.trigger):
        if site.lemma_.lower() not in CRAFTS:
            continue
        for person in carried(site):
            key = victim_actor(person, res)
            if key is not None:
                return key, person
        key = crew_kind(site, res)
        if key is not None:
            return key, site
    return None


def force_modifier(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"the police shooting of a teenager", "the army's detention of two reporters": a force word
    modifying an attack or repression noun that names whom it was done to, after it, is who did it (without that target, "police
    killings" may be killings of police); of a repression noun, with or without one ("a police raid")."""
    noun = c.trigger
    target = c.object_tok
    aimed = target is not None and target.i > noun.i and any(
        p.dep_ == "prep" and p.lower_ in TARGET_PREPS and target in p.children for p in noun.children)
    if noun.pos_ != "NOUN" or not aimed and c.type != "COERCE":
        return None   # a raid or crackdown is never done to the force that names it ("an army crackdown")
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in lexicon().light_verbs \
            and any(a.dep_ == "agent" for a in noun.head.children):
        return None   # "a naval blockade was imposed by the coalition": its doer is named (not "condemned by")
    for mod in noun.lefts:
        key = modifier_force(noun, mod, res)
        if key is not None:
            return (key, mod) if key != c.object else None
    return None


def modifier_force(noun, mod, res: KnownActors) -> str | None:
    """The force a force word modifying an act noun names ("a police raid", "an army crackdown" in
    Yangon: Myanmar's military, "a military sweep"), or None for any other modifier ("a dawn raid",
    "a car bomb")."""
    force_word = mod.dep_ in ("compound", "poss") and mod.pos_ == "NOUN" or mod.dep_ == "amod" and mod.pos_ == "ADJ"
    sector = SITE_HOLDERS.get(mod.lemma_.lower()) if force_word else None
    return forces_of(noun, mod, sector, res) if sector is not None else None


def forces_of(site, mod, sector: str, res: KnownActors) -> str:
    """The forces a site modifier names: those of the country another modifier or its place names
    ("a Nigerian army base", "a police station in Kabul"), else the unnamed force ("police")."""
    for other in site.lefts:
        key = actor_of(other, res) if other.i != mod.i else None
        country = res.entities[key].country if key and key in res.entities else None
        if country and entity_type(key, res) in ("COUNTRY", "LOCATION") and res.gazetteer is not None:
            body = res.gazetteer.sector(country, sector)
            if body is not None:
                res.add_actor(body)
                return body.key
    kind = "police" if sector == "police" else "military"
    entity, reason, label = collective_entity(site, (kind, kind, "MILITARY"), res, res.gazetteer)
    res.add_mention(site.doc[mod.i:mod.i + 1], entity, reason, label)
    return entity.key


def victim_actor(tok, res: KnownActors) -> str | None:
    """The actor a victim noun names: a named or unnamed one ("five villagers", "three Malian
    soldiers"). Forces of no stated side ("two soldiers were killed") are no target: whose soldiers
    they were is what a target says, and a guess would often be the wrong side."""
    key = actor_of(tok, res) or generic_actor(tok, res) or counted_victims(tok, res)
    if key is None or entity_type(key, res) not in VICTIM_TYPES:
        return None
    return key


def counted_victims(tok, res: KnownActors) -> str | None:
    """Counted people of a kind no actor list knows ("killed four shepherds", "abducted 14 miners"):
    the victims as a described group; not forces or armed men, whose side a target must say, nor
    "six others", whose kind is the victims' told before."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma == "other" or not personal(tok) or lemma in FORCES or lemma in ARMED_HEADS \
            or lemma in ARMED_NOUNS or not counted_people(tok):
        return None
    plural = tok.lower_
    entity, reason, label = collective_entity(tok, (lemma, plural, "OTHER"), res, res.gazetteer)
    res.add_mention(collective_span(tok, res), entity, reason, label)
    return entity.key


def clause_victims(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """Victims the attack's own clause counts: "..., killing three soldiers", "shot dead two
    policemen", "the ambush killed four policemen"; not the victims of another act ("killing 70 people, including 10 women" has no
    actor among the people)."""
    heads = [c.trigger, c.trigger.head] if c.trigger.dep_ == "nsubj" else [c.trigger]
    # "an attack on the village killed twelve farmers", "a strike hit a market, killing seven civilians"
    # (not a conjoined verb: "shot and killed X" tells X on the second verb already)
    verbs = heads + [x for h in heads for x in h.children if x.dep_ == "advcl" and harm_of(x)]
    outer = enclosing_harm(c.trigger)
    for verb in verbs + ([outer] if outer is not None else []):
        if not harm_of(verb):
            continue
        # "five soldiers were killed in an attack", "two soldiers were shot dead"
        roles = ("nsubjpass", "nsubj") if verb is outer else ("dobj", "nsubjpass")
        for obj in (x for x in verb.children if x.dep_ in roles):
            key = victim_actor(obj, res)
            if key is not None:
                return key, obj
    return None


def enclosing_harm(trigger):
    """The death or injury an attack is told as the setting of: "five soldiers were killed in an
    attack by X", "two soldiers died when militants attacked their post"."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during") and trigger.head.i > trigger.head.head.i:
        return trigger.head.head   # not a setting put first: "In the 2006 war, 28 civilians were killed"
    if trigger.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in trigger.children):
        return trigger.head
    return None


def victims_after(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """Victims the next sentence says were killed or hurt, with no actor of their own: "Four
    policemen were killed.", "Eleven soldiers died."."""
    following = next_sentence(c.trigger.sent)
    if following is None:
        return None
    root = following.root
    if not (root.lemma_.lower() in HARM_PARTICIPLES and root.tag_ == "VBN" or root.lemma_.lower() == "die") \
            or any(x.dep_ == "agent" for x in root.children) or in_other_attack(root):
        return None
    who = next((x for x in root.children if x.dep_ in ("nsubjpass", "nsubj")), None)
    if who is None or not any(x.dep_ == "nummod" for x in who.children):
        return None
    key = victim_actor(who, res)
    return (key, who) if key is not None else None


def in_other_attack(verb) -> bool:
    """"In an earlier airstrike, three cousins were killed": the deaths of another attack."""
    return any(m.lower_ in OTHER_ATTACK for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
               for x in p.children if x.dep_ == "pobj" for m in x.children if m.dep_ in ("amod", "det"))
