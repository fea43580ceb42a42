"""People of a kind that news reports as a side without naming them, beyond the collectives of
generic_kinds: "foreign investors criticised the tax", "parents sued the school", "several other top
executives were arrested", "staff walked out". The head is a person noun of the lexicon's person
classes (words/actors.yaml: own-name and group nouns; words/extract.yaml: people_kinds) in the bare
plural, or a collective of a body's people ("staff"); resolve/participants.py makes it an unnamed
collective ("foreign investors (Cameroon)") as it does "protesters", so that extraction proposes the
event and the keep gate judges it as it judges any unnamed collective.

Not a kind: a plural with an article, number or owner, which points at people of the story ("the two
men", "his aides": a described group); a modifier, predicate or apposition ("investor confidence",
"they are investors"); and the person nouns of no kind of their own (people_kinds_not: "people").
"""
from __future__ import annotations

from ..wordlists import words

# people who act in markets by their money or their firm's office act as firms do: "activist investors
# targeted the board" is a bid, not an attack (extract/sense_conflict.unarmed reads the type)
FIRM_PEOPLE = words("firm_people_kinds")
PEOPLE_KINDS = (words("own_name_nouns") | words("group_person_nouns") | words("people_kinds") | FIRM_PEOPLE) \
    - words("people_kinds_not")
PEOPLE_COLLECTIVES = words("people_collectives")
STATE_HEADS = words("state_kind_heads")
# where a plural is a side of its own: who acts, who a passive acts on ("executives were arrested"), the
# object of a preposition ("arrests of top executives", "criticised by investors"), or a conjunct of one.
# Not a direct object: the verb's subject names the event's actor, and the object needs no entity to be
# its other side (in a bench sample "captured economists", "led all players" were no events)
SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "conj"})
# the prepositions whose object is a side: an agent, whom a noun's act is of, with or against ("talks with
# creditors", "protests against executives"); not where or among whom ("confusion among investors",
# "protection from creditors", "outsourcing to cheaper countries" were no events in a bench sample)
SIDE_PREPS = words("people_kind_side_preps")
POINTING = frozenset({"det", "poss", "nummod", "predet"})
# determiners that say how many of a kind, not which ("some investors", "all parents")
QUANTIFIERS = words("people_kind_quantifiers")


def people_nouns() -> frozenset[str]:
    """The heads people_kind looks at (lemmas)."""
    return PEOPLE_KINDS | PEOPLE_COLLECTIVES | STATE_HEADS


def people_kind(tok, named=frozenset()) -> tuple[str, str, str] | None:
    """(kind, what news calls it, type) of people of a kind headed by `tok`, as
    participants.collective_kind gives for protesters: ("investor", "investors", "OTHER"),
    ("member state", "member states", "GOVERNMENT"); None for a noun that is no such side. `named`:
    the indices of tokens a name or place holds, which are no words of the kind."""
    lemma = tok.lemma_.lower()
    collective = lemma in PEOPLE_COLLECTIVES and tok.tag_ == "NN"
    if not collective and (tok.tag_ != "NNS" or lemma not in PEOPLE_KINDS | STATE_HEADS):
        return None
    head = tok.head if tok.dep_ == "conj" else tok
    if not (head.dep_ in SIDE_DEPS and (head.dep_ != "pobj" or head.head.lower_ in SIDE_PREPS)
            or asked_to_act(head)):
        return None
    if any(c.dep_ in POINTING and c.lower_ not in QUANTIFIERS for c in tok.children):
        return None   # "the investors", "two executives", "its staff": people of the story, not a kind
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.i in named or name_like(c) for c in mods):
        # "Japanese and South Korean leaders": a name before them says whose people they are, which
        # extraction reads from it (extract/arguments.py); "G7 nations", "Yukos executives": a name the
        # recogniser missed
        return None
    # the words that say which kind ("foreign", "top", "African", "member"), not how many ("several other")
    which = [c for c in mods if c.lower_ not in QUANTIFIERS and c.pos_ in ("ADJ", "NOUN", "PROPN")]
    if any(c.tag_ in ("JJR", "JJS") for c in which):
        return None   # "cheaper countries", "the poorest nations": a comparison, not a kind that acts
    if lemma in STATE_HEADS and not which:
        return None
    written = [c.lower_ if c.is_sent_start and not c.ent_type_ or c.pos_ == "NOUN" else c.text for c in which]
    return (" ".join((*(c.lower_ for c in which), lemma)), " ".join((*written, tok.lower_)),
            "GOVERNMENT" if lemma in STATE_HEADS else "ORGANIZATION" if lemma in FIRM_PEOPLE else "OTHER")


def asked_to_act(tok) -> bool:
    """One a verb asks, urges or calls on to do something, with the act to do after it: "urged donors to
    give", "called on rich nations to cancel the debts". Unlike a plain object ("captured economists"),
    the one asked is a side of the request whatever kind of verb asks it. Not one told what not to do
    ("urged investors not to worry", "told parents not to panic"): in a bench sample, reassurance of the
    public, no party asked to act."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") else \
        tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children) for c in verb.children)


def name_like(tok) -> bool:
    """A proper noun that is a name: not a capital the sentence's start gave a common word ("Member states")."""
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and not tok.ent_type_)
