"""Bodies that carry a country's name are not the country, and names shaped like organisations
are organisations whatever the NER says.

- "Universal Music Germany", "Air France", "Kenya Airways": a country's name inside a longer
  proper name (the entity ruler tags the country alone) is part of a company's or body's name;
  so is one opening the name of a body that owns what follows or whose staff follows ("Swiss Re's
  department", "France Telecom spokesman"), unless the name is a state's portfolio ("US Defence Secretary");
- "the US insurance industry", "a Russian energy company", "a Los Angeles grand jury": a country,
  demonym or place modifying the head noun of a body is where that body is, not the actor;
- "Ansar al-Sharia", "the Movement for Democratic Change": a name with an organisation's head noun
  or an Arabic movement word is an organisation even when the NER labels it PERSON;
- "Yukos boss", "shares in Yukos", "Yukos's chief executive": a name the NER labels PERSON that the
  document uses as a company is a company, in all its mentions there (resolve/name_votes.py);
- "berserk", "Joining Cooley": a lower-case word or a leading verb is no name;
- "FSA" in a story about the UK's "Financial Services Authority (FSA)" is not the Free Syrian
  Army: a short acronym of a group of one country needs the document not to place itself
  elsewhere.

The word lists are in data/lexicon/words/actors.yaml.
"""
from __future__ import annotations

from ..doctext import children, doc_ents
from ..wordlists import table, words
from .gazetteer import Actor, Gazetteer
from .names import GIVEN_NAMES, fold, is_title, mostly_capitalised

BODY_HEADS = words("body_heads")
PLACED_HEADS = words("placed_heads")
ORGANISATION_NAME_WORDS = words("organisation_name_words")
# first words of many unrelated groups' names, never a short form of one of them
SHARED_NAME_WORDS = words("shared_name_words")
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss"}
# the particles a transliterated name keeps in lower case ("Ayman al-Zawahiri", "Osama bin Laden")
NAME_PARTICLES = words("name_particles") | words("articles")
MEMBER_NOUNS = words("member_nouns")
FORCE_KINDS = words("force_kinds")
FORCES_NOUNS = words("forces_nouns") | {"guard", "officer"}
# short forms of party names that are also common words ("Labour shortages", "Conservatives say")
COMMON_WORD_FORMS = words("common_word_party_forms")
# words of a legislature before a party's members ("House Democrats", "Senate Republicans")
LEGISLATURE_WORDS = frozenset({"house", "senate", "congressional", "commons", "assembly", "us", "u.s."})
# what news calls a body ("airline", "union", "regulator") -> the type of a body a kind names
BODY_KIND_TYPE = {kind: typ for typ, kinds in table("body_kinds").items() for kind in kinds}
# the staff of a firm or body its name is put before ("France Telecom spokesman", "UK Film Council
# chief executive"), and the words that may stand between ("Swiss Re's managing director")
STAFF_ROLES = words("staff_roles")
STAFF_ROLE_MODIFIERS = words("staff_role_modifiers")
# a country's portfolios and the words of its bodies' names: "US Defence Secretary", "Irish Transport
# Minister", "Sudan Armed Forces spokesman" name the state's people, not a firm's
STATE_NAME_WORDS = words("portfolio_words") | words("state_name_words")


