"""What a document and the world call a body, and the descriptions that refer back to it.

- kinds: a kind noun beside a name ("the airline Vandrel", "Vandrel, the budget airline", "the
  RMT union") or inside it ("Unite union"), a gazetteer actor's `kinds`, and "company" for a name
  the document uses as a company ("shares in Vandrel", resolve/name_votes.company_names) or whose
  name ends as a company's ("Brandt Holdings", "Koldex Corp");
- a body the recogniser missed that a kind noun names ("the RMT union", "the airline Vandrel")
  becomes an actor of the kind's type (a union or an airline an organisation, a regulator a
  government body);
- "the airline", "the union", "the regulator", and "the UK operator", "the German carmaker" (which the first
  pass read as a body of that country) refer to the body the document called so ("the
  company" and "the firm": by any company kind) when it is the only one called so in the last ten
  sentences, or in this sentence and the one before, or the subject of the nearest sentence that
  names several. Otherwise, or with a modifier that makes it another body ("the rival airline"),
  the description is left unresolved: a wrong actor is worse than none.
- state bodies named with their kind ("the Court of Appeals", "the European Commission", "the
  Interior Ministry") are referred to by the bare kind ("the court ruled", "the commission said")
  the same way, with no modifier at all ("the appeals court" is another court) and only when the
  nearest word of the kind before it is the body's ("a federal court ... the court" is that court).

The word lists are in data/lexicon/words/actors.yaml (body_kinds, company_kinds,
other_body_modifiers, referring_body_kinds).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..doctext import tokens_with_lemma
from ..model import Entity
from ..wordlists import words
from .bodies import BODY_KIND_TYPE, country_in_name
from .central_banks import central_bank
from .coref import clause_subject_keys
from .descriptions import commentators_firm
from .gazetteer import Gazetteer
from .name_votes import company_names
from .names import actor_key_name, fold
from .org_descriptions import body_kinds as org_kinds
from .org_descriptions import fit, stands_for_other_body
from .resolution import ResolutionDraft
from .unnamed_bodies import SIDE_DEPS

COMPANY_KINDS = words("company_kinds")
COMPANY_ENDINGS = words("company_name_endings")
GENERIC_COMPANY = words("kinds_generic_company")
# organs of a company that act for it: "the board", "the management" refer to the company the story is about
COMPANY_ORGANS = words("kinds_company_organs")
OTHER_BODY = words("other_body_modifiers")
# what news calls a state body in its name ("the Court of Appeals", "the European Commission", "the
# Interior Ministry") and then bare ("the court ruled", "the commission alleged"): these only refer
# back, they name no body of their own ("the Senate committee" is not the Senate)
REFERRING_KINDS = words("referring_body_kinds")
# how many sentences back a description looks for the body called so
KIND_WINDOW = 10
NOT_BODIES = ("PERSON", "LOCATION", "COUNTRY", "ANONYMOUS_SOURCE")
# the reason a body named after its country is given (document.py), which a description may refer back from
COUNTRY_BODY = "name: a body named after its country"


def _name_word(tok) -> bool:
    # a day or season names no body: "a Christmas party", "the Easter committee" are occasions
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.text.isupper() and len(tok.text) > 1) \
        and tok.is_alpha and tok.ent_type_ not in ("DATE", "TIME")


def _name_before(tok) -> int | None:
    """Start of the name words that end just before `tok` and modify it ("the RMT union")."""
    start = tok.i
    doc = tok.doc
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ in ("compound", "nmod") \
            and doc[start - 1].head.i in range(start, tok.i + 1):
        start -= 1
    return start if start < tok.i and not doc[start].is_sent_start else None


def _name_phrase(head) -> tuple[int, int]:
    """The name words compounded onto a name's head, and the head."""
    start = head.i
    while start > 0 and _name_word(head.doc[start - 1]) and head.doc[start - 1].head.i == head.i:
        start -= 1
    return start, head.i + 1


