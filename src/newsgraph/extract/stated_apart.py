"""Acts told beside a frame that would make them unrealised or someone else's claim, which the sentence
states as done (extract/attribution.py asks these on its walk up from the event).

- Custody a court orders on the one it holds, told in the passive: "Gomes was ordered held without bail",
  "the two suspects were ordered detained for 15 days", "was ordered jailed until the trial". US and
  British court news tells a remand this way; the order is the holding, as "the magistrate ordered the men
  detained" is (a custody done, not one asked for). "Was ordered to pay", "was ordered released" and a
  custody only supposed ("could be ordered held") are not custody done.
- A clause of contrast set after a comma against what a speaker said, with its own subject and an act
  told done: "The Lib Dems said the plan could let extreme groups run policing, while Labour criticised
  Tory promises", "Washington said it would study the proposal, whereas Moscow rejected it outright": the
  writer's own statement of the other side's act, not part of the first speaker's words. A contrast in a
  form the speaker may still be telling ("while Oler is accused of ...", "while Milburn would move",
  "while noting that") stays theirs.
The words are data: data/lexicon/words/extract.yaml (custody_order_verbs).
"""
from __future__ import annotations

from ..wordlists import words

# the verbs of holding someone that a court orders: "ordered held", "ordered detained", "ordered jailed"
CUSTODY_ORDERED = words("custody_order_verbs")
# the conjunctions of a clause set against another: "while", "whereas" ("although" concedes the speaker's own point)
CONTRAST_MARKS = words("contrast_conjunctions")
# what sets the contrast apart from the clause before it
BREAKS = frozenset({",", ";"})


def custody_ordered(path, i: int) -> bool:
    """path[i] is a passive "ordered" whose subject is held by the custody verb path[i - 1] (the event's
    verb, path[0]): "Gomes was ordered held without bail"."""
    if i != 1:
        return False
    order, held = path[1], path[0]
    return order.lemma_.lower() == "order" and held.dep_ == "xcomp" and held.tag_ == "VBN" \
        and held.lemma_.lower() in CUSTODY_ORDERED \
        and any(c.dep_ == "nsubjpass" for c in order.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in order.children)


def writers_contrast(path, i: int, reporting) -> bool:
    """path[i - 1] is a clause of contrast (", while Labour criticised ...") hanging on path[i], the clause a
    speaker's reporting verb (path[i + 1], a lemma in `reporting`) tells: the contrast is the writer's."""
    if i == 0 or i + 1 >= len(path):
        return False
    clause, told, verb = path[i - 1], path[i], path[i + 1]
    if clause.dep_ != "advcl" or clause.pos_ != "VERB" or told.dep_ not in ("ccomp", "parataxis") \
            or verb.lemma_.lower() not in reporting or verb.i > told.i:
        return False    # ("A arrived, while B dispatched a helicopter, Nugroho said": all the speaker's)
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
    if mark is None or mark.i == 0 or mark.doc[mark.i - 1].text not in BREAKS:
        return False
    return any(c.dep_ == "nsubj" for c in clause.children) and done(clause)


def done(verb) -> bool:
    """An act told done in the active voice: a simple past ("criticised") or a perfect ("has rejected"),
    with no modal, passive or progressive auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" or a.lemma_.lower() == "be" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)
