"""Standing relations stated by roles: titles ("Israel's Prime Minister Benjamin Netanyahu"),
appositions ("the head of Hezbollah, Hassan Nasrallah"), copulas ("X is the founder of Y") and
wings ("the Qassam Brigades, Hamas's military wing")."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..domain import Context
from ..resolve.office_pass import office_body
from ..resolve.owners import follows_body, is_party
from ..wordlists import read_yaml, words
from .actors import KnownActors
from .appointments import appointing_body, role_taker, role_verb
from .arguments import actor_of, entity_of_token
from .frames import Candidate


def role_of(tok, lex) -> str | None:
    """LEADERSHIP or AFFILIATION for a role noun ("founder", "military wing", "Prime Minister")."""
    # the form, then a common plural's lemma: "members of the gang" hold the role "member"
    # (not a name's: "Three Kings" is a film)
    words = [tok.lower_] + ([tok.lemma_.lower()] if tok.tag_ == "NNS" and tok.is_lower else [])
    if tok.i > 0:
        words.insert(0, f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
    for w in words:
        if w in lex.leadership_roles:
            return "LEADERSHIP"
        if w in lex.affiliation_roles:
            return "AFFILIATION"
    return None


_ROLE_WORDS = read_yaml("roles.yaml")
NOT_HOLDING_NOW = frozenset(_ROLE_WORDS["not_holding_now"])
RANKS = frozenset(_ROLE_WORDS["ranks"])
STAFF_MODIFIERS = frozenset(_ROLE_WORDS["staff_modifiers"])
GOVERNMENT_POSTS = frozenset(_ROLE_WORDS["government_posts"])
GENERAL_OFFICES = frozenset(_ROLE_WORDS["general_offices"])
# "commander of Islamic State forces", "head of the Sudanese army": the noun is the body led
LED_BODIES = frozenset(_ROLE_WORDS["led_bodies"]) | words("organisation_name_words") | words("forces_nouns")
# a span of time after a role's "of" ranks its holder in it, no part of the body led: "Chelsea's third boss of the
# season", "the club's manager of the year"
ROLE_PERIODS = words("role_period_nouns")
# a phrase ends at these: "French singer X and British ambassador Y" holds two titles
PHRASE_BREAKS = frozenset({",", "and", "or", ";", "(", ")", "as", "with"})
# the last word of a name cut short by the parser ("Bank of", "Office of the")
CUT_NAME_ENDS = frozenset({"of", "the", "at", "and", "for", "in", "on", "to", "'s"})


def held_now(role_tok) -> bool:
    """False for a role its holder no longer (or not yet) holds: "former president", "the
    ex-chairman of Y", "then-minister", "president-elect"."""
    doc = role_tok.doc
    for i in (role_tok.i + 1, role_tok.i + 2):
        if i < len(doc) and doc[i - 1].text == "-" and doc[i].lower_ in NOT_HOLDING_NOW:
            return False
    i = role_tok.i - 1
    while i >= 0 and role_tok.i - i <= 6:
        t = doc[i]
        if t.lower_.strip("-") in NOT_HOLDING_NOW:
            return False
        if t.lower_ in PHRASE_BREAKS or t.pos_ in ("VERB", "AUX", "ADP") or t.dep_ == "punct" and t.text != "-":
            break
        i -= 1
    return True


def names_a_function(role_tok, lex) -> bool:
    """A role over a function, not a body: "communications director", "associate director", "head
    of research" (the last through role_org). Ranks ("vice president"), other role words ("secretary
    general", "director general") and the kind of body led ("gang leader") are no function."""
    if government_title(role_tok):
        return False   # "finance minister": a portfolio of the government the minister sits in
    for c in role_tok.lefts:
        if c.dep_ == "amod" and c.lower_ in STAFF_MODIFIERS:
            return True
        word = c.lower_.strip("-")
        if (c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and word not in RANKS
                and word not in lex.leadership_roles and word not in lex.affiliation_roles
                and word not in LED_BODIES and c.lemma_.lower() not in LED_BODIES):
            return True
    return False


