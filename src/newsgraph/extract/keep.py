"""Whether a candidate says enough to be kept as an event: both sides, or one side with what
makes its act news by itself (a target, place or toll for violence; an office for statements);
and the vows that turn violence into a threat."""
from __future__ import annotations

from ..model import FORCE_TYPES, HOSTILE, PLOVER_TYPES
from ..wordlists import ordered, table, words
from .accused_acts import held_killing
from .accused_lists import listed, unnamed_accuser
from .actors import KnownActors
from .agent_nouns import agentive
from .agent_nouns import crowd as crowd  # read here by verbal.py
from .arguments import MEMBER_NOUNS, entity_type, is_passive
from .clause_links import shared_patient, undergoer_of
from .deal_parties import contract_won, sold_to_named
from .demanded_sides import penalty_demanded
from .denials import pleaded_guilty
from .frames import Candidate, particle_nouns
from .giving_way import refused_concession
from .labour_actions import striking_group
from .legal_threats import legal_act
from .lone_accusations import accusation_made, suit_brought
from .lone_stances import public_stance, violence_condemned
from .one_party import lone_group_act, released_person
from .political_offices import FORCE_HOLDERS, political_speaker, titled
from .proceedings import REFERRING, wrongdoing_found
from .quantities import is_people
from .refusals import court_unnamed
from .sense import attack_means, ended, munition
from .sense_cooperative import acted_on, asked_of_others, called_for, caller, convened, settles
from .sense_words import NOT_ACTORS, lemma_in
from .statement_matters import matter_with_content, names_its_matter
from .talks_with import held_with

# Violence and repression (FORCE_TYPES) need more than their actor to be an event ("gunmen opened fire"
# on what, where?); other types stand with their actor alone ("Hamas rejected the proposal").

# Types whose actor news often leaves unstated ("three activists were detained", "sanctions were
# imposed on Iran"): PLOVER allows a missing source, ACLED codes unknown perpetrators.
AGENTLESS_OK = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
CASUALTIES = ordered("keep_casualties")
# What an office holder says in office is political news by itself ("President X condemned the
# violence"); what else they do alone ("speaking at a conference") is not an event.
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# Accusations news states in the passive of the accused ("was charged with", "was accused of")
CHARGED = frozenset({"ACCUSE"})
RESIGNING = words("resigning_verbs")
# ... and the verbs of weighing it ("mulled over resigning", "contemplated quitting"): thought of, not done
UNMADE_RESIGNATION = words("unmade_resignation_heads") | words("unmade_resignation_noun_heads") | words("weighing_verbs")
RESIGNATIONS = words("resignation_nouns")
NOBODY = words("keep_nobody")
# the armed and wanted, who yield by laying down arms or, as a group, by surrendering ("the gunman
# laid down his weapon", "the 23 suspects surrendered"); any one person may surrender
YIELDERS = words("yielding_doers") | words("perpetrator_nouns")
# the release of a person from custody, stated without the holder: the verbs, the terms ("on bail",
# "from prison", "without charge") and the people only captivity makes ("hostages were freed")
RELEASING = words("releasing_verbs")
BACKED_OUT = words("backed_out_deals")
RELEASE_TERMS = {prep: frozenset(nouns) for prep, nouns in table("release_terms").items()}
CAPTIVES = words("captive_nouns")
# the prepositions of where a munition struck or went off ("outside a mosque", "into a cafe", "through a market")
STRUCK_AT = words("locative_preps") | {"into", "on", "through"}
# who strikes, boycotts or fasts in their own name (PLOVER PROTEST modes strike, hunger, boycott need no
# target). Only those modes: a named firm "demonstrates" a phone, a party "rallies", a person "protests"
# a ruling (a complaint, ACCUSE) or "marches into" a room.
PROTESTERS = frozenset({"ORGANIZATION", "PERSON"})
# what the holder or members of a political office do alone that is political news (political_offices.py):
# a statement, talks held, the backing of a policy
POLITICAL_ACTS = STATEMENTS | {"SUPPORT", "CONSULT"}
# a stoppage noun, or the verb or light verb that heads one ("went on strike", "staged a walkout", "downed tools")
WITHHELD = words("labour_stoppages") | {"boycott", "picket", "go", "walk", "down", "stage", "call", "action"}

