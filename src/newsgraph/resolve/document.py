"""Resolution within one document: every span that names or refers to an actor or place becomes
a Mention tied to an entity key.

Passes, in order (a token belongs to the first mention that claims it):
1. phrases built on a country (resolve/country_phrases.py): sector phrases ("the Egyptian army",
   "Egypt's security forces", "Israeli intelligence") to the country's force or body, anonymous sources ("Egyptian sources",
   "Israeli military officials", "an unnamed former senior official") to ANONYMOUS_SOURCE
   entities, a government named by its seat ("the regime in Cairo");
2. named entities: the gazetteer (entity ruler id, then alias lookup), capitals used as actors
   ("Jerusalem and Cairo cooperate") to the government, a short name to the full name met earlier
   ("Koren" after "Haim Koren", "Ansar" after "Ansar Bayt al-Maqdis"), then the NER label and the
   context for unknown actors; a government named after its leader ("the Clinton
   administration": resolve/leader_governments.py);
3. roles without a name ("the Egyptian president") to the person the text or the gazetteer gives
   that role (resolve/roles.py); the remaining office phrases to the holder on the document's
   date (resolve/office_pass.py); "the minister" to the one person the document named with that
   title (resolve/titles.py);
4. participants without a name (resolve/participants.py): collectives ("protesters (Iran)",
   "armed men") and individuals ("his former girlfriend"); state bodies named by what they are
   ("the education ministry": resolve/unnamed_bodies.py), courts told of with "a" ("a jury", "a federal
   grand jury", "a panel of judges": resolve/court_bodies.py) and bodies called by their noun alone ("the
   jury", "the council": resolve/bare_bodies.py);
5. coreference (resolve/coref.py): pronouns and definite descriptions ("the group", and "the
   airline" for the body the document called so: resolve/kinds.py, whose pass runs after pass 2);
6. bare descriptions of a state's bodies ("the government", "security forces") left unresolved:
   the body of the country the story is about (resolve/story_country.py), and a bare head's title ("the
   prime minister") its office holder (resolve/untitled_offices.py); a bare "the government" no
   country resolved, a government of the document with no state (resolve/placeless_bodies.py);
7. last, on the tokens no pass claimed: a name the recogniser missed where it tagged it elsewhere in
   the document (resolve/repeated_names.py).

Every Mention says why in its `reason`: gazetteer, sector phrase, anonymous source, capital as
actor, alias rule: ..., role, coreference, name.
"""
from __future__ import annotations

from ..doctext import children, doc_ents, doc_text, doc_tokens, token_texts, tokens_with_lower
from ..model import Entity
from ..wordlists import words
from .bare_bodies import BODY_TYPE, bare_bodies
from .bodies import (
    acronym_out_of_context,
    country_in_name,
    country_named_bodies,
    name_tokens,
    not_the_party,
    organisation_shaped,
    party_elsewhere,
    shared_first_word,
)
from .central_banks import bank_of_country, central_bank, central_bank_descriptions
from .coref import resolve_coreference
from .counted_back import counted_back
from .country_phrases import SOURCE_NOUNS, country_phrases, former_source, seat_of_government
from .court_bodies import court_bodies
from .cut_names import cut_body_names, cut_first_words
from .entity_spans import person_spans, state_style
from .former_people import former_people, party_politicians
from .gazetteer import Actor, Gazetteer
from .kinds import COUNTRY_BODY, body_kinds
from .leader_governments import leader_governments
from .listed_names import as_unit, ruler_id
from .name_votes import given_name_and_country, voted_label
from .names import (
    POSSESSIVE,
    TITLES_OF_PERSONS,
    actor_key_name,
    fold,
    name_key,
    strip_titles,
    surname_key,
    without_nickname,
)
from .office_pass import office_phrases
from .opposition import story_opposition, the_opposition
from .owners import former_member
from .participants import add_individual, document_tag, nationality_person, resolve_participants
from .placeless_bodies import placeless_governments
from .repeated_names import repeated_names
from .resolution import Resolution, ResolutionDraft, entity_for_actor
from .roles import gazetteer_roles, note_role, role_descriptions
from .state_organs import state_organs
from .story_country import story_bodies
from .surnames import NameMemory
from .title_pronouns import title_pronouns
from .titles import titled_descriptions
from .town_clubs import town_club
from .town_names import town_label, town_names, untagged_towns
from .unnamed_bodies import unnamed_bodies
from .untitled_offices import untitled_offices

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
TYPE_OF_LABEL = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION",
                 "FAC": "LOCATION", "NORP": "OTHER"}