def field_title(role_tok, org_tok, res: KnownActors, lex) -> bool:
    """A word of a field or an unnamed body between the country and the title: "Russian tennis
    chief", "Egypt FA spokesman", "Kenya's athletics chief". In sport news the holder serves that
    field's federation, not the state ("Russian army chief", "Iraqi intelligence chief" name a body)."""
    if government_title(role_tok):
        return False   # "Belgian sports minister": a portfolio of the state's government
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and (org_tok is None or c.i != org_tok.i)
               and entity_of_token(c, res) is None and c.lower_ not in RANKS
               and c.lower_ not in lex.leadership_roles and c.lower_ not in lex.affiliation_roles
               and c.lower_ not in LED_BODIES and c.lemma_.lower() not in LED_BODIES for c in role_tok.lefts)


def _in_phrase(tok, role_tok) -> bool:
    """`tok` belongs to the title before `role_tok`: no list or clause lies between them."""
    lo, hi = sorted((tok.i, role_tok.i))
    return not any(t.lower_ in PHRASE_BREAKS or t.pos_ == "VERB" and t.dep_ not in ("compound", "amod")
                   for t in tok.doc[lo + 1:hi])


TITLE_UNITS = words("title_units")
UNIT_HEADS = words("unit_heads")
# a party's members in a body: "the Labour group on the council", "the Tory delegation"
PARTY_GROUPS = words("party_groups")


def _through_unit(tok, role_tok, key: str, res: KnownActors) -> bool:
    """`tok` names, as a bare modifier, the subject of a committee or panel that lies between it and
    the title ("ODPM committee chairman X", "the Treasury committee chairman"): a committee named by
    its subject, most often a legislature's that watches the body, which the holder neither leads nor
    works for. A body that owns its committee ("Vandrel Bank's audit committee") is left to
    owned_unit."""
    between = tok.doc[tok.i + 1:role_tok.i]
    return tok.i < role_tok.i and not any(t.tag_ == "POS" for t in between) and any(
        t.lower_ in TITLE_UNITS and t.is_lower and entity_of_token(t, res) is None for t in between)


def _title_party(role_tok, res: KnownActors, person: str) -> tuple[str | None, object]:
    """A party named as the title's modifier ("the Conservative spokesman for the Cabinet Office",
    "the Labour spokeswoman on health"): the holder speaks for the party on a brief, the body after
    "for" or "on" is the brief."""
    for c in role_tok.lefts:
        key = entity_of_token(c, res) if c.dep_ in ("amod", "compound") else None
        if key and key != person and is_party(key, res):
            return key, c
    return None, None


def _owner(part, res: KnownActors, person: str) -> tuple[str | None, object]:
    """The body a part of it belongs to: "the Conference Board's research centre", "the BMW
    management board", "the consumer unit of Acme"."""
    for c in children(part):
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            key = actor_of(c, res)
            if key and key != person and (c.dep_ == "poss" or not is_country(key, res)):
                return key, c
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            for pobj in children(c):
                key = actor_of(pobj, res) if pobj.dep_ == "pobj" else None
                if key and key != person:
                    return key, pobj
    key = actor_of(part, res)
    if key and key != person and not is_country(key, res):
        return key, part   # "the Acme management board": the name is the part's own
    return None, None


