"""A person suspended in a story that tells the suspension as one from a job (called by idle_acts.idle,
after every construction has spoken): once the story says that someone was suspended from work or names
the one suspended by a word of employment ("a US airline attendant is fighting for her job after she was
suspended", "why Hiller, a 15-year employee, was suspended"), its other sentences about a person's
suspension ("she was suspended by Delta in September", "minutes after she had been suspended") tell the
same employer's discipline of an employee, no sanction between actors (the audit's convention;
idle_senses.py reads the same in a sentence alone). A suspension by a state, a party's or a league's
suspension of a member in a story with no such sentence, and activities suspended stay.
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import unnamed

# the words of a job, and of those who hold one, that make a suspension in their sentence one from work
WORK_WORDS = words("employment_nouns") | words("employee_nouns") | words("workplace_words")
# doers of a suspension that can be an employer: a firm or a broadcaster (not a government, a state or armed men), or no one named
EMPLOYER_LABELS = frozenset({"ORGANIZATION", "MEDIA"})


def job_suspension(event: Event, trigger, res: KnownActors) -> str | None:
    """The rule's name when the event is a person's suspension in a story of a suspension from work, or None."""
    if event.type != "SANCTION" or trigger.lemma_.lower() != "suspend" or event.object is None:
        return None
    suspended = res.entities.get(event.object)
    if not (unnamed(event.object) or suspended is not None and suspended.type == "PERSON"):
        return None
    doer = res.entities.get(event.subject) if event.subject is not None else None
    if event.subject is not None and (doer is None or doer.type not in EMPLOYER_LABELS):
        return None
    return "suspended from a job in the story" if job_story(trigger.doc) else None


def job_story(doc) -> bool:
    """A sentence of the story tells a suspension with a word of a job or of its holder."""
    return any(any(t.lemma_.lower() == "suspend" for t in sent) and any(
        t.lemma_.lower() in WORK_WORDS or t.lower_ in WORK_WORDS for t in sent) for sent in doc.sents)