# context words that type an unknown organisation
ARMED_HINTS = words("armed_hints")
MEDIA_HINTS = words("media_hints")
CIVIL_HEADS = words("civil_heads")
PORTFOLIO_WORDS = words("portfolio_words")
OFFICE_NOUNS = words("office_nouns")
GOVERNMENT_HEADS = words("government_heads")
# a capital in these roles acts ("Moscow and Ankara agreed"); "London's Earls Court" is a place
ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "dative"}
# prepositions before a place that stands for an actor when it is only where something happens
PLACE_PREPOSITIONS = words("metonym_place_prepositions")
# nouns of a decision or an attempt whose possessor decides or tries: a capital owning one is its state
# ("Moscow's decision to expel", "Washington's plans to deploy", "Beijing's attempt to block")
DECIDED_NOUNS = frozenset(words("decision_nouns")) | frozenset(words("owned_plan_nouns")) \
    | frozenset(words("acting_intent_nouns"))


def clean_span(span):
    """Drop leading determiners and trailing possessives from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    toks = doc_tokens(doc)   # (doc[i] builds a new Token at each read)
    while start < end and toks[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].text in POSSESSIVE):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


# --- pass 2: named entities ----------------------------------------------------------------------

def capital_as_actor(span) -> bool:
    """A capital acts when it is a subject, object or possessor ("Jerusalem and Cairo cooperate",
    "Cairo's decision", "talks with Washington"), not a place after "in"/"to"."""
    t = span.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ACTOR_DEPS:
        return True
    if t.dep_ == "poss":   # "Cairo's decision to", not "Cairo's streets"
        return t.head.lemma_.lower() in DECIDED_NOUNS
    if t.dep_ == "pobj":
        return t.head.lower_ in ("by", "with", "between", "against")
    return False


def metonym_as_place(span, actor: Actor) -> bool:
    """Whether a place that stands for an actor ("the Kremlin", "Downing Street") is only a place
    here: the object of a preposition of place ("talks at the Kremlin", "marched to Downing
    Street"); as a subject, object, possessor or modifier ("a Kremlin spokesman") it acts."""
    if fold(span.text) not in {fold(m) for m in actor.metonyms}:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


def addressed_as_person(span) -> bool:
    """Whether an honorific stands before the name or opens it ("Mr Ebbers", "Ms Lomax", "Lord
    Browne"): only a person is addressed so, whatever label the recogniser gave the name."""
    if any(t.tag_ == "POS" for t in span):
        return False    # "Mr Brown's International Finance Facility": named after a person, not one
    words = [span[0]] if len(span) > 1 else []
    if span.start > 0:
        words.append(span.doc[span.start - 1])
    return any(fold(t.text).rstrip(".") in TITLES_OF_PERSONS for t in words)


def unknown_type(span, label: str) -> str:
    """The type of an actor the gazetteer does not know, from its NER label, its name and the
    words around it ("the militant group X", "the Y newspaper")."""
    if label == "PERSON" and organisation_shaped(span.text):
        label = "ORG"   # "Ansar al-Sharia", "the Movement for Democratic Change"
    if label in ("ORG", "GPE", "LOC") and addressed_as_person(span):
        label = "PERSON"    # "Ms Lomax said", "Mr Ebbers ordered": the recogniser's ORG, a person's name
    base = TYPE_OF_LABEL[label]
    doc = span.doc
    root = span.root
    if base in ("ORGANIZATION", "PERSON"):
        nxt = doc[span.end] if span.end < len(doc) else None
        if (root.dep_ == "pobj" and root.head.head.lemma_.lower() in PLACE_NOUNS and root.head.lower_ == "of") \
                or (nxt is not None and nxt.lower_ in PLACE_NOUNS and base == "ORGANIZATION") \
                or any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in children(root)):
            return "LOCATION"
    if base == "LOCATION" and label in ("GPE", "LOC") and town_club(span):
        return "ORGANIZATION"   # "Birmingham have confirmed the bid": the club, not the city
    if base != "ORGANIZATION":
        return base
    if central_bank(span):
        return "GOVERNMENT"   # "the Kenyan central bank": the state's bank, no firm
    words = {t.lower_ for t in span}
    if name_head(span) in CIVIL_HEADS:
        words -= ARMED_HINTS   # "the Fire Brigades Union": a union, whatever its other words
    around = {t.lower_ for t in doc[max(0, span.start - 3):span.start]} | \
             {t.lower_ for t in doc[span.end:min(len(doc), span.end + 2)]}
    # "front" types a name it is part of ("the Polisario Front"), never one it stands near ("in
    # front of the Casty store", "on the civil aviation front", "Up front, Mefin Davies")
    if words & ARMED_HINTS or around & (ARMED_HINTS - {"front"}):
        return "ARMED_GROUP"
    if words & MEDIA_HINTS or around & (MEDIA_HINTS - {"news"}):
        return "MEDIA"
    if words & GOVERNMENT_HEADS:
        return "GOVERNMENT"
    return base


