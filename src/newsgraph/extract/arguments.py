"""Finding the actors of a predicate in the dependency parse: subjects through control,
raising, coordination, relative and participial clauses; objects through direct objects,
passives, datives and prepositions; the actor a noun phrase refers to."""
from __future__ import annotations

from ..doctext import doc_sents
from ..resolve.missed_firms import based_apposition
from ..resolve.owners import ARMED_OWNERS
from ..resolve.participants import COLLECTIVE_TYPE as GENERIC_TYPE
from ..resolve.participants import collective_entity, collective_of, collective_span
from ..wordlists import words
from .actors import KnownActors
from .charges import ACCUSING  # noqa: F401  (imported from here by other stages)
from .clause_roles import (  # noqa: F401  (other stages import these from here)
    SUBJECT_DEPS,
    VERBAL,
    described_as,
    object_candidates,
    preps_near,
    subject_token,
    to_objects,
)
from .companions import apposed_list, companions, singular_verb
from .control import OBJECT_CONTROL
from .counted_members import counted_group
from .counted_nationals import counted_nationals
from .described_sides import bracketed_name, described_side, titled_name
from .entity_lookup import (  # noqa: F401  (other stages import these from here)
    PLACE_LABELS,
    described,
    entity_of_token,
    entity_type,
    named_other,
    standing_for,
    unnamed,
)
from .joint_owners import joint_owners
from .misjoined import opens_next_clause
from .modifier_owners import (  # noqa: F401  (OUTSIDERS, SPONSORING, modifier_actor: other stages import them here)
    GENERIC_ACTORS,
    MEMBER_NOUNS,
    NAMED_OWNER_TYPES,
    OUTSIDERS,
    SPONSORING,
    modifier_actor,
    party_part,
)
from .pair_nouns import fits_pair, led_state, pair_phrase
from .quantities import is_people
from .spoken_for import acted_for
from .unwritten_sides import REL_PRONOUNS, raised_object  # noqa: F401  (raised_object: tests import it here; REL_PRONOUNS: clause_links)
from .voice import has_passive_marking, is_passive  # noqa: F401  (imported from here by other stages)

AFFILIATED = words("affiliated")
ACTS_ON_PERSONS = words("acts_on_persons")
# "the town of Sheikh Zuweid", "the southern city of Eilat"
PLACE_NOUNS = words("places_named_by_of")
NAMING_VERBS = words("name_giving_verbs")
# a determiner or quantifier heading a phrase: "some of the Hamas men", "one of the groups"
PARTITIVE = words("partitive")
PLACE_TYPES = ("LOCATION", "COUNTRY")


