"""Refusing to accept another's act or claim: "Russia does not recognise the court's
jurisdiction", "Britain does not accept Russia's claim to the peninsula", "the EU refused to
recognise Lukashenko's re-election", "Russia said it did not recognise the move".

The frames drop a negated verb (nothing happened), but "not accept" and "not recognise" are
themselves the rejection: the one refusing REJECTED whoever made the claim, took the step or
holds the authority. The target is the owner of what is not accepted ("the court's
jurisdiction", "its annexation by Russia"), an organisation named as the object ("does not
recognise the court"), or, for a definite unowned step ("the move", "the decision"), the one who
took the step just reported against the refuser (as `answered_pleas` reads "rejected the move").

Not read: a state's existence or independence ("does not recognise Kosovo's statehood" is a
standing policy of non-recognition, no rejection of a proposal), a will not to tolerate something
in general ("will not accept ultimatums", "would not accept being tutored"), and other verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.denials import answered_moves
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import is_question
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_ACCEPTING = words("accept recognise recognize acknowledge")
_NEGATORS = words("not never n't")
_REFUSING = words("refuse decline")
# What one can refuse to accept of another: a claim, a step, a ruling, a power.
_CLAIMED = words(
    "claim claims assertion argument explanation demand proposal plan move decision step action "
    "measure ruling verdict jurisdiction authority authorities legitimacy annexation election "
    "re-election reelection result results victory win sovereignty ultimatum terms"
)
# A standing power, not one act: refusing it answers an act of its holder against the refuser
# ("Russia does not recognise the court's jurisdiction" after the court's warrant for Putin), and
# is no rejection of anything when the holder acted against nobody on the refuser's side
# ("Washington does not recognise the court's jurisdiction" in a story of a warrant for Putin).
_POWERS = words("jurisdiction authority authorities legitimacy sovereignty")
# A definite unowned step, answered like "rejected the move".
_STEPS = words("move decision step action measure")
_DEFINITE = words("the this that these those such")
_NOT_ACCEPTED = Frame(RelationType.REJECTED, "accept", "VERB", ("claim",), strength=0.7)


def _refused(verb: Token) -> bool:
    """ "does not recognise", "would never accept", "refused to recognise"."""
    if any(c.dep_ == "neg" and c.lower_ in _NEGATORS for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in _REFUSING
        and not any(c.dep_ == "neg" for c in head.children)
    )


def _objects(verb: Token) -> list[Token]:
    """The object, its conjuncts, and the head noun of a relative clause ("an explanation Beijing
    has never accepted", "whose declaration Belgrade does not recognise")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        objs = [verb.head]
    return objs + [c for o in objs for c in o.conjuncts]


def _owners(noun: Token, index: ActorIndex) -> list[Ref]:
    """Who made the claim or took the step: "Russia's claim", "its annexation by Russia",
    "the U.S. move", "Maduro's re-election"."""
    out: list[Ref] = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            out += index.refs(child)
        elif child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}:
            out += [r for g in child.children if g.dep_ == "pobj" for r in index.refs(g)]
            out += [r for g in child.children if g.dep_ == "pobj" for r in _doer(g, index)]
        elif child.dep_ == "relcl" and child.lemma_.lower() == "claim":
            out += [r for s in grammatical_subjects(child) for r in index.refs(s)]
    return out


def _doer(place: Token, index: ActorIndex) -> list[Ref]:
    """ "the annexation of the island by Russia": the doer hangs on the thing acted on, or
    (as the parser often has it) on the verb."""
    return [
        r
        for c in place.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
        for r in index.refs(g)
    ]


def _acted_on(
    holders: list[Ref], refusers: list[Ref], found: list[Fact], index: ActorIndex
) -> list[Ref]:
    """The holders of a power who did something to the refuser's side in the story."""
    return [
        h
        for h in holders
        if any(
            own_side(index, f.source, h.actor_id)
            and any(own_side(index, r.actor_id, f.target) for r in refusers)
            for f in found
        )
    ]


def _unowned_step(noun: Token) -> bool:
    return noun.lemma_.lower() in _STEPS and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children
    )


def unaccepted(found: list[Fact], doc: Doc, index: ActorIndex) -> list[Fact]:
    """REJECTED facts: a refuser's negated "accept"/"recognise" of another's claim or step."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACCEPTING or is_question(verb):
            continue
        if not _refused(verb):
            continue
        refusers = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        if not refusers:
            continue
        reading = Reading(_NOT_ACCEPTED, verb, (verb,), Status.OCCURRED, 0.7, refusers)
        for obj in _objects(verb):
            direct = index.refs(obj)
            if direct and index.kind(direct[0].actor_id) == "ORGANIZATION":
                holders = _acted_on(direct, refusers, found, index)  # "the court" is its power
                out += facts_between(
                    refusers, RelationType.REJECTED, holders, reading.status, 0.7, reading
                )
                continue
            if obj.lemma_.lower() not in _CLAIMED:
                continue
            if owners := _owners(obj, index) or _doer(verb, index):
                if obj.lemma_.lower() in _POWERS:
                    owners = _acted_on(owners, refusers, found, index)
                out += facts_between(
                    refusers, RelationType.REJECTED, owners, reading.status, 0.7, reading
                )
            elif _unowned_step(obj):
                out += answered_moves(reading, found, doc, index)
    return out
