"""People who once served the body named before them: "a former Home Office minister", "ten former
Enron directors". They act in their own name now, not for the ministry or the firm (as "a former FBI
agent", resolve/owners.former_member): each is a described person, or a described group, of this
document, so that the body named in the phrase is never taken for the one who acts. So is one
politician of a party or union ("a senior Labour politician", "a leading EU politician", as "a senior
Tory MP"); politicians at large ("urged politicians to") are no one of the story."""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..wordlists import words
from .owners import disowned, former_member
from .participants import add_group, add_individual, document_tag, individual_name
from .resolution import ResolutionDraft

POLITICAL = words("political_callings")
# heads of a post or a membership held once ("former minister", "ex-directors", "former officials")
SERVING = words("office_nouns") | words("member_nouns") | words("own_name_nouns")
BODY_TYPES = ("ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "COUNTRY", "MEDIA")


def named_body_before(tok, res: ResolutionDraft) -> bool:
    """Whether a modifier before `tok` names a body ("Home Office", "Enron", "Israeli")."""
    for child in tok.lefts:
        for t in child.subtree:
            ent = res.entities.get(res.token_entity.get(t.i, ""))
            if ent is not None and ent.type in BODY_TYPES:
                return True
    return False


def former_people(doc, res: ResolutionDraft) -> None:
    """A described person or group for every former holder of a post in a body the phrase names."""
    tag = None
    for i in tokens_with_lemma(doc, SERVING):
        tok = doc[i]
        if i in res.token_entity or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
            continue
        if not former_member(tok) or not named_body_before(tok, res):
            continue
        tag = tag or document_tag(doc)
        if tok.tag_ in ("NNS", "NNPS"):
            add_group(tok, res, tag)
        else:
            add_individual(tok, individual_name(tok), tok.doc[i:i + 1], res, tag)


def party_politicians(doc, res: ResolutionDraft) -> None:
    """A described person for one politician of a named party or union: "a senior Labour politician"."""
    tag = None
    for i in tokens_with_lemma(doc, POLITICAL):
        tok = doc[i]
        if i in res.token_entity or tok.pos_ != "NOUN" or not disowned(tok, res):
            continue
        tag = tag or document_tag(doc)
        add_individual(tok, individual_name(tok), tok.doc[i:i + 1], res, tag)
