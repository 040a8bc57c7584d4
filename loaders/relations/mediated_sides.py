"""The sides of a mediated truce, deal or talks when neither the sentence nor the lede names them.

"The ceasefire, brokered by Qatar, Egypt and the United States, took effect on Jan. 19", "a truce
brokered by Russia and Turkey took effect a week ago", "The Jeddah talks, brokered by Saudi
Arabia and the United States, produced short-lived truces": the mediators are named, the parties
are not, and the lede has no coordinated pair for derive.story_parties to give ("Hamas freed
three hostages ... and Israel began releasing prisoners"). A truce or talks mediated in a story
about a war are between the war's sides: the two the article tells fighting each other (the
ATTACKED facts read by the lexicon, fighting_between, at_war, ...). Only one pair will do: the
pair fought over most, and only when no other pair is fought over as often (a story of two wars
does not say which one the truce ended). Sides are states, bodies or armed groups, never people.

derive.implicit_mediations then reads the mediation with that pair, with its guards: deals and
talks only, never a mediator's own side, and never a mediation of another deal that names its
own sides.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from loaders.relations.derive import implicit_mediations
from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact
    from loaders.relations.frames_apply import Reading


def warring_sides(facts: list[Fact], index: ActorIndex, mediation: Reading) -> list[str]:
    """The one pair of non-person actors the article's ATTACKED facts set against each other
    most often; none when two pairs tie. Fighting told only in the mediation's own sentence
    is what the talks were about ("talks that covered the war between A and B"), a topic
    that says nothing of who took part: it does not count."""
    own = mediation.evidence()
    fought: Counter[frozenset[str]] = Counter()
    for fact in facts:
        ends = (fact.source, fact.target)
        if fact.type is not RelationType.ATTACKED or fact.reading.evidence() == own:
            continue
        if all(index.kind(e) != "PERSON" for e in ends):
            fought[frozenset(ends)] += 1
    ranked = fought.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return []
    return sorted(ranked[0][0])


def mediations_of_the_war(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """Each mediation no fact came from yet, read again between the war's two sides."""
    return [
        fact
        for reading in unread_mediations(readings, facts)
        for fact in implicit_mediations([reading], warring_sides(facts, index, reading), index)
    ]


def unread_mediations(readings: list[Reading], facts: list[Fact]) -> list[Reading]:
    """The mediation readings no fact came from yet: their parties were found nowhere."""
    read = {
        (id(f.reading.trigger.doc), f.reading.trigger.i)
        for f in facts
        if f.type is RelationType.MEDIATED
    }
    return [
        r
        for r in readings
        if r.frame.type is RelationType.MEDIATED and (id(r.trigger.doc), r.trigger.i) not in read
    ]
