"""An ambassador lives where he is posted: his meetings there are no visits, nor is a welcome
he gives a visit to his home state.

"The German ambassador welcomed Guaido at Caracas airport": Guaido did not go to Germany, and
the ambassador, who resides in Caracas, did not visit Venezuela. Visits derived from meetings
and receptions (derive.py) assume the host is at home and the guest travelled; an envoy posted
abroad breaks both. A visit the text states ("the ambassador travelled to Kyiv") is read from
its own words and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_POSTED = ("ambassador", "high commissioner", "charge d'affaires", "chargé d'affaires", "consul")
"""Titles of envoys who reside in the state they are accredited to."""


def _posted_abroad(actor_id: str, index: ActorIndex) -> bool:
    title = index.title(actor_id)
    return any(word in title for word in _POSTED) and "at-large" not in title


def envoy_derived(visit: Fact, index: ActorIndex) -> bool:
    """A visit derived from a meeting, made by an envoy posted abroad, or to the home state of
    an envoy who hosted it ("the German ambassador welcomed Guaido": no visit to Germany)."""
    if visit.type is not RelationType.VISITED:
        return False
    if _posted_abroad(visit.source, index):
        return True
    reading = visit.reading
    home = index.country(visit.target)
    hosts = {r.actor_id for r in (*reading.sources, *reading.targets, *reading.pairwise)}
    return any(
        _posted_abroad(a, index) and home is not None and index.country(a) == home
        for a in hosts - {visit.source}
    )
