"""The other side of a deal between firms that the agreement's own words leave out: the firm bought, sold
from or merged with in the act agreed or offered ("Inbev agreed to buy Alfa-Eco's stake in Sun Interbrew",
"signed a deal to buy the PC division of IBM", "a deal to acquire 36 planes from ATR"), or the firm an
offer is "for" ("Deutsche Boerse offered $2.5bn for the London Stock Exchange"). A takeover or a
purchase agreed between named sides is PLOVER AGREE between them (a contract agreed is AGREE); one with
no side named is trade and stays dropped (sense_cooperative.committed_act)."""
from __future__ import annotations

from ..resolve.missed_firms import based_apposition
from ..wordlists import words
from .actors import KnownActors
from .arguments import apposed_conjunct, is_passive
from .clause_roles import subject_token
from .club_business import CONTRACTS
from .entity_lookup import entity_of_token, entity_type
from .frames import Candidate
from .sense_words import lemma_in

DEAL_VERBS = words("deal_verbs")
SELLING = words("selling_verbs")
# sides a firm can make a deal with: a body or a person, not a place named as one
DEAL_SIDES = frozenset({"ORGANIZATION", "PERSON", "GOVERNMENT", "COUNTRY"})
OFFERING = words("deal_parties_offering")
# a signing verb in a clause of a deal to come or in view, not done: "expected to sign", "delays in signing"
UNDONE = frozenset({"xcomp", "pcomp", "acl", "advcl", "csubj", "amod", "ccomp"})
SIGN_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "can", "should", "must", "to"})
RECEIVING = words("offer_receiving_verbs")
WON_CONTRACTS = words("won_contracts")
OWNED_PARTS = words("owned_parts")
FIRMS = frozenset({"ORGANIZATION", "MEDIA"})
# what a buyer takes of a firm: a stake, a share, a per cent of it ("a 26% stake in Jagran", "100% of KFB")
STAKES = frozenset({"stake", "share", "shareholding", "holding", "%", "percent", "majority", "control"})


