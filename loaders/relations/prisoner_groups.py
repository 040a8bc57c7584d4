"""Prisoners named once and then spoken of as a group, or as a group and then named.

Custody stories name the detainees ("Okafor and Linden were arrested in 2021") and go on with
"the two Americans", "the prisoners", "the three detainees"; or they speak of the group first and
list it after: "the five Americans released by Iran included Okafor and Linden". A plural of
people the jailer acts on is then each named member, not the state of the demonym ("the
Americans" alone is the United States).

- "the N <people>" (a demonym or a prisoner noun, with "the" or "both") is the most recent
  coordination of exactly N different people in its sentence or the two before;
- "the prisoners", "the detainees", "the hostages" with no count: the most recent coordination of
  two or more people there;
- a plural of people that is the subject of "include"/"comprise" is the people it includes.

`same_noun_listed`, for custody readers: "the N <noun>" (any noun: "the five Citgo
executives") is the earlier phrase of the same noun whose apposition names exactly N people.

Members must be people without an office: news does not call two ministers "the two
prisoners", and "the two Americans" after "Biden and Blinken met" is more often a new pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.groups import coordination
from loaders.relations.lexicon import CAPTIVES, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_PEOPLE = CAPTIVES | words("citizen national journalist reporter activist")
_INCLUDING = words("include comprise")
_WINDOW = 2


def _count(noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "predet") and child.lower_ in _COUNTS:
            return _COUNTS[child.lower_]
        if child.dep_ == "nummod" and child.text.isdigit():
            return int(child.text)
    return None


def _is_people(noun: Token) -> bool:
    if noun.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return True  # "those freed by Iran included ..."
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return noun.tag_ == "NNPS" or noun.ent_type_ == "NORP" or noun.lemma_.lower() in _PEOPLE


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in noun.children)


def _untitled_people(
    members: list[Token], actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> set[str] | None:
    """The members' actor ids when each is a person without an office, else None."""
    found = [actor_of(t) for t in members]
    if any(f is None or f[1] != "PERSON" or f[2] for f in found):
        return None
    return {f[0] for f in found if f is not None}


def _named_before(
    noun: Token, count: int | None, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    doc = noun.doc
    start = noun.sent.start
    for _ in range(_WINDOW):
        if start > 0:
            start = doc[start - 1].sent.start
    for tok in reversed(doc[start : noun.i]):
        members = coordination(tok)
        if tok.dep_ in ("conj", "appos") or len(members) < 2:
            continue
        ids = _untitled_people(members, actor_of)
        if ids is None or len(ids) != len(members):
            continue
        if (count is None and len(ids) >= 2) or len(ids) == count:
            return members
    return []


def _included(noun: Token) -> list[Token]:
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _INCLUDING:
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in coordination(c)]


def prisoners_meant(
    noun: Token, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """Tokens of the named people a plural of people stands for, or []."""
    if not _is_people(noun):
        return []
    if included := [t for t in _included(noun) if actor_of(t) is not None]:
        return included if _untitled_people(included, actor_of) else []
    if not _definite(noun):
        return []
    count = _count(noun)
    if count is None and noun.lemma_.lower() not in CAPTIVES:
        return []
    return _named_before(noun, count, actor_of)


def same_noun_listed(
    noun: Token, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """ "the five Citgo executives" after "Citgo executives A, B, C, D and E": the earlier
    phrase of the same noun whose apposition lists exactly that many people, anywhere before.
    For custody readers only: such a noun may be a whole group elsewhere ("summoned to a
    meeting" is no meeting among them)."""
    count = _count(noun) if noun.tag_ in ("NNS", "NNPS") and _definite(noun) else None
    if count is None:
        return []
    lemma = noun.lemma_.lower()
    for tok in reversed(noun.doc[: noun.i]):
        if tok.lemma_.lower() != lemma or tok.tag_ not in ("NNS", "NNPS"):
            continue
        members = [m for c in tok.children if c.dep_ == "appos" for m in (c, *c.conjuncts)]
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "engineers A, B and C"
            members = _before_addition([tok.head, *tok.head.conjuncts])
        ids = _untitled_people(members, actor_of) if members else None
        if ids is not None and len(ids) == len(members) == count:
            return members
    return []


def _before_addition(members: list[Token]) -> list[Token]:
    """The members before "as well as" / "along with": "engineers A, B and C, as well as
    teacher D" are three engineers."""
    cues = [
        t.i for m in members for t in m.children if t.dep_ == "cc" and t.lower_ in ("as", "with")
    ]
    return [m for m in members if not cues or m.i < min(cues)]