def role_org(role_tok, res: KnownActors, person: str) -> tuple[str | None, object, bool]:
    """The organisation or country a role belongs to: "founder of Y", "Israel's Prime Minister",
    "Israeli Defence Minister", "Hamas's military wing"; and whether the role is over a part or a
    function of it ("head of research at Y", "director of Y's film division") rather than over it."""
    part = False
    party, party_tok = _title_party(role_tok, res, person)
    for c in children(role_tok):
        if party and c.dep_ == "prep" and c.lower_ in ("for", "on", "in"):
            # "the Labour spokeswoman on health": the party, on a brief; "the Tory leader in the Lords": the
            # party's members in a body, a part of the party (membership of it), not the body
            return party, party_tok, c.lower_ == "in"
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "at"):
            for pobj in children(c):
                if pobj.dep_ != "pobj" or pobj.lemma_.lower() in ROLE_PERIODS:
                    continue
                group_party, group_tok = _title_party(pobj, res, person) if pobj.lemma_.lower() in PARTY_GROUPS \
                    else (None, None)
                if group_party is not None:
                    return group_party, group_tok, True   # "leader of the Labour group on the council": a part
                key = entity_of_token(pobj, res)
                named = [a for a in children(pobj) if a.dep_ == "appos" and entity_of_token(a, res)]
                if key is None and named:
                    # "director of the festival's sister event, the Bangkok Film Market": named itself
                    pobj = named[0]
                    key = entity_of_token(pobj, res)
                if key is None and pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in LED_BODIES \
                        and pobj.lower_ not in LED_BODIES:
                    # "head of research", "director of the Board's research centre": a part
                    described = pobj
                    key, pobj = _owner(pobj, res, person)
                    # "head of the charity, the Hope Trust": a description the text names elsewhere is
                    # the body itself; "head of research", "the Acme management board" are parts of one
                    part = pobj is not described or any(t.pos_ == "PROPN" for t in described.subtree)
                elif key is None and pobj.pos_ == "PROPN":
                    continue   # "a member of Delta Sigma Theta" read as "Delta": the name is cut
                elif key is None:
                    key = actor_of(pobj, res)
                    part = part or owned_unit(pobj, key, res)
                if c.lower_ == "in" and is_country(key, res):
                    key = None   # "a UN spokesman in Sudan": where, not whose
                owner, owner_tok = _firm_of_unit(role_tok, key, res, person) if c.lower_ == "of" else (None, None)
                if owner is None and key:
                    owner, owner_tok = unit_owner(pobj, key, res, person)
                if owner:
                    return owner, owner_tok, True
                if key and key != person:
                    return key, pobj, part
    named = [(key, t) for c in role_tok.lefts for t in c.subtree
             if (key := entity_of_token(t, res)) and key != person and _in_phrase(t, role_tok)]
    if not named:
        return None, None, part
    key, t = named[0]
    if is_country(key, res):
        # "US Federal Reserve chairman", "UK Financial Services Authority chairman": a body named after its
        # country is the one led ("Microsoft UK managing director", "Tory Commons leader" keep the first)
        key, t = next(((k, x) for k, x in named[1:] if k != key and is_org(k, res) and not is_country(k, res)),
                      (key, t))
    if _through_unit(t, role_tok, key, res):
        return None, None, part
    # "Holyrood's Chamber Office chief": the owner of a unit named before the title, whose staff the holder is
    return key, t, part or _owns_unit_before(t, role_tok, key, res)


def _firm_of_unit(role_tok, key: str | None, res: KnownActors, person: str) -> tuple[str | None, object]:
    """The firm or outlet owning the title, whose "of" names a unit or a function of it ("Apple's vice
    president of Worldwide Product Marketing", "the BBC's director of News"): the holder works for
    the firm; the unit, a name the recogniser made a body of, is not whom the title serves."""
    owner_tok = next((c for c in children(role_tok) if c.dep_ == "poss"), None)
    owner = actor_of(owner_tok, res) if owner_tok is not None and owner_tok.pos_ == "PROPN" else None
    if owner is None or owner in (key, person) or key is None or key.startswith("gaz:"):
        return None, None
    ent = res.entities.get(owner)
    return (owner, owner_tok) if ent is not None and ent.type in ("ORGANIZATION", "MEDIA") else (None, None)


def unit_owner(unit, key: str, res: KnownActors, person: str) -> tuple[str | None, object]:
    """The body owning a named unit ("director of the Fund's European Department", "head of the
    Institute's Centre for Media Studies"): the unit's name ends in a unit word and its possessive names
    another body, not a state ("Britain's Foreign Office" is the state's own) nor a person."""
    if unit.lower_ not in UNIT_HEADS or key.startswith("gaz:"):
        return None, None
    for c in children(unit):
        owner = actor_of(c, res) if c.dep_ == "poss" and c.pos_ == "PROPN" else None
        if owner not in (None, key, person) and is_org(owner, res) and not is_country(owner, res):
            return owner, c
    return None, None


def _owns_unit_before(tok, role_tok, key: str, res: KnownActors) -> bool:
    """`tok` is a possessive with a unit word between it and the title ("Holyrood's Chamber Office
    chief", "the Bank's research unit head"): the title is over the unit, not the body ("Israel's Prime
    Minister")."""
    return tok.dep_ == "poss" and tok.i < role_tok.i and not is_country(key, res) \
        and any(t.lower_ in UNIT_HEADS for t in tok.doc[tok.i + 1:role_tok.i])


def owned_unit(noun, key: str | None, res: KnownActors) -> bool:
    """A body word that a named body owns ("the FA's disciplinary committee", "the party's policy
    council"): a unit of that body, whose head is one of its people, not its leader. A country's
    ("Britain's army") is the state's own body."""
    return key is not None and noun.pos_ == "NOUN" and noun.is_lower and not is_country(key, res) \
        and any(c.dep_ == "poss" and actor_of(c, res) == key for c in children(noun))


