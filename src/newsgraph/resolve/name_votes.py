"""Whether a name the gazetteer does not know is a person's, a body's or a place's, voted over all its
mentions in the story: the small recogniser types one name differently from mention to mention ("Parry"
PERSON twelve times and ORG once; "Yukos" PERSON in one story, ORG in the next), and a wrong type makes a
wrong side (a firm given a person's pronouns, a person no "he" can refer to, a town as a visitor's host).

- A person's cues: a person's title before it anywhere in the story ("Mr Parry"); the words that say a
  person's sex (resolve/surnames.mention_sex: "Comeaux stabbed his wife", "his mother, Giselle"; not for a
  name taken for a place's: "Jackson, Miss."); a "who" clause where the recogniser took it for a person's or
  it opens with a given name ("Cragg, who won", "Charles Luciano, who"; a team takes "who" too: "Exeter
  City, who knocked out Doncaster"; not "it was the Cabinet who"); a calling beside it
  ("Christine Monaco, a spokeswoman", "the politician Pim Fortuyn"); an age ("Riva, 47,", "63-year-old
  Madeline Kafoury"); what only a person has ("Kathina's body", "the murder of Fortuyn"). A name that modifies
  another noun ("the 44-man Lions tour squad") or ends in a place noun ("Harrison County") takes none.
- A body's cues: what only a company has or is called ("Yukos boss", "a Defra spokesman", "shares in
  Yukos", "the airline Vandrel", "rock band Muse", "the Catholic movement Opus Dei"); a "which" clause
  ("Euronext, which combines"); an article of its own before a plural name ("the Bluejays"); an acronym
  ("ODPM"); the first word of a longer body's name ("Contrack" after "Contrack International").
- A place's cues, for a name the recogniser took for a person's: a noun of places or their people it
  modifies ("an Ashgabat resident", "al-Fakhora school", a town's "Staunton police"), a place noun it stands
  beside ("the capital, Ashgabat"), or mostly places joined to it ("Dorset and Torbay"); for one it took for
  a body's, only the first two ("AMD-based chipsets" and "AMD and Intel" say nothing of a firm).
- Cues of one kind decide; cues of two kinds leave it to the label the recogniser gave most often (a tie
  leaves each mention as labelled). With no cues, a name labelled a person's at least three times and three
  times as often as anything else is a person's; a bare name the recogniser labels ORG anywhere is a body's
  (it calls teams and firms persons), unless it is a word of a full name it took for a person's ("Carlton"
  beside "Carlton Cole"). A full name ending in a surname voted a person's is a person's ("Paul Riva").

`company_names` keeps its old reach: one-word names, and longer ones the recogniser took for a person's
that a body's cue names; a longer name the recogniser took for a body's stays one unless a person's cue
wins. The word lists are in data/lexicon/words/actors.yaml.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..doctext import children, doc_ents, doc_tokens, kept, tokens_with_lower
from ..domain import Context
from ..wordlists import table, words
from .bodies import kind_beside, organisation_shaped
from .names import GIVEN_NAMES, TITLES_OF_PERSONS, fold
from .person_choice import told_of_as_person
from .surnames import mention_sex, sex_of_word

# callings beside a name that only a person has; not those a body may be ("partner", "player", "leader",
# "head", "fan": "Mitsubishi, partner of Daimler", "Yukos, the market leader")
PERSON_NOUNS = (words("individual_nouns") | words("office_nouns") | words("person_callings")) \
    - {"partner", "player", "leader", "head", "fan"}
PERSON_POSSESSIONS = words("person_possessions")
# nouns a company's name modifies or owns and a person's does not ("Yukos boss", "Yukos's shares")
COMPANY_NOUNS = words("company_nouns")
# last words of a club's name ("Leeds United", "Blackburn Rovers"): org_descriptions reads them as its kind
CLUB_NAME_ENDS = frozenset(table("org_name_kinds")["club"])
STAKE_NOUNS = words("name_votes_stake_nouns")
COMPANY_ACT_VERBS = words("company_act_verbs")
COMPANY_ACT_OBJECTS = words("company_act_objects")
SPEECH_VERBS = words("speech_verbs")
# kinds of body no person is called, that make a longer name in apposition a body's ("De Telegraaf,
# a daily Amsterdam newspaper", "NM Rothschild, the investment bank")
BODY_APPOSITIONS = words("body_appositions")
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
PLACE_LABELS = ("GPE", "LOC", "FAC")
TITLE_WORDS = TITLES_OF_PERSONS | {t + "." for t in TITLES_OF_PERSONS}
PLACE_NOUNS = words("place_nouns")
# nouns a place's name modifies ("an Ashgabat resident", "al-Fakhora school", "the Slough constituency")
PLACE_MODIFIED = PLACE_NOUNS | words("place_modified_nouns")


@dataclass(frozen=True, slots=True)
class NameVotes:
    people: frozenset[str]   # names the story uses as a person's, whatever the recogniser labelled them
    bodies: frozenset[str]   # names the story uses as a body's (company_names)
    places: frozenset[str]   # names the recogniser took for a person's that the story uses as a place's


def name_votes(doc) -> NameVotes:
    """The vote on the document's names (read once per document: several passes ask)."""
    return kept(doc, _KEY, _vote)