def portfolio(span) -> bool:
    """Whether an unknown name is an office's portfolio: words of portfolios only, before an office
    noun ("Home Secretary", "Shadow Home Secretary", "Health spokesman", "Supreme Leader") or after
    one and "of" ("Director of Operations")."""
    if not all(t.lower_ in PORTFOLIO_WORDS for t in span):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in OFFICE_NOUNS:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in OFFICE_NOUNS


def name_head(span) -> str:
    """The head noun of a body's name, lower case: its last word, or the last before "of" or "for"
    ("Union" of "the National Union of Mineworkers", "Forces" of "the Revolutionary Armed Forces of
    Colombia")."""
    toks = [t for t in span if t.is_alpha or t.lower_ in ("fc", "f.c.")]
    for i, t in enumerate(toks):
        if i and t.lower_ in ("of", "for"):
            return toks[i - 1].lower_
    return toks[-1].lower_.replace(".", "") if toks else ""


def actor_for_name(text: str, label: str, gaz: Gazetteer, ent_id: str = "") -> Actor | None:
    """The gazetteer actor a name denotes: the entity ruler's id, an exact alias, or a spelling
    variant whose type agrees with the NER label ("Bedouin" is no "Biden"); a demonym for NORP."""
    actor = gaz.actors.get(ent_id) if ent_id else None
    if actor is None:
        actor = gaz.lookup(text)
        if actor is not None and not gaz.exact(text) and (actor.type == "PERSON") != (label == "PERSON"):
            actor = None
    if actor is None and label == "NORP":
        actor = gaz.country_of_demonym(text) or gaz.of_adjective(text)
    return actor


def key_for_name(name: str, gaz: Gazetteer, label: str = "ORG") -> str | None:
    """The entity key a stand-alone name gets (label: its spaCy NER label): the gazetteer
    actor's key, else TYPE:<normalised name> as for an unknown actor; None for an unknown NORP.
    Two names with one key are one actor in every document and across documents."""
    actor = actor_for_name(name, label, gaz)
    if actor is not None:
        return actor.key
    if label == "NORP":
        return None
    if label == "PERSON" and organisation_shaped(name):
        label = "ORG"    # "Ansar al-Sharia": an organisation whatever the NER says
    typ = TYPE_OF_LABEL.get(label, "ORGANIZATION")
    return f"{typ}:{actor_key_name(name, typ == 'PERSON')}"


PLACE_NOUNS = words("place_nouns")