def actor_of(tok, res: KnownActors, depth: int = 0) -> str | None:
    """The actor the noun phrase headed by `tok` refers to, or None."""
    if tok is None or depth > 3:
        return None
    based = based_apposition(tok)
    if based is not None and (key := entity_of_token(based, res)):
        return key   # "Markham, Ont-based ATI": the firm, not its base
    key = entity_of_token(tok, res)
    if key and described(key, res):
        return named_apposition(tok, res) or apposed_conjunct(tok, res) or acted_for(tok, res, lambda t: actor_of(t, res, depth + 1)) or key
    if key:   # a common noun the tagger took for a name ("the US financial watchdog, the SEC"): the name
        return named_body(tok, res) or branch_owner(tok, key, res) or counted_nationals(tok, key, res) or key
    if tok.pos_ in VERBAL and tok.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return None   # a clause, unless the participle is used as a noun ("the group's wounded")
    lemma = tok.lemma_.lower()
    key = apposed_conjunct(tok, res) or named_body(tok, res)
    if key:
        return key
    # "a group calling itself Sinai Province", "the group known as X"; appositions
    for child in tok.children:
        if child.dep_ == "appos" and not stray_apposition(tok, child):
            key = actor_of(child, res, depth + 1)
            if key:
                return key
        if child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS:
            for gc in child.children:
                if gc.dep_ in ("oprd", "attr", "dobj", "ccomp", "xcomp", "prep") and gc.lower_ not in (
                        "themselves", "itself", "himself", "herself") and (gc.dep_ != "prep" or gc.lower_ == "as"):
                    # "known as X"; not "a report calling on X to act", a demand
                    target = gc if gc.dep_ != "prep" else next((g for g in gc.children if g.dep_ == "pobj"), None)
                    key = actor_of(target, res, depth + 1) if target is not None else None
                    if key:
                        return key
    # "extremists affiliated with Islamic State", "militants linked to al-Qaeda", "troops loyal to X"
    for child in tok.rights:
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATED:
            for p in child.children:
                if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                    for pobj in p.children:
                        if pobj.dep_ == "pobj":
                            key = actor_of(pobj, res, depth + 1)
                            if key:
                                return key
        # "a country like Iran", "groups such as Hamas"
        if child.dep_ == "prep" and child.lower_ in ("like", "as") and lemma in GENERIC_ACTORS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    key = actor_of(pobj, res, depth + 1)
                    if key:
                        return key
    key = modifier_actor(tok, res) or acted_for(tok, res, lambda t: actor_of(t, res, depth + 1))
    if key:
        return key
    # "leaders of Hamas", "experts from Hamas's military wing", "some of the Hamas men"
    if lemma in MEMBER_NOUNS or lemma in PARTITIVE or lemma in PLACE_NOUNS or tok.like_num:
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        key = actor_of(pobj, res, depth + 1)
                        if key is None and child.lower_ == "of" and (lemma in PARTITIVE or lemma in MEMBER_NOUNS):
                            key = generic_actor(pobj, res)   # "thousands of protesters", "members of a cartel"
                        if child.lower_ in ("in", "from") and (entity_type(key, res) == "LOCATION"
                                                                or lemma in PLACE_NOUNS) \
                                or child.lower_ == "from" and entity_type(key, res) == "PERSON":
                            continue   # "two men in Jharkhand", "men from Keighley": where they are, not whose
                            # (a town the NER took for a person: no one is "from" a person;
                            # "a refugee camp in South Sudan" is a camp, not the state it lies in)
                            # (a country stands for its state: "the authorities in Ethiopia")
                        if key and party_part(lemma, key, res):
                            continue   # "some in the Tory party": a part, not the party
                        if key and lemma in MEMBER_NOUNS and held_in_person(tok) \
                                and entity_type(key, res) not in ARMED_OWNERS:
                            # "the leader of the party was arrested": the leader; an armed group's
                            # or a state's men stand for it ("arrested two leaders of Hamas")
                            key = described_side(tok, res) or key
                        if key:
                            return key
    return counted_side(tok, res, depth) or (sent_from(tok, res, depth) if lemma in GENERIC_TYPE else None)


def counted_side(tok, res: KnownActors, depth: int) -> str | None:
    """The group a bare "one" is a member of: "two officers were arrested and one was charged"."""
    group = counted_group(tok)
    return None if group is None else actor_of(group, res, depth + 1) or generic_actor(group, res)


def acting(tok, res: KnownActors) -> str | None:
    """The actor a clause's subject names itself ("Russia", "the Israeli government", "officials"),
    not one it mentions ("the Israeli economy" is no actor)."""
    lemma = tok.lemma_.lower()
    if entity_of_token(tok, res) is None and lemma not in MEMBER_NOUNS and lemma not in GENERIC_ACTORS:
        return None
    return actor_of(tok, res)


def branch_owner(tok, key: str, res: KnownActors) -> str | None:
    """The body whose national or regional branch a place name heads: "Amnesty International UK",
    "Human Rights Watch Asia", "BBC Scotland" are the body's, not the place's."""
    if entity_type(key, res) not in PLACE_TYPES:
        return None
    for c in tok.children:
        owner = entity_of_token(c, res) if c.dep_ == "compound" and c.pos_ == "PROPN" else None
        if owner and owner != key and entity_type(owner, res) in NAMED_OWNER_TYPES + ("MEDIA",):
            return owner
    return None


