"""Pronouns resolved to the person introduced earlier in the article.

A deliberately small rule set, chosen to be predictable: a subject or possessive pronoun ("he",
"his") refers to the nearest person that was a grammatical subject, in the same sentence before
it or in the sentences just before, except that what someone is praised or blamed "for" is
their own ("criticised Orban for his trip"), and a "his" whose sentence names one person and no
subject is that person's; an object pronoun ("him") to the nearest person mentioned before it
in its sentence who is not the subject of its own verb, and, while anyone else qualifies, not a
possessor ("spoke to Putin, Lukashenko's ally, and asked him": Putin), else to the person the
sentence before is about (its main subject, or the owner of it: "His channel helped ...").
Only people within three sentences qualify. Within its own sentence a "he"/"his" first takes
the subject of a verb above it (clause_subjects.py: "Macron said X was held, and he called":
Macron), and never the head of a "whom" clause it sits in nor an object of its own verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.cataphora import fronted_subject
from loaders.actors.clause_subjects import (
    dominating_subject,
    excluded_people,
    in_coordinated_subject,
)
from loaders.actors.person_gender import FEMALE, MALE, person_genders
from loaders.actors.quotes import quoted_speaker
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT = frozenset({"he", "she"})
_POSSESSIVE = frozenset({"his", "her", "hers"})
_OBJECT = frozenset({"him", "himself", "herself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_WINDOW = 3


def resolve_pronouns(doc: Doc, person_mentions: list[Mention]) -> list[Mention]:
    """Mentions (how="pronoun") for he/she/his/her/him that have an antecedent.

    Two passes. The first resolves every pronoun knowing only what the text's titles and
    appositions say of each person's gender (person_gender.py). A pronoun that had one person
    to choose from is then evidence of that person's gender ("Pelosi condemned what she
    called": Pelosi is a woman), unless such pronouns disagree; the second pass keeps a "he"
    from a person known to be a woman and a "she" from a man, however near they stand."""
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    known = sorted(person_mentions, key=lambda m: m.start)
    genders = person_genders(doc, known)
    first = _resolve(doc, known, sent_of, genders)
    voted: dict[str, set[str]] = {}
    for m, alone in first:
        if alone:
            voted.setdefault(m.actor_id, set()).add(_gender(doc[m.start].lower_))
    for actor, gs in voted.items():
        if len(gs) == 1 and actor not in genders:
            genders[actor] = next(iter(gs))
    return [m for m, _ in _resolve(doc, known, sent_of, genders)]


def _gender(word: str) -> str:
    return FEMALE if word in _FEMININE else MALE


def _resolve(
    doc: Doc, known: list[Mention], sent_of: dict[int, int], genders: dict[str, str]
) -> list[tuple[Mention, bool]]:
    """Each pronoun resolved, with whether one person alone was within reach of it."""
    resolved: list[Mention] = []
    alone: list[bool] = []
    gender: dict[str, str] = {}
    quoted: set[int] = set()
    speaker: str | None = None
    """What the sentence's pronouns resolved so far say of each person: in "she urged China to
    release him" she is not him. Kept to one sentence: one wrong resolution earlier in the
    article must not decide every later one."""
    for tok in doc:
        word = tok.lower_
        if tok.is_sent_start:
            gender = {}
            quoted, speaker = quoted_speaker(tok.sent, known)
        if word not in _SUBJECT and word not in _POSSESSIVE and word not in _OBJECT:
            continue
        own = _gender(word)
        barred = excluded_people(doc, tok, known)
        if word == "her" and tok.dep_ not in ("poss",):
            word = "him"
        near = [
            m
            for m in known + resolved
            if m.end <= tok.i
            and sent_of[tok.i] - sent_of[m.start] <= _WINDOW
            and not (tok.i in quoted and m.actor_id == speaker)
            and m.actor_id not in barred
        ]
        candidates = [
            m
            for m in near
            if gender.get(m.actor_id, own) == own and genders.get(m.actor_id, own) == own
        ]
        fitting = [m for m in known if genders.get(m.actor_id, own) == own]
        ahead = fronted_subject(tok, fitting) if word not in _OBJECT else None
        antecedent = ahead or _pick(doc, tok, word, candidates)
        if antecedent is not None:
            resolved.append(Mention(tok.i, tok.i + 1, antecedent.actor_id, "pronoun"))
            alone.append(len({m.actor_id for m in near}) == 1)
            gender.setdefault(antecedent.actor_id, own)
    return list(zip(resolved, alone, strict=True))


def _clause_subjects(verb: Token) -> set[int]:
    """The subjects an object pronoun of `verb` cannot be: the verb's own, with their
    conjuncts ("Macron and Scholz hosted him": not Scholz), and those of the verbs an
    infinitive hangs on ("were due to host him", through "due" to "were")."""
    heads = [verb]
    while heads[-1].dep_ in ("xcomp", "acomp") and len(heads) < 4:
        heads.append(heads[-1].head)
    subjects = [c for h in heads for c in h.children if c.dep_ in _SUBJECT_DEPS]
    return {t.i for c in subjects for t in (c, *c.conjuncts)}


def _own_verb(tok: Token) -> Token:
    """The verb whose clause an object pronoun sits in: its head, or, for the object of a
    preposition, the verb the phrase hangs on, through the nouns between ("Macron expressed
    support for him": not Macron, who would be "himself")."""
    head = tok.head
    if tok.dep_ != "pobj":
        return head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return head
        if head.dep_ not in ("prep", "dative", "dobj", "pobj"):
            return head
        head = head.head
    return head


def _pick(doc: Doc, tok: Token, word: str, candidates: list[Mention]) -> Mention | None:
    if not candidates:
        return None
    latest_first = sorted(candidates, key=lambda m: m.start, reverse=True)
    if word in _OBJECT:
        own_subjects = _clause_subjects(_own_verb(tok))
        own_subjects |= _asker_of_release(tok) | _relative_head(tok)
        barred = {m.actor_id for m in candidates if any(m.start <= i < m.end for i in own_subjects)}
        free = [m for m in latest_first if m.actor_id not in barred]  # "He thanked him"
        here = [m for m in free if doc[m.start].sent.start == tok.sent.start]
        if free and not here:  # "Fogel landed aboard a plane carrying Witkoff. Trump greeted
            # him": the person the sentence before is about, not the last one it named
            centre = _centre_before(doc, tok, free)
            if centre is not None:
                return centre
        # "spoke to Putin, Lukashenko's ally, and asked him": a possessor inside another's
        # description is seldom the one "him" stands for; the person described is. A sentence
        # naming only possessors still keeps "him" ("Kavala's detention ... urging Ankara to
        # release him"): the person of the sentence before is further away.
        if here:
            return next((m for m in here if not _is_possessor(doc, m)), here[0])
        return next((m for m in free if not _is_possessor(doc, m)), free[0] if free else None)
    if word in _POSSESSIVE and (owner := _conjunct_owner(tok, latest_first)) is not None:
        return owner
    if word in _POSSESSIVE and (fronted := _fronted_owner(tok, latest_first)) is not None:
        return fronted
    if word in _POSSESSIVE and (judged := _judged_for(tok, latest_first)) is not None:
        return judged
    if word in _POSSESSIVE and (other := _others_act(doc, tok, latest_first)) is not None:
        return other
    here = [m for m in latest_first if doc[m.start].sent.start == tok.sent.start]
    if (above := dominating_subject(tok, here)) is not None:
        return above
    for m in here:
        if _is_subject(doc, m):
            return m
    if word in _SUBJECT and (described := _who_described(doc, tok, here)) is not None:
        return described
    if word in _POSSESSIVE and len({m.actor_id for m in here}) == 1:
        return here[0]  # "the EU, which rejects Lukashenko's claim, cited his government's"
    return _centre_before(doc, tok, latest_first) or latest_first[0]


# Acts done to a prisoner: "called on Algeria to release him" asks for someone else's freedom.
_CUSTODY = frozenset({"release", "free", "pardon", "detain", "arrest", "jail", "deport",
                      "extradite", "execute", "sentence"})  # fmt: skip


def _relative_head(tok: Token) -> set[int]:
    """ "received by Premier Li, who told her": the subject of a "who" clause is the noun the
    clause hangs on, so that person is the subject of the pronoun's own verb, not "her"."""
    verb = tok.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ in _SUBJECT_DEPS and c.lower_ in ("who", "that") for c in verb.children
    ):
        return set()
    return {verb.head.i}