def company_names(doc) -> frozenset[str]:
    """One-word names the document uses as a company or another body ("Yukos boss", "Yukos's chief
    executive", "shares in Yukos", "the airline Yukos", or the recogniser's ORG more often than its
    PERSON), and longer names it took for a person's that a body's cue names ("De Telegraaf, a daily
    newspaper"), unless the story uses them as a person's ("Mr Yukos", "Yukos, who")."""
    return name_votes(doc).bodies


_KEY = ("newsgraph", "name votes")


def _vote(doc) -> NameVotes:
    labels: dict[str, Counter] = {}
    cues: dict[str, set[str]] = {}    # name -> the kinds its mentions' words say ("PERSON", "ORG", "GPE")
    named, heads = set(), set()
    # surnames written after a person's title ("Mr Parry")
    titled = {fold(doc[i + 1].text) for i in tokens_with_lower(doc, TITLE_WORDS) if i + 1 < len(doc)}
    for ent in doc_ents(doc):
        span = _bare(ent) if ent.label_ in NAME_LABELS else None
        if span is None:
            continue
        labels.setdefault(span.text, Counter())[ent.label_] += 1
        said = cues.setdefault(span.text, set())
        # a kind already said of the name is not asked again (another mention of "Parry")
        said.update(k for k, cue in (("PERSON", person_cue), ("ORG", body_cue), ("GPE", place_cue))
                    if k not in said and cue(span, ent.label_))
        if ent.label_ == "PERSON" and len(span) > 1 and _name_shaped(span):
            named.update(t.text for t in span if t.text[:1].isupper())   # "Mikhail Khodorkovsky"
        elif ent.label_ == "ORG" and len(span) > 1 and span[0].is_alpha and fold(span[0].text) not in GIVEN_NAMES:
            heads.add(span[0].text)   # "Contrack" after "Contrack International": its short form
    kinds = {}
    sport = Context.of(doc).domain == "sport"
    for text in sorted(labels, key=lambda t: " " in t):    # one-word names first: full names read their surnames
        said = cues[text]
        last = text.split()[-1]
        if organisation_shaped(text) or sport and " " in text and last.lower() in CLUB_NAME_ENDS:
            said.add("ORG")     # "Manchester United", "Aston Villa FC" in a sport story: a club, not a person
        if " " not in text and text in heads and len(text) > 3:
            said.add("ORG")
        if fold(last) in titled or " " in text and kinds.get(last) == "PERSON" and "ORG" not in said:
            said.add("PERSON")
        if len(said) == 1:
            kinds[text] = next(iter(said))
        elif said:
            top = labels[text].most_common(2)
            kinds[text] = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
        elif labels[text]["PERSON"] >= max(3, 3 * (labels[text].total() - labels[text]["PERSON"])):
            kinds[text] = "PERSON"    # "Parry" a person's twelve times, a body's once
        elif " " not in text and labels[text]["ORG"] and text not in named:
            kinds[text] = "ORG"    # the recogniser's ORG for a bare name anywhere: teams, firms it also calls persons
    people = frozenset(t for t, k in kinds.items() if k == "PERSON")
    bodies = frozenset(t for t, k in kinds.items() if k == "ORG" and (" " not in t or "ORG" in cues[t] and labels[t]["PERSON"]))
    places = frozenset(t for t, k in kinds.items() if k == "GPE" and (labels[t]["PERSON"] or labels[t]["ORG"]))
    return NameVotes(people, bodies, places)


