"""A side the sentence names by description only: "the gang member shot Ortiz", "called on
ministers to act", "accused the prime minister of lying", "one person was arrested". When neither
a name, an office holder nor a collective kind resolves such a phrase, the person or people it
describes are the side: an actor of this document only, as resolution makes for "a gunman" or
"the two men" (resolve/participants.py). Dropping the side would leave a one-sided event where
the sentence names both."""
from __future__ import annotations

from ..model import Entity
from ..resolve.described_people import age_of
from ..resolve.names import fold
from ..resolve.owners import PARTY_PARTS, counted_part, is_party
from ..resolve.participants import (
    COLLECTIVE_TYPE,
    COUNTED_ONLY,
    DETERMINERS,
    FORCES,
    INDIVIDUAL_NOUNS,
    OTHER,
    OWN_NAME_NOUNS,
    UNSPECIFIC,
    collective_span,
    counted,
    document_tag,
    individual_name,
    unspecific,
)
from ..resolve.titles import OFFICE_NOUNS
from ..wordlists import words
from .actors import KnownActors
from .charges import ACCUSING
from .person_relations import related_to_person

SIDE_NOUNS = words("described_side_nouns")
OUTSIDERS = words("outsider_nouns")
LONE_PERSONS = words("lone_person_nouns")
# a body's name after a description of it: the parser's labels of the name, and the entity types it may have
BODY_LABELS = frozenset({"ORG", "NORP"})
BODY_TYPES = frozenset({"ORGANIZATION", "GOVERNMENT", "MEDIA"})
# acts whose object is a person ("arrested", "charged", "convicted"): what they take, counted, is people
ACTS_ON_PERSONS = words("acts_on_persons")
PERSON_HEADS = INDIVIDUAL_NOUNS | OWN_NAME_NOUNS | OFFICE_NOUNS | words("group_person_nouns") | SIDE_NOUNS
# where a noun is no side of its own: a modifier, a predicate ("he is a teacher"), a possessor
NOT_SIDES = frozenset({"compound", "attr", "appos", "npadvmod", "poss", "amod", "nmod", "acomp", "oprd"})


def described_side(tok, res: KnownActors) -> str | None:
    """The person or group a side phrase headed by `tok` describes, or None: a person noun heading
    its phrase (a singular one with an article, number or possessive: "the gang member", "his
    chancellor"; a plural one bare or not: "ministers", "European leaders"), not a name's part."""
    if not described_head(tok, res):
        return None
    plural = tok.tag_ in ("NNS", "NNPS")
    name = side_name(tok, res)
    if plural:   # "two possible gang members" -> "possible gang members"; "only 11 householders" -> "householders"
        counting = {t.text for c in tok.lefts if c.dep_ == "nummod" for t in c.subtree if t.i != c.i}
        name = " ".join(w for w in name.split() if w.lower() not in DETERMINERS and not w[0].isdigit()
                        and w not in counting)
    kind, typ = ("OTHER", "OTHER") if plural else ("PERSON", "PERSON")
    key = f"{kind}:#{document_tag(tok.doc)}:{fold(name).replace(' ', '-')}"
    res.add_mention(collective_span(tok, res), Entity(key=key, name=name, type=typ, reason="description"),
                    "description of a side", label="PERSON" if typ == "PERSON" else "GENERIC")
    return key


def side_name(tok, res: KnownActors) -> str:
    """What the phrase calls them: "his former aide", "chief executive of the firm"; an "of" phrase
    naming no one stays out ("accused his chancellor of lying", "the minister of misleading voters")."""
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    charge = tok.head.lemma_.lower() in ACCUSING   # "accused the minister of misleading voters"
    if owner is None or not charge and (owner.pos_ == "PROPN" or owner.i in res.token_entity):
        return individual_name(tok)
    doc = tok.doc
    start = next((t.i for t in doc[tok.left_edge.i:tok.i] if t.lower_ not in DETERMINERS and not t.is_punct
                  and t.dep_ != "preconj"), tok.i)
    return doc[start:tok.i + 1].text