# acts that, vowed, are threats (PLOVER THREATEN: of force, of sanctions): "vowed to destroy Hamas",
# "pledged to impose tariffs on Mexico" (a vow to arrest the killers is a police promise, not a threat)
VOWED_HARM = frozenset({"ASSAULT", "SANCTION"})
THREAT_HEADS = words("threat_heads")


def threatened(c: Candidate):
    """The vow or threat governing an act of violence or a sanction ("committed to attacking
    Israel", "vowed to impose tariffs on Mexico"): such an act is a threat, not (yet) done. None
    when there is none."""
    t = c.anchor if c.anchor is not None else c.trigger
    for _ in range(3):
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acomp") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in THREAT_HEADS or t.lower_ in THREAT_HEADS:
            return t
    return None


def vow_of(c: Candidate):
    """The vow that makes a candidate's violence, sanction or suit ("vowed to sue the buyers",
    legal_threats.py) a threat, or None. "Threatened to suspend exports" is already the verb's own
    threat: only violence is re-anchored on it."""
    if c.type not in VOWED_HARM and not legal_act(c) or ended(c.trigger):
        return None     # "pledged to lift the embargo": a promise to end harm is no threat
    vow = threatened(c)
    if vow is None or c.type != "ASSAULT" and vow.lemma_.lower() == "threaten":
        return None
    return vow


def stated_key(c: Candidate) -> tuple:
    """A candidate's type, trigger and sides as its construction stated them."""
    return c.type, c.trigger.i, c.subject, c.object


def threat_covered(c: Candidate, vows: set[int]) -> bool:
    """A candidate a threat already states: the promise of a vowed attack or sanction ("vowed to
    destroy Hamas" is the threat), a suit threatened ("threatened to sue")."""
    if c.type not in VOWED_HARM and c.trigger.i in vows:
        return True
    return legal_act(c) and (vow := threatened(c)) is not None and vow.lemma_.lower() == "threaten"


def covering(c: Candidate, stated: set[tuple]) -> tuple | None:
    """The key (stated_key) of the candidate that states the whole of the act a candidate tells a part
    of, or None: the rest of one attack ("a bomb hit a market, killing 12", "killed three and wounded
    nine"), one act told by two verbs of one subject ("searched and detained the men")."""
    if not (c.trigger.dep_ == "advcl" and c.trigger.tag_ == "VBG" or c.trigger.dep_ == "conj" and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in c.trigger.children)):
        return None
    key = (c.type, c.trigger.head.i, c.subject, c.object)
    return key if key in stated else None


