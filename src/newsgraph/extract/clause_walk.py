"""Steps of the walk from an event up its sentence (extract/attribution.py) where a clause is
entered: a relative clause or a noun phrase the walk came up through, and the content clause of a
noun that says whether the act happened at all: "there was no evidence that any detainee was
tortured" asserts no torture, "charges that they beat prisoners" only allege a beating."""
from __future__ import annotations

from ..wordlists import words
from .mood import tensed_apart

ARGUMENT_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "attr", "poss", "compound", "conj"})
# nouns whose content clause is an act that something shows ("evidence that", "no sign that")
GROUNDS_NOUNS = words("grounds_nouns")
# how surely an act is told, weakest claim last: the walk keeps the most doubtful step it meets
RANK = {"asserted": 0, "reported": 1, "alleged": 2, "possible": 3}
# nouns whose content clause is an act someone alleges ("charges that", "allegations that")
ALLEGATION_NOUNS = words("allegation_nouns")
SPECULATION_NOUNS = words("speculation_nouns")
# where a noun or adjective trigger is what its clause tells: "held talks with", "has been critical of"
PREDICATE_DEPS = frozenset({"dobj", "attr", "acomp"})
# nouns of intent whose infinitive is only meant ("plans to deploy troops"): attribution makes it possible
INTENT_NOUNS = frozenset(words("statement_intent_nouns")) | frozenset(words("owned_plan_nouns"))
# nouns of news heard whose "of" phrase is an act told, not vouched for: "reports of fighting in the north"
REPORTS_OF = frozenset({"report"})
# determiners that deny the noun exists ("no evidence", "little sign")
DENYING_DETERMINERS = words("clause_walk_denying_determiners")
GUESSING_MODALS = words("clause_walk_guessing_modals")
# verbs that bring an act about: "led to his murder", "triggered the attack", "resulted in the shooting"
CAUSING_VERBS = words("clause_walk_causing_verbs")


def crosses_into_clause(path, i: int, trigger) -> bool:
    """True when path[i] governs path[i - 1] as a relative clause or a clause in a tense of its own ("did
    not intend to refer it, as it had supported the deal"), or governs a noun phrase that the walk came up
    through (the edge from an event noun to its own light verb excepted)."""
    prev = path[i - 1]
    if intended_infinitive(path, i):
        return False    # "Washington's plans to deploy troops": the plan's mood is the act's own
    if prev.dep_ in ("relcl", "acl") or tensed_apart(prev, path[i]):
        return True     # (a clause in a tense of its own: "Labour would set out plans and attacked the Tories")
    if prev.pos_ in ("NOUN", "PROPN", "PRON") and prev.dep_ in ARGUMENT_DEPS:
        return not (prev.i == trigger.i)
    return False


def intended_infinitive(path, i: int) -> bool:
    """Whether path[i] is a noun of intent and path[i - 1] the infinitive it owns ("plans to deploy")."""
    tok, prev = path[i], path[i - 1]
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in INTENT_NOUNS and prev.dep_ == "acl" and prev.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)


def content_clause_of(path, i: int, nouns: frozenset[str]) -> bool:
    """Whether path[i] is one of `nouns` and path[i - 1] heads its content clause ("evidence that
    X was tortured")."""
    tok = path[i]
    return i > 0 and tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and path[i - 1].dep_ in ("acl", "ccomp") \
        and path[i - 1].pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in path[i - 1].children)


def guessed_effect(path, i: int) -> bool:
    """path[i] is a verb of a guess about the past ("may have", "could have") whose subject is the event noun
    at path[0]: the guess is about what the act caused or was caused by, the act itself happened ("the
    shooting may have been caused by a ricochet", "the blast could have killed more people")."""
    verb = path[i]
    return i == 1 and path[0].pos_ == "NOUN" and path[0].dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lower_ in GUESSING_MODALS for c in verb.children) \
        and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)


def guessed_cause(path, i: int) -> bool:
    """path[i] is a verb of causing in the perfect ("is thought to have led to", "may have triggered") whose
    object is the event noun at path[0], named definitely ("his murder", "the attack"): the guess is about
    what brought the act about, the act itself happened, so the hedges above it do not reach it."""
    verb, noun = path[i], path[0]
    if noun.pos_ != "NOUN" or verb.tag_ != "VBN" or verb.lemma_.lower() not in CAUSING_VERBS \
            or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    reached = i == 1 and noun.dep_ == "dobj" or i == 2 and noun.dep_ == "pobj" and path[1].dep_ == "prep" \
        and path[1].lower_ in ("to", "in")
    return reached and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                           for c in noun.children)


