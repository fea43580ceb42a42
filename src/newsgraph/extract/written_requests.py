"""Requests, accusations, threats and refusals made in writing or in a speech: the act is the author's.

A report, letter, petition or speech is no actor, but news often makes it the subject of a speech act: "a
report by the Commons committee called for the agency to be scrapped", "a letter from 300 biologists urged
the department to protect the owl", "the party unveiled a poster accusing the minister of lying", "he
opened the debate with a speech criticising the government", "the committee published its report. The
report urged ministers to act". The act is its author's, found:
- with the document: "by", "from" or "of" ("a report by the committee"), an owner or a name before it
  ("the committee's report", "the Envisional report");
- as the maker of the document in the act's sentence or the two before: the subject of a verb that
  makes or puts it out ("residents signed a petition asking the council to ...", "the committee
  published its report"), or of a verb the document is said "in" or "with" ("said in a letter urging",
  "opened with a speech criticising");
- else the author of the same document told just before ("A report by the IFS ... The report urged").
A document whose author the text does not name leaves the act as it was (dropped as incomplete).
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .frames import Candidate
from .thing_makers import made_before, maker_of

DOCUMENTS = words("request_documents")
MAKING = words("document_making_verbs")
AUTHOR_PREPS = words("maker_prepositions")
# the acts a document makes for its author: asking, faulting, threatening, turning down
WRITTEN_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
# prepositions by which a verb's subject says something through a document: "said in a letter", "opened
# with a speech"
SAID_THROUGH = words("written_requests_said_through")
LOOKBACK = 2   # sentences before a request in which its document may have been told of
IT_LOOKBACK = 4   # sentences before an "it" that requests in which the document it is may be the subject


def written_requests(candidates: list[Candidate], res: KnownActors, sents) -> None:
    """Give each act a document makes the document's author as its subject (see the module's doc);
    `sents`: the document's sentences, read once per document (the attributor's)."""
    for c in candidates:
        doc = c.subject_tok
        if c.type in WRITTEN_ACTS and c.subject is None and doc is not None and doc.lower_ == "it":
            doc = document_referred(doc, sents)   # "The report found ... It urged the minister to act"
        if c.type not in WRITTEN_ACTS or c.subject is not None and not c.subject.startswith("OTHER:") \
                or doc is None or doc.pos_ != "NOUN" or doc.lemma_.lower() not in DOCUMENTS:
            continue
        found = author(doc, res, c.object) or made_before(doc, res, sents, c.object, LOOKBACK,
                                                          generic=True)
        if found is not None:
            c.subject, c.subject_tok = found


def author(doc, res: KnownActors, exclude: str | None) -> tuple[str, object] | None:
    """The author named with the document: "a report by the committee", "the committee's report",
    or the subject of the verb that made it ("residents signed a petition") or said something in or
    with it ("said in a letter", "opened with a speech")."""
    key, tok = maker_of(doc, res, exclude, makers=AUTHOR_PREPS, generic=True)
    if key is not None and not key.startswith("OTHER:") and tok.pos_ != "PRON":
        return key, tok
    head = doc.head
    if doc.dep_ == "dobj" and head.lemma_.lower() in MAKING:
        return maker(head, res, exclude)
    if doc.dep_ == "pobj" and head.lower_ in SAID_THROUGH and head.head.pos_ in ("VERB", "AUX"):
        return maker(head.head, res, exclude)
    return None


def maker(verb, res: KnownActors, exclude: str | None) -> tuple[str, object] | None:
    """The named subject of a verb that made a document."""
    subj = next((x for x in verb.children if x.dep_ == "nsubj"), None)
    if subj is None:
        return None
    key = actor_of(subj, res) or generic_actor(subj, res)
    return (key, subj) if key and key != exclude and not key.startswith("OTHER:") else None


def document_referred(pronoun, sents):
    """The document an unresolved "it" that requests refers to: the nearest earlier subject of a
    sentence's main verb that is no "it" ("The report, which followed an inquiry by the committee, found
    ... It urged the home secretary to hold an inquiry"), when that subject is a document noun, within
    IT_LOOKBACK sentences; None when the nearest such subject is anything else ("The firm said ... It
    asked ..."), which is what the "it" is more likely to be."""
    here = next((i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end), None)
    if here is None:
        return None
    for sent in reversed(sents[max(0, here - IT_LOOKBACK):here + 1]):
        main = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and (
            t.head.i == sent.root.i or t.head.dep_ == "conj" and t.head.head.i == sent.root.i)]
        for tok in reversed(main):   # the sentence's own subjects, not those of its clauses
            if tok.lower_ == "it":
                continue
            if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in DOCUMENTS:
                return tok
            if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNP"):
                return None
    return None
