"""People named with their office or post, and the descriptions that refer back to them.

"Home Secretary Amber Ross", "Tom Kale, the health minister," and "the chief executive of Koldex,
Mara Lind," name a person with a title; a later "the minister", "the health minister" or "the
chief executive" refers to that person when the document named exactly one person before it with
a title of that head noun and those words ("the minister" is not "the prime minister" unless the
title said "prime"). Two people with such titles, a word the title lacks, or a "former"/"deputy"
before the noun leave the description to the other passes: a wrong person is worse than none.
A name in the title is compared as the actor it names: "Conservative leader Ann Hale" is then "the
Tory leader" (one party), and "the Labour leader" is not her.
The gazetteer's office holders (resolve/roles.py, resolve/office_pass.py) are not consulted here.
"""
from __future__ import annotations

from ..wordlists import words
from .gazetteer import Gazetteer
from .names import fold
from .resolution import ResolutionDraft

OFFICE_NOUNS = words("office_nouns")
# honorifics between a title and the name ("Commissioner Sir John Stevens"): the title is still the name's
HONORIFICS = words("name_honorifics")
NOT_THE_OFFICE = words("not_the_office")
SPEECH_VERBS = words("speech_verbs")
OTHER_PERSON = words("titles_other_person")
TITLE_DEPS = ("compound", "amod", "nmod")


Title = tuple[str, frozenset[str]]    # (head noun, all the title's words)


def written_as_title(span) -> bool:
    """Whether a title's words are written as a bare title: in lower case ("the prime minister"), or each
    capitalised as British news writes its own state's ("the Queen", "the Chancellor"), but not as the
    owner of a name ("the Queen's Speech", "the Prime Minister's Questions")."""
    if all(t.text.islower() for t in span):
        return True
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    return all(t.text[:1].isupper() and t.text[1:].islower() for t in span) \
        and not (span[-1].dep_ == "poss" and after is not None and after.text[:1].isupper())


def _word(tok, gaz: Gazetteer | None) -> str:
    """A title's word; a name or a name's adjective as the actor the gazetteer knows it for
    ("Tory", "Conservative" -> one party; "IMF" before the title or after its "of")."""
    actor = gaz.exact(tok.text) or gaz.of_adjective(tok.text) if gaz is not None and tok.text[:1].isupper() else None
    return actor.key if actor is not None else tok.lower_


def _title_words(head, gaz: Gazetteer | None = None) -> Title:
    """A title headed by `head` ("health minister", "chief executive of Koldex", "Koldex's chief
    executive"), up to an apposition that names its holder."""
    stop = next((a.i for a in head.rights if a.dep_ == "appos"), len(head.doc))
    mods = [_word(c, gaz) for c in head.lefts if c.dep_ in TITLE_DEPS]
    owner = [_word(t, gaz) for c in head.lefts if c.dep_ == "poss" for t in c.subtree
             if t.dep_ != "case" and not t.is_punct and t.lower_ != "the"]
    of = [_word(t, gaz) if t.text[:1].isupper() else fold(t.text) for c in head.rights
          if c.dep_ == "prep" and c.lower_ == "of"
          for t in c.subtree if t.i < stop and t.dep_ != "prep" and not t.is_punct and t.lower_ != "the"]
    return head.lower_, frozenset((*mods, *owner, head.lower_, *of))


