"""A club's business in a sport story. The sense judge drops a sport story's acts between players, teams
and clubs as the game (extract/sense_cooperative.py, extract/sense_conflict.py: "England meet Italy",
"Arsenal continued to press"); a story of a club's ownership and money is business news that the cue
words class as sport: a board rejecting a takeover bid, shareholders urging directors to accept an offer, a
bidder withdrawing, a regulator fining the club. Such an act is kept when its doer is the firm's board, or
its sentence names ownership or finance (club_business_words), and it is one
of the acts a business story reports between owners and bidders (BUSINESS_ACTS). Play never is: attacks,
shots and defences are no business act, whatever the sentence names.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

CLUB_BUSINESS = words("club_business_words")
# who runs the firm, as the doer: "the board rejected the offer" (a board only named in the sentence may be
# a sport's governing body, "a complaint to the International Rugby Board"; one asked by a player, "urged the
# board to sign a striker", is asked about the team; a chairman or a director of football runs the team too)
BOARDS = frozenset({"board"})
# offers made, accepted, refused or withdrawn, calls and backing, concessions, penalties; not meetings,
# talks and speeches (a board's own meetings, a club man's interviews) nor funding (the club's commerce)
BUSINESS_ACTS = frozenset({"AGREE", "REJECT", "REQUEST", "SUPPORT", "RETREAT", "CONCEDE", "SANCTION"})


def club_business(c) -> bool:
    """The candidate is an act of a club's owners, board or bidders, or a penalty on its business (see the module)."""
    if c.type not in BUSINESS_ACTS:
        return False
    if lemma_in(c.subject_tok, BOARDS):
        return True
    # "the title is at stake" is the game's
    return any(t.pos_ == "NOUN" and lemma_in(t, CLUB_BUSINESS) and not (t.lower_ == "stake" and t.head.lower_ == "at")
               for t in c.trigger.sent)


CONTRACTS = words("contract_nouns")


def contract_offered(c, entity_type) -> bool:
    """A contract or job offered to or agreed with a named person, a player or a coach: an offer noun made to
    him ("made an eight-year offer to Smith") or a contract given him or agreed to ("offered Smith a new
    contract", "agreed to terms with Smith"). The club's business with him, not the game; offers of anything else to a
    person ("offered him his congratulations") stay the sense judge's."""
    if c.type != "AGREE" or entity_type(c.object) != "PERSON" or not named(c.object_tok):
        return False
    given = [x for x in c.trigger.children if x.dep_ in ("dobj", "dative")]
    given += [o for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return lemma_in(c.trigger, CONTRACTS) and c.trigger.pos_ == "NOUN" or any(lemma_in(x, CONTRACTS) for x in given)


# things offered that a refusal turns down besides contracts: "rejected a move to Birmingham", "turned down
# Philadelphia's request to speak to the coach", "rejected the club's overtures"
REFUSED_OFFERS = CONTRACTS | words("refused_offer_nouns")


def offer_refused(c) -> bool:
    """An offer, approach, bid, move or request turned down by a club, player or coach ("turned down an
    approach from Federer", "rejected the club's bid"): REJECT by the refuser of the offerer, as refusals in
    business news (the precision audit's sport conventions), not play; a chance or a penalty spurned in the
    game is no offer. The offerer must be named as the other side."""
    if c.type != "REJECT" or c.object is None:
        return False
    refused = [x for x in c.trigger.children if x.dep_ in ("dobj", "nsubjpass")]
    tok = c.object_tok
    while tok is not None and tok != c.trigger and tok.sent == c.trigger.sent:   # "a bid from Crewe" -> bid
        refused.append(tok)
        tok = tok.head if tok.head != tok else None
    return any(lemma_in(t, REFUSED_OFFERS) for t in refused)


def named(tok) -> bool:
    """The person is named where the offer is told ("to Smith", "the striker Wayne Smith"), not a
    description that coreference carried over ("to the midfielder"), which may land on the wrong name."""
    return tok is not None and (tok.pos_ == "PROPN" or any(x.dep_ == "appos" and x.pos_ == "PROPN" for x in tok.children))
