"""Who is said to be behind violence: claims of responsibility ("ISIS claimed responsibility for
the attacks"), "X has been behind a number of attacks, including ...", accusations by a state,
body or named person, and the attacker named near an attack stated without one."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .accused_acts import charged_actor, suspect_attacker
from .actors import KnownActors
from .agent_phrases import perpetrator, shared_agent, take_blamed, weapon_agent
from .arguments import VERBAL, actor_of, actors_of, entity_type, is_passive, subject_token
from .armed_modifiers import armed_modifier
from .attack_agents import (
    crowd_attacker,
    described_attacker,
    group_pointed_back,
    misattached_agent,
    owner_of_try,
    shared_clause_subject,
    source_pointed_back,
    unbound_pronoun,
    whose_members,
)
from .blamed_attacks import attack_noun, blamed_attack_events, headline_doer, possessed_victim, relative_charged
from .described_doers import named_described_doers
from .entity_lookup import unnamed
from .frames import (
    Candidate,
    clause_object,
    event_noun,
    noun_frame,
    noun_object,
    subjects_of,
    thing_acted_on,
)
from .quantities import harm_of
from .root_noun_doers import misparsed_doer
from .story_attack_nouns import bare_attack_nouns
from .story_attackers import same_side, story_attacker
from .targets import HELD_SITES, force_modifier, name_targets
from .told_back import told_back_attackers

# heads an actor's description hangs on ("the militia behind the massacre", "the Taliban, responsible for")
DESCRIBED = frozenset({"NOUN", "PROPN"})
# acts such a description makes the actor the doer of
DESCRIBED_ACTS = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# targets many attack in one story: states, their forces, armed groups
SIDES_OF_WARS = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY", "ARMED_GROUP"})
# a state and the bodies that speak and fight for it
STATE_SIDES = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY"})


def responsibility_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"X has been behind a number of attacks, including Y", "X is responsible for the attack":
    X carried them out; so did the actor such a phrase describes ("the Taliban, responsible for the
    attack on ...", "the militia behind the massacre")."""
    for prep in tokens.preps:
        if not (prep.dep_ == "prep" and (prep.lower_ == "behind" and (prep.head.lemma_ in ("be", "stand")
                                                                      or prep.head.pos_ in DESCRIBED)
                                         or prep.lower_ == "for" and prep.head.lower_ == "responsible")):
            continue
        verb = prep.head if prep.head.pos_ in VERBAL | DESCRIBED else prep.head.head
        described = verb.pos_ in DESCRIBED
        subj_tok = verb if described else subject_token(verb) or next(
            (c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        subjects = subjects_of(subj_tok, res)
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            nouns = []
            first = event_noun(pobj, lex)
            if first is not None:
                nouns.append(first)
                # "a number of attacks, including rocket fire on X and an attack that ..."
                for t in pobj.subtree:
                    if t.dep_ == "prep" and t.lower_ == "including":
                        nouns += [x for x in t.subtree if x.pos_ == "NOUN" and noun_frame(x, lex)
                                  and not noun_frame(x, lex).light_only or x.pos_ == "NOUN" and x.i != t.i
                                  and any(c.dep_ == "compound" for c in x.children) and noun_frame(x, lex)]
            for noun in nouns:
                frame = noun_frame(noun, lex)
                if described and frame.type not in DESCRIBED_ACTS:
                    continue   # "the man behind the deal": its maker, not a party to it
                used.add(noun.i)
                okey, otok = noun_object(noun, frame, res)
                if okey is None:
                    okey, otok = clause_object(noun, res)
                for skey, stok in subjects:
                    if okey != skey:
                        yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, verb)
    yield from under_attack_events(tokens, res, lex, used)
    yield from blamed_attack_events(tokens, res, lex, used)


def under_attack_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"The town came under attack from ISWAP fighters", "a convoy came under fire from militants":
    the "from" phrase attacks the subject of the verb it is under."""
    for prep in tokens.preps:
        if prep.lower_ != "under" or prep.head.pos_ not in VERBAL:
            continue
        verb = prep.head
        for noun in (x for x in prep.children if x.dep_ == "pobj" and x.i not in used):
            frame = noun_frame(noun, lex)
            if frame is None or frame.type != "ASSAULT":
                continue
            source = next((p for h in (noun, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                           and not any(x.dep_ == "neg" for x in p.children)), None)   # "not from terrorists"
            pobj = next((x for x in source.children if x.dep_ == "pobj"), None) if source is not None else None
            target_tok = subject_token(verb)
            target = actor_of(target_tok, res) if target_tok is not None else None
            if target is None and (target_tok is None or target_tok.lemma_.lower() not in ATTACKABLE):
                continue   # "our way of life is under attack from ...": a figure of speech
            attackers = actors_of(pobj, res) if pobj is not None else []
            for key, tok in attackers:
                used.add(noun.i)
                yield Candidate("ASSAULT", noun, key, target if target != key else None, tok,
                                target_tok, frame, verb)


def claim_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """Claims of responsibility: "ISIS claimed responsibility for the attacks", "the bombing,
    which was claimed by ISIS": the claimant is the actor of the attack."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "claim":
            continue
        noun = None
        claimant_tok = subject_token(verb)
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit"):
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "for":
                        noun = next((claimed_noun(x, lex) for x in p.children if x.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ == "for":
                noun = next((claimed_noun(x, lex) for x in c.children if x.dep_ == "pobj"), None)
        if noun is None and is_passive(verb) and verb.dep_ == "relcl":
            # "the bombing of a church in Cairo last week, which was claimed by ISIS"
            head = verb.head
            for _ in range(4):
                noun = event_noun(head, lex)
                if noun is not None or head.head.i == head.i:
                    break
                head = head.head
        if noun is None or claimant_tok is None:
            continue
        claimant = actor_of(claimant_tok, res)
        if claimant is None:
            continue
        frame = noun_frame(noun, lex) or attack_noun(noun, lex)[1]
        okey, otok = noun_object(noun, frame, res)
        if okey is None:
            otok = thing_acted_on(noun, frame)
        yield Candidate(frame.type, noun, claimant, okey if okey != claimant else None, claimant_tok, otok,
                        frame, verb)


def claimed_noun(tok, lex):
    """The act a claim of responsibility names: an event noun, or a blast, which is an attack once
    claimed ("claimed responsibility for the blast")."""
    return event_noun(tok, lex) or attack_noun(tok, lex)[0]


def accusation_events(tokens, res: KnownActors, lex, found: list[Candidate], attributor) -> Iterator[Candidate]:
    """A state, body or named person claiming that an actor did something, or that an actor
    stands behind terrorism, accuses that actor: "Egyptian authorities have claimed that Hamas
    ...", "Behind this terrorism stands a country like Iran," Yaalon said. Anonymous sources'
    claims are reported claims, not accusations by a body."""
    for c in found:
        if c.subject is None:
            continue
        verb = c.anchor if c.anchor is not None else c.trigger
        t = verb
        while t.dep_ in ("xcomp", "conj", "acomp") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "ccomp" or t.head.lemma_.lower() not in ("claim", "allege", "accuse", "charge", "assert"):
            continue
        speaker = attributor.speech(t.head)
        accuser = speaker[-1].entity if speaker else None
        ent = res.entities.get(accuser) if accuser else None
        if ent is None or ent.type in ("ANONYMOUS_SOURCE", "MEDIA"):
            continue
        if accuser != c.subject:
            yield Candidate("ACCUSE", t.head, accuser, c.subject, None, c.subject_tok, None, t.head)
    for prep in tokens.preps:
        if prep.lower_ != "behind" or prep.head.lemma_ not in ("be", "stand"):
            continue
        pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if pobj is None or event_noun(pobj, lex) is not None or ranked_state(pobj, res):
            continue
        verb = prep.head
        claim = attributor.attribute(verb, verb)
        if claim.source is None or claim.source.entity is None:
            continue
        accused_tok = subject_token(verb) or next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if accused_tok is None:
            continue
        for key, tok in actors_of(accused_tok, res):
            if key != claim.source.entity and not _own_state(key, claim.source.entity, res):
                yield Candidate("ACCUSE", verb, claim.source.entity, key, None, tok, None, verb)


def ranked_state(tok, res: KnownActors) -> bool:
    """A state one is behind is one it ranks after or backs ("Spain is just behind France in exports"),
    no terror it stands behind; an armed group one is behind is still its sponsor."""
    key = actor_of(tok, res)
    return key is not None and entity_type(key, res) == "COUNTRY"


def _own_state(key: str, speaker: str, res: KnownActors) -> bool:
    """Whether `key` is the state, government or forces of the speaker's own side (story_attackers.same_side):
    "Germany stands behind Israel," the German chancellor said: a pledge of his own side, not blame."""
    ent = res.entities.get(key)
    return ent is not None and ent.type in STATE_SIDES and same_side(speaker, key, res)


# how far back a claim of responsibility reaches for the attack it names ("A bomb killed four
# policemen in Kabul. The Taliban claimed responsibility.")
CLAIM_REACH = 3
CLAIM_NOUNS = words("responsibility_claim_nouns")
DEFINITE = words("responsibility_definite")
# who a later sentence may name as belonging to an armed group: "the attackers were members of X"
ATTACKER_NOUNS = words("attacker_nouns")
# things a "came under attack" may be said of without being an actor: places, posts and vehicles
ATTACKABLE = HELD_SITES | words("place_nouns")


def name_attackers(candidates: list[Candidate], tokens, res: KnownActors, lex) -> None:
    """Give attacks stated without their attacker the one the text names nearby: the agent of the
    weapon ("a roadside bomb planted by the Taliban killed three soldiers"), the agent shared by
    coordinated passives ("was shot and killed by gunmen"), or the claimant of a later claim of
    responsibility for it ("... killing 12. Islamic State claimed responsibility."); then the
    targets stated without their actor (targets.name_targets), once the attackers are known."""
    claims = [claim for verb in tokens.verbs if (claim := backward_claim(verb, res, lex)) is not None]
    bare = bare_attack_nouns(tokens, candidates, lex)   # "the shooting occurred at 10 a.m."
    candidates += bare
    for c in candidates:
        if c.type == "ASSAULT":
            unbound_pronoun(c, res)     # "... when Orozco appeared. He shot Ortiz": not Ortiz
            source_pointed_back(c, candidates, res, lex.reporting)   # "Police said the gang ... They then"
        named = named_antecedent(c, candidates, res)
        if named is not None:
            c.subject, c.subject_tok = named
        later = named_later(c, res) if c.type == "ASSAULT" else None
        if later is not None:
            c.subject, c.subject_tok = later
        if c.type in ("ASSAULT", "COERCE") and c.subject is None:
            take_blamed(c, res)
        possessed_victim(c, res)   # "the shooting of his former boss": the boss, not "his"
        charged = charged_actor(c.trigger, res) or relative_charged(c.trigger, res) if c.type == "ASSAULT" else None
        if charged is not None and charged[0] != c.object:
            c.subject, c.subject_tok = charged
        if c.type in ("ASSAULT", "COERCE") and (found := whose_members(c, res)) is not None:
            c.subject, c.subject_tok = found   # "Boko Haram, whose fighters abducted ..."
        if c.subject is None and c.type == "COERCE" and (found := force_modifier(c, res)) is not None:
            c.subject, c.subject_tok = found   # "the police crackdown on protesters"
        if c.subject is not None or c.type != "ASSAULT":
            continue
        found = weapon_agent(c.subject_tok, res) or perpetrator(c.trigger, res) or shared_agent(c.trigger, res) \
            or misattached_agent(c, res) or enclosing_attacker(c, candidates) or claimant_after(c, claims) \
            or described_attacker(c, res) or group_pointed_back(c, res) or crowd_attacker(c, res) \
            or shared_clause_subject(c, res) or owner_of_try(c, res) or suspect_attacker(c, res) \
            or force_modifier(c, res) or misparsed_doer(c, res) or headline_doer(c, res) or armed_modifier(c, res)
        if found is not None:
            c.subject, c.subject_tok = found
    same_victim_attacker(candidates, res)
    named_described_doers(candidates, res)   # "a 35-year-old man stabbed ... Gomes, 35, was arrested"
    story_attacker(candidates, res, frozenset(c.trigger.i for c in bare))
    told_back_attackers(candidates, res)   # "... ambushed a convoy. Four soldiers died in the ambush"
    candidates[:] = [c for c in candidates if c.subject is not None or all(c is not b for b in bare)]
    name_targets(candidates, res)


def same_victim_attacker(candidates: list[Candidate], res: KnownActors) -> None:
    """An attack on a named victim stated without its attacker, in the passive or by a noun or
    gerund ("Gray had been shot seven times", "the shooting of Gray", "accused of shooting Gray"), is
    by the one attacker the story names for that victim ("officers shot Kimani Gray"): one story, one
    victim, one attack. Not for clashes and battles, whose sides are both the actors, nor for victims
    named only by a description ("three people", "police") or states and armed bodies, whom many may
    have attacked."""
    attackers: dict[str, set[str]] = {}
    for c in candidates:
        if c.type == "ASSAULT" and c.subject is not None and c.object is not None and c.subject != c.object \
                and not denied(c.trigger):
            attackers.setdefault(c.object, set()).add(c.subject)
    for c in candidates:
        if c.type != "ASSAULT" or c.subject is not None or c.object is None or ":#" in c.object \
                or c.trigger.pos_ == "VERB" and not passive_or_joined(c.trigger) and c.trigger.tag_ != "VBG" \
                or unnamed(c.object) or c.frame is not None and c.frame.symmetric \
                or entity_type(c.object, res) in SIDES_OF_WARS:
            continue
        named = attackers.get(c.object, set())
        if len(named) == 1:
            c.subject = next(iter(named))   # its words are in another sentence: no subject token here
            c.told_by = tuple(o for o in candidates if o.type == "ASSAULT" and o.object == c.object
                              and o.subject == c.subject and o is not c and not denied(o.trigger))


def named_antecedent(c: Candidate, candidates: list[Candidate], res: KnownActors) -> tuple[str, object] | None:
    """"Boko Haram fighters raided a village. The militants abducted 20 women.": a definite unnamed
    armed group ("the militants", "the attackers") is the armed group named as the actor of the
    nearest event before it, in its sentence or the one before."""
    tok = c.subject_tok
    if not unnamed(c.subject) or entity_type(c.subject, res) != "ARMED_GROUP" \
            or not any(d.dep_ == "det" and d.lower_ in ("the", "these") for d in tok.children):
        return None
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    earlier = [o for o in candidates if o.subject and o.subject_tok is not None and start <= o.subject_tok.i < tok.i
               and not unnamed(o.subject) and entity_type(o.subject, res) == "ARMED_GROUP"]
    if not earlier:
        return None
    nearest = max(earlier, key=lambda o: o.subject_tok.i)
    return nearest.subject, tok


def passive_or_joined(verb) -> bool:
    """A passive verb, or one joined to a passive ("was shot and killed")."""
    return is_passive(verb) or verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)


def denied(verb) -> bool:
    """"did not pull the trigger and kill her": the act or the one it is joined to is negated."""
    while True:
        if any(x.dep_ == "neg" for x in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def enclosing_attacker(c: Candidate, candidates: list[Candidate]) -> tuple[str, object] | None:
    """"Five soldiers were killed in an attack by al-Shabaab", "two soldiers died when militants
    attacked their post": a death or injury told in or when an attack happened has its attacker."""
    if harm_of(c.trigger) is None:
        return None
    for x in c.trigger.children:
        inner = None
        if x.dep_ == "prep" and x.lower_ in ("in", "during") and x.i > c.trigger.i:   # not "In the war, ..."
            inner = next((p for p in x.children if p.dep_ == "pobj"), None)
        elif x.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in x.children):
            inner = x
        for o in candidates:
            if inner is not None and o is not c and o.type == "ASSAULT" and o.trigger.i == inner.i and o.subject:
                return o.subject, o.subject_tok
    return None


def named_later(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Gunmen stormed a hotel. Police said the attackers were members of al-Shabaab.": a later
    sentence (within CLAIM_REACH) that says who the attackers were or belonged to."""
    sent, doc = c.trigger.sent, c.trigger.doc
    if c.subject is not None and not (unnamed(c.subject) and entity_type(c.subject, res) == "ARMED_GROUP"):
        return None
    following = sent
    for _ in range(CLAIM_REACH):
        if following.end >= len(doc):
            return None
        following = doc[following.end].sent
        for tok in following:
            if tok.lemma_.lower() not in ATTACKER_NOUNS or tok.dep_ != "nsubj" \
                    or not any(d.lower_ in DEFINITE for d in tok.children if d.dep_ in ("det", "poss")):
                continue
            found = belonging(tok.head, res)
            if found is not None:
                return found
    return None


def belonging(verb, res: KnownActors) -> tuple[str, object] | None:
    """Whom "were members of X", "were X fighters", "belonged to X" names."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        attrs = [x for x in verb.children if x.dep_ == "attr"]
    elif lemma in ("belong", "be linked", "link"):
        attrs = [x for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for x in p.children
                 if x.dep_ == "pobj"]
    else:
        return None
    for attr in attrs:
        key = actor_of(attr, res)
        if key is not None and not unnamed(key) and entity_type(key, res) == "ARMED_GROUP":
            return key, attr
    return None


def backward_claim(verb, res: KnownActors, lex) -> tuple[int, str, object] | None:
    """A claim of responsibility that looks back at an attack already told: "claimed
    responsibility" with no "for", or for "the attack"; "claimed the bombing". (sentence start,
    claimant key, claimant token), or None."""
    if verb.lemma_.lower() != "claim" or is_passive(verb):
        return None
    named = None
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
            named = next((x for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                          for x in p.children if x.dep_ == "pobj"), c)
        elif c.dep_ == "dobj" and event_noun(c, lex) is not None:
            named = c
    if named is None or named.lemma_.lower() not in CLAIM_NOUNS and not (
            named.pos_ == "PRON" or any(d.lower_ in DEFINITE for d in named.children if d.dep_ in ("det", "poss"))):
        return None   # "claimed responsibility for a bombing in Kabul that killed 7" tells an attack of its own
    claimant_tok = subject_token(verb)
    claimant = actor_of(claimant_tok, res) if claimant_tok is not None else None
    return (verb.sent.start, claimant, claimant_tok) if claimant else None


def claimant_after(c: Candidate, claims) -> tuple[str, object] | None:
    """The claimant of the first claim in the attack's sentence or the few after it."""
    sent = c.trigger.sent
    doc = sent.doc
    limit = sent.end
    for _ in range(CLAIM_REACH):
        if limit >= len(doc):
            break
        limit = doc[limit].sent.end
    for start, claimant, tok in sorted(claims, key=lambda claim: claim[0]):
        if sent.start <= start < limit:
            return claimant, tok
    return None
