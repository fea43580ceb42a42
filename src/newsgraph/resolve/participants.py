"""Participants without a name: the people and groups news reports as acting or acted upon
without naming them.

- collectives ("protesters", "unidentified gunmen", "security forces", "armed men", "Islamic
  terror elements"): one entity per kind and place, named "protesters (Iran)". The place is the
  one the phrase names ("militants in Sinai", "Iranian protesters", a capital for its country).
  (Falling back to the country a document names most cost held-out facts: left out);
- individuals ("a gunman", "his former girlfriend", "the wife of the Iraqi ambassador"): a PERSON
  of this document only (two articles' "the driver" are two people), typed by the head noun of the
  phrase, not by a name inside it ("the wife of the Iraqi ambassador" is a person, not Iraq);
- described groups ("the two men", "four gang members", "his aides"): a plural person noun with an
  article, number or possessive, one group of this document only (a bare plural is a kind).

- kinds of firm ("tobacco companies", "banks (Japan)"): an organisation per kind and place, in
  the plural only (resolve/firm_kinds.py).

The kinds are data: generic_kinds (data/lexicon/words/extract.yaml, shared with extraction) and
individual_nouns, armed_modifiers, armed_heads (words/actors.yaml).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from ..doctext import doc_text, tokens_with_lemma, tokens_with_lower
from ..model import Entity
from ..wordlists import table, words
from .aged_people import resolve_aged_people
from .firm_kinds import firm_kind
from .gazetteer import GUARD_BODIES
from .identified import name_described_people
from .names import fold
from .owners import disowned, named_owner
from .people_kinds import people_kind, people_nouns
from .resolution import ResolutionDraft, entity_for_actor

COLLECTIVE_TYPE = {lemma: typ for typ, lemmas in table("generic_kinds").items() for lemma in lemmas}
FORCES = words("forces_nouns")
INDIVIDUAL_NOUNS = words("individual_nouns")
HARMED_MEMBERS = words("harmed_force_members")
ARMED_MODIFIERS = words("armed_modifiers")
ARMED_HEADS = words("armed_heads")
PLURAL_ONLY_KINDS = words("plural_only_kinds")
# plural heads of a described group of people ("the two men", "gang members", "the suspects")
GROUP_NOUNS = INDIVIDUAL_NOUNS | words("group_person_nouns")
COLLECTIVE_SINGULARS = words("collective_singulars")
# plural heads that name a described group only when counted ("45 people were arrested")
COUNTED_ONLY = words("counted_only_nouns")
# counts in words ("dozens of people", "three dozen people")
COUNT_WORDS = words("count_words")
OWN_NAME_NOUNS = words("own_name_nouns")
PLACE_TYPES = ("LOCATION", "COUNTRY")
POLICE = words("police_nouns")
COLLECTIVE_NAMES = table("collective_names")
CHARGE_OF = words("charge_of_verbs")
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "one"})
UNSPECIFIC = words("participants_unspecific")
OTHER = frozenset({"other"})


def _place_in(tok, res: ResolutionDraft, gaz) -> str | None:
    """The place a phrase headed by `tok` names ("militants in Sinai", "Iranian protesters"): a
    known place or country; a capital stands for its country (given the gazetteer)."""
    # modifiers, prepositional and participial phrases ("terrorists operating in the Sinai"); not
    # a relative clause: "the pirates, who were no match for the Indian warship" are not Indian
    parts = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and not clause_prep(c)]
    # of a participle, where it happens, not what it acts on ("elements surrounding Israel" are not in Israel)
    parts += [p for c in tok.children if c.dep_ == "acl" for p in c.children if p.dep_ == "prep" and not clause_prep(p)]
    for c in (t for part in parts for t in part.subtree):
        key = res.token_entity.get(c.i)
        ent = res.entities.get(key) if key else None
        if ent is None or ent.type not in PLACE_TYPES:
            continue
        if key.startswith("gaz:") or gaz is None:
            return key
        capital = gaz.country_of_capital(ent.name)
        return capital.key if capital is not None else key
    return None


def clause_prep(prep) -> bool:
    """A preposition heading a clause says what people did, not where they are: "hardliners (who
    accused them) of doing business with Israel" are not Israel's."""
    return prep.dep_ == "prep" and any(c.dep_ == "pcomp" for c in prep.children)


