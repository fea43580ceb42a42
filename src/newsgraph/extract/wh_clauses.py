"""Acts an indirect question takes as done: "asked why Israel had attacked the convoy", "did not say why
police arrested the journalist", "will examine how the soldiers killed the protesters", "have not
explained what caused the officers to shoot". A question of why, how, when or where, or of who or what,
asks about an act it presupposes, so the verb over the question (a verb of asking, whose own clause is
asked for; a saying denied; a modal or a plan of the one who asks) does not make the act possible,
alleged or denied: it keeps the certainty and negation of its own clause ("asked when the army would
withdraw": its own modal makes it possible), and is at most reported when a source tells the question.
A question of whether or if presupposes nothing ("asked whether Israel had attacked") and is left alone."""
from __future__ import annotations

from ..wordlists import words

# the question words of an indirect question whose act is taken as done
WH_ADVERBS = words("wh_adverbs")
WH_PRONOUNS = words("wh_clauses_wh_pronouns")
# verbs that take an indirect question: under others a "what" clause names a thing ("threatened what he called
# an invasion"), and "when" or "where" may start a clause of time or place
QUESTION_VERBS = words("question_verbs")


def wh_question(path, i: int) -> bool:
    """path[i - 1] is an indirect question of why, how, when, where, who or what under path[i], a verb that
    takes questions ("asked why X did Y", "explained what caused X to do Y"), its question word before its verb."""
    if i == 0:
        return False
    clause = path[i - 1]
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or path[i].lemma_.lower() not in QUESTION_VERBS:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False    # "whether", "if", "that": no question word
    return any(c.i < clause.i and (c.dep_ == "advmod" and c.lower_ in WH_ADVERBS or c.dep_ in (
        "nsubj", "nsubjpass", "dobj") and c.lower_ in WH_PRONOUNS) for c in clause.children)
