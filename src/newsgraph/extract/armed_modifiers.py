"""Attacks told by a noun whose lower-case modifier names the kind of armed group that made them: "a rebel
attack on the town", "heavy rebel shelling killed ten civilians", "an insurgent bombing", "a militant ambush
killed four policemen". News names the doer so when it has no name for the group: the modifier is the
unnamed armed group ("rebels", "insurgents"), as "rebels attacked the town" makes it. Only the words that
name an armed side (armed_doer_modifiers), not a label of the act ("a terrorist attack", "an Islamist
attack" say what kind of attack it was), and not "anti-rebel", "counter-insurgent"."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .attack_agents import recorded_collective
from .crafts import plural
from .frames import Candidate
from .lexicon import lexicon

ARMED_DOERS = words("armed_doer_modifiers")


def armed_modifier(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The unnamed armed group an attack noun's modifier names, for the attack the noun is, or whose
    subject it is ("rebel shelling killed"); None where no such modifier stands before the noun."""
    noun = c.trigger if c.trigger.pos_ == "NOUN" else c.subject_tok
    if noun is None or noun.pos_ != "NOUN":
        return None
    frame = lexicon().nouns.get(noun.lemma_.lower())
    if frame is None or frame.type != "ASSAULT" or frame.symmetric:
        return None
    for mod in noun.lefts:
        kind = mod.lemma_.lower()
        if mod.dep_ not in ("amod", "compound") or kind not in ARMED_DOERS or not (mod.text.islower() or mod.is_sent_start) \
                or mod.i > 0 and mod.doc[mod.i - 1].lower_ in ("-", "anti", "counter"):
            continue
        return recorded_collective(mod, (kind, plural(kind), "ARMED_GROUP"), mod.doc[mod.i:mod.i + 1], res)
    return None