def acting(tok) -> bool:
    """Whether a noun is who acts: a subject, or the agent of a passive ("killed by police")."""
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def collective_kind(tok, res: ResolutionDraft) -> tuple[str, str, str] | None:
    """(kind, what news calls it, type) of a collective headed by `tok`: ("protester",
    "protesters", "OTHER"), ("security force", "security forces", "MILITARY"), ("armed man",
    "armed men", "ARMED_GROUP"); None for other nouns."""
    lemma = tok.lemma_.lower()
    plural = tok.tag_ in ("NNS", "NNPS")
    typ = "MILITARY" if lemma in FORCES else COLLECTIVE_TYPE.get(lemma)
    if typ is None and lemma not in PLURAL_ONLY_KINDS and lemma not in ARMED_HEADS:
        return None   # no collective's head: its modifiers need not be read
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i not in res.token_entity]
    if typ == "ORGANIZATION":
        return firm_kind(tok, res)   # "tobacco companies", "Japanese banks": a kind of firm
    if typ is not None and (plural or lemma in COLLECTIVE_SINGULARS):
        if lemma not in COLLECTIVE_TYPE and not acting(tok):
            return None    # "moved troops to the border", "two soldiers were killed": not who acts
        nouns = [c.lower_ for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
        name = COLLECTIVE_NAMES.get(lemma)
        return " ".join((*nouns, name or lemma)), " ".join((*nouns, name or tok.lower_)), typ
    if lemma in PLURAL_ONLY_KINDS and plural:
        return _kind_of_groups(tok, mods, lemma)
    if lemma in ARMED_HEADS and plural:
        armed = [c.lower_ for c in mods if c.lower_ in ARMED_MODIFIERS]
        if armed:
            return f"{armed[0]} {lemma}", f"{armed[0]} {tok.lower_}", "ARMED_GROUP"
    return None


# the kinds of entity a description runs into as its own name ("the telecoms watchdog Ofcom")
NAMED_BODY_TYPES = frozenset({"ORGANIZATION", "GOVERNMENT", "MILITARY", "MEDIA", "ARMED_GROUP"})


def body_named_beside(tok, res: ResolutionDraft) -> Entity | None:
    """The named organisation a singular collective's description runs into or stands in apposition
    with ("the telecoms watchdog Ofcom", "the regulator, Ofgem,"), when resolution knows it: the named
    body is the side, not a kind."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in COLLECTIVE_SINGULARS:
        return None
    beside = [c for c in tok.rights if c.dep_ == "appos"]
    if tok.i + 1 < len(tok.doc) and tok.nbor().sent == tok.sent and tok.nbor().pos_ == "PROPN":
        beside.insert(0, tok.nbor())
    for t in beside:
        entity = res.entities.get(res.token_entity.get(t.i, ""))
        if entity is not None and entity.type in NAMED_BODY_TYPES:
            return entity
    return None


def _kind_of_groups(tok, mods, lemma: str) -> tuple[str, str, str] | None:
    """"rights groups", "opposition parties", "militant groups": a plural-only kind named by its
    lower-case modifiers; armed ones are armed groups."""
    words_before = [c.lower_ for c in mods if (c.text.islower() or c.is_sent_start and not c.ent_type_)
                    and c.pos_ in ("NOUN", "ADJ")]
    if not words_before or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return None   # "small groups of youngsters": how many, not a kind of group
    typ = "ARMED_GROUP" if any(w in ARMED_MODIFIERS for w in words_before) else "OTHER"
    return " ".join((*words_before, lemma)), " ".join((*words_before, tok.lower_)), typ


def _free_span(doc, tok, res: ResolutionDraft):
    """The head with the modifiers before it that no other mention holds, without determiners."""
    start = tok.i
    while start > max(tok.left_edge.i, tok.i - 3) and doc[start - 1].i not in res.token_entity \
            and doc[start - 1].dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod") \
            and not doc[start - 1].is_punct:
        start -= 1
    return doc[start:tok.i + 1]


def written(tok) -> str:
    """The phrase as written up to its head, without determiners and numbers ("Hong Kong police")."""
    doc = tok.doc
    start = max(tok.left_edge.i, tok.i - 4)
    while start < tok.i and (doc[start].pos_ in ("DET", "NUM", "PUNCT") or doc[start].lower_ in DETERMINERS):
        start += 1
    return doc[start:tok.i + 1].text


def collective_of(tok, res: ResolutionDraft) -> tuple[str, str, str] | None:
    """What an unnamed collective headed by `tok` is, as (kind, what news calls it, type), or
    None: the one decision that resolution (here) and extraction (extract/arguments.py) share. A
    phrase whose members a named owner has ("Hamas fighters", "Israeli soldiers") is that owner's,
    and a modifier ("a police station") is no participant."""
    if tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    found = collective_kind(tok, res)
    if found is None or named_owner(tok, res, found[2]):
        return None
    return found


def collective_entity(tok, found: tuple[str, str, str], res: ResolutionDraft, gaz) -> tuple[Entity, str, str]:
    """(entity, reason, mention label) for the collective `found` at `tok`: "protesters (Iran)",
    one per kind and place; forces of a place are its country's forces (given the gazetteer)."""
    kind, plural, typ = found
    place = _place_in(tok, res, gaz)
    place_ent = res.entities.get(place) if place else None
    if place_ent is None and place and place.startswith("gaz:") and gaz is not None:
        actor = gaz.actors.get(place[4:])
        place_ent = Entity(key=place, name=actor.name, type=actor.type, country=actor.country) if actor else None
    if typ == "MILITARY" and place_ent is not None and place_ent.country and gaz is not None:
        # "security forces in Cairo", "police in Lima": the forces of the country they serve in
        body = gaz.sector(place_ent.country, "police" if kind.split()[-1] in POLICE else "military")
        if body is not None:
            return entity_for_actor(body), "sector phrase: forces of a place", "SECTOR"
    name = f"{plural} ({place_ent.name})" if place_ent is not None else plural
    key = f"GENERIC:{kind}:{place or ''}"
    entity = Entity(key=key, name=name, type=typ, reason="generic description", aliases={plural, written(tok)},
                    country=place_ent.country if place_ent is not None else None)
    return entity, "generic description", "GENERIC"


def collective_span(tok, res: ResolutionDraft):
    """The words of a collective's mention: its head with the free modifiers before it."""
    return _free_span(tok.doc, tok, res)


def individual_name(tok) -> str:
    """'his former girlfriend' -> 'former girlfriend'; 'the wife of the Iraqi ambassador' keeps
    its 'of' phrase, 'managers from Toyota' its 'from' phrase when it names a body: whose people
    they are is part of who they are ('two women from Hexley' are where they come from)."""
    start, end = _name_bounds(tok)
    return tok.doc[start:end].text


def _name_bounds(tok) -> tuple[int, int]:
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].dep_ == "preconj"):
        start += 1
    end = tok.i + 1
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if owner is not None and prep.lower_ == "of" and charge_of(tok, owner):
            break
        if owner is not None and owner.i - tok.i <= 6 and (prep.lower_ == "of" or any(
                t.ent_type_ == "ORG" for t in owner.subtree if t.i <= owner.i)):
            end = owner.i + 1
            break
    return start, end