def unfounded(path, i: int) -> bool:
    """Whether the act below path[i] is said to have no grounds: "there was no evidence that",
    "found little sign that", "there is not any proof that"."""
    if not content_clause_of(path, i, GROUNDS_NOUNS):
        return False
    noun = path[i]
    if any(c.dep_ == "det" and c.lower_ in DENYING_DETERMINERS for c in noun.children):
        return True
    return noun.dep_ in ("attr", "dobj") and any(c.dep_ == "neg" for c in noun.head.children)


def alleged_content(path, i: int) -> bool:
    """Whether the act below path[i] is the content of a charge or allegation ("fought the charges
    that he beat a guard"): alleged, not established."""
    return content_clause_of(path, i, ALLEGATION_NOUNS | SPECULATION_NOUNS)


def clause_predicate(trigger) -> bool:
    """A noun or adjective trigger that its clause's verb tells, as object or complement ("reports that
    Barclays had held merger talks", "reports that he has been critical of Benitez"): a report of that
    clause reports it, as it would a verb. Not a subject ("claims that the invasion was illegal" grant
    the invasion)."""
    return trigger.pos_ in ("NOUN", "ADJ") and trigger.dep_ in PREDICATE_DEPS and trigger.head.pos_ in ("VERB", "AUX")


def hearsay_of(path, i: int) -> str | None:
    """How surely an act is told that is named in the "of" phrase of a charge, allegation or report ("allegations
    of torture by troops", "charges of murder", "reports of a feud between the two men"): "alleged" under a
    charge, "reported" under a report, None when path[i] is neither (or the act is not its "of" phrase's own
    noun: "a claim of responsibility for the attack" alleges no attack)."""
    if i != 2 or path[1].dep_ != "prep" or path[1].lower_ != "of" or path[0].dep_ not in ("pobj", "pcomp"):
        return None
    noun = path[2]
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    return "alleged" if lemma in ALLEGATION_NOUNS else "reported" if lemma in REPORTS_OF else None


def beside_denial(clause) -> bool:
    """A clause that stands beside a denial, not inside what it denies: one of time or cause ("As Howard
    kicked off his campaign, Kennedy dismissed the Tories") or another act joined to it ("denied the
    report and attacked the opposition")."""
    return clause.dep_ == "conj" or clause.dep_ == "advcl" and any(
        c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children)   # "as", "when"


def acts_as_verb(tok) -> bool:
    """A verb, or a word the tagger took for a noun that heads a clause as a verb does, with a subject and a
    clause of its own: "Prosecutors allege the officer shot the teenager" ("allege" tagged NN)."""
    return tok.pos_ in ("VERB", "AUX") or tok.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children)


def stronger(a: str, b: str) -> str:
    """The more doubtful of two certainties."""
    return a if RANK[a] >= RANK[b] else b


DEFINITE_DETERMINERS = words("definite_determiners")


def presupposed_modifier(path, i: int) -> bool:
    """Whether path[i - 1] is a relative clause or participle ("which bought the refinery", "bombed by
    Israel") that describes path[i], a name or a definite noun: what such a clause tells is taken as
    known by whoever speaks of the thing, so a claim or denial about the thing does not reach it
    ("denied that there were militants in the school bombed by Israel": the bombing stands)."""
    if i == 0:
        return False
    clause, noun = path[i - 1], path[i]
    if clause.dep_ == "acl" and (clause.tag_ not in ("VBN", "VBG") or any(
            c.dep_ in ("mark", "aux") for c in clause.children)):
        return False    # a content clause ("claims that ...") or a plan ("plans to strike")
    if clause.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def form_of_sum(noun) -> bool:
    """The noun names the form a sum takes, "in" after the sum a verb gives or lends ("could give
    $50m in aid", "will lend £2bn in loans"): the act is the verb's, told with its mood, not a thing
    the clause only mentions."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    if prep.head.dep_ == "dobj":   # "in" on the sum itself
        return a_sum(prep.head) and prep.head.head.pos_ in ("VERB", "AUX")
    return prep.head.pos_ in ("VERB", "AUX") and any(o.dep_ == "dobj" and a_sum(o) for o in prep.head.children)


def a_sum(tok) -> bool:
    """"$50m", "millions of pounds", "500 tonnes": an amount, by its entity or its figures."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or any(x.dep_ in ("nummod", "quantmod") for x in tok.children)