def _asker_of_release(tok: Token) -> set[int]:
    """ "Macron has called on the Algerian authorities to release him": the one who asks that
    someone be freed (or held) is not that someone; the subject of the asking verb is no
    antecedent of "him"."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _CUSTODY or verb.dep_ != "xcomp":
        return set()
    asking = verb.head
    return {c.i for c in asking.children if c.dep_ in _SUBJECT_DEPS}


def _centre_before(doc: Doc, tok: Token, candidates: list[Mention]) -> Mention | None:
    """The person the nearest earlier sentence that names one is about: the subject of its main
    clause, else a subject, else the one it names ("... capped a hurried tour for Blinken. On
    Wednesday he was in Kyiv"). Why not the nearest subject anywhere: in "Blinken said Lavrov
    had repeated ... He urged Moscow to pull back" the speaker, not the reported subject, goes on.
    """
    before = [m for m in candidates if doc[m.start].sent.start < tok.sent.start]
    if tok.lower_ in _SUBJECT or tok.lower_ in _POSSESSIVE:  # a singular pronoun
        before = [m for m in before if not in_coordinated_subject(doc, m, candidates)]
    if not before:
        return None
    nearest = doc[before[0].start].sent.start
    named = [m for m in before if doc[m.start].sent.start == nearest]
    main = [m for m in named if _is_subject(doc, m) and _in_main_clause(doc, m)]
    subjects = [m for m in named if _is_subject(doc, m)]
    people = {m.actor_id for m in named}
    if main:
        return main[-1]
    owners = [m for m in named if _owns_main_subject(doc, m)]
    if owners:  # "His channel helped to mobilise protests ...": the sentence is about him
        return owners[0]
    if subjects:
        return subjects[0]
    if len(people) == 1:
        return named[0]
    return next((m for m in before if _is_subject(doc, m)), None)


def _owns_main_subject(doc: Doc, mention: Mention) -> bool:
    """The possessor of the main clause's subject: "his channel" in "His channel helped"."""
    root = doc[mention.start : mention.end].root
    if root.dep_ != "poss" or root.head.dep_ not in _SUBJECT_DEPS:
        return False
    verb = root.head.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _in_main_clause(doc: Doc, mention: Mention) -> bool:
    """A subject of the sentence's root verb, or of a verb joined to it ("met X and said")."""
    root = doc[mention.start : mention.end].root
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    verb = root.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _judged_for(tok: Token, candidates: list[Mention]) -> Mention | None:
    """ "Tusk criticised Orban for his trip", "thanked Biden over his support": the reason a
    person is praised or blamed for is their own act, so "his" is the verb's object."""
    noun, prep = tok.head, tok.head.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in ("for", "over"):
        return None
    objects = {c.i for c in prep.head.children if c.dep_ == "dobj"}
    return next((m for m in candidates if any(m.start <= i < m.end for i in objects)), None)


def _conjunct_owner(tok: Token, candidates: list[Mention]) -> Mention | None:
    """ "signed by Wang Yi and his Kenyan counterpart", "Lavrov and his deputy": "his" in a
    conjunct is the person the list has just named, not the speaker of the sentence."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i > tok.i:
        return None
    first = noun.head
    return next((m for m in candidates if m.start <= first.i < m.end), None)


def _fronted_owner(tok: Token, candidates: list[Mention]) -> Mention | None:
    """ "During Trump's first term, his administration sanctioned ...": a person named in the
    phrase fronted before the clause's subject is who that subject's "his" is, not the person
    the sentence before was about."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ not in _SUBJECT_DEPS:
        return None
    verb = noun.head
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < noun.left_edge.i]
    spans = [(p.left_edge.i, p.right_edge.i) for p in fronted]
    inside = [
        m
        for m in candidates
        if any(a <= m.start <= b for a, b in spans) and tok.doc[m.start : m.end].root.dep_ == "poss"
    ]
    return inside[0] if len({m.actor_id for m in inside}) == 1 else None