def described_head(tok, res: KnownActors) -> bool:
    """Whether `tok` heads a phrase describing people that may be an event's side."""
    lemma = tok.lemma_.lower()
    if lemma not in PERSON_HEADS and counted_held(tok, res):
        return True
    if related_to_person(tok, res):
        return tok.dep_ not in NOT_SIDES   # "his employers", "her family": others than the person
    if tok.pos_ not in ("NOUN", "PROPN") or lemma not in PERSON_HEADS or lemma in COLLECTIVE_TYPE or lemma in FORCES:
        return False   # a collective kind has its own actor, or none on purpose ("two soldiers were killed")
    if tok.ent_type_ \
            and tok.ent_type_ not in ("NORP", "ORG") or tok.dep_ in NOT_SIDES:
        return False
    if unspecific(tok):
        return False   # "many ministers", "other leaders": how many, not who
    if lemma in COUNTED_ONLY:
        return counted(tok)   # "45 people were arrested"; not "these people"
    if not outsiders_acted_on(tok) and not party_share(tok, res) and not party_part(tok, res) \
            and any(t.i in res.token_entity for t in tok.doc[tok.left_edge.i:tok.i]):
        return False   # "Hamas fighters", "an Indian blogger": whose they are is resolution's to say (not "two
        # Likud ministers", a share of a party's men: resolve/owners.counted_part; nor "Labour backbenchers")
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True
    # a bare plural is mostly a kind ("the power to detain suspects", "arrests of top executives"),
    # unless it names office holders ("called on ministers", "met leaders") or its own kind by a noun
    # or a name ("rival gang members", "European leaders")
    return tok.tag_ in ("NNS", "NNPS") and (lemma in OWN_NAME_NOUNS or lemma in SIDE_NOUNS or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" or c.dep_ in ("amod", "compound") and c.text[:1].isupper()
        for c in tok.lefts))


def party_part(tok, res: KnownActors) -> bool:
    """A part of a party named before it, which does not speak for the party (resolve/owners.py, party_parts):
    "Labour backbenchers criticised the chancellor", "Tory rebels defied the whips" are a side of their
    own, the party's backbenchers, as "rebel Tory MPs" are described people."""
    named = [res.token_entity[t.i] for t in tok.doc[tok.left_edge.i:tok.i] if t.i in res.token_entity]
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PARTY_PARTS and bool(named) and all(is_party(k, res) for k in named)


