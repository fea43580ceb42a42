"""Words the parser joins to the wrong clause, where the tags say which clause they belong to.

- "investigated by the authorities and the IMF has called for ...", "hit by rockets, officials and a
  neighbour said": the last conjuncts of the agent are the subject of the verb right after it (which
  has none of its own), not agents;
- "Blair said Labour would set out plans and attacked the Tory plans": a past verb cannot share
  the "would" of the bare verb it is joined to; it is joined to the verb of saying, whose subject
  acts (Blair attacked, not Labour);
- "accused the Lib Dems of offering false promises": the "of" of the charge hung on the accused
  instead of the verb of accusing (the Lib Dems offer), or on a date or place of that verb ("found
  Peterson guilty Friday of killing his wife": Peterson kills, not the jury);
- "a woman who claimed he punched and kicked her": a verb joined to the verb of saying right after the
  reported verb, which lacks the object the two share, belongs to the reported clause (`reported_conjunct`);
- "fault lines", "prices fell and demand dipping": a bare verb joined to a present, a gerund or a participle
  is a noun the tagger read as a verb, or a verb of another clause under a modal ("a plan that will cut costs,
  provide care": `stray_bare_verb`)."""
from __future__ import annotations

from ..resolve.person_choice import SPEECH_VERBS
from ..wordlists import words
from .lexicon import lexicon
from .voice import VERBAL

# what may stand between a subject and its verb: "the IMF has since called"
BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# prepositions that are also conjunctions of time: their object may be a clause's subject the parser misread
CLAUSE_PREPS = words("misjoined_clause_preps")
SEQUENCE_PREPS = words("misjoined_sequence_preps")
# names under which the parser may hang a charge's "of" phrase: "convicted (on) March 20 of murder",
# "convicted in Georgia of murdering X"
HOOKED_NAMES = ("DATE", "TIME", "GPE", "LOC")


def opens_next_clause(tok) -> bool:
    """Whether a conjunct noun is the subject of the joined verb that follows it."""
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    doc, i, aux = tok.doc, tok.right_edge.i + 1, False
    while i < len(doc) and doc[i].dep_ in BETWEEN:
        aux = aux or doc[i].dep_ in ("aux", "auxpass")
        i += 1
    if i >= len(doc):
        return False
    verb = doc[i]
    # a closing "..., officials and a neighbour said": the verb of saying the parser made the root
    joined = verb.dep_ == "conj" or verb.dep_ == "ROOT" and verb.lemma_.lower() in SPEECH_VERBS
    return verb.pos_ in VERBAL and joined and (verb.tag_ in FINITE or aux and verb.tag_ == "VBN") \
        and not any(c.dep_ in SUBJECTS for c in verb.children)


def reporting_host(verb):
    """The verb of saying a past verb is really joined to, when the parser joined it to a bare verb
    under a modal in the reported clause; None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VB" or head.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    host = head.head
    return host if host.pos_ in VERBAL and host.tag_ == "VBD" and host.i < head.i else None


def reported_conjunct(verb):
    """The verb of a reported clause a transitive verb is really joined to, when the parser joined it to
    the verb of saying: "a waitress who claimed he punched and kicked her", "said the men beat and robbed
    him" (he kicks, the men rob; not the speaker). The reported verb comes right before it, with a subject
    but no object of its own: the two share the object written once after the second. None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in SPEECH_VERBS \
            or any(c.dep_ in SUBJECTS for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for reported in (c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i):
        between = verb.doc[reported.right_edge.i + 1:verb.i]
        if reported.pos_ in VERBAL and any(c.dep_ == "nsubj" for c in reported.children) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in reported.children) \
                and 0 < len(between) <= 2 and all(t.dep_ in ("cc", "punct") for t in between):
            return reported
    return None


