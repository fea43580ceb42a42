"""Roles given or taken by an act: an appointment, an election, a succession ("Vodafone appointed Arun
Sarin as chief executive", "X was elected leader of the party", "the board named her chairman of Y",
"X took over as head of Y", "X will replace Y as leader of Z", "X, who became president of Y in 2003").
The role noun states the relation (relations.role_of); this module finds the verb that gives the role,
whom it goes to, and, when the role names no body of its own, the body that gives it ("Vodafone
appointed X as chief executive": Vodafone's chief executive). The verb carries the relation's date and
mood ("in 2003", "will become"). Leaving a role ("resigned as chairman", "was sacked as head of Y")
gives none: the model has no ended relation, and a LEADERSHIP would state the opposite."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import read_yaml, words
from .actors import KnownActors
from .arguments import actor_of, entity_type, phrasal_lemma
from .unwritten_sides import REL_PRONOUNS, relative_head
from .voice import has_passive_marking

_ROLE_WORDS = read_yaml("roles.yaml")
INSTALLING_VERBS = frozenset(_ROLE_WORDS["installing_verbs"])
SERVING_VERBS = frozenset(_ROLE_WORDS["serving_verbs"])
SUCCEEDING_VERBS = frozenset(_ROLE_WORDS["succeeding_verbs"])
# verbs that state a role of their subject: "X is the founder of Y", "X became president of Y"
COPULAS = words("copulas")
# bodies that give a role of their own when the role names none ("the party elected X as leader");
# a person who appoints gives a post in a body, not one of his own ("Mr Howard appointed X as chief")
APPOINTING_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP", "MILITARY", "GOVERNMENT", "COUNTRY"})
STATES = frozenset({"GOVERNMENT", "COUNTRY"})


def role_verb(tok):
    """The verb that gives or states the role `tok` names, or None: a role after "as" on a verb that
    puts someone into it ("was sworn in as president", "took over as head of Y", "replaced Y as
    leader"), a role predicated by such a verb ("was elected leader", "named her chairman") or by a
    copula ("X became chairman")."""
    if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
        return tok.head
    if tok.dep_ == "oprd" and tok.head.lemma_.lower() in INSTALLING_VERBS:
        return tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    lemma, phrase = verb.lemma_.lower(), phrasal_lemma(verb)
    if lemma in INSTALLING_VERBS or lemma in SUCCEEDING_VERBS and not has_passive_marking(verb):
        return verb
    serving = lemma in SERVING_VERBS or phrase in SERVING_VERBS
    return verb if serving and not any(c.dep_ == "dobj" for c in children(verb)) else None


def role_taker(verb, res: KnownActors) -> tuple[str | None, object]:
    """Who the verb puts into the role: the passive subject ("X was elected as"), else the object
    ("elected X as"), else the subject ("X served as"); a successor is the subject ("X replaced Y as
    leader"). A relative pronoun stands for its noun ("X, who became chairman"), and a participle's
    holder is the noun it tells of ("X, the specialist appointed as chief executive")."""
    deps = ("nsubj",) if verb.lemma_.lower() in SUCCEEDING_VERBS or verb.lemma_ in COPULAS \
        else ("nsubjpass", "dobj", "nsubj")
    for dep in deps:
        found = next((c for c in children(verb) if c.dep_ == dep), None)
        if found is not None:
            if found.lower_ in REL_PRONOUNS and relative_head(verb) is not None:
                found = described_person(antecedent(verb, found), res)
            return actor_of(found, res), found
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        noun = verb.head
        if noun.dep_ == "appos" and actor_of(noun, res) is None:
            noun = noun.head   # "Enrico Bondi, the specialist appointed ...": Bondi
        return actor_of(noun, res), noun
    return None, None


def described_person(noun, res: KnownActors):
    """The named person an apposition describes, when a relative clause hangs on the description ("Ann Cole,
    a former Sony executive who became Nintendo's chief executive": Cole took the role, not the description)."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and entity_type(actor_of(noun.head, res), res) == "PERSON":
        return noun.head
    return noun


def antecedent(verb, pronoun):
    """The noun a relative pronoun stands for: of a list the parser hung the clause on, the item right
    before it ("between Mitchell and Senator Eastland, who was chairman of Y": Eastland)."""
    head = relative_head(verb)
    before = [c for c in head.conjuncts if c.i < pronoun.i and c.i > head.i]
    return before[-1] if before else head


def appointing_body(verb, role_tok, holder: str, res: KnownActors, head_of_state: bool) -> tuple[str | None, object]:
    """The body that gives a role of its own when the role names none: the subject of an active
    installing verb ("Vodafone appointed X as chief executive", "the party elected X leader"). A state
    or government appointing to a head of state's title is an electorate or a regent, not the body led."""
    if verb.lemma_.lower() not in INSTALLING_VERBS or has_passive_marking(verb) or role_tok.dep_ == "attr":
        return None, None
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in REL_PRONOUNS and relative_head(verb) is not None:
        subj = antecedent(verb, subj)   # "the club, which appointed X as chairman"
    key = actor_of(subj, res) if subj is not None else None
    kind = entity_type(key, res) if key else None
    if key is None or key == holder or kind not in APPOINTING_TYPES or head_of_state and kind in STATES:
        return None, None
    return key, subj
