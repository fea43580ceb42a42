"""Who made a thing an actor takes a stance on (PLOVER ACCUSE, REJECT, SUPPORT, AGREE;
REQUEST for documents).

News criticises, opposes or welcomes plans, decisions, bills and reports more often than their makers, and
names the maker with the thing or earlier in the article:
- with the thing (`maker_of`): its owner or a name before it ("Google's offer", "the Israeli plan"), its
  doer after "by" ("the fine imposed by the EU"), or, for proposals, orders and documents, after "of" or
  "from" ("an offer from Kraft", "the report of the committee");
- earlier in the article (`made_before`), for a definite thing with no maker of its own ("the plans",
  "this decision", "the move"): the maker of the nearest earlier mention of a thing of the same kind
  (data/lexicon/words/thing_makers.yaml: plan/proposal/scheme/move, decision/ruling/move, bill/law, ...),
  in the thing's sentence or the LOOKBACK before it: the mention's own maker, the subject of the verb
  that made it ("the Tories unveiled plans", "plans unveiled by the Tories"), the subject of a verb
  that makes a thing of that kind ("the Bank decided to raise rates ... the decision"), or the doer of
  the act the thing is to do ("the Bank raised rates ... the move to raise rates").
The nearest mention decides: one made by the stance-taker itself, by no one named, or a thing of its own
name ("the Marshall Plan") names no maker; a definite mention without a maker refers further back.
`thing_sides` gives a stance with no other side, aimed at such a thing, the thing's maker.
"""
from __future__ import annotations

from functools import cache

from ..wordlists import table, words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, actors_of, generic_actor, phrasal_lemma, subject_token
from .entity_lookup import PLACE_LABELS, named_other
from .frames import TURNED_DOWN, Candidate, noun_subject
from .story_owners import story_owner

MAKERS = words("maker_prepositions")  # who made a claim or proposal: "calls from Washington"
DOCUMENTS = words("request_documents")
# acts and decisions a maker answers for ("the plans", "the ban"); their "of" may name what they are done
# to ("the invasion of Iraq"), so only "by" and "from" name their maker
ACTS = words("judged_acts")
# verbs that make or put out a thing: their subject made it ("unveiled plans", "published its report")
MAKING = words("act_making_verbs") | words("document_making_verbs")
# things a definite mention of which may refer back (said things are antecedents.py's: their maker speaks)
DEFINITE = words("definite_or_such")
# nouns that name whatever their making verb made: "Italy proposed a budget ... the proposal" is the budget
VERB_NAMED = words("verb_named_things")
LOOKBACK = 3   # sentences before a mention's own in which the thing it refers to may have been made
# an acceptance of a thing is an agreement with its maker ("Germany proposed a plan ... France accepted the plan")
STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
# prepositions of a stance verb that name what it is on: "voted against the bill", "hit out at the plans"
ON_PREPS = words("thing_makers_on_preps")


def maker_of(noun, res: KnownActors, exclude: str | None = None, makers=MAKERS,
             generic: bool = False) -> tuple[str | None, object]:
    """Who made a claim, proposal, order, document or act, as its own phrase names it: its owner or the
    name before it ("Google's offer", "the Israeli plan", "a Kremlin ultimatum"), the doer named with
    "by" ("demands by the union", "the fine imposed by the EU"), or with "of"/"from" ("the demands of
    ECOWAS", "an offer from Kraft"); with `generic`, an unnamed group too ("a letter from 300 scientists").
    A place before it says where it was made ("the Brussels agreement"), not who."""
    key, tok = noun_subject(noun, res, exclude=exclude)
    if key is not None and tok.dep_ == "compound" and tok.head.i == noun.i and tok.ent_type_ in PLACE_LABELS:
        key, tok = None, None
    if key is None:
        preps = makers_after(noun, makers)
        key, tok = next(((k, o) for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                         for o in p.children if o.dep_ == "pobj"
                         for k in (actor_of(o, res) or (generic_actor(o, res) if generic else None),)
                         if k and k != exclude), (None, None))
    if key is None:   # "the government's plans": the government the story names (story_owners.py)
        key, tok = story_owner(noun, res, exclude)
    return (key, tok) if key is not None and key != exclude else (None, None)


def makers_after(noun, makers=MAKERS) -> frozenset[str]:
    """The prepositions after a thing that name its maker: all `makers` for proposals, orders and
    documents; only "by"/"from" for acts; none for anything else."""
    lemma = noun.lemma_.lower()
    if lemma in TURNED_DOWN or lemma in DOCUMENTS:
        return frozenset(makers)
    return frozenset(makers) - {"of"} if lemma in ACTS else frozenset()


