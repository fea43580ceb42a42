"""Bare descriptions of a named organisation: news names a body once ("Shell ...", "Snow Patrol ...")
and then writes "the firm said", "the oil giant sued", "the carrier rejected", "the club criticised",
"the band apologised". resolve/kinds.py first takes those the document called so ("the airline
Vandrel ... the airline"); this pass, run by resolve/coref.py in text order, takes the rest.

The antecedent is a named organisation of the sentence or the DESCRIPTION_WINDOW sentences before whose
kind fits the head noun (data/lexicon/words/actors.yaml: org_description_kinds):
- its kind is known from the gazetteer or the document (resolve/kinds.py), from its name's last word
  ("British Airways" an airline, "Labour Party" a party: org_name_kinds), from the people it is put
  before ("Chelsea striker Mutu" a club, "Oasis frontman": org_role_nouns) or the things it owns
  ("U2's new album": org_owned_things);
- a company head ("the firm", "the company", "the oil giant") or a kind of company ("the retailer":
  org_open_kinds, not one a person may be, "the developer") also fits an organisation whose kind is
  not known; any other head only one known to be of its kind.
A body known to be of the kind outweighs one of no known kind for any head but a company head ("the
lender" is the bank of the window, not the regulator nearer). The nearest sentence holding a fitting body decides: its one body, else its one subject, else none
(two bodies equally salient leave the description open: a wrong actor is worse than none). Never the
subject of the description's own clause, nor a body the description's modifiers set apart ("the rival
firm", "its parent company", "the two companies"); a modifier naming a country must agree with the
body's ("the Japanese carmaker").
"""
from __future__ import annotations

from ..domain import Context
from ..wordlists import table, words
from .descriptions import DESCRIPTION_WINDOW, commentators_firm
from .gazetteer import Gazetteer
from .person_choice import SPEECH_VERBS
from .resolution import ResolutionDraft
from .they_pronouns import UNNAMED
from .things import stands_for_owner
from .town_clubs import acts_as_club

KINDS = {kind: frozenset(heads) for kind, heads in table("org_description_kinds").items()}
HEAD_KIND = {head: kind for kind, heads in KINDS.items() for head in heads}
COMPANY_KINDS = words("company_kinds")
OPEN_KINDS = words("org_open_kinds")
NAME_KINDS = {word: kind for kind, ends in table("org_name_kinds").items() for word in ends}
ROLE_KINDS = {word: kind for kind, nouns in table("org_role_nouns").items() for word in nouns}
OWNED_KINDS = {word: kind for kind, nouns in table("org_owned_things").items() for word in nouns}
OTHER_BODY = words("other_body_modifiers")
CLUB_PLACES = words("club_description_places")
# types a body of each kind may have (an organisation's, by default); a news outlet named in a story is
# mostly its source ("told Reuters", "the Wall Street Journal reported"), not the firm "the company" means
TYPES = {"network": {"MEDIA", "ORGANIZATION"}, "regulator": {"GOVERNMENT", "ORGANIZATION"}}
# names that may be a body of the kind though typed otherwise: they make the choice ambiguous ("Leeds
# ... the club": a club the recogniser took for a city)
OPEN_TYPES = {"club": {"LOCATION"}}


