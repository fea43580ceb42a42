"""Warnings that threaten nothing: advice and forecasts told as "warn".

PLOVER THREATEN is a threat of force, sanctions or other harm. A state, a government or an armed
side warning another ("China warned the Philippines against further provocations") threatens by
the saying; anyone else threatens only by naming an act of its own to come ("warned the club that
it would sue", "warned fans she would ban them") or a harm it holds over them ("warned of strike
action"). Without one, a warning is advice or a forecast: "warned his supporters against
complacency", "warned Mr Brown not to be tempted", "warned the war could be illegal", "warned of
rising obesity".
"""
from __future__ import annotations

from ..wordlists import table, words
from .entity_lookup import ACTOR_LABELS
from .framing import FUTURE
from .quantities import is_people
from .sense_words import STATES, lemma_in

HARMS = words("threatened_harms") | words("violence_cues")
OWN_SIDE = frozenset({"i", "we", "it", "they", "he", "she"})     # the warner, or those it speaks for
WARNING_TOPICS = words("warnings_warning_topics")
# kinds of actors by what they do ("fraudsters", "gangs", "traffickers", "rebels"; extract/arguments.py)
KINDS_OF_ACTORS = frozenset(w for ws in table("generic_kinds").values() for w in ws)
OWN_POSSESSIVES = words("warnings_own_possessives")  # "warned that its members would strike"


def advice_not_threat(c, entity_type) -> bool:
    """A warning by someone other than a state or armed side that names no act of the warner's own to
    come and no harm held over anyone (see the module's doc)."""
    if c.type != "THREATEN" or c.trigger.lemma_.lower() != "warn":
        return False
    if entity_type(c.subject) in STATES and (entity_type(c.object) in STATES or not others_foretold(c.trigger)):
        return False    # a state threatens by the saying, unless it alerts its people to what others may do
    return not (own_act_to_come(c.trigger) or harm_named(c.trigger))


def others_foretold(trigger) -> bool:
    """What is said is what someone else, neither the warner's side nor a harm, may do: "warned banks that
    members of criminal gangs may be applying for jobs", "warned residents that looters could target empty
    homes": an alert, whoever gives it."""
    return any(third_party(doer_of(said)) for said in said_clauses(trigger))


def doer_of(said):
    return next((s for s in said.children if s.dep_ in ("nsubj", "nsubjpass")), None)


def third_party(doer) -> bool:
    """People or a named actor other than the warner's own side ("its members", "we") or a harm, as the
    active subject ("that Reuters would be expelled" foretells the warner's act on Reuters)."""
    if doer is None or doer.dep_ != "nsubj" or doer.lower_ in OWN_SIDE or lemma_in(doer, HARMS) or any(
            x.dep_ == "poss" and x.lower_ in OWN_POSSESSIVES for x in doer.children):
        return False
    return is_people(doer) or lemma_in(doer, KINDS_OF_ACTORS) or doer.ent_type_ in ACTOR_LABELS or doer.pos_ == "PROPN"


def own_act_to_come(trigger) -> bool:
    """What is said ("warned that ...") is an act to come, of the warner's side ("that it would sue"),
    a harm ("that strikes would follow") or anything foretold with a modal ("that premiums would rise":
    whose doing it is, the parse does not say), not a state of things ("could be illegal")."""
    for said in said_clauses(trigger):
        if said.lemma_.lower() == "be":
            if any(x.dep_ == "expl" for x in said.children) and any(
                    x.dep_ == "attr" and lemma_in(x, HARMS) for x in said.children):
                return True     # a harm to come: "warned that there would be more strikes"
            continue        # a state of things, not an act: "warned that the war could be illegal"
        doer = doer_of(said)
        if third_party(doer):
            continue        # another's act foretold: "warned that young Greeks would rise up"
        if lemma_in(said, HARMS) or doer is not None and (doer.lower_ in OWN_SIDE or lemma_in(doer, HARMS)):
            return True
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in FUTURE for a in said.children):
            return True
    return False


def said_clauses(trigger) -> list:
    """The clauses a warning says: its complement, or one the parser hung on the addressee ("warned
    fans that she wants to ban them" read as a relative clause of "fans")."""
    said = [x for x in trigger.children if x.dep_ == "ccomp"]
    return said + [r for o in trigger.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"]


def harm_named(trigger) -> bool:
    """The warning names a harm: its topic ("of strike action", "against any attack") or the act it
    tells the addressee to avoid under pain of one ("warned Iran not to strike")."""
    warned = [trigger, *(x for x in trigger.children if x.dep_ == "dobj")]   # "warned the airline of strikes"
    topics = [o for w in warned for p in w.children if p.dep_ == "prep" and p.lower_ in WARNING_TOPICS
              for o in p.subtree if o.dep_ in ("pobj", "compound", "pcomp")]
    told = [x for x in trigger.children if x.dep_ == "xcomp"]
    return any(lemma_in(t, HARMS) for t in (*topics, *told))