def _who_described(doc: Doc, tok: Token, candidates: list[Mention]) -> Mention | None:
    """ "The deal left out Whelan, a former Marine, who is serving a term for spying, a charge he
    denies": a person whose phrase holds a "who" clause is the subject of that clause, and a
    pronoun inside the same phrase goes on about them."""
    for m in candidates:
        root = doc[m.start : m.end].root
        heads = [root, *(c for c in root.children if c.dep_ == "appos")]
        described = any(
            c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
            for h in heads
            for c in h.children
        )
        if described and root.left_edge.i <= tok.i <= root.right_edge.i:
            return m
    return None


def _is_possessor(doc: Doc, mention: Mention) -> bool:
    return doc[mention.start : mention.end].root.dep_ == "poss"


def _is_subject(doc: Doc, mention: Mention) -> bool:
    root = doc[mention.start : mention.end].root
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    return root.dep_ in _SUBJECT_DEPS


# Verbs of judging another's act: "condemned his visit" is seldom the speaker's own visit.
_JUDGING = frozenset({"condemn", "denounce", "criticise", "criticize", "slam", "blast", "decry",
                      "deplore", "praise", "hail", "welcome", "applaud", "commend", "rebuke",
                      "lambast", "castigate"})  # fmt: skip


def _others_act(doc: Doc, tok: Token, candidates: list[Mention]) -> Mention | None:
    """ "Zelensky accused Orban of betraying Europe and condemned his visit to Moscow": the owner
    of the act judged is the latest person named who is not the judge."""
    noun, verb = tok.head, tok.head.head
    if tok.dep_ != "poss" or noun.dep_ != "dobj" or verb.lemma_.lower() not in _JUDGING:
        return None
    if any(c.lower_ == "own" for c in noun.children):
        return None  # "praised his own efforts"
    sent = tok.sent
    candidates = [m for m in candidates if sent.start <= m.start < sent.end]
    judge = verb.head if verb.dep_ == "conj" else verb  # "accused ... and condemned"
    judges = {c.i for c in (*verb.children, *judge.children) if c.dep_ in _SUBJECT_DEPS}
    judges |= {t.i for j in list(judges) for t in doc[j].conjuncts}
    others = [m for m in candidates if not any(m.start <= i < m.end for i in judges)]
    return others[0] if others and len(others) < len(candidates) else None
