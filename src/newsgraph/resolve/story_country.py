"""The state a story is about, and its bodies that news names bare: "the government", "the
authorities", "the regime", "the army", "security forces", "troops".

News writes "The government accused the opposition ..." for the government of the country the
article is about; ACLED and PETRARCH code such a phrase as that country's government or military.
Here a bare description (determiner "the" or none, no owner, no modifier but a word of its term, "the next
government", no "of"/"in" phrase), as a side or as an owner ("opposed the government's plans": the plans'
owner is the one opposed), goes to
the sector body (resolve/gazetteer.py) of the story's country at that point:

Strongest is the state the story is set in (home_state): the one whose politics it shows through
several different bodies, office holders and parties, with half as many different things named in it
again as any other state. A foreign leader quoted or discussed is one thing however often named, and a pronoun
or a description of a person or body ("he", "the president") is no new evidence at all: "Labour ...
Tony Blair ... George Bush ... he ... he ... the government" is Britain's. Else it is the country the
mentions before it centre on (countries, demonyms, capitals, state bodies,
their office holders, known parties and places in them; not armed groups, companies or media, whose
country is not the state acting), with at least two mentions and three times the next country's.
A nearer reading (the one country the preceding sentences, or the description's own sentence,
name) picked the wrong state on bench text: "US ... Guantanamo. He said the government had been
negotiating" was Britain's, "operations in Iraq, for which the administration is expected to
seek $80bn" America's, "the White House urged the government" Sudan's.

With no such centre before it, the whole document's is taken when the same test holds over all
its mentions, or when it names one country only (once is enough where no other state is named:
"Nigeria ... The government will pump 154m naira into subsidies"), and no other country leads before
the description ("US ... Guantanamo. He said the government" stays open when Britain leads the
document). Weakest of all, where neither test holds, the state whose politics the document shows: the one
country whose own bodies, office holders and parties it names (British news names "Labour", "Downing
Street" or "Tony Blair" and seldom Britain), when no other state's are named and that country has more
mentions than any other ("Downing Street ... Iraq ... Blair ... Britain" is Britain's; a story of a
rugby tour naming "Downing Street" once and New Zealand three times is nobody's). Two countries that
compete, or none, leave the description unresolved: a wrong state is worse than none. A description coreference already resolved ("Israeli troops ... the army") keeps its
antecedent; a bare collective that participants made generic ("security forces") is replaced.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from ..doctext import doc_ents
from ..domain import Context
from ..wordlists import table, words
from .coref import UNNAMED as GENERIC
from .country_phrases import token_texts
from .gazetteer import GUARD_BODIES, Gazetteer
from .named_forces import named_force
from .offices import offices_of, role_book
from .resolution import ResolutionDraft, entity_for_actor
from .town_countries import town_country
from .town_names import town_names

# the bare head nouns ("army") and pairs ("security forces") and the sector each names
BARE_BODIES = {word: sector for sector, ws in table("bare_state_bodies").items() for word in ws if " " not in word}
PAIRED_BODIES = {tuple(pair.split()): sector for sector, ws in table("bare_state_bodies").items() for pair in ws
                 if " " in pair} | {(word, "guard"): "military" for word in GUARD_BODIES}   # "the coast guard"
NEED_THE = words("state_bodies_needing_the")
NOT_SUBJECT = words("state_bodies_not_subject")
# a body of its own a state's body owns acts as itself, not as its owner ("the government's media watchdog
# accused", "the government's statistics agency said")
OWNED_BODIES = words("body_heads")
# words before the head that say which term of the same state's body ("the next government"): still the state's
TERM_WORDS = words("state_body_terms")
SPORT_AMBIGUOUS = words("sport_ambiguous_bodies")
HEAD_NOUNS = frozenset(BARE_BODIES) | {head for _, head in PAIRED_BODIES}
# kinds of entity whose country says which state a story is about
STATE_TYPES = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY", "PERSON", "ANONYMOUS_SOURCE", "LOCATION"})
# the story's country: mentioned at least twice before, and at least three times as often as any
# other (British news seldom names Britain: two mentions of Iraq against one of Britain are no centre)
MIN_MENTIONS = 2
LEAD = 3
# the state whose politics the story shows is its home (see home_state) when the story names at least two
# of its bodies, office holders or parties, and that state has at least half as many things named in it
# again (names, places, bodies, people) as any other: a foreign leader named often is one thing named
HOME_MIN = 2
HOME_LEAD = 1.5
# determiners of a description that refers back ("the president", "this government")
DEFINITE = words("definite_determiners")
# nouns of where a person comes from, after a place ("a Guyana native", "Kenya-born")
ORIGIN_NOUNS = words("origin_nouns")
# sentences before a bare description in which its body, named with its country, is looked for
NAMED_WINDOW = 1
# prepositions that tie the body to an owner or a place of its own
OWNER_PREPOSITIONS = words("story_country_owner_prepositions")


def country_mentions(doc, gaz: Gazetteer, res: ResolutionDraft) -> list[tuple[int, str]]:
    """(token index, country id) for every mention that names a state or a place in it, in text
    order: one per mention (its head), plus capitals the recogniser tagged as places. Where people
    come from ("a Guyana native", "moved here from Guyana") is no setting and is left out. A town
    the gazetteer does not know counts for its country in a story that names no state or known
    place at all (a local story: "shot in Leicester ... Police arrested"), else only for a country
    the story names: GeoNames lacks counties ("Kent" beside England would be Washington's)."""
    found, towns = {}, {}
    origins = origin_heads(doc, res)
    for head, key in res.mention_head.items():
        ent = res.entities.get(key)
        if head in origins or ent is not None and ent.type != "COUNTRY" and referring_back(doc[head]):
            continue
        if ent is None or ent.type not in STATE_TYPES and not state_party(key, gaz) or key.startswith(GENERIC):
            continue
        if ent.type == "LOCATION" and ent.name in town_names(doc, gaz):
            continue    # a town the recogniser took for a person or a body (resolve/town_names.py) sets no story's
            # country: GeoNames lacks counties, and "a store in Surrey" is no Canadian town
        country = key[4:] if ent.type == "COUNTRY" and key.startswith("gaz:") else entity_country(ent, gaz)
        if not country and ent.type == "LOCATION" and not key.startswith("gaz:"):
            towns[head] = town_country(ent.name)
        elif country:
            found[head] = country
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" and ent.root.i not in found:    # the recogniser may call a capital an ORG
            capital = gaz.country_of_capital(ent.text)
            if capital is not None:
                found[ent.root.i] = capital.id
    named = set(found.values())
    return sorted([*found.items(), *((h, c) for h, c in towns.items()
                                     if c and h not in found and (c in named or not named))])


def referring_back(tok) -> bool:
    """A pronoun or a definite description with no name in it ("he", "the president", "the
    government") refers to someone or some body named before, which was counted there: it says
    nothing new about where the story is set, and counting it would let one more "he" for a foreign
    leader move the story abroad. "A French diplomat" and "the French diplomat" name a country; they
    count, and so does "it" or "the country" for a state (country_mentions): a story that keeps
    speaking of a state is set there."""
    if tok.pos_ == "PRON":
        return True
    lefts = list(tok.lefts)
    return tok.is_lower and any(t.dep_ == "det" and t.lower_ in DEFINITE for t in lefts) \
        and not any(t.text[:1].isupper() for t in lefts if t.dep_ != "det")


def entity_country(ent, gaz: Gazetteer) -> str | None:
    """The country of an entity: its own, or for a person the gazetteer does not place, the one state
    whose offices or parties the role book says the person held ("David Blunkett" was Britain's home
    secretary, "Charles Kennedy" led a British party): a known office holder, as a gazetteer person is."""
    if ent.country or ent.type != "PERSON" or len(ent.name.split()) < 2:
        return ent.country    # a single name ("Harald", "Brown") may be anyone's
    states = set()
    for role in offices_of(ent.name, role_book()):
        body = gaz.actors.get(role.body)
        states.add(role.body if body is not None and body.type == "COUNTRY" else body.country if body else None)
    return next(iter(states)) if len(states) == 1 else None


def state_party(key: str, gaz: Gazetteer) -> bool:
    """A known party of a state's politics ("Labour", "the Lib Dems"): its country is the state
    whose politics the story is about, as a minister's is (British news seldom names Britain)."""
    actor = gaz.actor_of_key(key)
    return actor is not None and actor.is_party and bool(actor.country)


def story_country(mentions: list[tuple[int, str]], at: int) -> str | None:
    """The country the story is about at token `at` (see the module docstring)."""
    ranked = Counter(c for _, c in mentions[:bisect_right(mentions, (at, ""))]).most_common(2)
    if ranked and ranked[0][1] >= MIN_MENTIONS and (len(ranked) == 1 or ranked[0][1] >= LEAD * ranked[1][1]):
        return ranked[0][0]
    return None


def document_country(mentions: list[tuple[int, str]], at: int, weak: frozenset[int] = frozenset(),
                     international: int = 0) -> str | None:
    """With no story country at `at`: the country the whole document centres on (see the module),
    unless another one outnumbers it before `at`. A lone mention must name the state or a place
    in it: a person's nationality alone ("a Nepali climber") is no story's country (`weak`: the
    heads of such mentions, weak_heads). A story told as much of bodies of no state (the EU, the UN:
    `international`, their mentions) is no state's: its "ministers" may be the EU's Council."""
    ranked = Counter(c for _, c in mentions).most_common(2)
    if not ranked:
        return None
    top, count = ranked[0]
    if international >= count:
        return None
    if len(ranked) > 1 and (count < MIN_MENTIONS or count < LEAD * ranked[1][1]):
        return None
    if count == 1 and mentions[0][0] in weak:
        return None
    before = Counter(c for _, c in mentions[:bisect_right(mentions, (at, ""))])
    return None if any(n > before[top] for c, n in before.items() if c != top) else top


def body_country(mentions: list[tuple[int, str]], at: int, weak: frozenset[int] = frozenset(),
                 international: int = 0, politics: dict[int, str] | None = None, home: str | None = None) -> str | None:
    """The country a bare body at token `at` belongs to: the story's home (home_state; none given, not
    asked), else the story's there, else the document's, else the one whose politics the document
    shows (`politics`: politics_heads; none given, not asked)."""
    return home or story_country(mentions, at) or whole_document_country(mentions, at, weak, international,
                                                                         politics or {})


@dataclass(frozen=True)
class StoryEvidence:
    """What body_country reads of a document (country_mentions, weak_heads, international_mentions,
    politics_heads and the home_state its politics shows), read once by a pass before the first body it
    adds: the bodies it adds change none of them."""
    mentions: list[tuple[int, str]]
    weak: frozenset[int]
    international: int
    politics: dict[int, str]
    home: str | None

    @classmethod
    def read(cls, doc, gaz: Gazetteer, res: ResolutionDraft) -> StoryEvidence:
        mentions, politics = country_mentions(doc, gaz, res), politics_heads(gaz, res)
        return cls(mentions, weak_heads(doc, gaz, res), international_mentions(gaz, res), politics,
                   home_state(mentions, politics, res))

    def country_at(self, at: int, by_politics: bool = True) -> str | None:
        """body_country at token `at`; `by_politics=False` leaves out the country whose politics the
        document shows (for bodies that need not be a state's)."""
        return body_country(self.mentions, at, self.weak, self.international,
                            self.politics if by_politics else None, self.home)


def whole_document_country(mentions: list[tuple[int, str]], at: int, weak: frozenset[int], international: int,
                           politics: dict[int, str]) -> str | None:
    """With no story country at `at`: the document's, else the one whose politics it shows."""
    return document_country(mentions, at, weak, international) or politics_country(mentions, politics, international)


def politics_heads(gaz: Gazetteer, res: ResolutionDraft) -> dict[int, str]:
    """Head -> country of the mentions that show a state's politics: its bodies and offices the
    gazetteer knows ("Downing Street", "the Chancellor of the Exchequer"), its known office holders
    (gazetteer people, and people the role book names: entity_country) and its parties. A body known only by its description may be a region's
    ("the Arts Council of Wales" beside "the Welsh Assembly Government"), and a person known only by
    a nationality, a firm or a generic collective shows no state's politics."""
    found, keys = {}, {}
    for head, key in res.mention_head.items():
        ent = res.entities.get(key)
        country = entity_country(ent, gaz) if ent is not None else None
        if not country or not key.startswith(("gaz:", "office:")) and ent.country:
            continue
        if ent.type in ("GOVERNMENT", "MILITARY", "PERSON") or state_party(key, gaz):
            found[head] = country
            keys.setdefault(country, set()).add((key, ent.type in ("GOVERNMENT", "MILITARY")))
    # a state's own body named alone shows no politics: it may be only the one acted on ("an offer
    # to the Ghanaian government ... The government has offered"); a party, office holder or two bodies do
    return {head: c for head, c in found.items() if len(keys[c]) >= 2 or not all(body for _, body in keys[c])}


def politics_country(mentions: list[tuple[int, str]], politics: dict[int, str], international: int = 0) -> str | None:
    """The weakest evidence (see the module): the one state whose politics the document shows
    (`politics`: politics_heads), when it has more mentions than any other country and than the
    bodies of no state."""
    states = set(politics.values())
    if len(states) != 1:
        return None
    top = next(iter(states))
    counts = Counter(c for _, c in mentions)
    if international >= counts[top] or any(n >= counts[top] for c, n in counts.items() if c != top):
        return None
    return top


def home_state(mentions: list[tuple[int, str]], politics: dict[int, str], res: ResolutionDraft) -> str | None:
    """The state the story is set in, whatever foreign states it discusses: the one whose politics it
    shows through at least HOME_MIN different bodies, office holders or parties (`politics`:
    politics_heads), with at least HOME_LEAD times as many different things named in it (the state,
    its places, bodies and people: `mentions`, country_mentions) as any other state has. Things, not
    mentions: a British story naming Labour, the Tories and Tony Blair once each and George Bush six
    times is Britain's; one naming Blair on a visit to Nairobi, Kenya and Mombasa is not."""
    shown: dict[str, set[str]] = {}
    for head, country in politics.items():
        shown.setdefault(country, set()).add(res.mention_head[head])
    named: dict[str, set[str]] = {}
    for head, country in mentions:
        named.setdefault(country, set()).add(res.mention_head.get(head, str(head)))
    home = max(shown, key=lambda c: len(shown[c]), default=None)
    if home is None or len(shown[home]) < HOME_MIN or any(
            len(things) * HOME_LEAD > len(named.get(home, ())) for c, things in named.items() if c != home):
        return None
    return home


def international_mentions(gaz: Gazetteer, res: ResolutionDraft) -> int:
    """Mentions of known bodies of no state ("the European Commission", "the UN", "Nato")."""
    found = 0
    for key in res.mention_head.values():
        actor = gaz.actor_of_key(key)
        found += actor is not None and actor.type in ("ORGANIZATION", "GOVERNMENT") and not actor.country \
            and not actor.is_party
    return found


def origin_heads(doc, res: ResolutionDraft) -> frozenset[int]:
    """Heads of the mentions that say where someone comes from: "moved from Guyana", "a Guyana native"."""
    return frozenset(h for h in res.mention_head if doc[h].dep_ == "pobj" and doc[h].head.lower_ == "from"
                     or doc[h].dep_ == "compound" and doc[h].head.lower_ in ORIGIN_NOUNS)


def weak_heads(doc, gaz: Gazetteer, res: ResolutionDraft) -> frozenset[int]:
    """Heads of the mentions that give a country only as someone's: people ("a Nepali climber"
    resolved as one), a demonym before a noun ("Chilean swimmer", "Kenyan traders") and a party
    ("Plaid Cymru called on ministers": Wales's ministers or Britain's)."""
    return frozenset(h for h, k in res.mention_head.items() if k in res.entities and (
        res.entities[k].type in ("PERSON", "ANONYMOUS_SOURCE") or doc[h].dep_ == "amod" or state_party(k, gaz)))


def bare_sector(tok) -> tuple[str, int] | None:
    """(sector, first token) when `tok` heads a bare description of a state's body."""
    low = tok.lower_
    if tok.dep_ in ("compound", "amod", "nmod", "npadvmod") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in OWNED_BODIES:
        return None
    lefts = list(tok.lefts)
    sector, start = BARE_BODIES.get(low), tok.i
    if lefts and lefts[-1].i == tok.i - 1 and (lefts[-1].lower_, low) in PAIRED_BODIES:
        sector, start = PAIRED_BODIES[(lefts[-1].lower_, low)], tok.i - 1
        lefts = lefts[:-1]
    if sector is None or start == tok.i and low in NOT_SUBJECT and tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    if lefts[-1:] and lefts[-1].lower_ in TERM_WORDS and lefts[-1].i == start - 1 and len(lefts) == 2:
        lefts = lefts[:1]    # "the next government": the story country's, as a reader takes it
    if [t.lower_ for t in lefts] not in ([], ["the"]) or (not lefts and low in NEED_THE):
        return None
    if any(c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS for c in tok.rights):
        return None    # "the government of Kenya", "authorities in Djibouti": the named place's
    if any(c.dep_ == "amod" for c in tok.rights):
        return None    # "troops loyal to Haftar", "forces opposed to the junta": someone's, not the state's
    return sector, (lefts[0].i if lefts else start)


def named_just_before(doc, gaz: Gazetteer, res: ResolutionDraft, sector: str, start: int):
    """With no story country yet, the one state body of this sector named with its country as the
    subject of a clause in this sentence or the one before ("The Kenyan government banned the rally.
    The government accused the opposition ..."): the description refers back to it. Two states'
    bodies there leave it open, and so does one only acted on or spoken to ("a similar offer might
    be made to the Sri Lankan government. ... the government has offered": British news seldom
    names Britain's)."""
    sent = doc[start].sent
    first = sent.start
    for _ in range(NAMED_WINDOW):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    found, acting = set(), set()
    for head, key in res.mention_head.items():
        ent = res.entities.get(key)
        if first <= head < start and ent is not None and ent.country:
            body = gaz.sector(ent.country, sector)
            if body is not None and body.key == key:
                found.add(body.key)
                if doc[head].dep_ in ("nsubj", "nsubjpass"):
                    acting.add(body)
    return next(iter(acting)) if len(found) == 1 and len(acting) == 1 else None


def replaceable(start: int, end: int, res: ResolutionDraft) -> bool:
    """Free tokens, or a bare collective participants made generic with no place ("troops")."""
    keys = {res.token_entity.get(i) for i in range(start, end)} - {None}
    return not keys or all(k.startswith(GENERIC) and k.endswith(":") for k in keys)


def story_body(doc, gaz: Gazetteer, res: ResolutionDraft, story: StoryEvidence, sector: str, start: int):
    """The story country's body of `sector` for a bare description at `start`, or None (`story`: the
    document's evidence, see document_country, politics_country and home_state). A body of
    another state, named with its country just before, is still that body ("The Kenyan government
    banned the rally. The government said ..." in a British story)."""
    country = story_country(story.mentions, start)
    if story.home and country != story.home:
        return named_just_before(doc, gaz, res, sector, start) or gaz.sector(story.home, sector)
    if country:
        return gaz.sector(country, sector)
    body = named_just_before(doc, gaz, res, sector, start)
    if body is None:
        country = whole_document_country(story.mentions, start, story.weak, story.international, story.politics)
        body = gaz.sector(country, sector) if country else None
    return body


def sport_story(doc) -> bool:
    """Whether the document is a sport story (domain.Context: its cue words)."""
    return Context.of(doc).domain == "sport"


def story_bodies(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Resolve bare descriptions of a state's bodies to the story country's (see the module)."""
    lowers = [w.lower() for w in token_texts(doc)]
    heads = [i for i, w in enumerate(lowers) if w in HEAD_NOUNS]
    if not heads:
        return
    story = StoryEvidence.read(doc, gaz, res)   # read once: the bodies this pass adds are states' own
    sport = None
    for i in heads:
        tok = doc[i]
        found = bare_sector(tok)
        if found is None or not replaceable(found[1], i + 1, res):
            continue
        if tok.lower_ in SPORT_AMBIGUOUS:
            sport = sport_story(doc) if sport is None else sport
            if sport:
                continue    # "help the authorities kick out the cheats": the sport's bodies, not the state's
        sector, start = found
        entity = named_force(res) if sector == "police" else None    # "the NYPD ... police" (named_forces.py)
        if entity is None:
            body = story_body(doc, gaz, res, story, sector, start)
            if body is None:
                continue
            entity = entity_for_actor(body)
        first = start + 1 if doc[start].lower_ == "the" else start
        span = doc[first:i + 1]
        replaced = {res.token_entity.get(k) for k in range(first, i + 1)} - {None}
        res.clear(span)
        for key in replaced - {m.entity for m in res.mentions}:
            del res.entities[key]    # the generic collective this phrase was, now mentioned nowhere
        # the words are kept as a form of the body in this document ("police", "security forces"),
        # as "Egyptian police" is: a reader finds the story's police under them
        res.add_mention(span, entity, "sector phrase: a body of the story's country", label="SECTOR", head=i)
