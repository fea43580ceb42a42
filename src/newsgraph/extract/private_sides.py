"""A state named only as the home of a private person or firm on an event's side: "the American legend
swept into London to announce a relationship with the LTA" (the legend, not the United States),
"France's Total is to join the scheme" (Total), "a France Telecom spokeswoman said" (the firm), "he
ran the Canadian arm of the church" (the arm, not Canada). The state's name or nationality modifies
a noun for someone who acts in their own name, or is part of a firm's name; the side becomes that
person ("legend (United States)"), the firm the document names there, or none. Who serves a state
("British officials") and what a state does or has ("the Israeli attack", "UK policy", "Sudanese
troops") stay the state's (stand_ins.py tells its nationals apart)."""
from __future__ import annotations

from ..wordlists import words

# people who act in their own name, and firms and their parts (data/lexicon/words/story_country.yaml)
PRIVATE_PEOPLE = words("private_people")
PRIVATE_FIRMS = words("private_firms")
STATE_FIRM_MODIFIERS = words("state_firm_modifiers")
STATE_NAME_WORDS = words("state_name_words")
# words of a title: "Israel's Prime Minister", "Pakistan's High Commissioner" name an office holder
TITLES = words("titles") | words("office_title_words")
# parts of a firm or body, whose owner follows: "the Canadian arm of the church"
FIRM_PARTS = words("firm_parts")
# how a state's name or nationality places a noun: "American legend", "France Telecom", "France's Total"
PLACING = frozenset({"amod", "compound", "poss", "nmod"})
STATE_TYPES = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY"})


def placed_head(span, key: str, res):
    """The noun or name in `span` that the state `key` only places, or None: its name's last word
    hangs on a private person or firm noun, or on a firm's name the recogniser found."""
    for tok in span:
        if res.token_entity.get(tok.i) != key or tok.dep_ not in PLACING:
            continue
        head = tok.head
        if head.i == tok.i or res.token_entity.get(head.i) == key:
            continue   # a word inside the state's own name ("South" of "South Sudan")
        if private_noun(head) or firm_name(head, res):
            return head
    return None


def private_noun(head) -> bool:
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in PRIVATE_PEOPLE | PRIVATE_FIRMS and not part_of(head):
        return False
    return not any(c.lower_ in STATE_FIRM_MODIFIERS for c in head.lefts)   # "the Chinese central bank"


def firm_name(head, res) -> bool:
    """Whether `head` ends a firm's name that holds or follows the state's ("France Telecom",
    "France's Total"), not a state body's ("Israel Defence Forces", "the US Senate") nor a person's."""
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head   # the name's last word: "Sudan's President Omar al-Bashir" is a person's
    if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "") or not head.text[:1].isupper():
        return False
    known = res.entities.get(res.token_entity.get(head.i) or "")
    if known is not None:
        return known.type not in STATE_TYPES and known.type != "PERSON"
    name = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    words_ = list(name) if name is not None else [c for c in head.lefts if c.dep_ == "compound"] + [head]
    if any(t.pos_ != "PROPN" for t in words_ if t.i < head.i and t.dep_ == "compound"):
        return False   # "the Indian warship Mysore": a thing of the state's with a name
    return not any(t.lower_ in STATE_NAME_WORDS or t.lower_ in TITLES or t.ent_type_ == "PERSON" for t in words_)


def private_side(head, key: str, res, people_actor) -> str | None:
    """What a side placed by the state `key` stands for: the person the noun names (made by
    `people_actor`, as stand_ins.py makes "nationals (France)"), the firm the document resolved the
    name or noun to, or None."""
    other = res.actor_at(head.i)
    if other is not None and other != key:
        ent = res.entities.get(other)
        return other if ent is None or ent.type not in STATE_TYPES else None
    from .described_sides import titled_name  # noqa: PLC0415  (described_sides reads actors through arguments)
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and (lemma in PRIVATE_PEOPLE or lemma in PRIVATE_FIRMS and head.tag_ == "NNS"):
        # "give US tycoon Malcolm Glazer access": the person the description titles, not "tycoon (United States)"
        return titled_name(head, res) or people_actor(head, key, res)
    return owner_of_part(head, key, res)


def part_of(head):
    """The owner noun of a firm's or body's part ("the Canadian arm of the church" -> church), or None."""
    if head.lemma_.lower() not in FIRM_PARTS or head.tag_ != "NN":
        return None
    return next((obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj"), None)


def owner_of_part(head, key: str, res) -> str | None:
    """The firm or body a part belongs to: "the Italian arm of auditor Grant Thornton" -> Grant Thornton."""
    obj = part_of(head)
    owner = res.actor_at(obj.i) if obj is not None else None
    return owner if owner != key else None