def elsewhere(span, entity: Entity, gaz: Gazetteer) -> bool:
    """Whether the phrase around a short name places it in another country than `entity`'s."""
    phrase = span.root.head if span.root.dep_ in ("compound", "nmod", "amod") else span.root
    for ent in doc_ents(span.doc):
        if phrase.left_edge.i <= ent.start and ent.end <= phrase.right_edge.i + 1 and ent.start >= span.end:
            place = actor_for_name(ent.text, ent.label_, gaz, ent.ent_id_)
            if place is not None and place.type in ("LOCATION", "COUNTRY") and place.country \
                    and entity.country and place.country != entity.country:
                return True
    return False


def named_entities(doc, gaz: Gazetteer, res: ResolutionDraft) -> NameMemory:
    from spacy.tokens import Span  # noqa: PLC0415
    memory = NameMemory(doc)
    for ent in [*person_spans(doc, gaz), *untagged_towns(doc, gaz)]:
        if ent.label_ not in ACTOR_LABELS:
            continue
        label = town_label(ent, voted_label(ent), gaz)   # "shelled Kharkiv": a town, whatever the recogniser said
        if label != ent.label_:   # "Yukos boss", "Mr Parry": a company, a person, here and throughout
            ent = Span(doc, ent.start, ent.end, label=label)
        span = clean_span(ent)
        # "the Republic of South Sudan" (joined by person_spans): the country its last words name
        ent_id = ruler_id(ent, gaz) or (ent[-1].ent_id_ if any(state_style(ent[:k]) for k in range(2, len(ent))) else "")
        if span is not None and not ent_id:
            span = name_tokens(span)    # no "berserk", no "Joining" in "Joining Cooley"
        if span is None or res.covered(span.start, span.end):
            continue
        actor = actor_for_name(span.text, ent.label_, gaz, ent_id)
        if actor is None and ent.label_ == "ORG" and span.root.dep_ in ("amod", "compound") \
                and span.root.head.text.islower() and span.root.head.i >= span.end:
            actor = gaz.of_adjective(span.text)   # "a Conservative spokesman": tagged as a name, used as the adjective
        if actor is not None and ent.label_ == "NORP" and nationality_person(span):
            add_individual(span.root, span.text, span, res, document_tag(doc))   # "a Jamaican who ..."
            continue
        if actor is not None and actor.is_party and actor not in (gaz.exact(span.text), gaz.of_adjective(span.text)):
            actor = None    # a near spelling of a party's name is another party's ("Liberal Democratic Party")
        if actor is not None and metonym_as_place(span, actor):
            continue    # "protesters outside Downing Street": where, not who
        if actor is not None and not_the_party(span, actor, doc, gaz):
            continue    # "Labour shortages", "Social Democrats": not the party's name
        if actor is not None and (acronym_out_of_context(span.text, actor, doc, gaz)
                                  or party_elsewhere(span, actor, doc, gaz)):
            actor = None    # "the FSA fined the bank": the same letters name another body here
        if actor is not None:
            res.add_mention(span, entity_for_actor(actor), "gazetteer")
            memory.remember(span.text, actor.key, actor.type, span)
            memory.remember(actor.name, actor.key, actor.type, span)
            if actor.type == "PERSON":
                note_role(doc, span, actor.key, gaz, res)
            continue
        if ent.label_ == "NORP":
            continue  # an unknown nationality or religion is not an actor
        if ent.label_ in ("GPE", "LOC"):
            country = gaz.country_of_capital(span.text)
            if country is not None and capital_as_actor(span):
                body = gaz.sector(country.id, "government") or country
                res.add_mention(span, entity_for_actor(body), "capital as actor", alias=False)
                continue
        if portfolio(span):
            continue    # "Home Secretary Charles Clarke": an office's portfolio, no body
        typ = unknown_type(span, ent.label_)
        # a person's nickname quoted in their name is an alias, not their name (NameMemory keeps it)
        name = strip_titles(without_nickname(span.text)) if typ == "PERSON" else span.text
        if not name_key(name):
            continue
        # a short name for a name met earlier: "Koren" after "Haim Koren", "Ansar" after
        # "Ansar Bayt al-Maqdis" (the NER may label either as PERSON or ORG)
        known = memory.person(span.text, span=span) if len(name.split()) <= 2 else None
        if known is None and ent.label_ in ("ORG", "PERSON") and len(name.split()) == 1:
            known = memory.org(name)
            if known is not None and (shared_first_word(name) and elsewhere(span, res.entities[known], gaz)
                                      or any(fold(e.name) == fold(name) for e in res.entities.values())):
                known = None    # "the Ansar group in Gaza" is not the Ansar group of Sinai; "Apple" named
                # as itself before "Apple Developer Connection" stays Apple
        if known is not None and known in res.entities:
            res.add_mention(span, res.entities[known], "alias rule: short form of a name met earlier")
            if res.entities[known].type == "PERSON":
                note_role(doc, span, known, gaz, res)
            continue
        titled = typ == "PERSON" and memory.namesake_of_other_sex(span.text)
        if titled:
            name = span.text    # "Mrs Howard" beside a Mr Howard: her title keeps her apart, here and in the corpus
        key_name = actor_key_name(name, typ == "PERSON" and not titled)
        key = f"{typ}:{key_name}"
        country = country_in_name(span, gaz) if typ not in ("PERSON", "LOCATION") else town_names(doc, gaz).get(span.text)
        res.add_mention(span, as_unit(Entity(key=key, name=name, type=typ, country=country, reason="name"), span, gaz), "name")
        memory.remember(name, key, typ, span)
        if typ == "PERSON":
            note_role(doc, span, key, gaz, res)
    return memory