def reported_passive(verb):
    """The reported verb a passive clause of its own is joined to where the parser joined it to the verb
    of saying after that verb's clause: "police said officers stormed the building, and four men were
    detained" (the storming ends in the detentions, not the saying). None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in SPEECH_VERBS \
            or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i and c.pos_ in VERBAL
                 and any(s.dep_ in SUBJECTS for s in c.children)), None)


def accusing_head(prep, accusing: frozenset[str]):
    """The verb of accusing whose charge `prep` ("of", "for") introduces: its head, or the head of
    the accused the parser hung it on ("accused the Lib Dems of offering"); None otherwise."""
    head = hooked_verb(prep.head)
    if head.lemma_.lower() in accusing:
        return head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in accusing and prep.lower_ in ("of", "for"):
        return head.head
    if head.lemma_.lower() == "find" and prep.lower_ == "of" and found_guilty_one(head) is not None:
        return head     # "found Peterson guilty of killing": a verdict on the one found guilty
    if complement_accused(head) is not None and head.head.head.lemma_.lower() in accusing:
        return head.head.head   # "convicted a man of shooting dead his neighbour", "dead" read as a clause
    return None


def complement_accused(noun):
    """`noun` when the parser made the accused the subject of a clause under the verb of accusing, the
    charge's "of"/"for" hung on it: "convicted a man of shooting dead his neighbour" read as "convicted
    [a man ... dead his neighbour]"; None otherwise."""
    clause = noun.head
    return noun if noun.dep_ == "nsubj" and clause.dep_ in ("ccomp", "xcomp") and noun.i < clause.i \
        and clause.head.pos_ in VERBAL and clause.head.i < noun.i \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children) else None


def hooked_verb(hook):
    """The verb a date or place the parser hung a charge's phrase on belongs to ("convicted Friday of
    murder", "convicted on March 20 of murder"); `hook` itself otherwise."""
    if hook.ent_type_ not in HOOKED_NAMES:
        return hook
    return hook.head.head if hook.dep_ == "pobj" else hook.head if hook.dep_ == "npadvmod" else hook


def found_guilty_one(find):
    """The one a verb of finding finds guilty: its object or passive subject ("found Peterson guilty",
    "was found guilty"), or the subject the parser gave "guilty" ("found Peterson guilty Friday"
    with "guilty" hung on the date); None when nothing under it is "guilty"."""
    guilty = next((t for t in find.subtree if t.lower_ == "guilty" and t.head.i in (find.i, *(
        c.i for c in find.children))), None)
    if guilty is None:
        return None
    return next((c for c in find.children if c.dep_ in ("dobj", "nsubjpass")), None) or next(
        (c for c in guilty.children if c.dep_ == "nsubj"), None)


def charge_step(path, i: int, lemma: str) -> bool:
    """Whether the walk up `path` reaches the verb of accusing at `i` through its charge: "of"/"for"
    ("charged with"), on the verb or on the accused the parser hung it on."""
    prep = path[i - 1] if path[i - 1].dep_ == "prep" else path[i - 2] if (
        i > 2 and path[i - 1].dep_ == "dobj" and path[i - 2].dep_ == "prep") else None
    return prep is not None and (prep.lower_ in ("of", "for") or lemma == "charge" and prep.lower_ == "with")


