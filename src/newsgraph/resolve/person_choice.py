"""Which of the compatible people a person pronoun refers to ("he", "her"), given the
candidates coreference collected (resolve/coref.py): the story's topic in subject position, the
person of the pronoun's own sentence for an object pronoun, inside a quote the person an opening subject
pronoun of the previous sentence was given (chained_person), and none where the text leaves two or
more people open (an event with an empty side is better than one with the wrong person)."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

SPEECH_VERBS = words("speech_verbs")
SPEECH_ACT_VERBS = words("speech_act_verbs")
SPEAKING_VERBS = SPEECH_VERBS | SPEECH_ACT_VERBS


def preferred_person(tok, people: list, ants, quoted: bool) -> str | None:
    """Of the compatible people (coref.Antecedent, most recent first), the one a person pronoun refers to: the
    subject of this or the previous sentence (news keeps its topic in subject position: "Kinnock
    led Labour, losing to Major. Later he ..." is Kinnock); for an object pronoun first a person of
    its own sentence ("fired at Riva, hitting him"). Inside a quote the speaker talks of others:
    no topic of the story. Where nothing prefers one of two or more people, the pronoun stays unresolved: an
    event with an empty side is better than one with the wrong person."""
    told = reported_before(tok)
    if told is not None:   # "Mr Blair will have to defend it, he said": not Mr Blair
        people = [c for c in people if not told.left_edge.i <= c.token <= told.right_edge.i]
    if not people:
        return None
    sent = ants.sent_of[tok.i]
    if quoted:
        return chained_person(tok, people, ants) or agreed_person(people, quoted, ants.doc)
    same = [c for c in people if c.sent == sent]
    if tok.dep_ not in ("nsubj", "nsubjpass") and same:
        topic = next((c for c in same if c.topic), None)
        return topic.key if topic else only_person(same)
    # "he said/added", "he accused/urged" go on with the speaker; any other verb with the story's actor
    speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING_VERBS
    # a subject inside a quotation is the speaker's topic, not the story's
    topics = [c for c in people if c.topic and not c.quoted and sent - c.sent <= 1 and (speaking or not c.reporter)]
    if not topics:
        return agreed_person(people, quoted, ants.doc)
    # "Mr Hain told ... that Mr Howard's stance was ... He then accused": a person subject of an earlier
    # sentence before one that stands for its owner; an owner alone stays the topic ("Howard's only
    # entry is a hamper ... He also declares"), as one in the pronoun's own sentence does
    topics = [c for c in topics if c.sent == sent or not owned_thing(c, ants)] or topics
    joined = {x.i for x in ants.doc[topics[0].token].conjuncts}
    if any(c.token in joined and c.key != topics[0].key for c in people):
        return None   # "Tom Reed and Sam Cole were there. He ...": either of the two
    rivals = [c for c in topics if c.sent == topics[0].sent]
    if len({c.key for c in rivals}) == 1 or len({_phrase(ants.doc[c.token]) for c in rivals}) == 1:
        return topics[0].key     # one person, or one phrase: "The boy's aunt, Mary Dunn"
    # two people are subjects of one sentence ("Mubanga said the man tried to recruit him"): "he
    # said" goes on with the main clause's speaker; any other verb leaves it open
    main = [c for c in rivals if ants.doc[c.token].head.dep_ == "ROOT"]
    return main[0].key if speaking and len({c.key for c in main}) == 1 else None


def opens_sentence(tok) -> bool:
    """Whether only conjunctions, adverbs and punctuation stand before `tok` in its sentence ("But he added")."""
    return all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in tok.doc[tok.sent.start:tok.i])


def chained_person(tok, people: list, ants) -> str | None:
    """Inside a quote, a subject pronoun opening its sentence goes on with the subject pronoun of the
    previous sentence ('"... when he did a secret audition that we knew we had our man. He's an
    extraordinary actor"'): the one person the previous sentence's subject pronouns of the pronoun's
    sex (`people` holds only those) refer to, when no other person is a subject there; else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not opens_sentence(tok):
        return None
    before = [c for c in people if c.sent == ants.sent_of[tok.i] - 1 and c.topic]
    keys = {c.key for c in before}
    chain = len(keys) == 1 and any(c.quoted and ants.doc[c.token].pos_ == "PRON" for c in before)
    return next(iter(keys)) if chain else None


def reported_before(tok):
    """The clause a pronoun speaker reports before its verb ("Mr Blair will have to defend the record, he
    said"), or None: a person named in it is one the speaker tells of, not the speaker, who would
    say "I" or be written "he"."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in children(tok.head) if c.dep_ == "ccomp" and c.i < tok.i), None)


def owned_thing(c, ants) -> bool:
    """A phrase that stands for a person only as its owner ("Mr Brown's Budget was ...", "Mr Howard's
    stance was ..."): the person is not the subject itself."""
    res = ants.res
    if c.token in res.token_entity or c.token in res.mention_head:
        return False
    return any(o.dep_ == "poss" and res.token_entity.get(o.i) == c.key for o in ants.doc[c.token].children)


def _phrase(tok) -> int:
    """The head of the phrase a token stands in: a name put beside a noun belongs to the noun."""
    return tok.head.i if tok.dep_ == "appos" else tok.i


def agreed_person(people: list, quoted: bool, doc) -> str | None:
    """Without a subject nearby: the most recent person when it is also the latest subject person
    in the window (outside a quote, a subject said outside one) or the only person; else None."""
    topic = next((c for c in people if c.topic and (quoted or not c.quoted)), None)
    if topic is not None and topic.key == people[0].key and (quoted or not rival_subject(topic, people, doc)):
        return topic.key
    return only_person(people)


def rival_subject(topic, people: list, doc) -> bool:
    """Whether another person is a subject of the latest subject person's sentence ("Mr Dawes was
    jailed hours before Rick Olsen was killed. ... At the time he was on probation": either of the
    two), so that being named last makes neither the one a later pronoun refers to. One who only
    says it ("Sgt Lee said the man walked in") is no rival: the story goes on with what is told; nor
    is one named in a clause under the latest subject's main clause ("Though Deep Throat was a hero,
    Mr Felt was no liberal": Felt)."""
    if doc[topic.token].head.dep_ == "ROOT":
        return False

    def speaker(c) -> bool:
        tok = doc[c.token]
        return c.reporter or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING_VERBS
    return any(c.topic and not c.quoted and c.sent == topic.sent and c.key != topic.key and not speaker(c)
               for c in people)


def only_person(people: list) -> str | None:
    """The one person among the candidates, None when they are two or more."""
    return people[0].key if len({c.key for c in people}) == 1 else None


def told_of_as_person(tok, pronoun: str = "who") -> bool:
    """A phrase a "who" clause tells of ("said Fauzi, who like many Indonesians uses one name"):
    a person, even where the recogniser took a one-word name for an organisation; with "which", a
    body or a thing ("Manchester United, which ..."), even where it took the name for a person."""
    # the pronoun right after the name ("Fauzi, who"): one put after an apposition may belong to it
    # ("John Binks, director of GfK, which monitors ...", whatever the parser attached it to)
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == pronoun and g.i - tok.i <= 2
                                         for g in children(c))
               for c in children(tok))