def acts_alone(c: Candidate, res: KnownActors, officials: frozenset[str] = frozenset(), gaz=None,
               domain: str | None = None) -> bool:
    """Whether the subject's act says something without a target: a state, armed group or known
    (gazetteer) actor ("Hamas rejected the proposal", "the IMF approved the loan"), or, for
    conflict, an unnamed group ("nurses rallied", "gunmen opened fire"); or, for a statement, talks
    held or the backing of a policy, one the text names with a political office or chamber ("Home
    Office minister X welcomed the move"). A company or person outside the gazetteer acting on a
    thing is business or private news, not a political event. `domain` is the document's (domain.Context):
    a condemnation of "attacks" in sport news is no stand on violence, as the sense judge holds."""
    key = c.subject or ""
    if key.startswith("gaz:") and not listed_company(key, gaz) or entity_type(key, res) in FORCE_HOLDERS:
        return True
    if c.type in POLITICAL_ACTS and (c.type != "CONSULT" or c.trigger.pos_ == "NOUN" and convened(c)) and (
            key in officials or political_speaker(c.subject_tok) or titled(key, res, c.trigger.doc)):
        return True     # "Home Office minister X welcomed the move", "MPs called for a guarantee", "will hold talks"
    if entity_type(key, res) == "PERSON" and public_stance(c) or entity_type(key, res) in PROTESTERS \
            and not listed_company(key, gaz) and violence_condemned(c, domain):
        return True     # "Nicola Sturgeon welcomed the move", "the charity condemned the killings" (lone_stances.py)
    if c.type == "PROTEST" and entity_type(key, res) in PROTESTERS and not listed_company(key, gaz) \
            and withdrawn_labour(c.trigger, entity_type(key, res)):
        return True     # "the union launched a general strike", "the activist went on hunger strike"
    if c.type == "PROTEST" and entity_type(key, res) == "OTHER":
        return True     # "tens of thousands of union members rallied": a crowd described, as "protesters rallied"
    if c.type == "RETREAT" and entity_type(key, res) == "PERSON" and resigned(c.trigger):
        return True     # "Mr Green resigned as branch chairman": leaving an office is news alone
    if lone_group_act(c, entity_type(key, res), c.type == "RETREAT" and resigned(c.trigger)):
        return True     # "aid workers distributed food", "two executives resigned" (one_party.py)
    if c.type == "RETREAT" and entity_type(key, res) in ("PERSON", "OTHER") and gave_up(c, entity_type(key, res)):
        return True     # "the gunman surrendered", "the hijacker laid down his weapon": giving oneself up
    if c.type == "ACCUSE" and c.trigger.pos_ == "VERB" and (
            c.trigger.lemma_.lower() in REFERRING or wrongdoing_found(c.trigger) is not None):
        return True     # "BaFin referred the case to the prosecutor", "auditors found irregularities" (proceedings.py)
    if c.type == "CONCEDE" and pleaded_guilty(c.trigger):
        return True     # "Titan pleaded guilty to bribery": an answer to a charge in law, its accuser often unsaid
    if entity_type(key, res) in PROTESTERS | {"OTHER"} or key.startswith("GENERIC:"):
        if c.type == "AGREE" and settles(c.trigger):
            return True     # "Wal-Mart agreed to pay $14.5m to settle a lawsuit": the other side may go unsaid
        if c.type == "REQUEST" and asked_of_others(c.trigger, acted_on(c)):
            return True     # "the bishops appealed for calm", "urged rich nations to cancel the debts"
        if penalty_demanded(c):
            return True     # "the SEC is pressing for penalties against the pair" (demanded_sides.py)
    if c.type == "REJECT" and entity_type(key, res) in PROTESTERS and refused_concession(c.trigger):
        return True     # "Mr Blunkett refused to resign", "said he would not apologise" (refused_concessions.py)
    if c.type == "AGREE" and entity_type(key, res) == "ORGANIZATION" and contract_won(c.trigger):
        return True     # "Everasia won a contract to develop the field": the one awarding it often unsaid
    if c.type == "REJECT" and entity_type(key, res) in PROTESTERS and backed_out(c):
        return True     # "Turkcell may give up on the deal": its own deal, whoever the other side
    if c.type == "REQUEST" and entity_type(key, res) in PROTESTERS and caller(c.subject_tok) \
            and called_for(c.trigger, entity_type(key, res) == "PERSON"):
        return True     # "the union is calling for an end to the deal", "Ms Reyes called for more help for farmers"
    if entity_type(key, res) in PROTESTERS and (suit_brought(c) or accusation_made(c)):
        # "Ms Okafor sued her former employer", "a complaint by the Consumers Association": the accuser is news,
        # the accused often a description or unsaid ("X accused the industry of snobbery" alone is not kept:
        # on the dev set it added only events no gold fact supports)
        return True
    if entity_type(key, res) in PROTESTERS and names_its_matter(c, entity_type(key, res) == "PERSON"):
        return True     # "Mr Sayeed denied the claims", "the firm ignored orders to stop"
    if c.type in STATEMENTS and entity_type(key, res) == "PERSON" and matter_with_content(c):
        return True     # "Mr Howard called that suggestion disgraceful", "demanded assurances that ..."
    return key.startswith("GENERIC:") and c.type in HOSTILE


def backed_out(c: Candidate) -> bool:
    """A phrasal verb of leaving a deal, with the deal as the noun its particle governs: "pulled out of
    the deal", "gave up on the contract" (verbs.yaml: "pull out deal", ...)."""
    return c.trigger.pos_ == "VERB" and any(noun.lemma_.lower() in BACKED_OUT for _, noun in particle_nouns(c.trigger))