def stake_in(noun) -> list:
    """The firm a stake bought is "in" or "of" ("bought a 26% stake in Jagran", "acquired 100% of KFB"): the
    deal is with that firm. Not one's own stake or another's ("sold its stake in X", "bought Alfa-Eco's stake
    in X": the deal is with the seller)."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lower_ not in STAKES or not lemma_in(verb, DEAL_VERBS) \
            or verb.lemma_.lower() == "sell" or any(x.dep_ == "poss" for x in noun.children):
        return []
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
            for o in p.children if o.dep_ == "pobj"]


def deal_acts(trigger) -> list:
    """The acts of buying, selling or merging an agreement or offer is to do: the trigger's to-clause
    ("agreed to buy", "a deal to acquire"), or its light verb's when the trigger is that verb's object
    ("signed a deal to buy": the parser hangs the clause on "signed"); "take over" as well."""
    heads = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [])
    return [x for h in heads for x in h.children if x.dep_ in ("xcomp", "advcl", "acl") and x.pos_ == "VERB"
            and (lemma_in(x, DEAL_VERBS) or x.lemma_.lower() == "take" and any(
                p.dep_ == "prt" and p.lower_ == "over" for p in x.children))]


def dealt_with(act) -> list:
    """Who the act deals with, in the order of how plainly: the thing bought itself ("buy Mannesmann"), its
    owner ("Alfa-Eco's stake", "the PC division of IBM", "a stake in Sun Interbrew"), the one bought from
    or merged with ("from ATR", "merge with Standard Trust")."""
    things = [x for x in act.children if x.dep_ == "dobj"]
    # the name beside a description or a base ("the chipmaker ATI", "Markham, Ont-based ATI"), the named firm
    found = [y for t in things for y in (based_apposition(t), t, *(a for a in t.children if a.dep_ == "appos"))
             if y is not None]
    found += [y for t in things for y in t.children if y.dep_ == "poss"]
    found += [o for t in things for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
              for o in p.children if o.dep_ == "pobj"]
    return found + [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("from", "with")
                    for o in p.children if o.dep_ == "pobj"]


def offered_for(trigger) -> list:
    """What an offer or bid is "for" ("offered $2.5bn for the LSE", "an offer of $5 a share for Eon")."""
    if trigger.lemma_.lower() not in OFFERING:
        return []
    heads = [trigger, *(x for x in trigger.children if x.dep_ == "dobj")]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]


def received_by(trigger) -> list:
    """Whom an offer or bid is made to when a clause says they consider, receive or accept it ("the owners of
    Rossignol are considering an offer from Quiksilver", "Circuit City received a bid from Highfields"): the
    clause's subject, and what that subject is "of" ("the owners of Rossignol")."""
    if trigger.lemma_.lower() not in OFFERING or trigger.dep_ != "dobj" or not lemma_in(trigger.head, RECEIVING):
        return []
    subj = subject_token(trigger.head)
    if subj is None:
        return []
    return [subj, *(o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]


def sold_to(c: Candidate) -> list:
    """The buyer a firm or a part of one was sold "to" in the passive, its seller unsaid: "the hotel has been
    sold to a group led by X", "the unit was sold for $9.4bn to Rosneft". A sale by a named seller ("was sold
    by its owners to X") or to no one named is left as it was."""
    verb = c.trigger
    if c.type != "AGREE" or c.subject is not None or verb.pos_ != "VERB" or not lemma_in(verb, SELLING) \
            or not is_passive(verb) or any(x.dep_ == "agent" for x in verb.children):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def seller_of(verb, buyer: str, res: KnownActors) -> tuple:
    """The owner of what a passive sale sold, its seller: "Velmar's shipping division was sold to X" (the key and
    token, or (None, None))."""
    owners = [p for s in verb.children if s.dep_ == "nsubjpass" for p in s.children if p.dep_ == "poss"]
    for tok in owners:
        key = entity_of_token(tok, res)
        if key is not None and key != buyer and entity_type(key, res) in DEAL_SIDES:
            return key, tok
    return None, None


def sold_to_named(c: Candidate) -> bool:
    """A passive sale whose buyer is the candidate's other side (`sold_to`): a deal news tells without its
    seller, as a purchase with its buyer alone (extract/keep.py)."""
    return c.object is not None and c.object_tok is not None and any(t.i == c.object_tok.i for t in sold_to(c))


def contract_won(trigger) -> bool:
    """A contract or tender won ("Everasia won a contract to develop the field") or signed ("Turkcell
    signed a contract for the network"): a firm's deal, news by itself though the other side goes unsaid
    (extract/keep.py)."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() == "win" and any(
        x.dep_ == "dobj" and lemma_in(x, WON_CONTRACTS) for x in trigger.children) or contract_signed(trigger)


def contract_signed(trigger) -> bool:
    """A contract, licence or concession the subject has signed ("signed a contract for the new network"),
    not one to be signed ("will sign", "is expected to sign", "delays in signing contracts") nor one not
    signed ("has not signed")."""
    verb = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and lemma_in(trigger, WON_CONTRACTS) \
        and verb.pos_ == "VERB" and verb.lemma_.lower() == "sign" and verb.dep_ not in UNDONE and not any(
            x.dep_ == "neg" or x.dep_ in ("aux", "auxpass") and x.lower_ in SIGN_MODALS for x in verb.children)


def paid_to(trigger) -> list:
    """Whom a settlement's payment goes to ("paid $250m to the SEC to settle charges", "paying the SEC
    $250m to settle"): the other side of what is settled."""
    verb = trigger.head
    if trigger.lemma_.lower() != "settle" or trigger.dep_ not in ("advcl", "xcomp") or verb.lemma_.lower() != "pay":
        return []
    return [x for x in verb.children if x.dep_ == "dative"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def terms_with(c: Candidate) -> list:
    """Whom terms or a deal agreed to are "with", when the parser hangs the "with" on the noun: "agreed to
    terms with the union", "agreed a deal with Boeing"."""
    terms = c.object_tok
    if terms is None or not lemma_in(terms, CONTRACTS):
        return []
    return [o for p in terms.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


def goods_bought(c: Candidate) -> bool:
    """A purchase whose object is a thing its maker owns, not the firm or a part of it: "bought Sony's
    PlayStation" is trade, "bought IBM's PC division" a deal with IBM."""
    tok = c.object_tok
    return (c.type == "AGREE" and c.trigger is not None and lemma_in(c.trigger, DEAL_VERBS) and tok is not None
            and any(x.dep_ == "poss" for x in tok.children) and not lemma_in(tok, OWNED_PARTS))


def firm_bought(c: Candidate, entity_type) -> bool:
    """A firm bought, acquired or agreed to be bought by a named firm: the deal between them, which is the
    news of a tech or film story as a takeover is ("Microsoft said it would buy the software maker Sybari")."""
    if c.type != "AGREE" or c.trigger is None or not (lemma_in(c.trigger, DEAL_VERBS) or deal_acts(c.trigger)):
        return False
    return entity_type(c.subject) in FIRMS and entity_type(c.object) in FIRMS


# who takes a firm, a broadcaster or a building by force, not by a deal
SEIZERS = frozenset({"ARMED_GROUP", "MILITARY"})


def seized(c: Candidate, res: KnownActors) -> bool:
    """A takeover noun whose doer is an armed group, a force or an unnamed crowd: a seizure, no deal between
    firms ("the rebels' buyout of the state broadcaster")."""
    return c.type == "AGREE" and c.trigger.pos_ == "NOUN" and c.frame is not None and bool(c.frame.object_types) \
        and (entity_type(c.subject, res) in SEIZERS or (c.subject or "").startswith("GENERIC:"))


def deal_parties(candidates: list[Candidate], res: KnownActors) -> None:
    """An agreement or offer with its maker and no other side takes the first named side its deal is
    with (`dealt_with`, `offered_for`), resolved to an actor other than the maker; goods bought are no deal."""
    candidates[:] = [c for c in candidates if not goods_bought(c) and not seized(c, res)]
    for c in candidates:
        if c.type == "AGREE" and c.subject is None and (buyers := sold_to(c)):
            buyer = next(((k, t) for t in buyers if (k := apposed_conjunct(t, res) or entity_of_token(t, res))
                          is not None and entity_type(k, res) in DEAL_SIDES), None)
            if buyer is not None:
                c.object, c.object_tok = buyer   # the buyer, not the thing sold
                c.subject, c.subject_tok = seller_of(c.trigger, buyer[0], res)
            continue
        if c.type != "AGREE" or c.subject is None or c.object is not None:
            continue
        sides = [t for act in deal_acts(c.trigger) for t in dealt_with(act)] + offered_for(c.trigger) + terms_with(c)
        sides += received_by(c.trigger) + paid_to(c.trigger)
        for tok in sides:
            key = apposed_conjunct(tok, res) or entity_of_token(tok, res)   # "its former parent and rival AT&T"
            if key is not None and key != c.subject and entity_type(key, res) in DEAL_SIDES:
                c.object, c.object_tok = key, tok
                break
