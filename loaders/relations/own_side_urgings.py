"""Urgings that are no urging of another party: a joint exhortation, and an urging announced.

"Pompeo said the two countries must work together", "Xi said the two sides should help each
other": a speaker who counts himself (or his own state) among those who should act states a
shared aim, not a demand made of the other side; ANNOTATION.md counts "called on, urged,
pressed, demanded of", and such a sentence asks nothing of anyone.

"She said she would ask Putin to close the embassy", "he will urge his cabinet to act": an
urging the speaker only announces has not been made, and an announced intention is not a
firmly scheduled event either. Continuing one that is under way ("would keep pressing Tehran",
"will continue to call for his release") asserts the urging already made, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.frames_apply import Reading

_GOING_ON = frozenset({"keep", "continue", "remain"})
"""Governors that carry on an urging already made: "would keep pressing", "will continue to
urge"."""


def joint_exhortation(sources: list[Ref], targets: list[Ref], index: ActorIndex) -> bool:
    """The speaker, or his state, is among those a "should/must" clause obliges: "the two
    countries must", where one of the two is the speaker's own."""
    speakers = {r.actor_id for r in sources}
    own = {index.country(r.actor_id) for r in sources} - {None}
    return any(t.actor_id in speakers or index.country(t.actor_id) in own for t in targets)


def announced_urging(reading: Reading) -> bool:
    """An urging the text only says will be made ("would ask X to", "will urge X to")."""
    if reading.frame.type is not RelationType.URGED or reading.status is not Status.PLANNED:
        return False
    trigger = reading.trigger
    carried_on = trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lemma_.lower() in _GOING_ON
    return not carried_on