def resigned(trigger) -> bool:
    """Leaving an office: "resigned", "abdicated", "stepped down", "stood down" (not "stepped in"), or the
    noun ("David Blunkett's resignation", "following the resignation of X"), done or announced, not asked,
    refused or rumoured ("urged him to step down", "refused to resign", "demanded his resignation")."""
    lemma = trigger.lemma_.lower()
    noun = trigger.pos_ == "NOUN" and lemma in RESIGNATIONS
    if not noun and (lemma not in RESIGNING or lemma in ("step", "stand") and not stepped_down(trigger)
                     or lemma == "quit" and not quit_as(trigger)):
        return False
    if noun and (trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma_in(trigger.head, UNMADE_RESIGNATION)
                 or scare_quoted(trigger)):
        return False    # "demanded his resignation", "his resignation is expected", his "resignation"
    t = trigger
    while t.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "acl") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in UNMADE_RESIGNATION:
            return False
    return True


def quit_as(verb) -> bool:
    """"quit as chief executive": a post left, as "resigned as" (not "quit smoking", "quit the show")."""
    return any(x.dep_ == "prep" and x.lower_ == "as" for x in verb.children) and not any(
        x.dep_ in ("dobj", "xcomp", "ccomp") for x in verb.children)


def scare_quoted(tok) -> bool:
    """A word in quotation marks of its own (his "resignation"): the writer doubts it."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote


def stepped_down(verb) -> bool:
    """"stepped down", "stood down": the particle, or the adverb the parser sometimes reads it as, right
    after the verb ("Chief executive X stepped down last week")."""
    return any(x.lower_ == "down" and (x.dep_ == "prt" or x.dep_ == "advmod" and x.i == verb.i + 1)
               for x in verb.children)


def gave_up(c: Candidate, kind: str | None) -> bool:
    """A person who gives themself up: "the gunman surrendered", "Kirkpatrick surrendered after two
    hours of negotiations", "the 23 suspects surrendered peacefully"; an armed or wanted one who
    lays down arms ("the hijacker laid down his weapon"). PLOVER RETREAT: surrender, disarm. Not a
    thing surrendered ("surrendered his passport"), nor to a thing ("surrendered to temptation"),
    nor a surrender only asked ("urged him to surrender"); a group of people only when armed or wanted."""
    doer, lemma = c.subject_tok, c.trigger.lemma_.lower()
    if doer is None or kind != "PERSON" and not lemma_in(doer, YIELDERS) or any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.trigger.children):
        return False
    if lemma == "lay":
        return lemma_in(doer, YIELDERS) and any(x.dep_ == "prt" and x.lower_ == "down" for x in c.trigger.children)
    if lemma == "disarm":
        return lemma_in(doer, YIELDERS) and not any(x.dep_ == "dobj" for x in c.trigger.children)
    return lemma == "surrender" and not any(x.dep_ == "dobj" for x in c.trigger.children) and (
        c.object_tok is None or c.object is not None)


def withdrawn_labour(trigger, kind: str | None) -> bool:
    """A strike, walkout, boycott, picket or hunger strike ("went on strike", "staged a walkout",
    "downed tools"). The verb "strike" is a body's strike only: a person striking, or anyone
    striking something, deals a blow ("a driver striking a pedestrian")."""
    lemma = trigger.lemma_.lower()
    return lemma in WITHHELD and not (trigger.pos_ == "VERB" and lemma == "strike" and (
        kind == "PERSON" or any(x.dep_ == "dobj" for x in trigger.children)))


def listed_company(key: str, gaz) -> bool:
    """A gazetteer actor that is a company: listed because the recogniser misses its name, not
    because its acts are political ("Tesla rejected the proposal" is business news)."""
    actor = gaz.actors.get(key.removeprefix("gaz:")) if gaz is not None else None
    return actor is not None and "company" in actor.kinds


def accused_as_subject(c: Candidate) -> bool:
    """An accusation stated from the accused's side: a passive ("was charged with homicide"; "was
    charged VAT" is a price), or the accused as subject of the clause ("is on trial for fraud",
    "faces charges of bribery")."""
    if is_passive(c.trigger) and not any(d.dep_ == "dobj" for d in c.trigger.children):
        return True
    if listed(c) or unnamed_accuser(c):
        return True     # "among the accused were A and B" (accused_lists.py), "the charges against A"
    tok = c.object_tok
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "alongside":
        return True     # a co-defendant: "is on trial alongside X"
    while tok.dep_ == "conj":
        tok = tok.head  # "A and B were arrested, charged with ..."
    patient = shared_patient(c.trigger)   # "were arrested Friday, charged with murder"
    if patient is not None and patient.i == tok.i:
        return True
    anchor = c.anchor if c.anchor is not None else c.trigger
    if tok.dep_ == "nsubj" and tok.head.dep_ in ("acl", "ccomp") and tok.head.head.i == c.trigger.i \
            and c.trigger.pos_ == "NOUN":
        return True     # "denied allegations that it armed the rebels": the allegation's own doer
    role = c.trigger.head.head if c.trigger.dep_ == "pobj" and c.trigger.head.lower_ == "of" else None
    if role is not None and (role.dep_ == "attr" and tok.head.i == role.head.i and tok.dep_ == "nsubj"
                             or role.dep_ == "appos" and role.head.i == tok.i):
        return True     # "Siemens is the subject of a criminal investigation", "X, the target of an inquiry"
    if anchor.i == c.trigger.i:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == anchor.i or takes_over_subject(anchor, tok)


def takes_over_subject(verb, accused) -> bool:
    """Whether `verb` (facing charges or trial) depends on the clause whose subject is `accused`, or a
    relative pronoun standing for it, and is borne by it: "is to face trial", "is expected to face
    charges", "is in jail facing fraud charges", "was fit to stand trial", "is free on bail and is
    awaiting trial", "Khodorkovsky, who is in jail facing charges". Not under a verb with an object,
    which may be the one who bears it ("to get their hands on him to face charges": he faces them)."""
    if verb.dep_ not in ("xcomp", "advcl", "conj") or any(x.dep_ == "dobj" for x in verb.head.children):
        return False
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    subject = next((x for x in head.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.i == accused.i or subject.lower_ in ("who", "that")
                               and head.dep_ == "relcl" and head.head.i == accused.i):
        return False
    bearer = undergoer_of(verb)
    return bearer is not None and bearer.i == accused.i


def released_from_custody(c: Candidate) -> bool:
    """A person freed by a holder news leaves unnamed, with what they were freed from: "was released
    on bail", "was freed from prison", "were released without charge", or freed as captives ("the
    hostages were freed"). PLOVER RETREAT, mode release (the lexicon's "release" and "free"); not
    "was released from hospital" or "released from his contract", nor "freed from the rubble", nor a