def untagged_short_names(doc, memory: NameMemory, res: ResolutionDraft) -> None:
    """A surname the NER missed ("Safadi said") after the full name was met."""
    first_seen: dict[str, int] = {}
    for m in res.mentions:
        first_seen.setdefault(m.entity, m.start)
    texts = token_texts(doc)   # a Token only for the capitalised words
    for i, text in enumerate(texts):
        if i in res.token_entity or not text[:1].isupper() or len(text) < 3:
            continue
        tok = doc[i]
        if tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in ("DATE", "TIME"):
            continue    # "in May", "the May election": a month, not Theresa May
        key = memory.person(text, texts[i - 1] if i > 0 else None, doc[i:i + 1])
        if key is None and memory.refused:   # a namesake the text keeps apart: a person of its own
            key = f"PERSON:{actor_key_name(text, True)}"
            res.add_mention(doc[i:i + 1], Entity(key=key, name=text, type="PERSON", reason="name"), "name",
                            label="PERSON")
            memory.remember(text, key, "PERSON", doc[i:i + 1])
            continue
        if key is not None and key in res.entities and first_seen.get(key, len(doc_text(doc))) < tok.idx:
            res.add_mention(doc[tok.i:tok.i + 1], res.entities[key], "alias rule: short form of a name met earlier",
                            label="PERSON")


def member_sources(doc, res: ResolutionDraft) -> None:
    """'Hamas officials', 'ISIS sources': anonymous sources belonging to a named organisation."""
    for tok in (doc[i] for i in tokens_with_lower(doc, SOURCE_NOUNS)):
        if tok.i in res.token_entity or tok.i == 0:
            continue
        owner = res.token_entity.get(tok.i - 1)
        ent = res.entities.get(owner) if owner else None
        if ent is None or ent.type not in ("ARMED_GROUP", "ORGANIZATION", "GOVERNMENT", "MILITARY"):
            continue
        start = tok.i - 1
        while start > 0 and res.token_entity.get(start - 1) == owner:
            start -= 1
        if former_member(tok):   # "a former Treasury official" speaks for no one ("an ex-Pentagon official")
            res.add_mention(doc[start:tok.i + 1], former_source(doc, start, tok.i), "anonymous source",
                            label="ANON", head=tok.i)
            continue
        plural = SOURCE_NOUNS[tok.lower_]
        anon = Entity(key=f"anon:{owner.split(':', 1)[-1]}:{plural}", name=f"{ent.name} {plural}",
                      type="ANONYMOUS_SOURCE", country=ent.country, reason="anonymous source", parent=owner)
        res.add_mention(doc[start:tok.i + 1], anon, "anonymous source", label="ANON", head=tok.i)