def person_titles(doc, res: ResolutionDraft, gaz: Gazetteer | None = None) -> dict[str, list[tuple[Title, int]]]:
    """key -> (title, token of the name) for each person named with a title."""
    found: dict[str, list[tuple[Title, int]]] = {}
    for i, key in res.mention_head.items():
        ent = res.entities.get(key)
        if ent is None or ent.type != "PERSON" or not doc[i].text[:1].isupper():
            continue
        tok = doc[i]
        titles = []
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, i + 1) \
                and res.token_entity.get(start - 1) in (None, key):
            start -= 1
        before = [t for t in doc[start:i + 1] if res.token_entity.get(t.i) != key]
        while before and before[-1].lower_ in HONORIFICS:
            before.pop()
        if before and before[-1].lower_ in OFFICE_NOUNS:            # "Home Secretary Amber Ross"
            # with the title noun's own modifiers ("Conservative" of "Conservative leader Ann Hale")
            noun = before[-1]
            before += [c for c in noun.lefts if c.dep_ in TITLE_DEPS and c.i < start]
            titles.append((noun.lower_, frozenset(_word(t, gaz) for t in before)))
        titles += [_title_words(c, gaz) for c in tok.children if c.dep_ == "appos" and c.lower_ in OFFICE_NOUNS]
        holder = tok.head if tok.dep_ == "appos" else None
        if holder is not None and holder.dep_ == "pobj" and holder.head.lower_ == "of":
            holder = holder.head.head      # "the chief executive of Koldex, Mara Lind" (hung on Koldex)
        if holder is not None and holder.lower_ in OFFICE_NOUNS:   # "the health minister, Tom Kale"
            titles.append(_title_words(holder, gaz))
        for title in titles:
            if not NOT_THE_OFFICE & title[1]:
                found.setdefault(key, []).append((title, i))
    return found


def apposed_titles(doc, res: ResolutionDraft, heads: list[int]) -> None:
    """A title beside the name of its holder is that person: "the director of the Trust, Norman
    Brennan, said" and "Simon Hale, the touch judge who was criticised" make the title's phrase a
    mention of Brennan and Hale, so that the verb whose side the parser made the title has them."""
    for i in heads:
        tok = doc[i]
        if i in res.token_entity or tok.dep_ == "compound" or not tok.text.islower() \
                or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
            continue    # a speaker: attribution names the person beside the title itself (extract/speakers.py)
        names = [c for c in tok.children if c.dep_ == "appos"]
        names += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.subtree
                  if c.dep_ in ("appos", "npadvmod") and c.head.dep_ == "pobj"
                  and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]   # the name hung on "the Trust"
        names += [tok.head] if tok.dep_ == "appos" else []                        # "Simon Hale, the touch judge"
        keys = {res.mention_head.get(n.i) for n in names} - {None}
        persons = [k for k in keys if res.entities[k].type == "PERSON"]
        start = title_start(tok)
        if len(persons) == 1 and not res.covered(start, i + 1):
            res.add_mention(doc[start:i + 1], res.entities[persons[0]], "role: the name beside the title",
                            label="ROLE", alias=False, head=i)


def title_start(tok) -> int:
    """The first token of a title's phrase, after an owner's possessive: "the organisation's
    president" leaves "the organisation" to the body it names."""
    owners = [c for c in tok.lefts if c.dep_ == "poss"]
    return max(c.right_edge.i for c in owners) + 1 if owners else tok.left_edge.i


def titled_descriptions(doc, res: ResolutionDraft, gaz: Gazetteer | None = None) -> None:
    """'the minister', 'the health minister', 'the mayor' -> the one person named so before, or
    beside it (apposed_titles)."""
    from spacy.attrs import LOWER  # noqa: PLC0415

    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in OFFICE_NOUNS}
    heads = [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in wanted]
    if not heads:
        return
    apposed_titles(doc, res, heads)
    titles = person_titles(doc, res, gaz)
    for i in heads:
        tok = doc[i]
        first = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"
                      or c.dep_ == "poss" and c.pos_ == "PROPN"), None)   # "the minister", "Koldex's chief"
        if i in res.token_entity or not written_as_title(doc[i:i + 1]) or tok.dep_ in ("compound", "appos") \
                or first is None:
            continue
        head, said = _title_words(tok, gaz)
        if (NOT_THE_OFFICE | OTHER_PERSON) & said:
            continue
        keys = {key for key, named in titles.items() for (noun, title), at in named
                if at < i and noun == head and said <= title}
        if len(keys) == 1:
            key = keys.pop()
            start = title_start(tok)
            res.add_mention(doc[start:i + 1], res.entities[key], "role: named in the document", label="ROLE",
                            alias=False, head=i)