def place_entities(doc, gaz: Gazetteer) -> list[tuple[int, int, Actor | None, bool]]:
    """(start, end, country, is the country itself) of every entity the ruler or the NER gives a
    place's name or a demonym ("Germany", "US", "Turkish", "Los Angeles"); country None for a
    place the gazetteer does not know."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        actor = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if actor is None:
            actor = gaz.country_named(ent.text) or (gaz.lookup(ent.text) if ent.label_ != "NORP" else None)
        if actor is not None and actor.type == "COUNTRY":
            out.append((ent.start, ent.end, actor, True))
        elif ent.label_ != "NORP" and (actor is None or actor.type == "LOCATION"):
            country = gaz.actors.get(actor.country) if actor is not None and actor.country else None
            out.append((ent.start, ent.end, country, False))
    return out


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and not is_title(tok.text)


def company_name(doc, start: int, end: int, named: dict[int, object]) -> tuple[int, int] | None:
    """The longer proper name a country's name at [start, end) belongs to: capitalised name words
    compounded onto it before ("Universal Music Germany", "Air France"), or a body's head noun
    after it that it is compounded onto ("Kenya Airways"); None when the country stands alone."""
    inside = range(start, end)
    left = start
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i in inside \
            and _name_word(doc[left - 1]) and not doc[left - 1].ent_id_:
        ent = named.get(left - 1)
        left = ent.start if ent is not None and ent.label_ in ("ORG", "PERSON") else left - 1
    if left < start:
        return left, end
    root = doc[start:end].root
    right = end
    while right < len(doc) and _name_word(doc[right]) and not doc[right].ent_id_ and right - end < 3:
        right += 1
    if right > end and root.dep_ == "compound" and root.head.i in range(end, right) \
            and doc[right - 1].lower_ in BODY_HEADS:
        return start, right
    return longer_name(doc, start, end) or staffed_name(doc, start, end)


def staffed_name(doc, start: int, end: int) -> tuple[int, int] | None:
    """A country's name or demonym at [start, end) opening the name of a firm or body that owns what
    follows or a role of whose staff follows ("France Telecom spokesman", "Swiss Re's natural
    disasters department"): the name; None for a state's own portfolio or body ("US Defence Secretary",
    "Sudan Armed Forces spokesman") or a country standing alone ("US spokesman")."""
    right = end
    while right < len(doc) and right - end < 3 and _staff_name_word(doc[right]):
        right += 1
    if right == end or any(t.lower_ in STATE_NAME_WORDS for t in doc[end:right]):
        return None
    i = right
    if i < len(doc) and doc[i].tag_ == "POS":
        return start, right     # "Swiss Re's natural disasters department": a name owns it
    while i < len(doc) and i - right < 4 and doc[i].lower_ in STAFF_ROLE_MODIFIERS:
        i += 1
    if i < len(doc) and doc[i].lower_ in STAFF_ROLES and doc[i].text.islower():
        return start, right
    return None


def _staff_name_word(tok) -> bool:
    """A capitalised word of a firm's name after a country's ("Telecom", "Re", "Film Council"),
    which the tagger may take for any part of speech."""
    return tok.text[:1].isupper() and tok.is_alpha and not is_title(tok.text) and not tok.ent_id_ \
        and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE", "TIME")


def longer_name(doc, start: int, end: int) -> tuple[int, int] | None:
    """A country's name at [start, end) opening a longer proper name in running text ("France
    Telecom plans", "China Three Gorges Project Corp signed"): the name words after it, the last
    heading the phrase. Not in a headline, where every word is capitalised ("Russia Warns Kyiv")."""
    root = doc[start:end].root
    right = end
    while right < len(doc) and right - end < 4 and not doc[right].ent_id_ \
            and (_name_word(doc[right]) or doc[right].like_num and doc[right].text[:1].isupper()):
        right += 1
    if right == end or root.dep_ != "compound" or root.head.i not in range(end, right):
        return None
    last = doc[right - 1]
    if last.dep_ == "compound" or last.ent_type_ not in ("", "ORG") or not last.text[:1].isalpha():
        return None
    if mostly_capitalised([t for t in last.sent if t.is_alpha]):
        return None
    return start, right


def body_phrase(doc, start: int, end: int) -> tuple[int, int] | None:
    """The body a country's name or demonym at [start, end) modifies: "the US insurance industry",
    "Egypt's largest bank" -> (start, index after the head noun)."""
    root = doc[start:end].root
    # the modifiers up to the phrase's head: the body may itself modify a person ("the US
    # bankruptcy court judge": a judge of the court); a name heading the phrase is the actor
    # ("French stock market regulator AMF")
    chain = []
    tok = root
    while tok.dep_ in MODIFIER_DEPS and tok.head.i >= end and tok.head.i - end <= 4:
        tok = tok.head
        chain.append(tok)
    if not chain or chain[-1].ent_type_ or root.dep_ not in MODIFIER_DEPS:
        return None
    head = next((t for t in reversed(doc[end:chain[-1].i + 1])
                 if t.lower_ in BODY_HEADS or t.lemma_.lower() in BODY_HEADS
                 or t.i == chain[-1].i and (t.lower_ in PLACED_HEADS or t.lemma_.lower() in PLACED_HEADS)), None)
    if head is None or head.ent_type_:
        return None
    if any(t.is_punct for t in doc[end:head.i]):
        return None
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ for c in children(head) if c.i > head.i):
        return None    # "Russian energy giant Gazprom": the name that follows is the actor
    return start, head.i + 1


def country_named_bodies(doc, gaz: Gazetteer) -> list[tuple[int, int, Actor | None]]:
    """(start, end, country) of each company or body named with a country's or a place's name
    ("Air France", "a Los Angeles grand jury"), in text order; country None where unknown."""
    named = {t.i: ent for ent in doc_ents(doc) for t in ent}
    out = []
    for start, end, country, whole in place_entities(doc, gaz):
        found = (company_name(doc, start, end, named) if whole else None) or body_phrase(doc, start, end)
        if found is not None and found[1] > end and fold(doc[end].text) in GIVEN_NAMES:
            continue    # "Russian Boris Orlov": a nationality and a person's name, no body's
        if found is not None:
            out.append((found[0], found[1], country))
    return out


def country_in_name(span, gaz: Gazetteer) -> str | None:
    """The country a body's name contains ("Bank of England", "Turkish Airlines"), or None."""
    for tok in span:
        if tok.text[:1].isupper() and len(tok.text) > 2:
            actor = gaz.country_named(tok.text) or gaz.exact(tok.text)
            if actor is not None and actor.type in ("COUNTRY", "LOCATION") and actor.country:
                return actor.country
    return None


