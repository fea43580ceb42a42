"""A part of a body led, not the body (PLOVER LEADERSHIP is over the body; AFFILIATION is membership of it).

One who runs, heads or leads an arm, unit, office or subsidiary of a body ("ran the Canadian arm of the
church", "leads the Brussels office of Amnesty International", "runs the German subsidiary of General
Motors") leads that part and works for the body that owns it, as a title over a part does ("head of the
Asian division of HSBC": relations.role_org). The verb's object is a common noun for the part, and the side
found for it is often only the place that names the part (Canada, Belgium, Germany): such an event becomes
AFFILIATION with the owner named after "of" or as the part's possessive, or loses its other side where the
sentence names no owner. A side found that is a body (the owner itself) is left as it was, as is a part that
is itself a name ("heads the Office of Fair Trading") or that resolution knows as a body of its own ("heads
Hamas's military wing": the Qassam Brigades)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .entity_lookup import entity_type
from .frames import Candidate
from .relations import is_country, is_org

# parts of a firm or body, whose owner follows (data/lexicon/words/story_country.yaml), and the offices of one
LED_PARTS = words("firm_parts") | words("body_branch_nouns")
# what the side found for a part may be when the sentence names no body of its own: the place naming it
PLACES = frozenset({"COUNTRY", "LOCATION"})


def led_parts(candidates: list[Candidate], res: KnownActors) -> None:
    """Each leading verb whose object is a part of a body: the holder's membership of its owner (in place)."""
    for c in candidates:
        if c.type != "LEADERSHIP" or c.trigger.pos_ != "VERB":
            continue
        part = next((o for o in c.trigger.children if o.dep_ == "dobj"), None)
        if part is None or not common_part(part):
            continue
        if c.object is not None and entity_type(c.object, res) not in PLACES and not described_part(c, part, res):
            continue   # "heads Hamas's military wing": the Qassam Brigades; "the army's unit": the owner found
        owner, owner_tok = part_owner(part, res, c.subject)
        c.type = "AFFILIATION"
        c.object, c.object_tok = owner, owner_tok


def common_part(tok) -> bool:
    """A lower-case noun for a part of a body ("arm", "office", "subsidiary")."""
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in LED_PARTS


def part_owner(part, res: KnownActors, holder: str | None) -> tuple[str | None, object]:
    """The body that owns the part: its possessive ("Toyota's unit"), the body after "of", or a body's name
    before it ("the Reuters Moscow bureau"; a country there only places the part: "the German subsidiary")."""
    for c in part.children:
        named = c.dep_ == "compound" and c.pos_ == "PROPN"
        owners = [c] if c.dep_ == "poss" or named else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "of" else []
        for o in owners:
            key = actor_of(o, res)
            if key is not None and key != holder and (not named or is_org(key, res) and not is_country(key, res)):
                return key, o
    return None, None


def described_part(c: Candidate, part, res: KnownActors) -> bool:
    """The side found is the part itself, described by its place and no name of its own ("runs the
    firm's Brazilian business": "Brazilian business"), where the sentence names its owner."""
    if getattr(c.object_tok, "i", None) != part.i or c.object.startswith("gaz:"):
        return False   # "heads Hamas's military wing": the Qassam Brigades, a body known of its own
    if any(t.pos_ == "PROPN" and t.dep_ != "poss" for t in part.subtree if t.i != part.i):
        return False   # a part with a name of its own
    return part_owner(part, res, c.subject)[0] not in (None, c.object)   # "runs Disney's unit": owner found

