"""The doer of a passive verb where the parser does not hang it as the verb's agent: in the event
noun the act happened in ("killed in an Israeli strike"), or on the verb's infinitive or charge
("was ordered to pay $5bn by the European Commission", "was charged with murder by police", "was
remanded in custody by magistrates")."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_of_token, entity_type
from .charges import SUMMONING
from .frames import noun_subject
from .noun_frames import noun_frame
from .standoff_arrests import confronting_force
from .targets import modifier_force

# acts whose doer does what is done to someone in them: attacks, raids and crackdowns
SETTING_TYPES = frozenset({"ASSAULT", "COERCE"})
# names of places, which a compound on a raid names where it was ("a Gaza raid")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# the prepositions that put a passive in the act it was done in ("killed in an Israeli strike")
SETTING_PREPS = words("passive_agents_setting_preps")


def agent_by_event(verb, res: KnownActors, lex) -> list[tuple[str, object]]:
    """"was killed in an Israeli strike": the actor of the strike did the killing; "were arrested in
    an FBI raid", "detained in a Turkish crackdown", "shot dead in a police raid": whoever raided did
    the arresting."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in SETTING_PREPS:
            for named in (p for p in c.children if p.dep_ == "pobj"):
                pobj = setting_noun(named, verb, lex)
                frame = noun_frame(pobj, lex)
                if frame is None or frame.type not in SETTING_TYPES:
                    continue
                # "an Israeli bombing", "Israel's strike"; a compound only of a custody act: of an
                # attack it is a place or a name ("the Lebanon war", "the Jenin raid")
                for m in pobj.lefts:
                    key = entity_of_token(m, res) if m.dep_ in ("amod", "poss") or (
                        m.dep_ == "compound" and frame.type == "COERCE" and m.ent_type_ not in PLACE_ENTS) else None
                    if not key:   # "arrested in a police raid", "detained in a military sweep": the force
                        key = modifier_force(pobj, m, res)
                    if key:
                        return [(key, m)]
                doers = relative_setting_doer(pobj, res, lex) if pobj is not named else []
                if doers:
                    return doers
    return []


def setting_relative(verb) -> bool:
    """A relative clause told of the act it happened in ("a raid in which six men were detained"): the
    noun it hangs on, and the clause that noun is in, name where, and who did it, never who underwent it."""
    return verb.dep_ == "relcl" and any(p.dep_ == "prep" and p.lower_ in SETTING_PREPS and any(
        w.dep_ == "pobj" and w.lower_ == "which" for w in p.children) for p in verb.children)


def setting_noun(pobj, verb, lex):
    """The noun an act happened in, where a relative pronoun stands for it: "a raid in which twelve men
    were detained", "an attack during which two guards were kidnapped" (the raid, the attack), also
    where the parser hung the clause on the act's target ("a raid on the village in which ...")."""
    if pobj.lower_ != "which" or verb.dep_ != "relcl":
        return pobj
    head = verb.head
    if noun_frame(head, lex) is None and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def relative_setting_doer(noun, res: KnownActors, lex) -> list[tuple[str, object]]:
    """Whoever carried out the act a relative clause's "in which" stands for: the doer its noun names
    ("a Taliban attack during which ...", "a raid by troops in which ...") or the subject of its light
    verb ("the army launched a raid in which twelve men were detained": the army)."""
    key, doer = noun_subject(noun, res)
    if key is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.light_verbs:
        doer = next((s for s in noun.head.children if s.dep_ == "nsubj"), None)
        key = actor_of(doer, res) if doer is not None else None
    return [(key, doer)] if key else []


def misplaced_agent(verb, res: KnownActors) -> list[tuple[str, object]]:
    """The agent of a passive verb that the parser hangs lower: on its infinitive ("was ordered to
    pay $5bn by the European Commission"), on the sum it names ("was fined 497m euros by the
    Commission"), on the charge ("was charged with murder by police", "convicted of fraud by a Thai
    court", "accused of torturing detainees by Amnesty"), or on the noun of its state or occasion
    ("was remanded in custody by magistrates")."""
    for x in verb.children:
        if x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) \
                and not any(a.dep_ == "auxpass" for a in x.children):
            holders = [x]
        elif x.dep_ == "prep" and x.lower_ in CHARGE_PREPS:
            # the charge as a noun or as a gerund ("accused of torturing detainees by Amnesty"),
            # not a passive gerund, whose "by" is its own ("accused of being paid by Moscow")
            holders = [p for p in x.children if p.dep_ == "pobj" or p.dep_ == "pcomp" and not any(
                a.dep_ == "auxpass" for a in p.children)]
        elif x.dep_ == "dobj" and counted_amount(x):
            holders = [x]   # "was fined 497m euros by the European Commission": "by" hung on the sum
        elif x.dep_ == "prep" and x.lower_ == "in":
            # "was remanded in custody by magistrates", "was killed in an ambush by militants"
            holders = [p for p in x.children if p.dep_ == "pobj"]
        else:
            continue
        for c in (c for h in holders for c in h.children):
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                for pobj in c.children:
                    key = actor_of(pobj, res) if pobj.dep_ == "pobj" else None
                    if key and not (x.lower_ in CHARGE_PREPS and entity_type(key, res) in NOT_LEGAL_AGENTS):
                        return [(key, pobj)]
    return summoning_body(verb, res) or confronting_force(verb, res)


def summoning_body(verb, res: KnownActors) -> list[tuple[str, object]]:
    """Whoever one is summoned before summons: "was summoned before the Treasury Committee", "was
    subpoenaed to appear before a grand jury", "hauled before the board"."""
    if verb.lemma_.lower() not in SUMMONING:
        return []
    for h in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl"))):
        for pobj in (p for x in h.children if x.dep_ == "prep" and x.lower_ == "before"
                     for p in x.children if p.dep_ == "pobj"):
            key = actor_of(pobj, res)
            if key:
                return [(key, pobj)]
    return []


def counted_amount(tok) -> bool:
    """A sum or count as a passive verb's second object: "fined 497m euros", "was ordered to pay $5m"."""
    # the parser may hang the figure on the verb ("fined 497m euros": "m" a verb of its own)
    return tok.ent_type_ == "MONEY" or any(t.like_num for t in tok.doc[max(0, tok.i - 3):tok.i]) or any(
        c.dep_ == "nummod" or c.like_num for c in tok.children)


# who does the charged act, not the charging: "charged with an attack by Hamas"
NOT_LEGAL_AGENTS = frozenset({"ARMED_GROUP"})
# what a passive legal verb is done for: "charged with", "convicted of", "sentenced for"
CHARGE_PREPS = words("passive_agents_charge_preps")
