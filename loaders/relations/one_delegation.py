"""Two officials of one state who meet a foreign party together are one delegation, not two
parties meeting each other.

"Blinken and Sullivan met Yang and Wang", "Bolton held talks with Lavrov, Patrushev and Shoigu",
"Modi met Waltz and Gabbard": the readers that pair every party of a meeting (a list of
subjects, a list of objects, "the talks") also pair the two colleagues on one side of the
table. The text names a meeting between the sides; the colleagues' own dealings are no
diplomatic relation (ANNOTATION.md records what one side does to another).

The check is narrow on purpose: both ends are people of the same state, and in the sentence
that pairs them a third party of another state (or an international body's official, who has
none) meets each of them. Two colleagues who meet each other in a sentence of their own ("Putin
met Shoigu") keep their meeting.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from loaders.actors.titles import TITLE_WORDS
from schema.ontology import RelationType

if TYPE_CHECKING:
    from collections.abc import Collection

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact


def same_state_people(index: ActorIndex, ids: Collection[str]) -> str | None:
    """The state all of them are people of, when they are people of one known state."""
    if not ids or any(index.kind(i) != "PERSON" for i in ids):
        return None
    states = {index.country(i) for i in ids}
    return states.pop() if len(states) == 1 and None not in states else None


def colleague_state(index: ActorIndex, fact: Fact) -> str | None:
    """The one known state of two people listed in one slot, when the other's is not given.

    "Raimondo met Premier Li Qiang and Vice Premier He Lifeng": a nationality said once
    carries over the list of office holders a visitor meets, so an official with a bare
    title ("Vice Premier") listed in the same slot (both met, or both meeting) as a known
    state's official is taken to be of that state. The caller still asks for a third party
    meeting both of them.
    """
    pair = (fact.source, fact.target)
    if any(index.kind(i) != "PERSON" for i in pair):
        return None
    reading = fact.reading
    slots = (reading.sources, reading.targets)
    if not any({r.actor_id for r in slot} >= set(pair) for slot in slots):
        return None
    unknown = [i for i in pair if index.country(i) is None]
    if len(unknown) != 1 or not _bare_title(index, unknown[0]):
        return None
    known = {index.country(i) for i in pair} - {None}
    return known.pop() if len(known) == 1 else None


def _bare_title(index: ActorIndex, actor_id: str) -> bool:
    """A title of office words alone ("Vice Premier"), naming no body it serves: "European
    Commission President" is an international official, of neither side."""
    actor = index.actors.get(actor_id)
    words = (actor.title or "").lower().split() if actor is not None else []
    return bool(words) and all(w in TITLE_WORDS for w in words)


def without_delegation_meetings(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but a meeting of two same-state people whose sentence has a party of
    another state meeting both of them."""
    met: dict[tuple[int, str], set[str]] = defaultdict(set)
    for fact in facts:
        if fact.type is RelationType.MET_WITH:
            start = fact.reading.evidence()[0]
            met[(start, fact.source)].add(fact.target)
            met[(start, fact.target)].add(fact.source)
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.MET_WITH:
            pair = (fact.source, fact.target)
            state = same_state_people(index, pair) or colleague_state(index, fact)
            start = fact.reading.evidence()[0]
            across = met[(start, fact.source)] & met[(start, fact.target)]
            if state is not None and any(index.country(c) != state for c in across):
                continue
        out.append(fact)
    return out
