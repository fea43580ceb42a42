"""A "he" or "she" after a subject that is a bare title: "Mr Clarke will announce the plans. The
prime minister said immigration would be toughened up. But he rejected the Tories' call" is the prime
minister, not Mr Clarke. Coreference (resolve/coref.py) runs before the bare titles get their holders
(resolve/untitled_offices.py), so it sees "the prime minister" as no one and goes past it to the
person named before.

Coreference notes here each subject pronoun outside a quotation whose nearest subject (in its own
sentence before it, or in the sentence before) that is a person or such a title is the title: "the" and an office noun in lower
case, resolved to no one yet (subjects that are things, bodies or places are passed over: "the
skills the UK needs", "immigration would be toughened up"); a speaker after what he says ("..., said a
spokesman. But he") stops the search, and a title inside a relative clause ("an issue the prime minister
wanted to progress") is not the sentence's subject. So is a possessive "his"/"her" whose nearest person or title
in its own sentence is such a title ("calls for the prime minister to quit, ignoring his appeals").
Once the titles have their holders, the pronoun is the title's holder when it got a person, or the
office itself when no date gave one ("Prime minister of Greece"), in place of what coreference gave
it; a title left unresolved leaves the pronoun as coreference resolved it."""
from __future__ import annotations

from ..wordlists import words
from .resolution import ResolutionDraft

OFFICE_NOUNS = words("office_nouns")
OFFICE = "office:"   # the key prefix of an office the story's country holds (resolve/untitled_offices.py)


def bare_title(tok) -> bool:
    """Whether `tok` heads "the <office noun>" with no name, owner or other word before the title's own."""
    if not tok.text.islower() or tok.tag_ != "NN" or tok.lemma_.lower() not in OFFICE_NOUNS:
        return False
    lefts = list(tok.lefts)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) \
        and not any(c.dep_ in ("poss", "nummod") or c.ent_type_ for c in lefts)


def note_title_pronoun(tok, ants, res: ResolutionDraft) -> None:
    """Note a subject person pronoun whose nearest subject before it is a bare title no pass resolved yet."""
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "poss" and own_sentence_title(tok, ants)):
        return
    for c in ants.recent(tok.i, 1):
        if c.reporter:
            return   # "..., said a spokesman. But he played down": the speaker, coreference's choice
        if not c.topic or c.quoted:
            continue
        head = ants.doc[c.token]
        if c.key is None and bare_title(head) and head.head.dep_ != "relcl":
            res.title_pronouns[tok.i] = c.token
            return
        entity = res.entities.get(c.key) if c.key else None
        if entity is not None and entity.type == "PERSON":
            return   # a person nearer: coreference's choice stands


def own_sentence_title(tok, ants) -> bool:
    """Whether a possessive "his"/"her" follows a bare title in its own sentence: "calls for the prime
    minister to quit, ignoring his appeals for unity" are the prime minister's appeals; a person named
    between ("the prime minister met Mr Jones and his wife") is nearer."""
    for c in ants.recent(tok.i, 0):
        if bare_title(ants.doc[c.token]):
            return True
        entity = ants.res.entities.get(c.key) if c.key else None
        if entity is not None and entity.type == "PERSON" or ants.doc[c.token].ent_type_ == "PERSON":
            return False
    return False


def title_pronouns(doc, res: ResolutionDraft) -> None:
    """Give each noted pronoun the person its title was resolved to (see the module)."""
    for pronoun, title in res.title_pronouns.items():
        key = res.mention_head.get(title) or res.token_entity.get(title)
        entity = res.entities.get(key) if key else None
        if entity is None or entity.type != "PERSON" and not key.startswith(OFFICE) \
                or res.token_entity.get(pronoun) == key:
            continue   # an office with no holder known stands for its holder ("Prime minister of Greece")
        old = res.token_entity.get(pronoun)
        span = doc[pronoun:pronoun + 1]
        res.clear(span)
        res.add_mention(span, entity, "coreference", label="COREF", alias=False, head=pronoun)
        if old and old not in res.token_entity.values():
            res.entities.pop(old, None)
