"""Who frees someone held them: a release by a state or a body is also its detention.

ANNOTATION.md counts "holds" as DETAINED, and only the one holding a prisoner can free them:
"Hamas handed over three hostages", "Venezuela freed seven Americans", "Israel is to release 90
prisoners" each say the releaser held those people. News rarely says so again ("held by"), so
the detention is read off the release. A person who frees someone (a president granting
clemency) acts for a state or a court that held them, not in their own name, so only states and
bodies are read so. The detention is current or past even when the release is only planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex

_HOLDERS = frozenset({"COUNTRY", "ORGANIZATION"})


def held_by_freers(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """DETAINED facts: each state or body releasing a person held them."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.RELEASED or index.kind(fact.source) not in _HOLDERS:
            continue
        if index.kind(fact.target) != "PERSON":
            continue
        conf = round(fact.confidence - 0.1, 2)
        kind = RelationType.DETAINED
        out.append(Fact(fact.source, kind, fact.target, Status.OCCURRED, conf, fact.reading))
    return out