def organisation_shaped(name: str) -> bool:
    """A name made like an organisation's ("Ansar al-Sharia", "Movement for Democratic Change")."""
    return any(w in ORGANISATION_NAME_WORDS for w in fold(name).split())


def name_tokens(span):
    """The span without words that are no part of a name: a leading verb ("Joining Cooley"); None
    when no word is capitalised ("berserk")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].tag_.startswith("VB") or doc[start].pos_ in ("VERB", "AUX")):
        start += 1
    if start >= end or not any(t.text[:1].isupper() for t in doc[start:end]):
        return None
    if doc[start].text[:1].islower() and doc[start].lower_ not in NAME_PARTICLES:
        return None
    if end - start == 1 and force_kind(doc[start]):
        return None
    return doc[start:end]


def force_kind(tok) -> bool:
    """A capitalised word opening a sentence that says what kind of force follows ("Riot police
    fired", "Border guards arrested"): no name, however the NER took it."""
    return tok.is_sent_start and tok.dep_ in ("compound", "amod") and tok.lower_ in FORCE_KINDS \
        and tok.head.lemma_.lower() in FORCES_NOUNS


def shared_first_word(name: str) -> bool:
    """Whether a one-word name is a word many groups' names begin with ("Ansar", "Jaish")."""
    return fold(name) in SHARED_NAME_WORDS


def acronym_defined_otherwise(text: str, actor: Actor, doc, gaz: Gazetteer) -> bool:
    """Whether the document spells the acronym out as another name: "the Financial Services
    Authority (FSA)"."""
    for tok in doc:
        if tok.text == text and 1 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" \
                and doc[tok.i + 1].text == ")":
            before = doc[tok.i - 2]
            ent = next((e for e in doc_ents(doc) if e.start <= before.i < e.end), None)
            if ent is not None and (gaz.actors.get(ent.ent_id_) if ent.ent_id_ else gaz.lookup(ent.text)) is not actor:
                return True
    return False