def description_kind(tok, res: ResolutionDraft) -> str | None:
    """The kind a singular common noun `tok` heading a definite description asks for ("firm" ->
    "company", "carrier" -> "airline", "retailer" -> "retailer"), or None."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or not tok.text.islower():
        return None
    if tok.i + 1 < len(tok.doc) and (tok.i + 1 in res.token_entity or tok.doc[tok.i + 1].pos_ == "PROPN"):
        return None     # "the firm Vodrex": the name says which
    kind = HEAD_KIND.get(lemma) or (lemma if lemma in COMPANY_KINDS else None)
    if kind is None or tok.dep_ in ("compound", "attr", "appos", "npadvmod"):
        return None     # "the company uniform", "X is the firm that ...", "Vodrex, the firm ...": no reference
    if kind == "club" and lemma != "club" and Context.of(tok.doc).domain != "sport":
        return None     # "the side", "the outfit" are a club only in a sport story
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.lefts):
        return None
    if (kind == "company" or kind in COMPANY_KINDS) \
            and any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in tok.rights):
        return None     # "the developer, who received an OBE": a person ("the band, who": the band)
    return kind


def body_kinds(key: str, res: ResolutionDraft, doc) -> set[str]:
    """What the document and the world say the body `key` is (see the module)."""
    found = set(res.kinds.get(key, ()))
    if found & COMPANY_KINDS:
        found.add("company")
    ent = res.entities.get(key)
    if ent is not None:
        last = ent.name.split()[-1] if ent.name.split() else ""
        if last.lower() in NAME_KINDS and last[:1].isupper() and " " in ent.name:
            found.add(NAME_KINDS[last.lower()])
    sport = Context.of(doc).domain == "sport"
    for i, k in res.mention_head.items():
        if k == key and sport and acts_as_club(doc[i]):
            found.add("club")    # "Chelsea have made an offer": a team, as town_clubs reads a town's name
        if k != key or doc[i].dep_ not in ("compound", "poss"):
            continue
        head = doc[i]
        owned = [head.head]
        if head.head.pos_ == "PROPN":    # "U2 frontman Bono": the role is the person's other modifier
            owned += [c for c in head.head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        for noun in owned:
            if noun.text.islower() and noun.lower_ in ROLE_KINDS:
                found.add(ROLE_KINDS[noun.lower_])
            if noun.text.islower() and head.dep_ == "poss" and noun.lower_ in OWNED_KINDS:
                found.add(OWNED_KINDS[noun.lower_])
    return found


def fit(kind: str, key: str, res: ResolutionDraft, doc, country: str | None) -> str | None:
    """How a body fits a description asking for `kind`: "kind" (known to be of the kind), "open" (of no
    known kind: taken only by a company head or kind of company, else it only makes the choice
    ambiguous), or None (of another kind or type)."""
    ent = res.entities.get(key)
    if ent is None or key.startswith(UNNAMED):
        return None
    if country is not None and ent.country not in (country, None):
        return None
    if ent.type not in TYPES.get(kind, {"ORGANIZATION"}) | OPEN_TYPES.get(kind, set()):
        return None
    if (kind == "company" or kind in COMPANY_KINDS) and stands_for_other_body(ent.name, res):
        return None     # "the Securities and Exchange Commission (SEC) ... the firm": no company
    have = body_kinds(key, res, doc)
    if ent.type in TYPES.get(kind, {"ORGANIZATION"}) and (kind in have or kind in KINDS and have & KINDS[kind]):
        return "kind"     # "the carrier" for a body called an airline or a carrier
    told = have - {"company"}
    if kind == "company" and have and not told - COMPANY_KINDS:
        return "kind"
    return "open" if not told or kind == "company" and not told - COMPANY_KINDS else None


def stands_for_other_body(name: str, res: ResolutionDraft) -> bool:
    """Whether the acronym `name` is the initials of a body of the document that is no company, a
    state body or one of another kind ("the US Securities and Exchange Commission (SEC)", "the
    National Union of Miners ... the NUM"): a name the document uses as a body, but not as a company."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return False
    for key, ent in res.entities.items():
        words_ = [w for w in ent.name.split() if w[:1].isupper()]
        while words_ and len(words_) > len(name) and words_[0].replace(".", "").isupper():
            words_ = words_[1:]     # "US Securities and Exchange Commission": the SEC
        if "".join(w[0] for w in words_) == name and ent.name != name and (
                ent.type == "GOVERNMENT" or res.kinds.get(key, set()) - COMPANY_KINDS - {"company"}):
            return True
    return False


def taken(kind: str, how: str) -> bool:
    return how == "kind" or how == "open" and kind in OPEN_KINDS


def restriction(tok, gaz: Gazetteer, kind: str = "") -> tuple[bool, str | None]:
    """(set apart, country named) for a description's modifiers: "the rival firm", "its parent
    company", "the two banks" are other bodies; "the oil giant", "the Japanese carmaker" are not, nor
    "the Championship club" (a league or region says where a club plays, not which it is)."""
    country = None
    for c in tok.lefts:
        if c.dep_ == "det" or kind == "club" and c.lower_ in CLUB_PLACES:
            continue
        if c.dep_ in ("nummod", "poss") or c.like_num or c.lower_ in OTHER_BODY or c.tag_ in ("JJS", "JJR"):
            return True, None
        if c.text[:1].isupper() and c.dep_ in ("amod", "compound", "nmod"):
            place = gaz.country_of_demonym(c.text) or gaz.country_named(c.text)
            if place is None:
                return True, None    # "the Vandrel firm": a name, which says which
            country = place.id
    return False, country


def own_clause_subjects(tok, res: ResolutionDraft) -> set[str]:
    """The bodies a description cannot refer to: the subject of the verb it is the object of ("Unilever
    will help the firm", "Unilever will help the firm develop snacks"), and the body its "of" phrase
    belongs to ("France Telecom Marine, a subsidiary of the giant"). A possessive description may be
    the subject's own ("Apple saved the laptop as the company's last surprise")."""
    def keys(*tokens) -> set[str]:
        return {res.token_entity[t.i] for t in tokens if t.i in res.token_entity}

    out: set[str] = set()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        owned = tok.head.head
        out = keys(owned, owned.head) if owned.dep_ == "appos" else keys(owned)
    verb = None
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    elif tok.dep_ == "nsubj" and tok.head.dep_ in ("xcomp", "ccomp") and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.head.lemma_.lower() not in SPEECH_VERBS:
        verb = tok.head.head     # "will help the firm develop": the firm is the one helped
    for c in verb.children if verb is not None else ():
        if c.dep_ in ("nsubj", "nsubjpass"):
            out |= keys(c, *c.conjuncts)
    return out


def resolve_org_description(tok, kind: str, ants, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    """The named organisation the description headed by `tok` refers to (`ants`: coref.Antecedents)."""
    apart, country = restriction(tok, gaz, kind)
    if apart or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return None     # "the corporation of agent Scott Boras": its "of" phrase says which
    exclude = own_clause_subjects(tok, res)
    by_sentence: dict[int, list] = {}
    for c in ants.recent(tok.i, DESCRIPTION_WINDOW):
        if not c.key or c.thing or c.key in exclude or tok.left_edge.i <= c.token < tok.i \
                or commentators_firm(tok.doc[c.token]) \
                or names_a_thing(tok.doc[c.token]) and not c.key.startswith("gaz:"):
            continue    # a known body before its thing is still met ("the UKIP funding ... the party")
        how = fit(kind, c.key, res, tok.doc, country)
        if how is not None:
            by_sentence.setdefault(c.sent, []).append((c, how))
    if kind != "company" and any(how == "kind" for fits in by_sentence.values() for _, how in fits):
        # "the lender" is the bank told in the window, not a body of no known kind nearer ("The SEC charged
        # Zenith Bank with fraud. The lender denied the charges")
        by_sentence = {s: kept for s, fits in by_sentence.items() if (kept := [f for f in fits if f[1] == "kind"])}
    if not by_sentence:
        return None
    nearest = by_sentence[max(by_sentence)]
    keys = {c.key for c, _ in nearest}
    if len(keys) > 1:
        nearest = [(c, how) for c, how in nearest if c.subject or subject_conjunct(tok.doc[c.token])]
        keys = {c.key for c, _ in nearest}
    if len(keys) != 1:
        return None
    c, how = nearest[0]
    return c.key if taken(kind, how) else None


def names_a_thing(tok) -> bool:
    """A name modifying a thing ("the Vertigo tour", "Barclaycard profits"): no body of the story."""
    thing = tok.head
    return tok.dep_ == "compound" and thing.pos_ == "NOUN" and not stands_for_owner(thing) \
        and thing.lower_ not in ROLE_KINDS and not (thing.dep_ == "compound" and thing.head.pos_ == "PROPN")


def subject_conjunct(tok) -> bool:
    """A name coordinated with a subject ("Tesco and Sainsbury reported"): as salient as it."""
    return tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")
