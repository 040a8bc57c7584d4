""" "Russia's foreign ministry called the expulsions groundless", "Moscow called the accusation
of spying unfounded", "Tehran said the decision was baseless": a rejection told as a verdict of
falsity on a step or charge the story just reported, with no verb of denial.

Calling a charge or a move unfounded rejects it (ANNOTATION.md: REJECTED counts denying an
accusation). The labelled noun is definite and names nobody ("the expulsions", not "Albania's
accusation", which the frame reads itself), so, like a bare denial (denials.py), it answers the
latest step of its kind aimed at the speaker's side in the same or the few sentences before:
an expulsion, a sanction or an accusation. Only labels of falsity count: "called the expulsions
unfriendly" is a complaint about a step, not a denial that it was warranted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.denials import answered_kinds
from loaders.relations.labels import labelled
from loaders.relations.lexicon import (
    ACCUSING_NOUNS,
    FALSITY_LABELS,
    NEGATIVE_LABELS,
    UNWISE_LABELS,
    words,
)
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact
    from loaders.relations.frames_apply import Reading

_R = RelationType
_STEPS = (_R.EXPELLED, _R.SANCTIONED, _R.ACCUSED)
# What each labelled noun sums up: the kinds of fact it answers.
_ANSWERS: tuple[tuple[frozenset[str], tuple[RelationType, ...]], ...] = (
    (ACCUSING_NOUNS, (_R.ACCUSED,)),
    (words("move decision step action measure"), _STEPS),
    (words("sanction"), (_R.SANCTIONED,)),
    (words("expulsion"), (_R.EXPELLED,)),
)
_DEFINITE = words("the this that these those such")
_MAKER_PREPS = frozenset({"from", "by"})


def _answered_kinds(noun: Token, index: ActorIndex) -> tuple[RelationType, ...]:
    """What a labelled noun answers: only a definite one that names no maker ("the expulsions",
    not "Canberra's decision" nor "the decision by Oslo", which name whom they answer)."""
    if not any(c.dep_ == "det" and c.lemma_.lower() in _DEFINITE for c in noun.children):
        return ()
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in _MAKER_PREPS):
            return ()
        if index.direct(child) is not None:
            return ()
    for nouns, kinds in _ANSWERS:
        if noun.lemma_.lower() in nouns:
            return kinds
    return ()


def _paired(verb: Token) -> list[Token]:
    """The object of "called the expulsions unfriendly and groundless", where the first of the
    paired labels is no insult `labelled` knows."""
    labels = [c for c in verb.children if c.dep_ == "oprd"]
    if not any(t.lower_ in FALSITY_LABELS for c in labels for t in (c, *c.conjuncts)):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _called_false(verb: Token, nouns: list[Token]) -> bool:
    """One of the labels is of falsity: "called the expulsions unfriendly and groundless"
    (the first label alone may be a complaint), not "called the expulsions unfriendly"."""
    inside = {t.i for n in nouns for t in n.subtree}
    return any(t.lower_ in FALSITY_LABELS for t in verb.subtree if t.i not in inside)


def labelled_moves(
    readings: list[Reading], facts: list[Fact], doc: Doc, index: ActorIndex
) -> list[Fact]:
    """REJECTED facts: a step or charge called false answers the latest one aimed at the
    speaker."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        if not reading.sources or "labelled-claim" not in reading.frame.targets:
            continue
        nouns = labelled(
            reading.trigger, (NEGATIVE_LABELS - UNWISE_LABELS) | FALSITY_LABELS
        ) or _paired(reading.trigger)
        if not _called_false(reading.trigger, nouns):
            continue
        kinds = tuple(k for noun in nouns for k in _answered_kinds(noun, index))
        if kinds:
            out += answered_kinds(reading, kinds, facts, doc, index)
    return out