def country_bodies(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Companies and bodies named after a country ("Air France", "the US insurance industry"):
    organisations of that country, never the country itself (resolve/bodies.py)."""
    for start, end, country in country_named_bodies(doc, gaz):
        if res.covered(start, end):
            continue
        span = doc[start:end]
        if given_name_and_country(span):
            res.add_mention(span, Entity(key=f"PERSON:{actor_key_name(span.text, True)}", name=span.text, type="PERSON",
                                         reason="name"), "name", label="PERSON")
            continue
        # "a Texas grand jury", "the Ohio state council": a state body by its head noun
        typ = BODY_TYPE.get(doc[end - 1].lemma_.lower()) or unknown_type(span, "ORG")
        res.add_mention(span, Entity(key=f"{typ}:{actor_key_name(span.text)}", name=span.text, type=typ,
                                     country=country.id if country is not None else None, reason="name"),
                        COUNTRY_BODY, label="ORG", head=end - 1)


def cut_names(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Bodies' names the recogniser cut at "of"/"for" ("the Bank of England", "the Zimbabwe Congress of
    Trade Unions") or to their head word ("Menatep Group"), joined before their pieces are read as a
    country or a shorter name."""
    for start, end in sorted(cut_body_names(doc) + cut_first_words(doc)):
        span = doc[start:end]
        actor = gaz.lookup(span.text)
        if actor is not None:
            res.add_mention(span, entity_for_actor(actor), "gazetteer: a name the recogniser cut", label="ORG")
            continue
        country = country_in_name(span, gaz)
        typ = "GOVERNMENT" if bank_of_country(span, country) else unknown_type(span, "ORG")   # "the Bank of Uganda"
        res.add_mention(span, Entity(key=f"{typ}:{actor_key_name(span.text)}", name=span.text, type=typ,
                                     country=country, reason="name"),
                        "name: a body's name the recogniser cut", label="ORG")


def resolve_document(doc, gaz: Gazetteer) -> Resolution:
    """Resolve the actors of a parsed document (see the module docstring for the passes)."""
    res = ResolutionDraft(gazetteer=gaz)
    cut_names(doc, gaz, res)
    country_phrases(doc, gaz, res)
    seat_of_government(doc, gaz, res)
    country_bodies(doc, gaz, res)
    memory = named_entities(doc, gaz, res)
    untagged_short_names(doc, memory, res)
    leader_governments(doc, gaz, res)
    member_sources(doc, res)
    body_kinds(doc, gaz, res)
    the_opposition(doc, gaz, res)
    gazetteer_roles(gaz, res)
    role_descriptions(doc, gaz, res)
    titled_descriptions(doc, res, gaz)
    office_phrases(doc, gaz, res)
    former_people(doc, res)   # "a former Home Office minister": no longer the ministry's
    party_politicians(doc, res)   # "a senior Labour politician": not the party
    resolve_participants(doc, gaz, res)
    counted_back(doc, res)   # "the nine": the group just counted so
    unnamed_bodies(doc, gaz, res)
    central_bank_descriptions(doc, gaz, res)   # "the central bank of Kenya"
    court_bodies(doc, gaz, res)   # "a jury", "a federal grand jury": before "the jury" refers back
    bare_bodies(doc, gaz, res)
    resolve_coreference(doc, gaz, res)
    story_bodies(doc, gaz, res)
    state_organs(doc, gaz, res)
    placeless_governments(doc, res)
    untitled_offices(doc, gaz, res)
    story_opposition(doc, gaz, res)   # "the opposition" of the story's country, as its untitled offices
    title_pronouns(doc, res)   # after the titles have their holders
    repeated_names(doc, res)
    return res.finish()


__all__ = ["Resolution", "actor_for_name", "clean_span", "entity_for_actor", "fold", "key_for_name",
           "resolve_document", "surname_key"]