def held_in_person(tok) -> bool:
    """Whether a member noun is the one person a legal act falls on ("the leader of the party was
    arrested", "police detained a member of the sect"): such acts take persons, not the body they
    serve. Many members held ("arrested 40 members of the Brotherhood") are the body's, as conflict
    data codes them."""
    if tok.tag_ != "NN":
        return False
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubjpass", "dobj") and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in ACTS_ON_PERSONS


def sent_from(tok, res: KnownActors, depth: int) -> str | None:
    """The body a collective comes from, which it stands for as resolution reads it (participants.
    named_owner): "protesters from the Fathers 4 Justice group", "workers from Ford"; not a place
    or a country ("protesters from Iran" are Iranians, not Iran's state)."""
    for pobj in (p for c in tok.rights if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                 if p.dep_ == "pobj"):
        key = actor_of(pobj, res, depth + 1)
        if key and entity_type(key, res) not in (*PLACE_TYPES, "PERSON") and not described(key, res):
            return key
    return None


def named_body(tok, res: KnownActors) -> str | None:
    """A body named after its description, which the parser hangs elsewhere: "was brought by the US financial
    watchdog, the Securities and Exchange Commission" (the Commission; described_sides.bracketed_name)."""
    key = bracketed_name(tok, res) if tok.pos_ == "NOUN" else None
    return key if key is not None and entity_type(key, res) != "PERSON" else None


def stray_apposition(tok, appos) -> bool:
    """An apposition the parser hung on a noun with another phrase between them: in "the lawsuit was brought
    by the watchdog, the Commission" the Commission is the watchdog's, not the lawsuit's."""
    own = max((t.i for t in tok.subtree if not (appos.left_edge.i <= t.i <= appos.right_edge.i)), default=tok.i)
    return appos.left_edge.i > own + 2


def named_apposition(tok, res: KnownActors) -> str | None:
    """The name a description is put beside: "a local businessman, Tomas Varga, was shot" ->
    Tomas Varga; also when the parser hangs the name on the place of a "from"/"in" phrase ("a
    woman from Ohio, Jane Doe")."""
    heads = [tok] + [p for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "in", "of")
                     for p in c.children if p.dep_ == "pobj" and entity_type(entity_of_token(p, res), res)
                     in PLACE_TYPES]
    for head in heads:
        for c in head.rights:
            key = entity_of_token(c, res) if c.dep_ == "appos" else identified_as(c, res)
            if key and not described(key, res) and entity_type(key, res) not in PLACE_TYPES:
                return key
    return bracketed_name(tok, res) or titled_name(tok, res)


