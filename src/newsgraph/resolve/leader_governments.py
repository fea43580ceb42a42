"""A government named after the leader who heads it: "the Clinton administration", "the Blair
government", "the Merkel cabinet", "the Assad regime" is the government of that leader's country,
the actor ACLED and PETRARCH code for it, not the leader in person.

The leader is known by the dated heads of state and government (data/gazetteer/roles): a surname
borne by heads of one country only names that country's government ("Bush" the United States'); a
surname heads of two countries bore ("Johnson": the United States and Britain) needs the person
the document resolved the name to, with a country of their own. Any word between the name and the
noun, or a name that is no one's surname, leaves the phrase as it was.
"""
from __future__ import annotations

from functools import lru_cache

from ..doctext import tokens_with_lemma
from ..wordlists import ordered, words
from .gazetteer import Gazetteer
from .names import fold
from .offices import role_book
from .resolution import ResolutionDraft, entity_for_actor, office_country

# nouns of a government led by one person ("the Bush administration", "the Assad regime")
LED_BODIES = ordered("leader_governments_led_bodies")
HEAD_OFFICES = ("head_of_state", "head_of_government")
# the titles of a state's or a government's head that a story gives its leader
LEADER_OFFICES = words("leader_government_offices")


@lru_cache(maxsize=1)
def leader_surnames() -> dict[str, frozenset[str]]:
    """Folded surname of every recorded head of state or government -> the countries they led."""
    found: dict[str, set[str]] = {}
    for (body, office), terms in role_book().roles.items():
        if office not in HEAD_OFFICES or len(body) != 3 or not body.isupper():
            continue    # countries only: an organisation's head leads no government
        for term in terms:
            for name in (term.name, *term.aliases):
                found.setdefault(fold(name).split()[-1], set()).add(body)
    return {k: frozenset(v) for k, v in found.items()}


def leader_country(name_tok, res: ResolutionDraft) -> str | None:
    """The country whose government a leader's name before a government noun names, or None."""
    key = res.token_entity.get(name_tok.i)
    ent = res.entities.get(key) if key else None
    if ent is None or ent.type != "PERSON":
        return None
    countries = leader_surnames().get(fold(name_tok.text))
    if not countries:
        # a leader the records lack, given a head's office of one country by the story ("Greek Prime Minister
        # Costas Karamanlis ... the government of Costas Karamanlis")
        return office_country(res.roles, key, LEADER_OFFICES)
    if ent.country:
        return ent.country if ent.country in countries else None
    return next(iter(countries)) if len(countries) == 1 else None


def leader_governments(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Resolve "the <leader> administration/government/regime", "<leader>'s government" and "the government
    of <leader>" to the leader's country's government."""
    for i in tokens_with_lemma(doc, LED_BODIES):
        tok = doc[i]
        if i == 0 or not tok.text.islower() or i in res.token_entity or tok.tag_ not in ("NN", "NNP"):
            continue
        found = leader_name(tok)
        if found is None:
            continue
        name_tok, before = found
        country = leader_country(name_tok, res)
        body = gaz.sector(country, "government") if country else None
        if body is None:
            continue
        if not before:
            # "President Bush's administration", "the government of Tony Blair": the noun alone is the
            # government's, the leader keeps the name (and the title that tells what they lead)
            res.add_mention(doc[i:i + 1], entity_for_actor(body), "sector phrase: a government named after its leader",
                            label="SECTOR", head=i)
            continue
        person = res.token_entity[name_tok.i]
        start = name_tok.i
        while start > 0 and res.token_entity.get(start - 1) == person:
            start -= 1
        span = doc[start:i + 1]
        res.clear(span)
        if person not in {m.entity for m in res.mentions} and person not in res.roles.values():
            del res.entities[person]    # the leader named only as the government's
        res.add_mention(span, entity_for_actor(body), "sector phrase: a government named after its leader",
                        label="SECTOR", head=i)   # a name of that government, in its time


def leader_name(tok):
    """The last word of the leader's name a government noun is named after, and whether it stands just
    before it ("the Blair government") rather than as its owner ("Mr Blair's government") or after "of"
    with nothing between ("the government of Tony Blair"); None for any other phrase."""
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.head.i == tok.i and before.dep_ in ("compound", "nmod", "amod") and before.text[:1].isupper():
        return before, True
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and owner.right_edge.i + 1 == tok.i:
        return owner, False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None
    if name is not None and name.right_edge.i == name.i:
        return name, False
    return None