def is_person(key: str | None, res: KnownActors) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type == "PERSON"


def is_country(key: str | None, res: KnownActors) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type == "COUNTRY"


def is_org(key: str | None, res: KnownActors) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type in ("ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY")


# Titles that, alone, say which country a person leads ("President al-Sisi", "King Abdullah").
HEAD_OF_STATE = words("head_of_state_titles")


def role_holder(tok, res: KnownActors, verb=None) -> tuple[str | None, object]:
    """The person (or group) a role noun is said of: apposition, title, or the one the role's verb
    (appointments.role_verb: a copula, an appointment) gives it to."""
    holder = holder_tok = None
    # apposition: "the commander of X, Shadi al-Menei" / "Shadi al-Menei, the commander of X"
    for c in children(tok):
        if c.dep_ == "appos" and not listed_apposition(c):
            key = entity_of_token(c, res)
            if key:
                holder, holder_tok = key, c
    if holder is None:
        # "the head of Hezbollah, Hassan Nasrallah": the apposition hangs on the organisation
        for prep in children(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children(prep):
                    for c in children(pobj):
                        key = entity_of_token(c, res) if c.dep_ == "appos" else None
                        if key and is_person(key, res):
                            holder, holder_tok = key, c
    if holder is None and tok.dep_ == "appos" and not listed_apposition(tok):
        key = entity_of_token(tok.head, res)
        if key:
            holder, holder_tok = key, tok.head
    # "X is the founder of Y", "X was elected leader of Y", "X, who became chairman of Y"
    if holder is None and verb is not None:
        holder, holder_tok = role_taker(verb, res)
    # title: "Israel's Prime Minister Benjamin Netanyahu" (role is a compound of the name)
    if holder is None and tok.dep_ == "compound":
        key = entity_of_token(tok.head, res)
        if key and is_person(key, res):
            holder, holder_tok = key, tok.head
    return holder, holder_tok


def listed_apposition(appos) -> bool:
    """An "apposition" that is an item of a list the parser read as one: one thing ("a barrister") can
    not rename several ("three Treasury officials, a barrister, Omar Haddad and a retired judge"); "two
    officials, Omar Haddad and Anna Lindqvist" may name them, and stays."""
    return appos.head.tag_ in ("NNS", "NNPS") and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                      for d in children(appos))


def _title_org(holder_tok, role_tok, res: KnownActors, holder: str) -> tuple[str | None, object]:
    """The body named in the title before a name: "Acme chief financial officer Jane Doe"."""
    for t in holder_tok.lefts:
        for s in t.subtree:
            key = entity_of_token(s, res)
            if key and key != holder and not is_person(key, res) and _in_phrase(s, role_tok):
                return (None, None) if _through_unit(s, role_tok, key, res) else (key, s)
    return None, None


def government_title(tok) -> bool:
    """A title held in a government: "minister", "Home Secretary" (not "Unison general secretary",
    "division secretary" or "Secretary General", heads or staff of a body)."""
    if tok.lower_ not in GOVERNMENT_POSTS:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ != "secretary" or not tok.is_lower and not (nxt is not None and
                                                                  nxt.lower_.strip("-") == "general")


def _government_post(tok, org: str | None, org_tok, res: KnownActors) -> bool:
    """A minister's or a Secretary's portfolio ("Home Secretary", "Minister for Planning") is no body;
    the owner of the title is ("Gibraltar's Chief Minister")."""
    if org is None or not government_title(tok) or org_tok is not None and org_tok.dep_ == "poss":
        return False
    ent = res.entities.get(org)
    return ent is None or ent.type not in ("COUNTRY", "GOVERNMENT")


def _foreign_head(holder: str, org: str, res: KnownActors) -> bool:
    """A known person named as head of another country ("Bill Clinton, the King of Belgium" in a
    list of people): the title belongs to a neighbour in the list."""
    person, body = res.entities.get(holder), res.entities.get(org)
    return (person is not None and body is not None and body.type == "COUNTRY" and
            bool(person.country) and person.country != body.country and person.country != org)


def _title_itself(key: str, org_tok, role_tok, res: KnownActors) -> bool:
    """An office the recogniser took for a body: a name ending in the role word itself, or the
    noun that makes one title with "General" ("Surgeon General Jo Ray", "Solicitor General X"):
    the title, not the body the holder serves ("UN Secretary General", "Army General" are bodies)."""
    if org_tok is not None and org_tok.i == role_tok.i - 1 and role_tok.lower_ == "general" \
            and org_tok.lower_ in GENERAL_OFFICES:
        return True
    ent = res.entities.get(key)
    name = ent.name.split() if ent is not None and not key.startswith("gaz:") else []
    return len(name) > 1 and name[-1].lower().strip("-") == role_tok.lower_.strip("-")