def stranded_subject(verb):
    """The noun the parser joined to the phrase before `verb` that is the subject `verb` lacks:
    "rejected by the family and Mr Morchio subsequently resigned" -> Morchio; None otherwise."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in BETWEEN and verb.doc[i].head.i == verb.i:
        i -= 1
    noun = verb.doc[i].head if i >= 0 and verb.doc[i].dep_ in ("compound", "flat") else verb.doc[i] if i >= 0 else None
    while noun is not None and noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun is not None and opens_next_clause(noun) else None


def stranded_gerund_objects(gerund) -> list:
    """The objects of a gerund ("of shooting dead ...") that the parser gave the resultative adjective after
    it, read as a clause of its own ("convicted a man of shooting dead his neighbour": "dead his
    neighbour"), or read as a second predicate ("accused of shooting dead a shopkeeper": the shopkeeper)."""
    doc = gerund.doc
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.i + 1 >= len(doc) \
            or any(c.dep_ == "dobj" for c in gerund.children):
        return []
    after = doc[gerund.i + 1]
    if after.pos_ != "ADJ":
        return []
    if after.head.i == gerund.i:   # "shooting [dead] [a shopkeeper]", both predicates of the gerund
        return [c for c in gerund.children if c.dep_ == "oprd" and c.i > after.i and c.pos_ in ("NOUN", "PROPN")]
    return [c for c in after.children if c.dep_ == "dobj"] if after.dep_ in ("ccomp", "xcomp", "advcl", "conj") else []


def participle_root_subject(verb):
    """The subject of a sentence whose finite verb the parser hung on the participle phrase after
    that subject, read as the main clause: "Troops patrolling the town on Sunday shot dead two
    gunmen", "the navy escorting the convoy thwarted an attack, apprehending 26 pirates" (the troops
    shoot, the navy thwarts and apprehends). A verb with a subject or subordinator of its own is
    another clause ("Troops patrolling the town when gunmen opened fire")."""
    if verb.dep_ not in ("advcl", "dep", "ccomp") or verb.tag_ not in FINITE \
            or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "ccomp":
        return believed_subject(head, verb) or dismissed_subject(head, verb)
    if head.tag_ != "VBG" or head.dep_ != "ROOT" or head.i > verb.i \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def believed_subject(head, verb):
    """The subject of a sentence whose finite verb the parser hung, as a clause without a subject, on a
    reduced relative of belief after that subject, read as the main clause: "Gunmen believed to be members
    of the Red Brigade shot a judge", "men thought to be from the gang robbed the bank" (the gunmen shoot).
    Only a bare participle of belief (attribution.yaml's hedge verbs) with its "to be" ("Police believed the man
    shot" has a subject below)."""
    if head.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or head.i > verb.i or head.lemma_.lower() not in lexicon().hedge_verbs \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children) \
            or not any(c.dep_ == "xcomp" and c.lemma_ == "be" and c.i < verb.i for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def dismissed_subject(head, verb):
    """The subject of a sentence whose finite verb the parser hung, as a clause without a subject, on a
    reduced passive relative after that subject, read as the main clause: "A former employee recently let
    go from his job opened fire", "a man released from prison last week stabbed his neighbour" (the
    employee fires, the man stabs; the whole may be what a source says, "..., police said"). The participle
    takes no object and is no verb of saying or belief, and nothing but adverbs stands between it and its noun."""
    if head.tag_ not in ("VBN", "VBD") or head.dep_ not in ("ROOT", "ccomp") or head.i > verb.i \
            or head.lemma_.lower() in SPEECH_VERBS or head.lemma_.lower() in lexicon().hedge_verbs \
            or any(c.dep_ in ("aux", "auxpass", "mark", "neg", "dobj", "nsubjpass", "ccomp") and c.i != verb.i
                   for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") \
            or any(t.dep_ != "advmod" for t in head.doc[subject.i + 1:head.i]):
        return None
    return subject


def fronted_in_report(verb):
    """The doer of a gerund in a phrase put before a report, which the parser hung on the verb of saying:
    "After killing his wife, police said the man turned the gun on himself", "After shooting Steinberg,
    Whiteside said LaCalamita walked down the hall" (the man kills, LaCalamita shoots: the phrase belongs
    to the reported clause, whose subject is its doer, not to the speaker); only a step in the told story ("after",
    "before"): a concession ("Despite praising the Irish he claimed the Welsh ...") is the speaker's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in SEQUENCE_PREPS \
            or prep.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    say = prep.head
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if speaker is None or not prep.i < speaker.i:
        return None
    told = next((c for c in say.children if c.dep_ == "ccomp" and c.i > speaker.i), None)
    return None if told is None else next(
        (c for c in told.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def clause_read_as_phrase(verb):
    """The subject of a clause after "after", "before", "since", "until", "as" or "while" that the parser read as a phrase
    of the main verb, its verb joined to that verb: "The fire started after hooded youths broke a window and
    hurled petrol bombs inside", "police stood back as gangs of youths smashed windows" (the youths break and
    hurl, not the fire; the gangs smash, not the police). The noun right before the joined (or the one it is "of")
    past verb, with no subject of its own, is the object of such a preposition on the verb it is joined to."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ != "VBD" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    while before is not None and before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ in (
            "NOUN", "PROPN"):
        before = before.head.head   # "as gangs of youths smashed windows": the gangs
    if before is None or before.dep_ != "pobj" or before.pos_ not in ("NOUN", "PROPN") \
            or before.head.lower_ not in CLAUSE_PREPS or before.head.head.i != verb.head.i:
        return None
    return before


def stray_bare_verb(verb) -> bool:
    """A bare verb (VB) joined to a verb that is present, a gerund or a participle, with no subject or
    auxiliary of its own: no verb of that clause ("is prone ... and fault lines", "driving down prices and
    demand dipping", "has made progress on a plan that will lower costs, provide care"); a past head may be
    an irregular past read as bare ("acted on a threat and shut off gas") and is left alone."""
    return verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i != verb.i \
        and verb.head.tag_ in ("VBZ", "VBG", "VBN") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
