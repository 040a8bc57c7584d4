"""The verb lexicon is data: every relation type has its table, and no entry is written twice."""

from __future__ import annotations

from collections import Counter

from loaders.relations.lexicon import FRAMES, LIGHT_VERBS
from schema.ontology import RelationType


def test_every_relation_type_has_triggers() -> None:
    covered = {frame.type for frame in FRAMES}
    assert covered == set(RelationType)


def test_no_frame_is_listed_twice() -> None:
    keys = Counter((f.type, f.lemma, f.pos, f.needs, f.object_nouns, f.clause_aux) for f in FRAMES)
    assert [k for k, n in keys.items() if n > 1] == []


def test_light_verbs_are_not_verb_triggers_of_their_own() -> None:
    """A light verb ("held talks") must not itself assert a relation without its noun."""
    plain_verbs = {f.lemma for f in FRAMES if f.pos == "VERB" and f.object_nouns is None}
    # each of these asserts something only with its own object or preposition ("held X",
    # "launched drones at X", "ordered X to leave", "agreed it was a mistake"), never on its
    # light-verb reading ("raised it with X by telephone": only with both "with" and "by")
    allowed = {"strike", "hold", "announce", "launch", "order", "agree", "raise"}
    assert plain_verbs & LIGHT_VERBS <= allowed