def counted_held(tok, res: KnownActors) -> bool:
    """People counted by a number that an act on persons takes, whatever noun says what they are
    ("police arrested two brokers", "seven contractors were detained", "convicted three salesmen"):
    only persons are arrested or charged. A kind the lists know goes the lists' way; an amount
    ("charged $5 fees") or a name before the noun ("two Acme brokers") is no such group."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.ent_type_ or tok.dep_ not in ("dobj", "nsubjpass") \
            or tok.head.lemma_.lower() not in ACTS_ON_PERSONS or tok.lemma_.lower() in COLLECTIVE_TYPE:
        return False
    lefts = [t for c in tok.lefts for t in c.subtree]
    if not any(c.dep_ == "nummod" and c.like_num and c.ent_type_ in ("", "CARDINAL") for c in tok.lefts):
        return False
    return not any(t.i in res.token_entity or t.lower_ in UNSPECIFIC - OTHER or t.dep_ in ("det", "poss")
                   for t in lefts)   # "arrested two other brokers": counted, so which


def outsiders_acted_on(tok) -> bool:
    """Outsiders of a name, acted on: "clashed with Millwall fans", "arrested six Chelsea fans" are a
    group of their own, which the club does not stand for. As subjects they are mostly sport's crowds
    ("Arsenal fans booed"), left out."""
    return tok.lemma_.lower() in OUTSIDERS and tok.dep_ in ("dobj", "pobj", "nsubjpass")


def bracketed_name(tok, res: KnownActors) -> str | None:
    """The person's name set off by commas right after a description of one person, which the parser
    often hangs elsewhere: "shot a teenager, Gary Jones, on Friday"; or the body's name, with its article,
    after a description of one ("was brought by the US watchdog, the Securities and Exchange Commission"). A name after a clause on the
    description ("a man who shot a teenager, Gary Jones,") may be another's; a name that goes on to act
    ("arrested a lawyer, John Smith said") is no such name. An age may stand before the name ("his
    wife, 23-year-old Laura Hale,"), and the parser may read the name as a second object of the verb. A
    clause that names no one of its own may stand between ("a woman he took hostage, Ashley Jones,":
    clause_end)."""
    from .entity_lookup import entity_of_token, entity_type
    doc, end = tok.doc, clause_end(tok)
    if tok.tag_ != "NN" or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    start = end + 7 if end + 7 < len(doc) and age_of(doc[end + 6]) is not None else end + 2
    body = doc[start].lower_ == "the" and start + 1 < len(doc) and doc[start + 1].ent_type_ in BODY_LABELS
    start += 1 if body and doc[start].ent_iob_ != "B" else 0   # "the US financial watchdog, the Securities and Exchange Commission (SEC)"
    if doc[start].ent_iob_ != "B":
        return None
    first = doc[start]
    last = first.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    name = doc[first.i:last + 1].root
    # a second object of the clause's verb, or of a verb above the description ("convicted Peterson of murder in
    # the death of his wife, 23-year-old Laci,": the parser makes Laci an object of "convicted")
    second_object = name.dep_ == "dobj" and (tok.dep_ == "dobj" and name.head.i == tok.head.i
                                             or tok.dep_ == "pobj" and name.head in list(tok.ancestors))
    if last + 1 >= len(doc) or doc[last + 1].text not in (",", ".", ";", *(("(",) if body else ())) \
            or name.dep_ not in ("appos", "npadvmod") and not second_object or name.sent.start != tok.sent.start:
        return None
    key = entity_of_token(name, res)
    return key if key and entity_type(key, res) in (BODY_TYPES if body else ("PERSON",)) else None


def titled_name(tok, res: KnownActors) -> str | None:
    """The person's name right after a description of one person that stands as its title ("give US tycoon
    Malcolm Glazer access", "businessman Tomas Varga"), which the parser may hang elsewhere: the name is the side.
    Not a name that goes on to act ("told the court Smith lied"), nor one that owns what follows ("gave the boy
    Smith's book")."""
    from .entity_lookup import described as is_described
    from .entity_lookup import entity_of_token, entity_type
    doc = tok.doc
    if tok.tag_ != "NN" or not tok.text.islower() or tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "B" \
            or doc[tok.i + 1].ent_type_ != "PERSON":
        return None
    last = tok.i + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    name = doc[tok.i + 1:last + 1].root
    if name.dep_ in ("nsubj", "nsubjpass", "poss") or last + 1 < len(doc) and doc[last + 1].tag_ == "POS" \
            or name.sent.start != tok.sent.start:
        return None
    key = entity_of_token(name, res)
    return key if key and entity_type(key, res) == "PERSON" and not is_described(key, res) else None


def clause_end(tok) -> int:
    """Where the description ends for a name set off after it: the noun itself, or the end of a relative
    clause on it that names no one else the name could be ("a woman he took hostage, Ashley Jones", "a
    man police described as dangerous, John Smith"); not "a man who shot a teenager, Gary Jones", where
    the name may be the teenager's, nor a clause with a name or a pronoun object of its own."""
    clause = next((c for c in tok.rights if c.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i + 1 >= len(tok.doc) or tok.doc[clause.right_edge.i + 1].text != ",":
        return tok.i
    others = [t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("nsubj", "nsubjpass")
              and (t.pos_ != "NOUN" or any(d.dep_ in ("det", "poss", "nummod") for d in t.children))]
    return tok.i if others else clause.right_edge.i


def lone_person(tok) -> bool:
    """One man or woman ("a Massachusetts man"): a private person, whatever place or nation is named
    before, not a member of it; "Hamas men", plural, are the group's."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in LONE_PERSONS


def party_share(tok, res: KnownActors) -> bool:
    """A share of a party's men counted ("two Likud ministers", "some Tory peers"): a group of their own."""
    return counted_part(tok) and any(is_party(res.token_entity.get(t.i), res) for t in tok.lefts)
