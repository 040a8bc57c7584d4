"""Whose charge is "the charge"? The one the story told accusing someone before.

A rejection or dismissal of "the genocide charge", "the accusation" or "the submission" is aimed
at the one who made it, and news stories tell who did so paragraphs earlier ("South Africa filed
the case in December, accusing Israel of genocidal acts"). said_before.py finds a claim's maker
among the last two sentences' speakers; an accusation is a narrower act, told by fewer words
(accuse, charge, allege, blame, "filed a case"), so it can be looked for further back: the
latest accusation within several sentences, or in the lede. Only definite nouns of accusation
whose owner is no actor ("the genocide charge" has a topic, not an owner), only backwards, and
never a maker on the rejecting side (nobody rejects their own side's charge here).

A court's act is found the same way: "called the ruling biased" after "the court found that ..."
condemns the court, not whoever last spoke of the verdict (issuers_before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import ActorIndex, Ref

ACCUSATION_NOUNS = words("charge accusation allegation submission complaint lawsuit case")
# A part in a wrong one denies having: "denied any involvement in the killing" rejects whoever
# accused them of it (whatever its determiner: "any", "all", none).
DENIED_PARTS = words("involvement role responsibility part complicity wrongdoing link")
# How an earlier accusation is told: its verb, or a noun of it carried by a verb.
_ACCUSING_VERBS = words("accuse charge allege blame indict")
_ACCUSING_NOUNS = ACCUSATION_NOUNS
# Verbs that make the accusation a noun names ("filed the case"), not ones reacting to it.
_MAKING = words("file bring lodge level make press submit launch open repeat")
RULING_NOUNS = words("ruling verdict judgment judgement trial conviction")
_RULING_VERBS = words("rule find convict sentence acquit try")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_SENTENCES_BACK = 6


def _definite_unowned(noun: Token, index: ActorIndex) -> bool:
    if any(c.lower_ == "such" for c in noun.children):
        return True  # "denied any such trade": the act an accusation before told of
    if noun.lemma_.lower() in DENIED_PARTS:
        return not any(c.dep_ == "poss" or index.direct(c) is not None for c in noun.children)
    if noun.lemma_.lower() not in ACCUSATION_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "Baku's charge", "their accusation": read elsewhere
    if any(index.direct(c) is not None for c in noun.children):
        return False  # "the Russian charge": owned
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children):
        return False
    # the parser may hang "the" elsewhere in a small clause ("called the submission meritless")
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return before in _DEFINITE or any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children
    )


def _accusers(tok: Token, index: ActorIndex) -> list[Ref]:
    """Who made an earlier accusation: the subject of "accused"/"charged", the owner of an
    accusation noun, or the subject of the verb that carries it ("filed the case")."""
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() not in _ACCUSING_VERBS:
            return []
        return [r for s in passives.logical_source(tok) for r in index.refs(s)]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ACCUSING_NOUNS:
        return []
    owners = [r for c in tok.children if c.dep_ == "poss" for r in index.refs(c)]
    if owners:
        return owners
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _MAKING:
        return [r for s in passives.logical_source(tok.head) for r in index.refs(s)]
    return []


def tokens_back(noun: Token, index: ActorIndex) -> list[Token]:
    """The tokens before the noun, latest first, then the lede's."""
    doc, start = noun.doc, noun.sent.start
    for _ in range(_SENTENCES_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    start = max(start, index.dateline_end)
    earlier = list(reversed(doc[start : noun.i]))
    if len(doc) > index.dateline_end:
        lede = doc[index.dateline_end].sent
        if lede.end <= start:
            earlier += reversed(lede)
    return earlier


def accusers_before(noun: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """The maker of the accusation a definite ownerless accusation noun refers back to, or []."""
    if not _definite_unowned(noun, index):
        return []
    rejecting = [r.actor_id for s in passives.logical_source(reacting) for r in index.refs(s)]
    sides = set(rejecting) | {c for a in rejecting if (c := index.country(a)) is not None}
    told = [(tok, makers) for tok in tokens_back(noun, index) if (makers := _accusers(tok, index))]
    topic = _topic(noun)
    about = [(tok, makers) for tok, makers in told if topic & _words_of(tok.sent)]
    for _, makers in (about or told)[:1]:
        own = any(m.actor_id in sides or index.country(m.actor_id) in sides for m in makers)
        return [] if own else makers
    return []


_TOPIC_PREPS = frozenset({"in", "of", "for", "over", "behind"})


def _topic(noun: Token) -> set[str]:
    """What the denied part or charge is about: "any role in the Skripal poisoning" ->
    {skripal, poisoning}. A story often tells two accusations against one side; the denial
    answers the one about its topic, not merely the latest."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
    return {t.lemma_.lower() for p in preps for t in p.subtree if t.pos_ in ("NOUN", "PROPN")}


def _words_of(sentence: Span) -> set[str]:
    return {t.lemma_.lower() for t in sentence if t.pos_ in ("NOUN", "PROPN")}


def issuers_before(noun: Token, index: ActorIndex) -> list[Ref]:
    """The body that issued the ruling a definite ownerless "the ruling"/"the verdict" refers
    back to: the subject of the latest "ruled"/"found"/"sentenced" told, or an owned ruling."""
    if noun.lemma_.lower() not in RULING_NOUNS or noun.doc[noun.i - 1].lower_ not in _DEFINITE:
        return []
    if any(c.dep_ == "poss" or index.direct(c) is not None for c in noun.children):
        return []
    for tok in tokens_back(noun, index):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _RULING_VERBS:
            found = [r for s in passives.logical_source(tok) for r in index.refs(s)]
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in RULING_NOUNS:
            found = [r for c in tok.children if c.dep_ == "poss" for r in index.refs(c)]
        else:
            continue
        bodies = [r for r in found if index.kind(r.actor_id) != "PERSON"]
        if bodies:
            return bodies
    return []