def voted_label(ent) -> str:
    """The label the story's vote gives an entity of the recogniser: PERSON for a name it took for a body's
    or a place's that the story uses as a person's, ORG or GPE for one it took for a person's, GPE for one
    it took for a body's that only a place's cues tell of."""
    span = _bare(ent)
    if span is None:
        return ent.label_
    votes = name_votes(ent.doc)
    if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and span.text in votes.people:
        return "PERSON"
    if ent.label_ == "PERSON":
        return "ORG" if span.text in votes.bodies else "GPE" if span.text in votes.places else "PERSON"
    if ent.label_ == "ORG" and span.text in votes.places:
        return "GPE"    # "Staunton police": the town's police, not a body called Staunton
    return ent.label_


def _bare(ent):
    """The entity without a leading article and a trailing possessive; None when nothing is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    toks = doc_tokens(doc)   # (doc[i] builds a new Token at each read: this runs for every entity, often)
    while start < end and toks[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].text in ("'s", "'", "’s") or toks[end - 1].is_punct):
        end -= 1
    return doc[start:end] if start < end else None


def _name_shaped(span) -> bool:
    """Whether every word of a span is a name's ("Mikhail Khodorkovsky"), not "ex-Yukos"."""
    return all(t.text[:1].isupper() and t.is_alpha or t.text == "." for t in span)


def person_cue(span, label: str = "") -> bool:
    """Whether the words around one mention say it names a person (see the module's docstring)."""
    doc, root = span.doc, span.root
    if root.dep_ == "compound" or span[-1].lower_ in PLACE_NOUNS:
        return False    # "the 44-man Lions tour squad", "Harrison County, Miss., coroner": no person's name
    # the sex words around it (not a title inside a body's name: "the Prince Edward Theatre", nor the state
    # after a town's: "Jackson, Miss."); a person's "who" clause, not "it was the Cabinet who" nor a team's
    # ("Exeter City, who knocked out Doncaster")
    if label not in PLACE_LABELS and sex_of_word(span[0].text) is None and mention_sex(span) is not None:
        return True
    if told_of_as_person(root) and root.dep_ != "attr" and (label == "PERSON" or fold(span[0].text) in GIVEN_NAMES):
        return True
    if root.dep_ == "appos" and _calling(root.head) or any(c.dep_ == "appos" and _calling(c) for c in children(root)):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and _calling(before) and (before.head.i == root.i or root.head.i == before.i):
        return True    # "coach Henk Ten Cate", "the politician Pim Fortuyn"
    owned = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head if root.dep_ == "poss" else None
    if owned is not None and owned.lemma_.lower() in PERSON_POSSESSIONS \
            and not (owned.lemma_.lower() == "body" and any(c.dep_ == "amod" for c in children(owned))):
        return True    # "Kathina's body", "the funeral of Kathina"; not "Athletics' ruling body"
    return _aged(span)


def _calling(tok) -> bool:
    return tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS and (tok.text.islower() or tok.is_sent_start)


def _kind_before(span) -> bool:
    """"the Catholic movement Opus Dei", "rock band Muse": a kind of body no person is called just before."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and _body_kind(before) and (before.head.i == span.root.i or span.root.head.i == before.i)


def _body_kind(tok) -> bool:
    return tok.lemma_.lower() in BODY_APPOSITIONS and tok.text.islower()


def _aged(span) -> bool:
    """"Riva, 47, and ...", "63-year-old Madeline Kafoury": an age beside the name."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 111 \
            and doc[end + 2].text in (",", ".", ";", ")"):
        return True
    start = span.start
    return start >= 3 and doc[start - 1].lower_ == "old" and doc[start - 3].lower_ in ("year", "years") \
        and doc[start - 2].text == "-" and span.root.dep_ != "compound"   # not "18-year-old Newcastle centre X"