def acronym_out_of_context(text: str, actor: Actor, doc, gaz: Gazetteer) -> bool:
    """Whether a short acronym of an armed group of one country ("FSA", "LNA") names something
    else here: the document spells it out as another name, or places itself only in other
    countries (names countries or their places, none of them the group's). The same letters
    name regulators, parties and firms elsewhere ("the UK's FSA fined the bank")."""
    if actor.type != "ARMED_GROUP" or not actor.country or not text.isupper() or len(text) > 4:
        return False
    if acronym_defined_otherwise(text, actor, doc, gaz):
        return True
    return placed_elsewhere(text, actor, doc, gaz)


def placed_elsewhere(text: str, actor: Actor, doc, gaz: Gazetteer) -> bool:
    """Whether the document places itself only in countries other than the actor's: it names
    countries or their places, none of them the actor's, and never names the actor otherwise, nor a
    known person of the actor's country ("Labour" beside "Tony Blair" in a story on George Bush's
    America is Britain's Labour)."""
    countries = set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and actor.country and ent.text != text:
            person = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else gaz.lookup(ent.text)
            if person is not None and person.type == "PERSON" and person.country == actor.country:
                return False
        if ent.text == text or ent.label_ not in ("GPE", "LOC", "NORP", "ORG"):
            continue
        other = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
        other = other or (gaz.country_of_demonym(ent.text) if ent.label_ == "NORP" else gaz.lookup(ent.text))
        if other is actor:
            return False
        if other is not None and other.type in ("COUNTRY", "LOCATION"):
            countries.add(other.id if other.type == "COUNTRY" else other.country)
    countries.discard(None)
    return bool(countries) and actor.country not in countries


def party_short_form(span, actor: Actor) -> bool:
    """Whether `span` writes a party's name in a short form ("Labour", "Democrats", "Tories")."""
    return actor.is_party and bool(actor.country) and fold(span.text) != fold(actor.name)


def not_the_party(span, actor: Actor, doc, gaz: Gazetteer) -> bool:
    """Whether the short form of a party's name is no name of the party here: part of a longer
    name ("Social Democrats", "Free Democrats", "Ministry of Labour", "Labour Court"), or a common word modifying a noun at a sentence's
    start, never written elsewhere with its capital ("Labour shortages hit farms"; "Labour leader"
    and "Labour said" are the party)."""
    if not party_short_form(span, actor):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.tag_ in ("JJ", "NNP") \
            and before.dep_ in ("amod", "compound") and before.head.i in range(span.start, span.end) \
            and not before.is_sent_start and before.ent_type_ not in ("DATE", "TIME") \
            and gaz.country_named(before.text) is None and before.lower_ not in LEGISLATURE_WORDS:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and (after.lower_ in ORGANISATION_NAME_WORDS or after.lower_ == "day"):
        return True     # "International Labour Organization", "Labour Court", "Labour Day"
    if before is not None and before.lower_ in ("of", "for") and span.start >= 2 \
            and doc[span.start - 2].text[:1].isupper() and not doc[span.start - 2].is_sent_start:
        return True     # "Ministry of Labour", "Institute for the Study of Labour"
    low = span.text.lower()
    root = span.root
    if low not in COMMON_WORD_FORMS or not doc[span.start].is_sent_start or root.dep_ != "compound":
        return False
    # "Labour leader", "Democrats' candidate" at a sentence's start are the party's people
    return root.head.lemma_.lower() not in MEMBER_NOUNS and not any(
        t.text == span.text and not t.is_sent_start for t in doc if t.lower_ == low)


def party_elsewhere(span, actor: Actor, doc, gaz: Gazetteer) -> bool:
    """Whether a party's short form names another country's party: the document places itself
    only in other countries ("Labour" in a story on Israel or Ireland)."""
    return party_short_form(span, actor) and placed_elsewhere(span.text, actor, doc, gaz)


def kind_beside(tok) -> bool:
    """Whether a name is put beside a noun of a body's kind: "the airline Vandrel", "Vandrel,
    the budget airline", "the Vandrel union"."""
    if tok.dep_ in ("compound", "appos", "nmod") and tok.head.lemma_.lower() in BODY_KIND_TYPE \
            and tok.head.text.islower():
        return True
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in BODY_KIND_TYPE and c.text.islower()
               for c in children(tok))
