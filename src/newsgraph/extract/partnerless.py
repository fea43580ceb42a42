"""One-sided events of types whose act needs its other side, in the shapes where the word names no
such act at all (one_sided.one_sided_rule drops them). PLOVER CONSULT is contact between two actors,
AID is given to someone, REQUEST asks someone for something; with the other side missing, these
words were on bench text another act:

- Speech or calls as contact: "the prime minister was speaking after the vote", "the British-born
  presenter is in London to speak at a dinner", "the parties are telephoning people who signed up":
  one actor speaking, or canvassing the public, is no consultation; nor is meeting the public ("spoke
  of meeting many people across the country").
- Help as a cause: "China's thirst for oil has helped push prices to records", "Tory attitudes had
  helped keep the party out of power": "help" with a verb and no one helped tells what brought an
  outcome about, no aid given.
- An appeal that asks for nothing: "the Tories appeal to the same voting instincts" (attraction),
  "lawyers have until March to file their appeal" (a court appeal): a plea says what it asks for
  ("appealed for calm", "appealed to the public to come forward").
A one-sided event of these types whose missing side the sentence does name ("urged the government to",
"called on it to") is left to the resolvers that would complete it."""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .sense_words import lemma_in

# verbs of speaking or calling: with no one spoken to, one actor's speech or canvassing, not contact
LONE_SPEECH = frozenset(words("lone_speech_verbs"))
# the public as the one met or called: no actor of its own ("meeting many people", "telephoning voters")
PUBLIC = frozenset(words("public_nouns"))
HELPING = frozenset(words("causal_help_verbs"))
PLEAS = frozenset(words("plea_words"))
# how a verb hangs on "help" or "appeal" as what is helped to happen or asked to be done
VERB_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
# what a plea asks for: "for calm", "for the release of"
ASKED_FOR = frozenset({"for"})


def partnerless(event: Event, trigger) -> str | None:
    """The name of the rule that drops a one-sided event (no object) whose word names no act of its
    type, or None."""
    if event.object is not None or trigger is None:
        return None
    if event.type == "CONSULT" and lone_contact(trigger, event.object_text):
        return "contact without a partner"
    if event.type == "AID" and causal_help(trigger):
        return "help as a cause"
    if event.type == "REQUEST" and empty_plea(trigger):
        return "appeal asking nothing"
    return None


def lone_contact(trigger, object_text: str) -> bool:
    """Speaking or calling with no one spoken to, or meeting the public."""
    if trigger.pos_ in ("VERB", "AUX") and lemma_in(trigger, LONE_SPEECH):
        return True
    heads = object_text.lower().split()
    return bool(heads) and heads[-1] in PUBLIC


def causal_help(trigger) -> bool:
    """"helped push prices up": a verb of helping with a verb as what it helps happen, no one helped."""
    if not lemma_in(trigger, HELPING) or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "dative") for c in trigger.children):
        return False    # "helped the relief effort", "helped Iraq rebuild"
    # a complement with a subject of its own names who is helped ("help survivors rebuild their homes")
    return any(c.dep_ in VERB_COMPLEMENTS and c.pos_ in ("VERB", "AUX") and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in trigger.children)


def empty_plea(trigger) -> bool:
    """An appeal with neither what it asks for ("for calm") nor an act it asks done ("to come
    forward"): attraction ("appeal to voters") or a court appeal ("file their appeal")."""
    if not lemma_in(trigger, PLEAS):
        return False
    # what is asked for may hang on the one asked ("appealed to the international community for relief")
    if any(t.dep_ == "prep" and t.lower_ in ASKED_FOR for t in trigger.subtree):
        return False
    return not any(c.dep_ in VERB_COMPLEMENTS | {"acl", "relcl"} and c.pos_ in ("VERB", "AUX") for c in trigger.children)