def charge_of(person, owner) -> bool:
    """The "of" phrase the parser hangs on the one charged is the charge, not whose they are: "accused
    the driver of manslaughter", "convicted the former officer of fraud" (not "arrested the mayor of
    Detroit", "arrested leaders of a sect": verbs whose "of" is no charge; "accused the leader of the
    gang of extortion": an owner that is a name, people or a group)."""
    return person.dep_ in ("dobj", "nsubjpass") and person.head.lemma_.lower() in CHARGE_OF \
        and owner.ent_type_ == "" and owner.pos_ in ("NOUN", "VERB") \
        and owner.lemma_.lower() not in GROUP_NOUNS | FORCES and owner.lemma_.lower() not in COLLECTIVE_TYPE


def is_individual(tok) -> bool:
    """A singular person noun heading a phrase of its own ("a gunman", "his wife"), not a
    modifier ("gunman attack") or a predicate ("he is a teacher"). One of a civilian kind is one
    too ("a German citizen", "a Syrian refugee"), and a force's member who is harmed or held, not
    acting ("killed a police officer"; "shot by a police officer" is the police)."""
    lemma = tok.lemma_.lower()
    if lemma in HARMED_MEMBERS:
        return tok.tag_ == "NN" and not acting(tok) and tok.dep_ not in ("compound", "attr", "appos", "npadvmod") \
            and any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    if tok.tag_ != "NN" or lemma not in INDIVIDUAL_NOUNS and (
            COLLECTIVE_TYPE.get(lemma) != "OTHER" or lemma in COLLECTIVE_SINGULARS):
        return False
    if tok.dep_ in ("compound", "attr", "appos", "npadvmod") or guard_body(tok):
        return False
    return any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) or tok.dep_ in ("nsubjpass", "dobj")


