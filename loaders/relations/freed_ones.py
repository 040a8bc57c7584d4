"""Who a release without a doer frees, where the frame's slots missed them.

`releases_by_detainers` gives a release with no "by" to whoever held the person, but the frame
reader leaves two common shapes without a target:

- a participle with no auxiliary hung on a clause ("Smith landed in London on Friday, freed
  after two years in jail"): the clause's subject is the one freed, not the freer, though the
  reader takes it for the doer;
- a passive subject whose name is an apposition ("The mayor of the city, John Smith, has been
  freed"): the subject noun is a description and the person is its apposition.

Only people are freed; a release with a "by" agent is left to the frame reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import ActorIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import Ref
    from loaders.relations.frames_apply import Reading

_PARTICIPLE_DEPS = frozenset({"advcl", "acl", "conj"})
# an auxiliary, a subject or an object makes the participle a clause of its own or active
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj"})


def bare_participle(verb: Token) -> bool:
    """ "..., freed after two years", "landed on Friday, freed with a colleague": a past
    participle with no auxiliary, subject, agent or object, hung on a clause or a noun."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in _PARTICIPLE_DEPS
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    )


def _patients(verb: Token) -> list[Token]:
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return subjects
    if not bare_participle(verb):
        return []
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def freed_people(reading: Reading) -> list[Ref]:
    """The people a doerless release frees: its targets, else its passive subject or the
    subject a bare participle hangs on, with their list members and appositions. Tokens are
    read in the reading's own Doc (a lede is parsed again without its dateline)."""
    if reading.targets:
        return reading.targets
    index = ActorIndex(reading.trigger.doc)
    out: list[Ref] = []
    for head in _patients(reading.trigger):
        # "The mayor of the city, John Smith,": the parse may hang the name on the city
        apposed = (t for t in head.subtree if t.dep_ == "appos")
        for tok in (head, *head.conjuncts, *apposed):
            out += [r for r in index.refs(tok)[:1] if index.kind(r.actor_id) == "PERSON"]
    return out


def doers_are_the_freed(reading: Reading, index: ActorIndex) -> bool:
    """ "Smith landed on Friday, freed after two years": the reader's doer is the clause's
    subject, a person the bare participle says was freed."""
    return (
        bare_participle(reading.trigger)
        and not reading.targets
        and bool(reading.sources)
        and all(index.kind(s.actor_id) == "PERSON" for s in reading.sources)
    )