@cache
def _kinds() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind in table("made_thing_kinds").values():
        for noun in kind:
            out.setdefault(str(noun), set()).update(str(n) for n in kind)
    return {noun: frozenset(kin) for noun, kin in out.items()}


@cache
def _making_verbs() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(str(v) for v in vs)
            for k, vs in table("thing_making_verbs").items()}


def kin(noun) -> frozenset[str]:
    """The nouns an earlier mention of the same thing may use: its kind, or its own word."""
    lemma = noun.lemma_.lower()
    return _kinds().get(lemma) or _kinds().get(noun.lower_) or frozenset({lemma, noun.lower_})


def made_thing(noun) -> bool:
    """A thing an actor makes and another takes a stance on: a plan, decision, bill, report, offer."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in _kinds() or lemma in ACTS or lemma in DOCUMENTS
                                    or lemma in words("statement_proposal_nouns"))


def definite(noun) -> bool:
    return any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children)


def unowned(noun, res: KnownActors) -> bool:
    """A definite made thing whose own phrase names no maker ("the plans", not "Labour's plans")."""
    return made_thing(noun) and definite(noun) and not any(x.dep_ == "poss" for x in noun.children) \
        and maker_of(noun, res)[0] is None


def made_before(noun, res: KnownActors, sents, exclude: str | None, lookback: int = LOOKBACK,
                generic: bool = False) -> tuple[str, object] | None:
    """The maker of the nearest earlier mention of the thing `noun` refers back to (see the module's
    doc), or None; with `generic`, an unnamed group may be the maker ("a letter from 300 scientists")."""
    here = next((i for i, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if here is None:
        return None
    nouns = kin(noun)
    verbs = _making_verbs().get(noun.lemma_.lower(), frozenset())   # its own: "the plans" are not "decided"
    acts = purposes(noun)
    for sent in reversed(sents[max(0, here - lookback):here + 1]):
        for tok in reversed([t for t in sent if t.i < noun.i]):
            if tok.pos_ in VERBAL and any(same_act(tok, a) for a in acts):
                key, who = verb_maker(tok, res, generic)   # "the Bank raised rates ... the move to raise rates"
                if (some_other(key, exclude) if generic else named_other(key, exclude)) and who.pos_ != "PRON":
                    return key, who
                continue   # "they will close the plant": whoever "they" are, look further back
            if tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns):
                if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                    return None   # a thing of its own name ("the Today programme", "the Marshall Plan")
                key, who = mention_maker(tok, res, exclude, generic)
                if key is None and definite(tok) and making_verb(tok) is None:
                    continue   # "the plans" again, not made here: it refers further back
            elif tok.pos_ in VERBAL and tok.lemma_.lower() in verbs:
                if makes_other(tok, noun, nouns):
                    continue   # "Italy proposed a budget" made a budget, not "the plan"
                key, who = verb_maker(tok, res, generic)   # "the Bank decided to raise rates ... the decision"
            else:
                continue
            if not (some_other(key, exclude) if generic else named_other(key, exclude)) or who.pos_ == "PRON":
                return None
            return key, who
    return None


def makes_other(verb, noun, nouns: frozenset[str]) -> bool:
    """A verb that makes a thing ("proposed", "decided") whose object is a made thing of another kind than
    `noun` (of kind `nouns`): "Italy proposed a budget" made no plan. A noun that names whatever its verb
    made (VERB_NAMED: "the proposal", "the offer", "the move") is that budget."""
    if noun.lemma_.lower() in VERB_NAMED or noun.lower_ in VERB_NAMED:
        return False
    return any(o.dep_ == "dobj" and made_thing(o) and o.lemma_.lower() not in nouns and o.lower_ not in nouns
               for o in verb.children)


def purposes(noun) -> list:
    """The acts a plan, move or decision is to do: "the move to raise the minimum wage" (raise)."""
    return [v for v in noun.children if v.dep_ == "acl" and v.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]


def same_act(verb, act) -> bool:
    """An earlier verb doing the act a thing is to do: the same verb, on the same object when both
    name one ("raised the minimum wage" for "the move to raise the minimum wage")."""
    if verb.i == act.i or verb.lemma_.lower() != act.lemma_.lower():
        return False
    objects = [{o.lemma_.lower() for o in v.children if o.dep_ == "dobj"} for v in (verb, act)]
    return not (objects[0] and objects[1]) or bool(objects[0] & objects[1])


def some_other(key: str | None, exclude: str | None) -> bool:
    """An actor, named or an unnamed group, other than `exclude`, and not a phrase made an actor."""
    return key is not None and key != exclude and not key.startswith("OTHER:")


def mention_maker(tok, res: KnownActors, exclude: str | None, generic: bool = False) -> tuple[str | None, object]:
    """Who made the thing a mention names: its own maker, or the subject of the verb that made it
    ("the Tories unveiled plans", "plans unveiled by the Tories", "the plans were unveiled by X")."""
    key, who = maker_of(tok, res, exclude=exclude, generic=generic)
    if key is not None and who.pos_ != "PRON":
        return key, who
    verb = making_verb(tok)   # "the Commission announced its decision": the Commission, not whom "its" guesses
    return verb_maker(verb, res, generic) if verb is not None else (key, who)


def making_verb(tok):
    """The verb that makes the thing a mention names, if it is one of making: "unveiled plans",
    "plans unveiled by", "the plans were unveiled"."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    participle = next((x for x in tok.children if x.dep_ == "acl" and x.tag_ == "VBN"), None)
    return next((v for v in (verb, participle) if v is not None and v.pos_ in VERBAL
                 and (v.lemma_.lower() in MAKING or phrasal_lemma(v) in MAKING)), None)


