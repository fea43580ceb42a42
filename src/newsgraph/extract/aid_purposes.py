"""The one aid goes to, named as the object of its purpose (PLOVER AID: material help to another side).

Aid is often told with its recipient only in what the aid is for, an infinitive of a verb of helping or
rebuilding: "the Marshall Plan brought US aid to rebuild Europe", "the ministry will provide funding to
help the tenants' union", "Japan sent money to support Haiti". The aid has no other side of its own
("to" is no preposition here); the object of the helping verb is the one helped. Where the aid already
has its other side ("sent aid to Haiti to rebuild schools") it is left alone. Called by events._settle_sides
after given_support (backing given is not aid)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .frames import Candidate

AID_GIVEN = words("aid_nouns")
# verbs whose object is the one an aid helps: "funding to help X", "aid to rebuild Europe"
PURPOSE_VERBS = words("aid_purpose_verbs")
# verbs whose object, not a place after "to", is the one helped: "helping the group move arms to Sinai"
HELPING = words("helping_verbs") | {"support"}
# how a purpose infinitive hangs under the aid noun or under the verb that gives it
PURPOSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp"})


def aid_purpose_recipients(candidates: list[Candidate], res: KnownActors) -> None:
    """Each aid with no other side whose purpose names the one helped takes it as its object (in place). A
    helping verb read as aid itself ("gave £10m to help Mozambique": help) already tells it."""
    helping = {c.trigger.i for c in candidates if c.type == "AID"}
    for c in candidates:
        if c.type != "AID" or c.object is not None:
            continue
        found = purpose_recipient(c.trigger, res, c.subject, helping) or beneficiary(c.trigger, res, c.subject)
        if found is not None:
            c.object, c.object_tok = found


def given_for(trigger) -> list:
    """The "for" phrases of aid a verb gives: on the aid given ("sent aid for the flood victims") or on the
    verb itself when what it gives is aid ("sent tents and blankets to Aceh for the homeless")."""
    if trigger.pos_ != "VERB":
        return []
    given = [o for o in trigger.children if o.dep_ == "dobj" and o.lemma_.lower() in AID_GIVEN]
    heads = given + ([trigger] if given else [])
    return [p for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "for"]


def beneficiary(trigger, res: KnownActors, exclude: str | None) -> tuple[str, object] | None:
    """The actor a verb's aid is given for, the one it goes to ("Britain sent aid for the flood victims":
    the victims), or None: the phrase must name an actor ("aid for the reconstruction", "for the first
    time" name none)."""
    for prep in given_for(trigger):
        for o in (k for k in prep.children if k.dep_ == "pobj"):
            key = actor_of(o, res) or generic_actor(o, res)
            if key is not None and key != exclude:
                return key, o
    return None


def purpose_recipient(trigger, res: KnownActors, exclude: str | None,
                      helping: set[int]) -> tuple[str, object] | None:
    """The actor a helping infinitive of the aid (not one read as aid itself) names as its object, or None."""
    for verb in (v for v in purpose_verbs(trigger) if v.i not in helping):
        for o in verb.children:
            if o.dep_ != "dobj":
                continue
            key = actor_of(o, res) or generic_actor(o, res)
            if key is not None and key != exclude:
                return key, o
    return None


def purpose_verbs(trigger) -> list:
    """The helping infinitives under the aid: under its noun, or under the verb giving it and its noun."""
    heads = [trigger]
    if trigger.pos_ == "VERB":
        heads += [o for o in trigger.children if o.dep_ == "dobj" and o.lemma_.lower() in AID_GIVEN]
    elif trigger.lemma_.lower() not in AID_GIVEN:
        return []
    elif trigger.dep_ == "dobj":
        heads.append(trigger.head)   # "brought US aid to rebuild Europe": the infinitive may hang on the verb
    return [v for h in heads for v in h.children
            if v.dep_ in PURPOSE_DEPS and v.pos_ == "VERB" and v.lemma_.lower() in PURPOSE_VERBS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]


def place_helped(c: Candidate) -> bool:
    """Aid that a place is given stands for its people ("EU aid to Gaza", "sent food to Darfur", "aid to
    rebuild Europe", "aid for Darfur"): the place is whom the aid goes to, not where it is given ("relief work
    in Darfur")."""
    tok = c.object_tok
    if c.type != "AID" or tok is None:
        return False
    if tok.dep_ == "pobj":   # "to" said of the aid itself, not of another act ("helping X move arms to Sinai")
        prep, trigger = tok.head, c.trigger
        if prep.lower_ == "for" and (prep.head.i == trigger.i and trigger.pos_ == "NOUN"
                                     or any(p.i == prep.i for p in given_for(trigger))):
            return True   # "aid for Darfur", "increased support for Africa", "sent aid for Darfur": the beneficiary
        return prep.lower_ == "to" and (prep.head.i == trigger.i and trigger.lemma_.lower() not in HELPING
                                        or prep.head.head.i == trigger.i
                                        and prep.head.dep_ == "dobj" and prep.head.lemma_.lower() in AID_GIVEN)
    return tok.dep_ == "dobj" and any(v.i == tok.head.i for v in purpose_verbs(c.trigger))
