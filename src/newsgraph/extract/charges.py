"""Verbs that charge someone with an act named in a phrase of theirs."""
from __future__ import annotations

from ..wordlists import words

# verbs whose "of"/"for" phrase states the act alleged ("accused Hamas of bombing"). Not the ACCUSE
# event verbs of verbs.yaml ("slam", "summon" take no such phrase; "suspect", "convict" make no event)
# nor the verbs that allege a clause (responsibility.accusation_events): each list answers its own question.
ACCUSING = words("charge_accusing_verbs")
# of those, the verbs of a verdict: the act in their phrase is a court's finding, reported as fact
# ("convicted of murdering X"), as "found guilty of" is, not an allegation by the court
FINDING = frozenset({"convict"})
# verbs of a verdict that clears the one they name of the act in their "of" phrase: that one is still
# the act's (alleged) doer, never the court ("the jury acquitted X of shooting a guard")
CLEARING = words("charges_clearing")
# verbs that answer an act of the one they name, stated in their "for" phrase (doers.yaml)
CREDITING = words("crediting_verbs")
# verbs that call someone before a body that hears them ("summoned before the committee"): the body's
# deed, reported as fact (attribution.py), and the body its doer (passive_agents.py)
SUMMONING = words("charges_summoning")


def pleaded_innocent(path, i: int) -> bool:
    """Whether path[i] is the "not guilty" (or "innocent") of a plea and path[i - 1] its "to" phrase: the
    act pleaded to is the charge, alleged and not denied as a fact ("pleaded not guilty to the murder")."""
    plea = path[i]
    return 0 < i and path[i - 1].dep_ == "prep" and path[i - 1].lower_ == "to" and plea.dep_ == "acomp" \
        and plea.head.lemma_.lower() == "plead" and (plea.lower_ == "innocent" or plea.lower_ == "guilty" and any(
            c.dep_ == "neg" for c in plea.children))
