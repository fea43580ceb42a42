"""Courts news introduces by what they are, with the indefinite article: "a jury convicted him", "a
federal grand jury indicted the senator", "a panel of three judges sentenced her", "he was convicted
by a jury".

Each is a court of this document only (two stories' juries are two juries), typed a government body
and named as written without its article ("jury", "grand jury", "panel of judges"), with the story's
country where it has one, as resolve/bare_bodies.py makes "the jury" and resolve/unnamed_bodies.py
"the education ministry"; a later bare "the jury" is this one (bare_bodies). Only a phrase heading a
side (subject, object, object of a preposition, a conjunct), with lower-case words before the head
(court_body_words: "grand", "federal") and no name, owner or place of its own (a named place's jury,
"a Texas grand jury", is resolve/bodies.py's); a panel only of judges ("a panel of judges", "a
three-judge panel"), not of experts, and only doing what a court does (court_panel_acts: "a panel of
judges sentenced him", not "a panel of judges will choose the winner" of a prize). Not in a sport or
film story, whose juries and judges score play and award prizes.
"""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..domain import Context
from ..wordlists import words
from .resolution import ResolutionDraft
from .they_pronouns import UNNAMED
from .unnamed_bodies import SIDE_DEPS, document_body, story_evidence

# the head nouns of a court told of by what it is: "jury", "panel" (of judges only)
COURT_HEADS = words("court_body_heads")
# the members that make a panel a court: "a panel of judges", "a three-judge panel"
JUDGES = words("court_panel_members")
# what a panel of judges does as a court ("sentenced", "convicted", "was acquitted by")
COURT_ACTS = words("court_panel_acts")
# lower-case words before the head that leave it a court told of by what it is ("grand", "federal")
COURT_WORDS = words("court_body_words")


def court_bodies(doc, gaz, res: ResolutionDraft) -> None:
    """Name the courts an indefinite description gives (see the module)."""
    heads = tokens_with_lemma(doc, COURT_HEADS)
    if not heads or Context.of(doc).domain in ("sport", "film"):
        return
    story = None
    for i in heads:
        tok = doc[i]
        span = court_span(doc, tok)
        if span is None or not free(span, tok, res):
            continue
        if story is None:
            story = story_evidence(doc, gaz, res)
        judges = {res.token_entity[j] for j in range(span.start, span.end) if j in res.token_entity}
        res.clear(span)
        for key in judges - {m.entity for m in res.mentions}:
            del res.entities[key]    # "judges" of "a panel of judges", now mentioned nowhere
        res.add_mention(span, document_body(doc, span, "GOVERNMENT", story), "description of a court",
                        label="ORG", head=i, alias=False)


def free(span, tok, res: ResolutionDraft) -> bool:
    """Whether no pass claimed the court's words, but for the judges of a panel as an unnamed collective
    ("a panel of judges": its members, not the court)."""
    for j in range(span.start, span.end):
        key = res.token_entity.get(j)
        if key is not None and not (j > tok.i and key.startswith(UNNAMED)):
            return False
    return True


def court_span(doc, tok):
    """The words naming the court `tok` heads without its article ("grand jury", "panel of judges"),
    or None when `tok` heads no indefinite court on a side."""
    if not tok.text.islower() or tok.tag_ != "NN" or tok.dep_ not in SIDE_DEPS:
        return None
    lefts = list(tok.lefts)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts):
        return None
    members = [t for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
               for t in c.children if t.dep_ == "pobj"]
    if members and not (tok.lemma_ == "panel" and all(t.lemma_.lower() in JUDGES for t in members)):
        return None    # "a jury of his peers" stays a phrase; "a panel of experts" is no court
    words_before = [c for c in lefts if c.dep_ != "det"]
    judged = any(t.lemma_.lower() in JUDGES for c in words_before for t in c.subtree)
    if tok.lemma_ == "panel" and not ((members or judged) and court_act(tok)):
        return None
    for c in words_before:
        if any((t.ent_type_ or not t.text.islower()) and not (t.like_num or t.is_punct) for t in c.subtree):
            return None    # "a Texas grand jury": its place's (resolve/bodies.py)
        if c.lower_ not in COURT_WORDS and not (judged and (c.like_num or c.is_punct or any(
                t.lemma_.lower() in JUDGES for t in c.subtree))):
            return None
    start = min([t.i for c in words_before for t in c.subtree] or [tok.i])
    end = max([t.i for t in members] or [tok.i]) + 1
    return doc[start:end]


def court_act(tok) -> bool:
    """Whether `tok` does what a court does: the subject of a court's verb ("a panel sentenced him") or
    its passive's agent ("was acquitted by a panel of judges")."""
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in COURT_ACTS
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in COURT_ACTS