def apposed_conjunct(tok, res: KnownActors) -> str | None:
    """The firm a possessed description is joined to by "and" with a second description before its name:
    "buy its former parent and phone trailblazer AT&T", "sued its supplier and rival Acme" are one firm, AT&T
    and Acme. Not a list of more, a second phrase of its own ("its parent and the bank HSBC"), nor people
    ("his wife and daughter Jane" are two)."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.lefts):
        return None
    conj = [c for c in tok.rights if c.dep_ == "conj"]
    if len(conj) != 1 or conj[0].pos_ != "PROPN" or any(c.dep_ == "conj" for c in conj[0].rights):
        return None
    mods = list(conj[0].lefts)
    if not any(m.dep_ in ("compound", "amod") and m.pos_ in ("NOUN", "ADJ") and m.text.islower() for m in mods) \
            or any(m.dep_ in ("det", "poss") for m in mods):
        return None
    key = entity_of_token(conj[0], res)
    return key if key and entity_type(key, res) == "ORGANIZATION" and not described(key, res) else None


def identified_as(clause, res: KnownActors) -> str | None:
    """The name in "the suspect, identified as Ahmed Khan,", "a man named John Okafor"."""
    if clause.dep_ != "acl" or clause.lemma_.lower() not in NAMING_VERBS:
        return None
    for c in clause.children:
        target = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" \
            else c if c.dep_ in ("oprd", "attr", "dobj") else None
        if target is not None and entity_of_token(target, res):
            return entity_of_token(target, res)
    return None


def actors_of(tok, res: KnownActors) -> list[tuple[str, object]]:
    """Actors of a noun phrase and its conjuncts ("Israel and Egypt"), with their head tokens;
    "the two sides" are the two actors last named together."""
    pair = both_sides(tok, res)
    if pair:
        return [(key, tok) for key in pair]
    out = []
    # a relative clause in the singular on a later conjunct is about that one alone: "the victims and
    # Mr Jenkin, who has been charged" charges Jenkin ("Ali and Omar, who were charged": both)
    own_clause = tok.dep_ == "conj" and any(c.dep_ == "relcl" and singular_verb(c) for c in tok.children)
    for t in (tok, *(c for c in tok.conjuncts if not opens_next_clause(c) and not opens_next_clause(tok)
                     and not (own_clause and c.i < tok.i)), *apposed_list(tok), *companions(tok)):
        key = actor_of(t, res) or generic_actor(t, res) or described_name(t, res)
        if key and all(k != key for k, _ in out):
            out.append((key, t))
    # "delegations from Armenia and Azerbaijan", "Japanese and South Korean leaders": both sides
    return out + [(k, t) for k, t in (joint_owners(tok, out[0][0], res) if out else ()) if all(k != o for o, _ in out)]


def described_name(tok, res: KnownActors) -> str | None:
    """The actor of the name a description is put beside, when the description names none of its own:
    "Ann Lee, a banker who held talks with X" (a relative clause on the description tells of Ann Lee).
    A description that names one keeps it ("Ali Saad, the Hamas commander who ...": Hamas)."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.head.pos_ != "PROPN":
        return None
    return actor_of(tok.head, res)


def both_sides(tok, res: KnownActors) -> tuple[str, str] | None:
    """The two actors "the two sides", "both parties" or "the two countries" refer to as subject or
    object of a clause (in a phrase, "the treaty between the two countries", they mostly restate a
    pair the sentence names, or an old event): the last
    pair named together in this sentence or the two before ("Israel and Hamas held talks", "X met
    Y", "talks between X and Y"), both by name. A bare "Both" as subject ("Both were charged with
    treason") is the same pair."""
    bare = tok.lower_ == "both" and tok.pos_ in ("DET", "PRON") and tok.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ != "punct" for c in tok.children)
    kind = "any" if bare else pair_phrase(tok)
    held = kind is None and held_pronoun(tok, res)
    if held:
        kind = "person"
    if kind is None:
        return None
    sents = doc_sents(tok.doc)
    here = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    # a pair that acts first ("the US and EU stepped back from a dispute over aid to Airbus and Boeing ...
    # the two sides agreed": the US and the EU), then any pair; a pronoun's, only two names joined as a
    # subject with no people named in the plural after them
    for acts_first in (True,) if held else (True, False):
        for sent in reversed(sents[max(0, here - 2):here + 1]):
            for verb in reversed([t for t in sent if t.i < tok.i and (t.pos_ in VERBAL or t.dep_ == "conj")]):
                if held and (verb.pos_ in VERBAL or people_between(verb, tok)):
                    continue
                pair = named_pair(verb, res) if not acts_first or pair_acts(verb) else None
                if pair and kind == "state":
                    pair = as_states(pair, res)
                if pair and fits_pair(kind, (entity_type(pair[0], res), entity_type(pair[1], res))):
                    return pair
    return None


def as_states(pair: tuple[str, str], res: KnownActors) -> tuple[str, str] | None:
    """A pair "the two countries" refers to, with each leader in it read as the state they lead ("Putin
    met Hu Jintao ... the two countries": Russia and China); None when both are then one state."""
    states = [led_state(key, res) if entity_type(key, res) == "PERSON" else None for key in pair]
    keys = tuple(state.key if state is not None else key for state, key in zip(states, pair, strict=True))
    if keys[0] == keys[1]:
        return None
    for state in states:
        if state is not None:
            res.add_actor(state)
    return keys


