"""Releases told as a noun: "welcomed the release of Yang", "thanked Erdogan for their release",
"after her release", "mediated the exchange of Griner for Bout".

The noun names no releaser, but only the one holding someone can free them: the release is by
the one state the article says held that person (its DETAINED facts), as `releases_by_detainers`
reads a release verb without a doer. A noun asserts nothing of itself ("demanded his release",
"talks on the release of X"), so it counts only where the sentence takes the release as done:
the object of a verb that greets, announces or achieves it ("welcomed", "secured", "brokered"),
the ground of thanks ("thanked X for the release"), or the time of another act ("after his
release"); and only when that verb's own clause is asserted, not denied or hoped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.derive import ranked_holders
from loaders.relations.facts import Fact
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import NEGATIVE_DETS, verb_status
from loaders.relations.release_calls import release_by_holder
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_RELEASES = words("release freeing")
_SWAPS = words("exchange swap")
# Verbs that take a release as having happened: greeting it, announcing it, achieving it.
_TAKEN_AS_DONE = words(
    "welcome hail celebrate applaud greet confirm announce secure win obtain broker mediate "
    "facilitate complete finalise finalize arrange carry conduct"
)
_THANKED_FOR = words("thank praise credit commend")
_AFTER = words("after following since upon")
_STRENGTH = 0.65


def _asserting_verb(noun: Token) -> Token | None:
    """The verb whose assertion makes the release a fact, if the noun's place is one above."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head if head.lemma_.lower() in _TAKEN_AS_DONE else None
    if noun.dep_ != "pobj":
        return None
    if head.lower_ == "for" and head.head.lemma_.lower() in _THANKED_FOR:
        return head.head
    if head.lower_ in _AFTER:
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def _freed(noun: Token) -> list[Token]:
    """Who the noun frees: "the release of A and B", "her release", "the exchange of A for B"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = arg.prep_objects([noun], ("of",)) + owners
    if noun.lemma_.lower() in _SWAPS:
        given = arg.prep_objects([noun, *named], ("for",))
        if not named or not given:
            return []  # "a prisoner exchange": who went each way is told elsewhere
        named += given
    return [t for tok in named for t in arg.with_conjuncts(tok)]


def released_in_nouns(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """A release the sentence takes as done is by the one state that held the person."""
    holders = ranked_holders(facts, index, (RelationType.DETAINED,))
    out: list[Fact] = []
    for noun in doc:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in _RELEASES | _SWAPS:
            continue
        if any(c.lower_ in NEGATIVE_DETS for c in noun.children):
            continue
        verb = _asserting_verb(noun)
        status = verb_status(verb) if verb is not None else None
        if verb is None or status is None:
            continue
        frame = Frame(RelationType.RELEASED, lemma, "NOUN", ())
        for person in (r for tok in _freed(noun) for r in index.refs(tok)):
            reading = Reading(frame, noun, (noun, verb), status, _STRENGTH, [], [person])
            fact = release_by_holder(person, holders, index, reading)
            out += [fact] if fact is not None else []
    return out
