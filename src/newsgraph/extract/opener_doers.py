"""The doer of a participle that opens a sentence when the parser misread the opener: "Welcoming
the ruling, Maeve Sherlock, chief executive of the Refugee Council, said ..." is parsed with the
participle as the clausal subject of "said" and the speaker's name hung on the participle or on
its object ("the ruling, Maeve Sherlock"). Whoever says is whoever welcomes: the name between
the commas. Its object is then the participle's object alone, not the name hung on it."""
from __future__ import annotations

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