def guard_body(tok) -> bool:
    """"the coast guard", "the national guard": a state's force named by a guard noun, not one guard."""
    return tok.lemma_.lower() == "guard" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in GUARD_BODIES \
        and tok.doc[tok.i - 1].head.i == tok.i


def is_described_group(tok) -> bool:
    """A plural person noun heading a phrase of its own that names who took part without a name
    ("two men were arrested", "the suspects", "gang members"): not a modifier, predicate or
    apposition, and not a collective kind, which has its own actor ("protesters")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma not in GROUP_NOUNS or lemma in COLLECTIVE_TYPE or lemma in FORCES:
        return False
    if tok.dep_ in ("compound", "attr", "appos", "npadvmod", "conj"):
        return False
    if unspecific(tok):
        return False   # "more women", "many workers": how many, not who
    if lemma in COUNTED_ONLY:
        return counted(tok)   # "45 people were arrested"; not "these people", "a people"
    # a bare plural is mostly a kind ("the power to detain suspects", "it captured economists"); an
    # article, number or possessive points at people of the story ("the men", "four men", "his aides")
    return any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)


def counted_firms(tok, res: ResolutionDraft) -> bool:
    """Firms of a kind counted by a number and told of here ("prosecutors charged nine food
    suppliers", "two banks were fined"): firms of the story, which no kind of firm stands for
    (resolve/firm_kinds.py), a described group of them. Not firms already told ("the two banks",
    "these three lenders"), nor firms a name before them owns or qualifies ("two Toyota suppliers")."""
    if tok.tag_ != "NNS" or COLLECTIVE_TYPE.get(tok.lemma_.lower()) != "ORGANIZATION" \
            or tok.dep_ in ("compound", "attr", "appos", "npadvmod", "poss", "conj"):
        return False
    lefts = list(tok.lefts)
    if not any(c.dep_ == "nummod" and c.like_num for c in lefts):
        return False
    return not any(c.dep_ in ("det", "poss", "predet") or c.lower_ in UNSPECIFIC - OTHER or c.i in res.token_entity
                   for t in lefts for c in t.subtree)   # "two other banks were fined": counted, so which


def unspecific(tok) -> bool:
    """Whether a word before a plural noun says how many of a kind, not which ("more women", "other
    leaders"). "Other" with a number says which: people of the story besides those told ("three other
    executives agreed settlements", "the other two suspects were charged", "police arrested two other men")."""
    told = tok.lemma_.lower() not in COUNTED_ONLY and any(c.dep_ == "nummod" and c.like_num for c in tok.lefts)
    return any(c.lower_ in UNSPECIFIC and not (told and c.lower_ in OTHER) for c in tok.lefts)


def counted(tok) -> bool:
    """Whether a plural noun is counted: "45 people", "at least 70 people", "hundreds of people"."""
    return any(c.dep_ == "nummod" or c.like_num or c.lower_ in COUNT_WORDS for c in tok.lefts)


def add_group(tok, res: ResolutionDraft, tag: str, typ: str = "OTHER") -> None:
    """A described group of this document only ("two men", "possible gang members", of type
    ORGANIZATION "nine food suppliers"): two articles' "the men" are not the same men."""
    doc = tok.doc
    first, end = _name_bounds(tok)
    start = first
    # "Two possible gang members" -> "possible gang members"; "Twenty-eight people" -> "people"
    while start < tok.i and (doc[start].like_num or doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    name = doc[start:end].text
    key = f"{typ}:#{tag}:{fold(name).replace(' ', '-')}"
    # firms told of by count keep the count they are known by ("the nine food suppliers")
    aliases = {doc[first:end].text} if typ == "ORGANIZATION" else set()
    res.add_mention(_free_span(doc, tok, res), Entity(key=key, name=name, type=typ, reason="description",
                                                      aliases=aliases),
                    "description of people", label="GENERIC", alias=False, head=tok.i)


@lru_cache(maxsize=1)
def _wanted() -> frozenset[str]:
    """The nouns resolve_participants looks at (the same for every document)."""
    return frozenset((*COLLECTIVE_TYPE, *FORCES, *GROUP_NOUNS, *ARMED_HEADS, *PLURAL_ONLY_KINDS, *OWN_NAME_NOUNS,
                      *people_nouns()))


def resolve_participants(doc, gaz, res: ResolutionDraft) -> None:
    """Collectives and individuals without a name, on nouns no other pass resolved."""
    from spacy.attrs import POS  # noqa: PLC0415

    strings = doc.vocab.strings
    noun = {strings["NOUN"], strings["PROPN"]}
    tag = document_tag(doc)
    # the tokens of the nouns by lemma or by form, from the document's groups (no test per token)
    found = sorted({*tokens_with_lemma(doc, _wanted()), *tokens_with_lower(doc, _wanted())})
    pos = doc.to_array(POS).tolist() if found else []
    for i in found:
        if pos[i] not in noun or i in res.token_entity:
            continue
        tok = doc[i]
        if tok.dep_ == "compound":
            continue    # a modifier ("a police station", "gunman attack"), not a participant
        acronym_body(tok, res)
        if (named := body_named_beside(tok, res)) is not None:
            res.add_mention(collective_span(tok, res), named, "named beside", label="APPOS", alias=False, head=i)
            continue   # "the telecoms watchdog Ofcom": the description is the named body's
        found = collective_of(tok, res)
        if found is not None:
            entity, reason, label = collective_entity(tok, found, res, gaz)
            res.add_mention(collective_span(tok, res), entity, reason, label=label, alias=False, head=i)
        elif collective_kind(tok, res) is None and (is_individual(tok) or disowned(tok, res)) \
                and not named_owner(tok, res, "PERSON"):
            add_individual(tok, individual_name(tok), _free_span(doc, tok, res), res, tag)
        elif collective_kind(tok, res) is None and is_described_group(tok) and not named_owner(tok, res, "OTHER"):
            add_group(tok, res, tag)
        elif found is None and counted_firms(tok, res):
            add_group(tok, res, tag, "ORGANIZATION")
        elif collective_kind(tok, res) is None and (kind := people_kind(tok, res.token_entity)) is not None \
                and not named_owner(tok, res, kind[2]):
            # "foreign investors", "top executives": people of a kind, one collective as "protesters" are
            entity, reason, label = collective_entity(tok, kind, res, gaz)
            res.add_mention(collective_span(tok, res), entity, reason, label=label, alias=False, head=i)
    resolve_aged_people(doc, res, tag)
    name_described_people(doc, res)


def acronym_body(tok, res: ResolutionDraft) -> None:
    """An acronym the NER missed before the officers or officials of a body ("NYPD officers",
    "EPA officials") names that body, which its members then stand for (see named_owner)."""
    lemma = tok.lemma_.lower()
    typ = "MILITARY" if lemma in FORCES else COLLECTIVE_TYPE.get(lemma)
    if typ not in ("MILITARY", "GOVERNMENT"):
        return
    for c in tok.lefts:
        if c.dep_ == "compound" and c.i not in res.token_entity and c.pos_ == "PROPN" and c.text.isalpha() \
                and c.text.isupper() and 2 <= len(c.text) <= 6 and c.ent_type_ in ("", "ORG"):
            res.add_mention(c.doc[c.i:c.i + 1], Entity(key=f"{typ}:{fold(c.text)}", name=c.text, type=typ,
                                                        reason="name"), "name: an acronym owning its members",
                            label="ORG")


def document_tag(doc) -> str:
    """A tag unique to the document's text, for actors that exist in that document only."""
    return hashlib.sha1(doc_text(doc).encode("utf-8")).hexdigest()[:10]


def add_individual(tok, name: str, span, res: ResolutionDraft, tag: str) -> None:
    """One unnamed person of this document ("his former girlfriend", "a Jamaican"): a key unique
    to the document, so that no short-name rule across documents joins two of them."""
    key = f"PERSON:#{tag}:{fold(name).replace(' ', '-')}"
    res.add_mention(span, Entity(key=key, name=name, type="PERSON", reason="description"),
                    "description of a person", label="PERSON", alias=False, head=tok.i)


def nationality_person(span) -> bool:
    """Whether a nationality word names one person ("a Jamaican who joined the army", "the Briton",
    "one Chilean"): a singular noun heading its phrase with an article or "one", not a modifier
    ("Jamaican troops") nor the people as a whole ("Jamaicans voted")."""
    root = span.root
    # the parser may tag a lone nationality an adjective ("the murder of one Chilean"): heading a
    # side's phrase it is a noun
    headed = root.tag_ == "JJ" and root.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos")
    if len(span) != 1 or not (root.pos_ in ("NOUN", "PROPN") and root.tag_ in ("NN", "NNP") or headed):
        return False
    if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "the", "one") for c in root.children)
