"""Object relative clauses the parser read as a noun with a participle: in "the minister, whom
rebels kidnapped in May", "the army, which Human Rights Watch accused of torture", "the militia,
which the government armed," it tags the verb a past participle hung on the noun after the pronoun
("rebels kidnapped" as if "rebels who were kidnapped"), which reads the doer as the one acted on.
After a relative pronoun that noun is the clause's subject, and the noun the pronoun follows is
its object."""
from __future__ import annotations

from ..wordlists import words

# the pronouns that open an object relative clause ("whose" owns a noun: "whose son police arrested"; "that"
# opens as many clauses of saying, whose own reduced relatives are real: "the claim that funds raised
# would go to relief", "the reassurance that music bought online is theirs" - seen on bench text)
OBJECT_RELATIVES = words("misread_relatives_object_relatives")
NOUNS = frozenset({"NOUN", "PROPN"})


def misread_relative(verb):
    """(doer, antecedent) for a participle the parser hung on the subject of an object relative
    clause: the participle has no auxiliary and no object of its own, its noun's phrase follows a
    relative pronoun, and that pronoun follows a noun ("the minister, whom rebels kidnapped");
    None otherwise (a real reduced relative: "the convoy attacked near Rafah", "a clinic run by
    MSF"; a clause of saying: "the claim that troops killed civilians" has its object)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i > verb.i or verb.head.pos_ not in NOUNS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    doer = verb.head
    doc = verb.doc
    first = doer.left_edge
    if first.lower_ in OBJECT_RELATIVES and first.i != doer.i:
        pronoun = first
    elif first.i > 0 and doc[first.i - 1].lower_ in OBJECT_RELATIVES:
        pronoun = doc[first.i - 1]
    else:
        return None
    before = pronoun.i - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    if before < 0 or doc[before].pos_ not in NOUNS:
        return None
    return doer, doc[before]


def relative_of_subject(subject, verb):
    """The antecedent of a misread relative clause on `subject`, when the parser made the clause's
    subject also the subject of the main verb after it ("the militia which the government armed
    attacked the village": the militia attacked); None otherwise."""
    for child in subject.children:
        if child.dep_ == "acl" and subject.i < child.i < verb.i:
            found = misread_relative(child)
            if found is not None:
                return found[1]
    return None
