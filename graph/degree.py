"""An actor's degree: how many visible relations it is in, stored so that search need not count.

Search ranks the actors of one match tier by this number (graph/queries.py). It is the count of
distinct actor-actor relations of an ontology type that touch the actor or any actor merged into
it, leaving out rejected relations and those whose two ends became one actor through a merge:
what `VISIBLE` shows for all types. It is stored as `degree` on each canonical actor (a merged
actor has none) and kept exact by recounting, never by adding or subtracting: every statement
that changes which relations an actor is in ends with `recount` over the actors it touched, in
the same statement, so the count changes atomically with the change on both engines:
- the write statement: the ends of the relations it retracts (before deleting them) and of the
  relations it writes; a new actor starts at 0;
- curation of a relation (rejecting, confirming, clearing): both ends;
- merges and unmerges: every actor whose `canon` was or now is a merge judgement's survivor.
A store written before degrees were stored has canonical actors without one: opening it counts
every actor again (`MISSING`, `RECOUNT_ALL`).

Concurrent writers: FalkorDB runs one write query at a time, so a recount sees every committed
change. Neo4j reads committed data without locking, so two transactions changing one actor's
relations could each count without the other's change and the later would write a stale number
(a lost update); the recount therefore writes the actor first, which takes its write lock, and
counts only then, when any other transaction recounting it has committed (Neo4j's documented
remedy for lost updates under read-committed isolation).
"""

from __future__ import annotations

from schema.ontology import RelationType

_TYPES = "[" + ", ".join(f"'{t.value}'" for t in RelationType) + "]"


def _count(carry: str) -> str:
    return (
        f"SET da.degree = coalesce(da.degree, 0) WITH {carry}da "
        f"OPTIONAL MATCH (:Actor {{canon: da.id}})-[dr]-(dx:Actor) WHERE type(dr) IN {_TYPES} "
        "AND coalesce(dr.curation, '') <> 'REJECTED' AND dx.canon <> da.id "
        f"WITH {carry}da, count(DISTINCT dr) AS degree "
        "SET da.degree = CASE WHEN da.canon = da.id THEN degree ELSE NULL END"
    )


def recount(ids: str, carry: str = "") -> str:
    """Clauses that recount the degree of every actor whose id is in the list `ids` (an
    expression); `carry` names variables to keep, each followed by a comma ("id, ")."""
    return f"UNWIND {ids} AS cid WITH DISTINCT {carry}cid MATCH (da:Actor {{id: cid}}) " + _count(
        carry
    )


MISSING = "MATCH (a:Actor) WHERE a.canon = a.id AND a.degree IS NULL RETURN a.id AS id LIMIT 1"
"""A canonical actor without a degree: the store was written before degrees were stored."""
RECOUNT_ALL = "MATCH (da:Actor) " + _count("")