def held_pronoun(tok, res: KnownActors) -> bool:
    """A plural pronoun that an act of law takes and coreference left open ("Ann Roe and Bob Lee were
    arrested. They were charged with fraud", "prosecutors charged them"): it stands for the two people
    last named together as a subject, as "the pair" would."""
    return tok.lower_ in ("they", "them") and tok.dep_ in ("nsubjpass", "dobj") \
        and tok.head.lemma_.lower() in ACTS_ON_PERSONS and entity_of_token(tok, res) is None


def people_between(first, pronoun) -> bool:
    """People named in the plural between a pair and a pronoun, the likelier antecedent ("Clarke and Rix
    ... the protestors' rights by detaining them"); not the act's own doer ("prosecutors charged them")."""
    after = first.head.right_edge.i + 1   # past the pair's own phrase ("Thanou, the women's 100m silver medallist")
    return any(t.tag_ in ("NNS", "NNPS") and is_people(t) and not (t.head.i == pronoun.head.i and t.dep_ == "nsubj")
               for t in first.doc[after:pronoun.i])


def pair_acts(tok) -> bool:
    """Whether the verb or the conjunct `tok` joins a pair as parties: a verb's subject and object,
    names joined as a subject or by "between" ("talks between X and Y"); not names a phrase puts
    after another word ("aid to X and Y")."""
    if tok.pos_ in VERBAL:
        return True
    first = tok.head
    return first.dep_ in ("nsubj", "nsubjpass") or first.dep_ == "pobj" and first.head.lower_ in ("between", "among")


def named_pair(tok, res: KnownActors) -> tuple[str, str] | None:
    """Two actors `tok` joins: the conjuncts of a noun ("Israel and Hamas"), or the subject and
    the object of a verb ("Israel met Hamas", "Israel held talks with Hamas")."""
    if tok.pos_ in VERBAL:
        subj = subject_token(tok)
        dobjs = [c for c in tok.children if c.dep_ == "dobj"]
        objs = dobjs + [p for h in (tok, *dobjs) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj"]    # "met X", "held talks with X"
        if tok.lemma_.lower() in OBJECT_CONTROL:    # "allowed Egypt to move"
            objs += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        first = actor_of(subj, res) if subj is not None and subj.dep_ != "conj" else None
        second = next((k for k in (actor_of(o, res) for o in objs) if k), None)
    elif any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.head.children):
        first, second = actor_of(tok.head, res), actor_of(tok, res)
    else:
        return None   # "Islamic State or other armed groups": alternatives, not two parties
    if first and second and first != second and all(named_party(k, res) for k in (first, second)):
        return first, second
    return None


def named_party(key: str, res: KnownActors) -> bool:
    """A party "the two sides" may refer to: an actor met by name, not a place nor a description
    ("Egypt fights extremists ... the two countries" are not Egypt and the extremists)."""
    return not described(key, res) and entity_type(key, res) not in ("LOCATION", None)


def sides_of(tok, res: KnownActors) -> list[tuple[str | None, object]]:
    """The actors a phrase names, else its unnamed collective or described actor (None when it has
    none), each with its token."""
    return actors_of(tok, res) or [(generic_actor(tok, res), tok)]


def generic_actor(tok, res: KnownActors) -> str | None:
    """The unnamed collective actor headed by `tok` ("gunmen", "protesters in Tehran"), or None.
    What counts as one, and its name, are resolve/participants.py's: the actor resolution made
    for the phrase, or the same one made here for a phrase resolution did not reach."""
    found = collective_of(tok, res)
    if found is None:
        return described_side(tok, res)
    key = res.mention_head.get(tok.i)
    if key:
        return key
    entity, reason, label = collective_entity(tok, found, res, res.gazetteer)
    res.add_mention(collective_span(tok, res), entity, reason, label=label)
    return entity.key


def phrasal_lemma(verb) -> str:
    """A verb's lemma with its particle when it has one: "let down", "set out", else "say"."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()
