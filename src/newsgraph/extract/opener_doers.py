"""Doers of verbs the parser hung on the wrong word.

A participle that opens a sentence: "Welcoming
the ruling, Maeve Sherlock, chief executive of the Refugee Council, said ..." is parsed with the
participle as the clausal subject of "said" and the speaker's name hung on the participle or on
its object ("the ruling, Maeve Sherlock"). Whoever says is whoever welcomes: the name between
the commas. Its object is then the participle's object alone, not the name hung on it.

A finite verb read as a modifier of the name before it: in "Trevor Phillips, chairman of the CRE,
called on Mr Clarke to ..." the parser makes the name the root and "called" (tagged VBD, a past
tense, which no reduced relative is) its clause: the name is the one who called. The tagger may
call it a participle (VBN) instead; where the name is the sentence's root and the verb asks someone
named to act ("called on Mr Brown to", "urged the club to"), no passive reading is left either."""
from __future__ import annotations

from .control import object_controller

# how the parser hangs the misplaced name on the participle or its object
MISPLACED_DEPS = frozenset({"appos", "npadvmod", "nsubj"})


def opener_doer(verb):
    """The name the misread opening participle `verb` belongs to, or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "advcl") or verb.i != verb.sent.start:
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i < verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None   # "Welcoming the ruling, Liberty said": the parse has the sayer already
    for tok in verb.subtree:
        if tok.pos_ == "PROPN" and verb.i < tok.i < head.i and tok.doc[tok.left_edge.i - 1].text == "," and (
                tok.dep_ in MISPLACED_DEPS or tok.dep_ == "conj" and tok.ent_type_ == "PERSON"):
            # a person read as the last item of the object's list: "the attack on Israel, Hassan Rouhani,"
            return tok
    return None


def finite_modifier_doer(verb):
    """The noun a past-tense verb (VBD, not a participle) was hung on as its modifier, or None. Only
    after the comma that closes the name's apposition: without it ("students protesting job quotas
    clashed with police") the noun just before is the object of another verb, not the doer."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "acl" or verb.head.pos_ not in ("PROPN", "NOUN") \
            or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    if verb.tag_ == "VBN" and (verb.head.dep_ != "ROOT" or not any(
            x.dep_ == "xcomp" and object_controller(x) is not None for x in verb.children)):
        return None   # "Soldier, 19, killed in attack", "Man, 30, ordered to pay": done to the name
    return verb.head
