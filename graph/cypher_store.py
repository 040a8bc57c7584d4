"""The store protocol, implemented once over any engine that can run a registered statement.

Engines (graph/falkor_engine.py, graph/neo4j_engine.py) supply an executor and a dialect; all
query logic is here and in graph/queries.py. Graph traversals live in graph/traversal.py and
curation in graph/curation.py.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from graph import curation, traversal
from graph.actor_listing import actor_order, actor_statements
from graph.counting import fold_counts
from graph.queries import ALL_TYPES, SYMMETRIC, build_queries, schema_statements
from graph.rows import (
    BatchRows,
    actor_from,
    article_from,
    by_wanted,
    decode_cursor,
    encode_cursor,
    event_from,
    iso,
    listing_scope,
    padded_words,
    relation_from,
    words,
)
from graph.validation import validate
from schema.errors import InvalidInputError, NotFoundError
from schema.ids import country_id
from schema.ontology import RelationType
from schema.store import (
    ActorOrder,
    Count,
    CountBy,
    Direction,
    Page,
    StoreCounts,
    WriteSummary,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import date

    from graph.dialect import Dialect
    from graph.executor import Executor, Row
    from graph.statements import Statement
    from schema.models import Actor, Article, Event, Evidence, Extraction, Relation
    from schema.store import (
        ActorFilter,
        EventFilter,
        PageRequest,
        RelationFilter,
        Store,
        Subgraph,
    )

MAX_PAGE = 500


def type_names(types: Sequence[RelationType] | None) -> list[str]:
    """Relation type names, refusing anything that is not in the ontology."""
    if types is None:
        return ALL_TYPES
    try:
        return [RelationType(t).value for t in types]
    except ValueError as exc:
        raise InvalidInputError("relation types", str(exc)) from exc


class CypherStore:
    """Implements schema.store.Store; engines subclass it only to build their executor."""

    def __init__(self, executor: Executor, dialect: Dialect) -> None:
        self._x = executor
        self._dialect = dialect
        self.queries = build_queries(dialect)

    # plumbing -----------------------------------------------------------------------------
    def _read(self, statement: Statement, **params: Any) -> list[Row]:
        return self._x.read(*statement.bind(**params))

    def _write(self, statement: Statement, **params: Any) -> list[Row]:
        return self._x.write(*statement.bind(**params))

    def statements(self) -> tuple[Statement, ...]:
        """Every statement this store can send: its schema DDL and all its queries."""
        return schema_statements(self._dialect) + self.queries.all()

    def close(self) -> None:
        self._x.close()

    def ping(self) -> bool:
        return self._x.ping()

    # writes -------------------------------------------------------------------------------
    def _stored_actor_ids(self, ids: Iterable[str]) -> set[str]:
        return {r["id"] for r in self._read(self.queries.existing_actors, ids=sorted(ids))}

    def write(self, batch: Sequence[Extraction]) -> WriteSummary:
        batch = list(batch)
        validate(batch, self._stored_actor_ids)
        if not batch:
            return WriteSummary()
        rows = BatchRows()
        for extraction in batch:
            rows.add(extraction)
        params = rows.params()
        self._write(self.queries.write, **params)
        return WriteSummary(
            articles=len(params["articles"]),
            actors=len(params["actors"]),
            events=len(params["events"]),
            relations=len(params["relations"]),
        )

    def upgrade(self) -> None:
        """Bring a store written by an earlier version up to what reads expect; engines call it
        on opening. A store written before actors' degrees were stored (some canonical actor has
        none) has every degree counted, so search ranks it as it ranks a new store."""
        if self._read(self.queries.missing_degrees):
            self._write(self.queries.recount_degrees)

    def wipe(self) -> None:
        """Delete every node and relationship, keeping indexes (tests, full re-imports)."""
        self._write(self.queries.wipe)

    def counts(self) -> StoreCounts:
        (rec,) = self._read(self.queries.counts, types=ALL_TYPES)
        return StoreCounts(
            articles=rec["articles"],
            actors=rec["actors"],
            events=rec["events"],
            relations=rec["relations"],
            sources=int(rec["sources"] or 0),
        )

    # paging -------------------------------------------------------------------------------
    def _page[T](
        self,
        page: PageRequest,
        scope: str,
        run: Callable[[dict[str, Any]], list[Row]],
        count: Callable[[], list[Row]],
        hydrate: Callable[[list[Row]], list[T]],
    ) -> Page[T]:
        if not 0 <= page.first <= MAX_PAGE:
            raise InvalidInputError(f"first={page.first}", f"must be between 0 and {MAX_PAGE}")
        key, ident = decode_cursor(page.after, scope)
        recs = run({"after_key": key, "after_id": ident, "limit": page.first + 1})
        more = len(recs) > page.first
        recs = recs[: page.first]
        return Page(
            items=hydrate(recs),
            cursors=[encode_cursor(r["key"], r["id"], scope) for r in recs],
            total_count=count()[0]["n"],
            has_next_page=more,
            has_previous_page=page.after is not None,
        )

    def _search(self, text: str | None) -> str | None:
        if text is None:
            return None
        found = words(text)
        if not found:
            raise InvalidInputError(f"search {text!r}", "has no letters or digits to look for")
        return self._dialect.fulltext_query(found)

    # actors -------------------------------------------------------------------------------
    def get_actors(self, ids: Sequence[str]) -> list[Actor | None]:
        recs = self._read(self.queries.get_actors, ids=list(ids))
        return by_wanted(ids, ((r["wanted"], actor_from(r)) for r in recs))

    def _actors(self, recs: list[Row]) -> list[Actor]:
        return [a for a in self.get_actors([r["id"] for r in recs]) if a is not None]

    def actor_relation_counts(self, ids: Sequence[str]) -> list[int | None]:
        recs = self._read(self.queries.actor_degrees, ids=list(ids))
        return by_wanted(ids, ((r["wanted"], int(r["degree"])) for r in recs))

    def find_actors(self, where: ActorFilter, page: PageRequest) -> Page[Actor]:
        params: dict[str, Any] = {
            "kind": where.kind.value if where.kind else None,
            "country": where.country,
        }
        query = self._search(where.search)
        order = actor_order(where)
        found, count = actor_statements(self.queries, order, searching=query is not None)
        ranked: dict[str, Any] = {}
        if query is not None:
            params["q"] = query
        if order == ActorOrder.RELEVANCE:
            phrase = padded_words(where.search or "")
            ranked = {"phrase": phrase, "start": phrase.rstrip()}
        return self._page(
            page,
            listing_scope("actors", {**params, "search": where.search, "order": order.value}),
            lambda p: self._read(found, **params, **ranked, **p),
            lambda: self._read(count, **params),
            self._actors,
        )

    # relations ----------------------------------------------------------------------------
    def get_relations(self, ids: Sequence[str]) -> list[Relation | None]:
        recs = self._read(self.queries.get_relations, ids=list(ids), types=ALL_TYPES)
        return by_wanted(ids, ((r["id"], relation_from(r)) for r in recs))

    def find_relations(self, where: RelationFilter, page: PageRequest) -> Page[Relation]:
        params = self._relation_params(where)
        q = self.queries
        found, count = q.find_relations, q.count_relations
        if "anchor" in params:  # start from that actor's relations, not from all of them
            found, count = q.find_relations_anchored, q.count_relations_anchored
        return self._page(
            page,
            listing_scope("relations", {**params, "order": where.order.value}),
            lambda p: self._read(found, **params, order=where.order.value, **p),
            lambda: self._read(count, **params),
            lambda recs: [relation_from(r) for r in recs],
        )

    def relation_counts(
        self, where: RelationFilter, by: CountBy, first: int | None = None
    ) -> list[Count]:
        """Groups in key order (types by name, quad classes cooperation first, months and
        years oldest first, counterparts most frequent first), undated last; each with its mean
        Goldstein weight. `first` keeps the leading groups: an actor's top counterparts
        without sending the long tail of actors met once."""
        params = self._relation_params(where)
        q = self.queries
        statement = q.count_relations_by_anchored if "anchor" in params else q.count_relations_by
        if by == CountBy.COUNTERPART and "anchor" not in params:
            raise InvalidInputError(
                "by: COUNTERPART",
                "needs actorId, sourceId or targetId (whose counterparts to count)",
            )
        grouped_by = CountBy.TYPE if by == CountBy.QUAD_CLASS else CountBy(by)
        recs = self._read(statement, by=grouped_by.value, **params)
        counts = fold_counts(((r["key"], RelationType(r["type"]), int(r["n"])) for r in recs), by)
        return counts if first is None else counts[:first]

    def _relation_params(self, where: RelationFilter) -> dict[str, Any]:
        """The relation filter's parameters, with an `anchor` when one actor is named."""
        if where.direction not in (Direction.OUT, Direction.IN, Direction.BOTH):
            raise InvalidInputError(f"direction {where.direction!r}", "must be OUT, IN or BOTH")
        actor = where.actor_id
        if where.counterpart_id is not None and actor is None:
            raise InvalidInputError("counterpartId", "needs actorId (the dyad's first actor)")
        params: dict[str, Any] = {
            "types": type_names(where.types),
            "symmetric": SYMMETRIC,
            "status": where.status.value if where.status else None,
            "source": where.source_id,
            "target": where.target_id,
            "outgoing": actor if where.direction == Direction.OUT else None,
            "incoming": actor if where.direction == Direction.IN else None,
            "either": actor if where.direction == Direction.BOTH else None,
            "other": where.counterpart_id,
            "date_from": iso(where.date_from),
            "date_to": iso(where.date_to),
            "min_confidence": where.min_confidence,
            "min_sources": where.min_sources,
        }
        anchor = actor or where.source_id or where.target_id
        if anchor is not None:
            params["anchor"] = anchor
        return params

    def evidence_for(self, relation_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        found = self.get_relations(relation_ids)
        return {i: list(r.evidence) for i, r in zip(relation_ids, found, strict=True) if r}

    # events -------------------------------------------------------------------------------
    def get_events(self, ids: Sequence[str]) -> list[Event | None]:
        recs = self._read(self.queries.get_events, ids=list(ids))
        return by_wanted(ids, ((r["id"], event_from(r)) for r in recs))

    def _events(self, recs: list[Row]) -> list[Event]:
        return [e for e in self.get_events([r["id"] for r in recs]) if e is not None]

    def find_events(self, where: EventFilter, page: PageRequest) -> Page[Event]:
        params: dict[str, Any] = {
            "type": where.type.value if where.type else None,
            "status": where.status.value if where.status else None,
            "actor": where.actor_id,
            "country": where.country,
            "country_actor": country_id(where.country) if where.country else None,
            "role": where.role.value if where.role else None,
            "date_from": iso(where.date_from),
            "date_to": iso(where.date_to),
        }
        q = self.queries
        return self._page(
            page,
            listing_scope("events", params),
            lambda p: self._read(q.find_events, **params, **p),
            lambda: self._read(q.count_events, **params),
            self._events,
        )

    def related_events(self, event_id: str, window_days: int, limit: int) -> list[Event]:
        if window_days < 0 or not 0 < limit <= MAX_PAGE:
            raise InvalidInputError(
                f"window_days={window_days}, limit={limit}",
                f"need window_days >= 0 and 0 < limit <= {MAX_PAGE}",
            )
        (event,) = self.get_events([event_id])
        if event is None:
            raise NotFoundError("event", event_id)
        span = timedelta(days=window_days)
        recs = self._read(
            self.queries.related_events,
            id=event_id,
            limit=limit,
            date_from=iso(event.date - span) if event.date else None,
            date_to=iso(event.date + span) if event.date else None,
        )
        return self._events(recs)

    def timeline(self, actor_id: str, date_from: date | None, date_to: date | None) -> list[Event]:
        recs = self._read(
            self.queries.timeline,
            actor=actor_id,
            date_from=iso(date_from),
            date_to=iso(date_to),
        )
        return self._events(recs)

    # articles -----------------------------------------------------------------------------
    def get_articles(self, ids: Sequence[str]) -> list[Article | None]:
        recs = self._read(self.queries.get_articles, ids=list(ids))
        return by_wanted(ids, ((r["id"], article_from(r)) for r in recs))

    def find_articles(self, search: str | None, page: PageRequest) -> Page[Article]:
        q = self.queries
        query = self._search(search)
        params: dict[str, Any] = {} if query is None else {"q": query}
        found = q.find_articles if query is None else q.find_articles_search
        count = q.count_articles if query is None else q.count_articles_search
        return self._page(
            page,
            listing_scope("articles", {"search": search}),
            lambda p: self._read(found, **params, **p),
            lambda: self._read(count, **params),
            lambda recs: [article_from(r) for r in recs],
        )

    # graph shapes -------------------------------------------------------------------------
    def neighbourhood(
        self,
        actor_id: str,
        depth: int,
        types: Sequence[RelationType] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Subgraph:
        return traversal.neighbourhood(self, actor_id, depth, type_names(types), date_from, date_to)

    def shortest_path(
        self,
        from_id: str,
        to_id: str,
        max_hops: int,
        types: Sequence[RelationType] | None = None,
    ) -> list[Relation] | None:
        return traversal.shortest_path(self, from_id, to_id, max_hops, type_names(types))

    def expand(
        self,
        frontier: Sequence[str],
        types: list[str],
        date_from: date | None,
        date_to: date | None,
    ) -> list[Relation]:
        """Visible relations touching any of the (canonical) actor ids in `frontier`."""
        recs = self._read(
            self.queries.expand,
            frontier=list(frontier),
            types=types,
            date_from=iso(date_from),
            date_to=iso(date_to),
        )
        return [relation_from(r) for r in recs]

    def subgraph(
        self,
        types: Sequence[RelationType] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Subgraph:
        recs = self._read(
            self.queries.subgraph,
            types=type_names(types),
            date_from=iso(date_from),
            date_to=iso(date_to),
        )
        return traversal.assemble(self, [relation_from(r) for r in recs], [])

    # curation -----------------------------------------------------------------------------
    def merge_actors(self, keep_id: str, drop_id: str) -> Actor:
        return curation.merge_actors(self, keep_id, drop_id)

    def unmerge_actor(self, drop_id: str) -> None:
        curation.unmerge_actor(self, drop_id)

    def reject_relation(self, relation_id: str, reason: str) -> None:
        curation.judge_relation(self, relation_id, "REJECTED", reason)

    def confirm_relation(self, relation_id: str) -> None:
        curation.judge_relation(self, relation_id, "CONFIRMED", None)

    def clear_judgement(self, relation_id: str) -> None:
        curation.judge_relation(self, relation_id, None, None)

    def run_read(self, statement: Statement, **params: Any) -> list[Row]:
        """For graph/ helpers (traversal, curation): run a registered read statement."""
        return self._read(statement, **params)

    def run_write(self, statement: Statement, **params: Any) -> list[Row]:
        return self._write(statement, **params)


if TYPE_CHECKING:

    def _implements_the_protocol(store: CypherStore) -> Store:
        return store  # mypy checks every Store method's signature here