def _cut_name(key: str, res: KnownActors) -> bool:
    ent = res.entities.get(key)
    return ent is not None and ent.name.split()[-1].lower() in CUT_NAME_ENDS


def office_state(org: str | None, res: KnownActors, gaz) -> str | None:
    """The state or body whose office a title's phrase resolved to ("South African president Thabo
    Mbeki": the office of South Africa's head of state): the holder leads the state, not the office."""
    body = office_body(org) if org else None
    actor = gaz.actors.get(body) if body and gaz is not None else None
    if actor is None:
        return org
    res.add_actor(actor)
    return actor.key


def state_of_title(tok, verb, holder: str, res: KnownActors, gaz) -> str | None:
    """The country a head of state's title names alone ("President al-Sisi", "Erdogan became
    president", "was sworn in as president"): the holder's own. Not a title predicated without "as"
    ("was appointed president": of a firm as often) nor one owned ("the team's president")."""
    if tok.lower_ not in HEAD_OF_STATE or any(c.lower_ == "of" or c.dep_ == "poss" for c in tok.children):
        return None
    if tok.dep_ != "compound" and (verb is None or tok.dep_ == "oprd"):
        return None
    actor = gaz.actors.get(res.entities[holder].country or "") if gaz is not None else None
    if actor is None or actor.type != "COUNTRY":
        return None
    res.add_actor(actor)
    return actor.key


def relation_events(tokens, res: KnownActors, lex, gaz=None) -> Iterator[Candidate]:
    """Standing relations stated by roles: titles, appositions, copulas and appointments."""
    sport = None   # whether the document is sport news, read once when a title needs it
    for tok in tokens.nouns:
        rel = role_of(tok, lex)
        if rel is None or not held_now(tok):
            continue
        verb = role_verb(tok)
        holder, holder_tok = role_holder(tok, res, verb)
        if holder is None:
            continue
        if rel == "LEADERSHIP" and not is_person(holder, res):
            continue
        org, org_tok, part = role_org(tok, res, holder)
        if org is None and holder_tok is not None and tok.dep_ == "compound":
            org, org_tok = _title_org(holder_tok, tok, res, holder)
        org = office_state(org, res, gaz)
        head_of_state = rel == "LEADERSHIP" and tok.lower_ in HEAD_OF_STATE
        if org is None and verb is not None:
            # "Vodafone appointed X as chief executive": the body that gives the role
            org, org_tok = appointing_body(verb, tok, holder, res, head_of_state)
        if org is None and head_of_state:
            org = state_of_title(tok, verb, holder, res, gaz)
        if org is None or not (is_org(org, res) or res.entities.get(org) is None):
            continue
        if fan_of_club(tok, org, res):
            continue
        if _government_post(tok, org, org_tok, res) or _cut_name(org, res) or _foreign_head(holder, org, res) \
                or _title_itself(org, org_tok, tok, res):
            continue
        if org_tok is not None and org_tok.pos_ == "PRON":
            continue   # "its founder": whose, the pronoun's antecedent, is too often misread
        if is_country(org, res) and field_title(tok, org_tok, res, lex) and sport is None:
            sport = Context.of(tok.doc).domain == "sport"
        if is_country(org, res) and sport and field_title(tok, org_tok, res, lex):
            continue   # "Russian tennis chief X": the country's tennis federation, not the state
        if rel == "LEADERSHIP" and (part or names_a_function(tok, lex)):
            rel = "AFFILIATION"   # "head of research at Y", "Y communications director": staff of Y
        # the verb that gives the role carries its date and mood ("became president in 2003")
        yield Candidate(rel, tok, holder, org, holder_tok, org_tok, None, verb if verb is not None else tok)


def fan_of_club(tok, org: str, res: KnownActors) -> bool:
    """A supporter or follower of a club in a sport story ("Parry, a lifelong Liverpool supporter"): a
    fan, no member of it (resolve/owners.py follows_body); a party's supporters are left to other stories."""
    ent = res.entities.get(org)
    return ent is not None and follows_body(tok.lemma_.lower(), ent.type) and Context.of(tok.doc).domain == "sport"