def name_beside(tok) -> tuple[int, int, bool] | None:
    """(start, end, kind inside) of the name a kind noun `tok` is put beside: before it ("the RMT
    union": the kind ends the phrase), after it ("the airline Vandrel", either head), or as the
    name's apposition ("Vandrel, the budget airline")."""
    start = _name_before(tok)
    if start is not None:
        return start, tok.i + 1, True
    for c in tok.rights:
        if c.dep_ in ("appos", "compound") and _name_word(c) and c.i == tok.i + 1:
            return (*_name_phrase(c), False)
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and _name_word(head):
        return (*_name_phrase(head), False)
    if tok.dep_ == "appos" and head.i < tok.i and _name_word(head):
        return (*_name_phrase(head), False)
    return None


def body_kinds(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Fill `res.kinds` and name the bodies the recogniser missed that a kind noun names."""
    for key in res.entities:
        actor = gaz.actor_of_key(key)
        if actor is not None and actor.kinds:
            res.kinds.setdefault(key, set()).update(actor.kinds)
    companies = company_names(doc)
    voted, shorts = set(), short_names(res)
    for m in res.mentions:
        ent = res.entities[m.entity]
        if ent.type in NOT_BODIES:
            continue
        if fold(ent.name).rsplit(" ", 1)[-1] in COMPANY_ENDINGS and " " in ent.name or fold(ent.name) in shorts:
            res.kinds.setdefault(m.entity, set()).add("company")
        elif m.text in companies and ent.type != "GOVERNMENT":
            voted.add(m.entity)
    # a name's own kind word is capitalised and a name's lemma keeps its case ("Court", "Ministry")
    kind_tokens = tokens_with_lemma(doc, (*BODY_KIND_TYPE, *COMPANY_ORGANS, *REFERRING_KINDS,
                                          *(k.capitalize() for k in REFERRING_KINDS)))
    for i in kind_tokens:
        tok = doc[i]
        kind = tok.lemma_.lower()
        inside = res.token_entity.get(i)
        if kind in COMPANY_ORGANS:
            continue    # an organ names no body of its own kind
        if inside is not None:
            if tok.text[:1].isupper() or tok.i in res.mention_head:   # "Bank of England", "Unite Union"
                res.kinds.setdefault(inside, set()).add(kind)
            continue
        if not tok.text.islower() or kind in REFERRING_KINDS:
            continue
        found = name_beside(tok)
        if found is None:
            continue
        start, end, kind_inside = found
        key = next((res.token_entity[j] for j in range(start, end) if j in res.token_entity), None)
        if key is None:
            span = doc[start:end]
            name = doc[start:end - 1].text if kind_inside else span.text
            typ = BODY_KIND_TYPE[kind]
            entity = Entity(key=f"{typ}:{actor_key_name(name)}", name=name, type=typ,
                            country=country_in_name(span, gaz), reason="name")
            res.add_mention(span, entity, "name: a body named beside its kind", label="ORG",
                            head=tok.i if kind_inside else end - 1)
            key = entity.key
        elif res.entities[key].type in NOT_BODIES:
            continue
        res.kinds.setdefault(key, set()).add(kind)
    for key in voted:
        if not res.kinds.get(key, set()) - COMPANY_KINDS and not stands_for_other_body(res.entities[key].name, res):
            res.kinds.setdefault(key, set()).add("company")
    definite_kinds(doc, gaz, res, kind_tokens)


def short_names(res: ResolutionDraft) -> set[str]:
    """The short forms (folded) of the companies' legal names the document gives: "Reliance Globalcom"
    for "Reliance Globalcom Ltd", "Koldex" for "Koldex Group Plc"; a later mention so written is that company."""
    out = set()
    for ent in res.entities.values():
        words_ = fold(ent.name).split() if ent.type == "ORGANIZATION" else []
        end = len(words_)
        while end > 1 and words_[end - 1] in COMPANY_ENDINGS:
            end -= 1
            out.add(" ".join(words_[:end]))
    return out


def kind_antecedent(tok, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    """The body a definite description headed by a kind noun refers to (called_so); "the board", the
    organ of the club or firm the story is about (board_of)."""
    return board_of(tok, res) if tok.lemma_.lower() in COMPANY_ORGANS else called_so(tok, res, gaz)


def called_so(tok, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    """The body a definite description headed by a kind noun refers to ("the airline", "the
    union", "the company"): the one last called so in this or the KIND_WINDOW sentences before,
    never the subject of the description's own clause; None when no body fits."""
    kind = tok.lemma_.lower()
    country = None
    for c in tok.lefts:
        if c.dep_ == "nummod" or c.lower_ in OTHER_BODY:
            return None
        if c.text[:1].isupper() and c.dep_ in ("amod", "compound", "nmod"):
            demonym = gaz.country_of_demonym(c.text) or gaz.country_named(c.text)   # "British", "UK"
            if demonym is None:
                return None    # "the Vandrel union": a name, read by body_kinds
            country = demonym.id
    exclude = clause_subject_keys(tok, res) if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    found: dict[int, list] = {}    # sentence start -> the fitting heads in it
    for i, key in res.mention_head.items():
        if i >= tok.i or key in exclude:
            continue
        have = res.kinds.get(key, set())
        ent = res.entities.get(key)
        if kind in COMPANY_ORGANS:
            fits = board_owner(key, ent, res, tok.doc)
        else:
            fits = kind in have or kind in GENERIC_COMPANY and have & COMPANY_KINDS
        if fits and (country is None or ent is not None and ent.country in (country, None)):   # a country not known: may be
            found.setdefault(tok.doc[i].sent.start, []).append(tok.doc[i])
    found = {start: heads for start, heads in found.items() if _sentences_between(tok, start) <= KIND_WINDOW}
    if not found:
        return None
    # one body called so in the window, or in this sentence and the one before; else the subject
    # of the nearest sentence that names several; else none ("the company" after Yukos and
    # Rosneft is either)
    for near in (KIND_WINDOW, 1):
        keys = {res.mention_head[t.i] for start, heads in found.items() if _sentences_between(tok, start) <= near
                for t in heads}
        if len(keys) == 1:
            key = keys.pop()
            if near == 1 and kind in GENERIC_COMPANY:
                key = story_firm(tok, key, found, res)
            elif kind in GENERIC_COMPANY and nearer_open_firm(tok, key, exclude, res):
                return None    # the nearer firm of no known kind may be meant: resolve/org_descriptions.py weighs both
            return None if kind in GENERIC_COMPANY and joined_body(tok, key, res) else key
    nearest = found[max(found)]
    keys = {res.mention_head[t.i] for t in nearest}
    if len(keys) > 1:
        # a name joined to the subject is as much a subject ("Nokia and Siemens said")
        keys = {res.mention_head[t.i] for t in nearest if t.dep_ in ("nsubj", "nsubjpass")
                or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")}
        return keys.pop() if len(keys) == 1 else None
    return None


def nearer_open_firm(tok, key: str, exclude: set[str], res: ResolutionDraft) -> bool:
    """Whether `key`, the one body called a company in the window, is not named in this sentence or the
    one before while an organisation of no known kind is ("Grell Bank ... [four sentences] ... Mervane
    Trust is the largest lender in the region. The firm was founded in 1901"): a firm the story tells of
    is seldom called so, and the company last named as an auditor or a partner is no likelier. Only a
    subject counts (told_of)."""
    near = [(i, k) for i, k in res.mention_head.items() if i < tok.i and _sentences_between(tok, i) <= 1]
    if any(k == key for _, k in near):
        return False
    return any(k not in exclude and told_of(tok.doc[i]) and fit("company", k, res, tok.doc, None) == "open"
               for i, k in near)


def told_of(tok) -> bool:
    """Whether a name is a subject ("Tesco and Asda said"): the firm a sentence tells of, not one set
    beside another ("a division at Vandrel, the Koldex group") or named as a source."""
    return (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")) \
        and not commentators_firm(tok)


def story_firm(tok, key: str, found: dict[int, list], res: ResolutionDraft) -> str:
    """The firm "the company" or "the firm" means where the last sentences name only `key`: `key` when
    they name it as a subject ("Siemens said ... the firm"), else the firm the story is about where one
    is named in the window (`found`: sentence start -> the fitting heads) at least twice as often before
    as `key`: a firm named in passing, as an analyst's employer or the one sued, is not the one told of
    ("Krispy Kreme ... JP Morgan Securities analyst John Ivankoe said ... The firm is facing an
    investigation")."""
    near = [t for start, heads in found.items() if _sentences_between(tok, start) <= 1 for t in heads]
    if any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")
           for t in near):
        return key
    fitting = {res.mention_head[t.i] for heads in found.values() for t in heads}
    counts = Counter(k for i, k in res.mention_head.items() if i < tok.i and k in fitting)
    leader, n = counts.most_common(1)[0]
    return leader if n >= 2 * counts[key] else key


def board_of(tok, res: ResolutionDraft) -> str | None:
    """The club or firm whose board "the board" is: the one the story is about, named more often before
    it than any other body that may own a board (board_owner), and in this or the KIND_WINDOW sentences
    before ("Manchester United ... United's statement ... Glazer's bid, reported by BBC Sport, was
    rejected by the board" is United's); never the subject of its own clause ("the club's owner
    approached the board"). Two such bodies named as often leave it open: a wrong actor is worse than none.
    A board that names its owner is that owner's ("the board of Unilever"), whatever the story is about."""
    named = next((k for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and (k := res.token_entity.get(o.i))), None)
    if named:
        return named
    owners: dict[str, bool] = {}
    counts: Counter = Counter()
    near = set()
    for i, k in res.mention_head.items():
        if i < tok.i:
            if k not in owners:
                owners[k] = board_owner(k, res.entities.get(k), res, tok.doc)
            if owners[k]:
                counts[k] += 1
                near.update([k] if _sentences_between(tok, i) <= KIND_WINDOW else [])
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1] or ranked[0][0] not in near:
        return None
    key = ranked[0][0]
    own = clause_subject_keys(tok, res) if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    return None if key in own else key


def board_owner(key: str, ent: Entity | None, res: ResolutionDraft, doc) -> bool:
    """Whether the body `key` may own "the board": an organisation that is a company, or a club
    (resolve/org_descriptions.body_kinds: "Leeds United", "Chelsea striker Mutu"), whatever type the
    recogniser gave its name. A news outlet the story quotes ("told BBC Sport") owns none, whatever
    the document calls it."""
    if ent is None:
        return False
    return ent.type == "ORGANIZATION" and bool(res.kinds.get(key, set()) & COMPANY_KINDS) \
        or "club" in org_kinds(key, res, doc)


def joined_body(tok, key: str, res: ResolutionDraft) -> bool:
    """Whether a mention of `key` in the window before `tok` is joined by "and" to another organisation
    of no other known kind ("Nokia and Siemens said ... the company"): either may be "the company",
    however much more the document or the world says of one of them; a wrong actor is worse than none."""
    heads = [tok.doc[i] for i, k in res.mention_head.items() if k == key and i < tok.i
             and _sentences_between(tok, i) <= KIND_WINDOW]
    for other in (c for h in heads for c in h.conjuncts):
        okey = res.actor_at(other.i)
        ent = res.entities.get(okey) if okey else None
        if ent is not None and okey != key and ent.type == "ORGANIZATION" \
                and not res.kinds.get(okey, set()) - COMPANY_KINDS - GENERIC_COMPANY:
            return True
    return False


def _sentences_between(tok, start: int) -> int:
    """How many sentence starts lie after token `start` up to `tok`."""
    doc = tok.doc
    starts = doc.user_data.get("newsgraph.sent_starts")
    if starts is None:
        starts = doc.user_data["newsgraph.sent_starts"] = [s.start for s in doc.sents]
    return bisect_right(starts, tok.i) - bisect_right(starts, start)


def nearest_of_kind(tok, key: str, kind_tokens: list[int], res: ResolutionDraft) -> bool:
    """Whether the nearest word of `tok`'s kind before it belongs to the body `key` (its name, or
    a description already resolved to it), not to another body of the kind left unnamed."""
    kind = tok.lemma_.lower()
    before = [j for j in kind_tokens if j < tok.i and tok.doc[j].lemma_.lower() == kind]
    return not before or res.token_entity.get(before[-1]) == key


def definite_kinds(doc, gaz: Gazetteer, res: ResolutionDraft, kind_tokens: list[int]) -> None:
    """"the airline", "the union", "the regulator" -> the body the document last called so."""
    for i in kind_tokens:
        tok = doc[i]
        if i in res.token_entity and country_description(tok, res):
            key = kind_antecedent(tok, res, gaz)
            if key is not None and key != res.token_entity[i]:
                refer_back(doc, tok, key, res)   # "The UK operator" after "the operators Vodafone and T-Mobile"
            continue
        if i in res.token_entity or not tok.text.islower() or tok.tag_ in ("NNS", "NNPS") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                or name_beside(tok) is not None:
            continue    # "the airline Vandrel": the name says which airline
        if tok.dep_ in SIDE_DEPS and central_bank(doc[tok.left_edge.i:i + 1]):
            continue    # "the central bank" as a side: a state's bank, not the last bank named (central_banks.py)
        if tok.lemma_.lower() in COMPANY_ORGANS | REFERRING_KINDS and any(c.dep_ != "det" for c in tok.lefts):
            continue    # "the school board", "the appeals court", "the select committee": another body
        if tok.lemma_.lower() in REFERRING_KINDS and (any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
                                                      or not any(c.lower_ == "the" for c in tok.lefts)):
            continue    # "the council of elders": named by its "of" phrase; "that court": the one just told
        key = kind_antecedent(tok, res, gaz)
        if key is not None and tok.lemma_.lower() in REFERRING_KINDS and not nearest_of_kind(tok, key, kind_tokens, res):
            continue    # "the Court of Appeals ... a federal court ... the court": the nearer court
        if key is not None:
            start = next((c.i for c in tok.lefts if c.dep_ == "det"), i)
            res.add_mention(doc[start:i + 1], res.entities[key], "coreference", label="COREF", alias=False,
                            head=i)


def country_description(tok, res: ResolutionDraft) -> bool:
    """Whether the kind noun `tok` ends a definite phrase of only a country's name or demonym and
    the kind ("the UK operator", "the German carmaker"), which the first pass made a body of that
    country: a description that may refer back to a body named before."""
    det = [c for c in tok.lefts if c.dep_ == "det"]
    others = [c for c in tok.lefts if c.dep_ != "det"]
    return len(det) == 1 and det[0].lower_ == "the" and len(others) == 1 and tok.tag_ == "NN" \
        and tok.text.islower() and any(m.reason == COUNTRY_BODY and m.start <= tok.idx < m.end for m in res.mentions)


def refer_back(doc, tok, key: str, res: ResolutionDraft) -> None:
    """Make the description ending at `tok` a mention of `key`, dropping the body it was read as."""
    start = next(c.i for c in tok.lefts if c.dep_ == "det")
    old = res.token_entity[tok.i]
    res.clear(doc[start:tok.i + 1])
    if not any(m.entity == old for m in res.mentions):
        res.entities.pop(old, None)
    res.add_mention(doc[start:tok.i + 1], res.entities[key], "coreference", label="COREF", alias=False, head=tok.i)