def place_cue(span, label: str = "") -> bool:
    """Whether the words around one mention say it names a place: a noun of places or their people it
    modifies ("an Ashgabat resident", "al-Fakhora school", "Slough-based"), a place noun it stands beside
    ("the capital, Ashgabat"), or only places joined to it ("Dorset and Torbay"); for a name the recogniser
    took for a body's, only the first two."""
    doc, root = span.doc, span.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_MODIFIED and root.head.text.islower():
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in PLACE_NOUNS and root.head.text.islower():
        return True
    if label == "ORG":
        return False   # "AMD-based chipsets", "AMD and Intel": what a firm's name stands in too
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based":
        return True
    joined = Counter(t.ent_type_ for t in root.conjuncts if t.i not in range(span.start, span.end))
    places = joined["GPE"] + joined["LOC"]
    return places >= 2 and places * 2 >= sum(joined.values()) and places > joined["PERSON"]


def body_cue(span, label: str = "") -> bool:
    """Whether the words around one mention say it names a body: what a company has or is called,
    a "which" clause, an article before a one-word name the recogniser took for a person's, an acronym."""
    root = span.root
    if company_act(root, said_it=len(span) == 1 and not _surname_of_named(span)):
        return True
    if len(span) > 1:
        # "De Telegraaf, a daily Amsterdam newspaper", "the Catholic movement Opus Dei": a longer name beside
        # a kind no person is called
        return any(c.dep_ == "appos" and _body_kind(c) for c in children(root)) or _kind_before(span)
    owned = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    if kind_beside(root) or told_of_as_person(root, "which") or _kind_before(span):
        return True
    if owned.lemma_.lower() in COMPANY_NOUNS and (root.dep_ in ("compound", "poss", "nmod") or root.head.lower_ == "of"):
        return True    # "Yukos boss", "Yukos's shares", "the owners of Yukos"
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in STAKE_NOUNS:
        return True    # "shares in Yukos"
    if label != "PERSON":
        return False
    doc = span.doc
    # "the Bluejays", "The Telegraph": an article of the name's own ("the Bush administration" is the administration's)
    return span.text.isupper() and len(span.text) > 2 or span.start > 0 and doc[span.start - 1].lower_ == "the" \
        and doc[span.start - 1].head.i == root.i and span.text.endswith("s")


def given_name_and_country(span) -> bool:
    """Whether a body named with a country's name is a person's name: a given name before a surname that
    is also a country's ("Christine Monaco", "Eddie Jordan"); "Air France" is no one's."""
    return len(span) == 2 and span[0].text[:1].isupper() and fold(span[0].text) in GIVEN_NAMES


def company_act(root, said_it: bool = True) -> bool:
    """Whether a name is the subject of what only a company does, or (`said_it`) says that "it" does it:
    "Holcim cut 500 jobs", "Holcim said it would cut 500 jobs", "Verkhal reported a loss" (company_act_verbs
    and company_act_objects in words/actors.yaml). A person's surname may say it of the firm it speaks for
    ("John Smith ... Smith said it would cut jobs"): body_cue asks the "it" only of a one-word name no
    person's full name ends with."""
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if _company_verb(verb):
        return True
    if not said_it or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(clause)) and _company_verb(clause):
            return True
    return False


def _company_verb(verb) -> bool:
    """A company act (see company_act): the verb, or one it governs ("would have to cut"), with its object."""
    for v in (verb, *(c for c in children(verb) if c.dep_ == "xcomp")):
        if v.lemma_.lower() in COMPANY_ACT_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in COMPANY_ACT_OBJECTS for c in children(v)):
            return True
    return False


def _surname_of_named(span) -> bool:
    """Whether a person's full name the story writes ends with the one-word name ("Smith" after "John Smith")."""
    word = span.text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc_ents(span.doc))