release asked or aimed at ("appealed for the prisoners to be freed")."""
    tok = c.object_tok
    passive = is_passive(c.trigger) or c.trigger.tag_ == "VBN" and c.trigger.dep_ == "conj" and is_passive(
        c.trigger.head)   # "was booked into the county jail and later released on bail"
    if c.trigger.lemma_.lower() not in RELEASING or not passive or tok is None or any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.trigger.children):
        return False    # "appealed for the prisoners to be freed": asked, not done
    if tok.lemma_.lower() in CAPTIVES:
        return True
    if not (is_people(tok) or tok.ent_type_ == "PERSON" or c.object.startswith("PERSON:")):
        return False
    return any(p.dep_ == "prep" and p.lower_ in RELEASE_TERMS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in RELEASE_TERMS[p.lower_] for o in p.children)
        for p in c.trigger.children)


def munition_at_site(c: Candidate) -> bool:
    """A munition, not an accident's blast, that struck a site or went off at one, no one named or counted:
    "a rocket hit a residential building", "a car bomb went off outside a mosque", "a grenade was thrown
    into a cafe" (PLOVER ASSAULT, its perpetrator unknown, as ACLED codes it). Not a craft or a product
    ("the helicopter hit a power line", "the device hit the shelves"), nor a time ("exploded on Monday")."""
    means = next((t for t in (c.subject_tok, c.object_tok) if t is not None and t.head.i == c.trigger.i
                  and t.pos_ == "NOUN" and munition(t)), None)
    return c.type == "ASSAULT" and means is not None and any(
        s.i != means.i and s.pos_ in ("NOUN", "PROPN") and s.ent_type_ not in ("DATE", "TIME") for s in struck(c))


def struck(c: Candidate) -> list:
    """What the act's verb struck or where it went off: its direct object, the object of its preposition of
    place or aim ("outside a mosque", "near the hospital", "into a cafe")."""
    verb = c.trigger
    aims = [x for x in verb.children if x.dep_ == "dobj"]
    return aims + [o for h in (verb, *aims) for p in h.children if p.dep_ == "prep" and p.lower_ in STRUCK_AT
                   for o in p.children if o.dep_ == "pobj"]


def complete_enough(c: Candidate, location: str | None, quantities: dict[str, int],
                    armed: bool = False, standing_actor: bool = True) -> bool:
    """Both actors; or one side, with a target, place or casualties for violence ("Taliban gunmen
    killed two soldiers", "Hamas rejected the proposal"); or, for the types news reports without
    their actor, a stated victim, place or toll ("three activists were detained in Harare", "a
    car bomb killed six soldiers"), or a munition striking a site ("a rocket hit a house").
    Natural hazards and accidents are never the actor."""
    if c.subject_tok is not None and c.subject_tok.lemma_.lower() in NOT_ACTORS:
        return False    # "an earthquake hit Indonesia", "the violence to hit Greece"
    if c.subject is not None and c.object is not None:
        return True
    if c.type not in PLOVER_TYPES:
        return False    # a standing relation needs both sides
    if c.object_tok is not None and (c.object_tok.lower_ in NOBODY or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.object_tok.children)):
        return False    # "no one was hurt"
    hurt = any(k in quantities for k in CASUALTIES)
    people = c.object_tok is not None and is_people(c.object_tok)
    # "hurled petrol bombs at stores", "fired rockets at the town": the weapon makes it an attack
    weapon = c.object_tok is not None and c.object_tok.head.i == c.trigger.i and attack_means(c.object_tok) \
        or any(d.dep_ == "dobj" and attack_means(d) for d in c.trigger.children)   # "threw firebombs at X's hall"
    if c.subject is not None and not standing_actor and c.type not in FORCE_TYPES:
        return False    # "Mr Ebbers rejected allegations", "workers offer better skills": too vague alone
    if c.subject is not None:
        # a state's or armed group's violence or repression needs no more ("closed the universities");
        # anyone else's needs a place, a toll or people ("Labour launched an attack on the tax record")
        # or an attack the story told with its attacker and named again ("The shooting occurred at 3 p.m.")
        return c.type not in FORCE_TYPES or armed or location is not None or hurt or people or weapon or held_killing(c) \
            or bool(c.told_by)
    if c.type in CHARGED and c.object is not None and accused_as_subject(c):
        return True     # "the officer was charged with homicide": courts and prosecutors go unnamed
    if court_unnamed(c):
        return True     # "the protesters lost their appeal", "Microsoft's appeal was dismissed"
    if c.type == "RETREAT" and c.object is not None and (released_from_custody(c) or released_person(c)):
        return True     # "Ms Li was released on bail": the holder (a court, the police) goes unnamed
    if sold_to_named(c):
        return True     # "the Savoy was sold to a group led by Prince Alwaleed": the seller unsaid
    if c.type == "CONSULT" and held_with(c):
        return True     # "discussions have begun with Indonesia": the host unsaid (talks_with.py)
    if c.type not in AGENTLESS_OK:
        return False
    if striking_group(c):
        return True     # "staff staged a walkout", "thousands of civil servants were on strike"
    if c.subject_tok is not None and c.subject_tok.i != c.trigger.i and not (
            attack_means(c.subject_tok) or agentive(c.subject_tok)):
        return False    # a subject that is neither an agent nor a weapon ("the decision hit farmers")
    if c.object is not None:
        return True
    forces = c.type == "MOBILIZE" and c.object_tok is not None and c.object_tok.lemma_.lower() in MEMBER_NOUNS
    # "troops were deployed", "a rocket hit a residential building"
    return location is not None or hurt or people or forces or munition_at_site(c)