def verb_maker(verb, res: KnownActors, generic: bool = False) -> tuple[str | None, object]:
    """The named subject of a verb that makes a thing, or its doer after "by" when passive."""
    agent = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    subj = agent if agent is not None else subject_token(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return None, None
    found = next(iter(actors_of(subj, res)), (None, None))
    if found[0] is None and generic and (key := generic_actor(subj, res)):
        return key, subj
    if subj.pos_ == "PRON" and found[0] is not None and (speaker := own_speaker(verb, found[0], res)) is not None:
        return found[0], speaker   # "Ford said it would close the plant": Ford, who says so
    return found


def own_speaker(verb, key: str, res: KnownActors):
    """The subject of the verb saying `verb` when it names `key`, the actor coreference found for the
    pronoun doing `verb` ("Ford said it would close the plant": Ford), else None."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    speaker = subject_token(verb.head)
    if speaker is None or speaker.pos_ == "PRON" or not any(k == key for k, _ in actors_of(speaker, res)):
        return None
    return speaker


def own_maker(thing, res: KnownActors, exclude: str | None) -> tuple[str, object] | None:
    """The named maker a thing's own phrase gives, other than `exclude`: "the decision by the Bank of
    England", "a plan from Tesco", "the Home Office's rules"; not a pronoun owner ("his plan" is whoever
    coreference guesses) nor an unnamed group (whose "plans" may be anyone's)."""
    key, who = maker_of(thing, res, exclude=exclude)
    if not named_other(key, exclude) or who.pos_ == "PRON":
        return None
    return key, who


def thing_sides(candidates: list[Candidate], res: KnownActors, sents) -> None:
    """Give a stance with no other side, aimed at a thing, its maker: the one its own phrase names
    ("Labour attacked the decision by the Bank"), else, for a definite thing with no maker of its own,
    the maker of that thing told before: "the Tories unveiled plans to ... Labour condemned (opposed,
    welcomed) the plans" (Labour -> the Tories)."""
    for c in candidates:
        if c.type not in STANCES or c.object is not None or c.subject is None:
            continue
        for thing in stance_things(c):
            owner = story_owner(thing, res, c.subject, standing=True)
            if owner[0] is not None:   # "Labour attacked the government's plans"
                c.object, c.object_tok = owner
                break
            if made_thing(thing) and (found := own_maker(thing, res, c.subject)) is not None:
                c.object, c.object_tok = found
                break
            if not unowned(thing, res):
                continue
            found = made_before(thing, res, sents, c.subject)
            if found is not None:
                c.object, c.object_tok = found
                break


def stance_things(c: Candidate) -> list:
    """The nouns a stance is on: its object token, the trigger's object or passive subject ("opposed the
    plans", "the plans were criticised"), an object of its preposition ("voted against the bill") or of
    the verb it governs ("refused to back the bill")."""
    trigger = c.trigger
    things = [c.object_tok] if c.object_tok is not None and c.object_tok.i != trigger.i else []
    if trigger.pos_ in VERBAL:
        verbs = [trigger, *(x for x in trigger.children if x.dep_ == "xcomp")]
        things += [x for v in verbs for x in v.children if x.dep_ in ("dobj", "nsubjpass")]
        things += [p for v in verbs for x in v.children if x.dep_ == "prep" and x.lower_ in ON_PREPS
                   for p in x.children if p.dep_ == "pobj"]
    return [t for t in things if t.pos_ == "NOUN"]
