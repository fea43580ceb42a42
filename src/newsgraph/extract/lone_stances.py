"""A named side's stand with no other side named that is news by itself: a person backing or
criticising a public matter ("Nicola Sturgeon welcomed the move", "Mr Kennedy
attacked the plans"), and anyone condemning an act of violence ("the Pope condemned the
killings"). PLOVER's SUPPORT and ACCUSE need no recipient; what makes such a stand an
event and not chatter is what it is about, so the rule is over the thing stood on, in the
clause the side itself heads (not a stand borrowed from another clause, asked or refused)."""
from __future__ import annotations

from ..wordlists import words
from .everyday import telling
from .lexicon import force_noun
from .sense_words import lemma_in, object_kind

# stands on a thing (PLOVER verbal cooperation and conflict with no recipient needed); not a refusal:
# "Mr Dalby rejected the plan" too often answers a side named elsewhere and missed (extract/keep.py)
STANCES = frozenset({"SUPPORT", "ACCUSE"})
PUBLIC_MATTERS = words("public_matter_nouns")
# nouns of a try or a push whose to-clause names the act ("criticised attempts to curb the press",
# "welcomed efforts to end the fighting"): the act is the matter, as a plan to do it would be
ATTEMPTS = words("attempt_nouns")
COMMERCE = words("commerce_verbs")
OTHER_SENSES = words("violence_other_senses")
# who defends a plan is most often its maker justifying it, not a side backing another's
DEFENDING = words("defending_verbs")
# a document of these domains uses violence words of games and markets ("criticised the attack")
NOT_VIOLENT_DOMAINS = words("lone_stances_not_violent_domains")
# the prepositions a phrase of backing names its matter with ("support for", "weight behind", "backing to")
BACKED_BY = words("backing_prepositions")


def stood_on(c):
    """The thing the side's own verb acts on ("welcomed the move"): its direct object, when the
    verb has the side as its own subject, in the active voice, and is no aim, request or refusal of
    a stand ("refused to back the plan", "urged him to condemn the attack"); None otherwise."""
    verb = c.trigger
    if verb.pos_ != "VERB" or c.subject_tok is None or verb.dep_ in ("xcomp", "advcl", "pcomp", "acl", "relcl"):
        return None
    if c.subject_tok.dep_ != "nsubj" or c.subject_tok.head.i != verb.i:
        return None
    return next((x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN"), None)


def public_stance(c) -> bool:
    """A stand on an act of policy or government (PUBLIC_MATTERS): "welcomed the move", "criticised
    the decision"; not the backing of one's own ("defended his decision"),
    nor a defence, which most often is the maker's own ("Ana Ferreira defended the plan")."""
    thing = stood_on(c) if c.type in STANCES and not lemma_in(c.trigger, DEFENDING) else None
    if thing is None or not news_matter(thing):
        thing = backed_matter(c)    # "threw its weight behind the proposals": the matter follows the noun
    if thing is None or not news_matter(thing):
        return False
    return not (c.type == "SUPPORT" and any(x.dep_ == "poss" and x.pos_ == "PRON" for x in thing.children))


def news_matter(thing) -> bool:
    """A thing a stand on is news: an act of policy or government or an event of public life
    (PUBLIC_MATTERS: "the decision", "the ceasefire", "the strike", "the elections"), or a try at an
    act named by its to-clause ("attempts to bring in trials without jury")."""
    return lemma_in(thing, PUBLIC_MATTERS) or attempted_act(thing)


def attempted_act(thing) -> bool:
    """A noun of a try, push or threat (ATTEMPTS) with the act tried as its to-clause, when that act is
    neither trade nor telling: "efforts to end the war", "the failure to act"; not "efforts to buy the
    firm" or "attempts to explain"."""
    return lemma_in(thing, ATTEMPTS) and any(
        x.dep_ in ("acl", "relcl", "xcomp") and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        and not lemma_in(x, COMMERCE) and not telling(x) for x in thing.children)


def backed_matter(c):
    """The matter a phrase of backing names after its preposition, on the trigger or on the noun it gives
    ("gave its backing to the budget", "threw its weight behind the proposals", "reiterated its support
    for the plans"); None otherwise."""
    if c.type != "SUPPORT":
        return None
    heads = [c.trigger, *(x for x in c.trigger.children if x.dep_ == "dobj")]
    return next((o for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in BACKED_BY
                 for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"), None)


def public_backing(c) -> bool:
    """A phrase of backing whose matter is a public act or a proposition ("gave its backing to the budget")."""
    matter = backed_matter(c)
    return matter is not None and (lemma_in(matter, PUBLIC_MATTERS) or object_kind(matter) == "proposition")


def violence_condemned(c, domain: str | None) -> bool:
    """An accusation of an act of violence or repression (a lexicon noun of ASSAULT or COERCE):
    "condemned the attack on the embassy", "denounced the killings"; PLOVER ACCUSE, mode disapprove."""
    if c.type != "ACCUSE" or c.subject is None or domain in NOT_VIOLENT_DOMAINS:
        return False
    thing = stood_on(c)
    if thing is None or lemma_in(thing, OTHER_SENSES):
        return False
    return force_noun(thing)   # "condemned the bombing", "denounced the arrests"


def act_judged(c) -> bool:
    """A judgement of an act, stated with "it" and the act's to-clause: "said it was 'utterly shameful'
    to cut pensions", "it would be wrong to close the libraries". The act is the matter, whoever does it
    (extract/keep.py matter_with_content keeps a person's); the judge has no thing acted on to weigh."""
    adj = c.trigger
    if c.type != "ACCUSE" or c.subject is None or adj.pos_ != "ADJ" or adj.dep_ not in ("acomp", "attr"):
        return False
    verb = adj.head
    return any(x.dep_ in ("nsubj", "expl") and x.lower_ == "it" for x in verb.children) and any(
        x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        for x in verb.children)


def lone_stand(c, domain: str | None) -> bool:
    """A stand the sense judge would find no matter for that is news alone (for extract/sense.py)."""
    return violence_condemned(c, domain) or act_judged(c)
