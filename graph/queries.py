"""Every Cypher statement the stores send, written once for both engines.

Conventions that hold everywhere:
- values arrive as parameters; labels and relationship types come only from the ontology enums;
- an actor's `canon` property is the id it reads as (itself, or the actor it was merged into),
  so curation applies on every read without touching extracted data;
- a relation is visible when its type is asked for, it is not rejected and its two ends did not
  become one actor through a merge (`VISIBLE`);
- dates are ISO strings (`YYYY-MM-DD`), compared as strings; pages are keyset-paginated on
  (sort key, id), so a page never repeats or skips an item.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from graph import degree
from graph.degree import recount
from graph.statements import Statement
from graph.write_query import write_statement
from schema.ontology import RelationType

if TYPE_CHECKING:
    from graph.dialect import Dialect

VISIBLE = "type(r) IN $types AND coalesce(r.curation, '') <> 'REJECTED' AND s.canon <> t.canon"
REL_FIELDS = (
    "r.id AS id, type(r) AS type, s.canon AS source, t.canon AS target, r.status AS status, "
    "r.date AS date, r.date_precision AS date_precision, r.confidence AS confidence, "
    "r.articles AS articles, "
    "r.curation AS curation, r.ev_article AS ev_article, r.ev_sentence AS ev_sentence, "
    "r.ev_start AS ev_start, r.ev_end AS ev_end"
)
REL_DATES = (
    "($date_from IS NULL OR r.date >= $date_from) AND ($date_to IS NULL OR r.date <= $date_to)"
)
_T: list[str] = []
ALL_TYPES = [t.value for t in RelationType]
SYMMETRIC = [t.value for t in RelationType if t.symmetric]
PAGE = {"after_key": "", "after_id": "", "limit": 0}
DATES = {"date_from": "", "date_to": ""}

_ENDS = (
    "($source IS NULL OR {s}.canon = $source) AND ($target IS NULL OR {t}.canon = $target) "
    "AND ($outgoing IS NULL OR {s}.canon = $outgoing) "
    "AND ($incoming IS NULL OR {t}.canon = $incoming) "
    "AND ($either IS NULL OR {s}.canon = $either OR {t}.canon = $either) "
    "AND ($other IS NULL OR {s}.canon = $other OR {t}.canon = $other)"
)
_REL_CONDITIONS = (
    f"{VISIBLE} AND {REL_DATES} "
    "AND ($status IS NULL OR r.status = $status) "
    "AND ($min_confidence IS NULL OR r.confidence >= $min_confidence) "
    "AND ($min_sources IS NULL OR size(r.articles) >= $min_sources) "
    f"AND (({_ENDS.format(s='s', t='t')}) "
    f"OR (type(r) IN $symmetric AND {_ENDS.format(s='t', t='s')}))"
)
REL_FILTER = f"MATCH (s:Actor)-[r]->(t:Actor) WHERE {_REL_CONDITIONS}"
REL_FILTER_ANCHORED = (
    "MATCH (x:Actor {canon: $anchor})-[r]-(:Actor) WITH DISTINCT r "
    f"WITH r, startNode(r) AS s, endNode(r) AS t WHERE {_REL_CONDITIONS}"
)
"""The same filter starting from one named actor (through the index), when there is one."""
REL_FILTER_PARAMS = {
    "types": _T, "symmetric": _T, "status": "", "source": "", "target": "",
    "outgoing": "", "incoming": "", "either": "", "other": "", "min_confidence": 0.0,
    "min_sources": 0,
    **DATES,
}  # fmt: skip
REL_KEY = (
    "CASE $order WHEN 'MOST_SOURCES' THEN right('00000000' + toString(size(r.articles)), 8) "
    "WHEN 'MOST_CONFIDENT' "
    "THEN right('0000' + toString(toInteger(round(coalesce(r.confidence, 0.0) * 1000))), 4) "
    "ELSE '' END + coalesce(r.date, '')"
)
"""The sort key of a relation page, read in descending order: the chosen measure as a fixed-width
string (so it compares as a number), then the date, so keyset pages work for every order."""
COUNT_KEY = (
    "CASE $by WHEN 'TYPE' THEN type(r) WHEN 'MONTH' THEN substring(r.date, 0, 7) "
    "ELSE substring(r.date, 0, 4) END"
)
"""The group of a relation count (dates are ISO strings: a month is their first 7 characters)."""
COUNT_KEY_ANCHORED = COUNT_KEY.replace(
    "ELSE", "WHEN 'COUNTERPART' THEN CASE WHEN s.canon = $anchor THEN t.canon ELSE s.canon END ELSE"
)
"""Counting one actor's relations can also group them by the actor at their other end."""

ACTOR_WHERE = (
    "a.canon = a.id AND ($kind IS NULL OR a.kind = $kind) "
    "AND ($country IS NULL OR a.country = $country)"
)
SEARCH_RANK = (
    "CASE WHEN a.name_words = $phrase THEN '0' WHEN a.name_words CONTAINS $phrase THEN '1' "
    "WHEN a.name_words CONTAINS $start THEN '2' ELSE '3' END"
)
"""Search results come in four tiers: the name is the query ("russia"), the name holds the query
as whole words ("lavrov": Sergey Lavrov), the name holds it as the start of a word ("sergey lav"),
or only an alias or scattered words match. A name written before `name_words` was stored ranks in
the last tier until its actor is written again."""
INVERTED_DEGREE = "right('000000000' + toString(999999999 - coalesce(a.degree, 0)), 9)"
"""The actor's stored degree (graph/degree.py) inverted into a fixed-width string: read in
ascending order, the actor in more relations comes first, and a page stays keyset-paginated on
one string key."""
BY_DEGREE = f"WITH a, tier + {INVERTED_DEGREE} AS rank"
"""Inside a tier, the actor in more visible relations comes first ("wang": Wang Yi, the minister
in the news, before a spokesman named once), then name order."""
MOST_RELATIONS_KEY = f"{INVERTED_DEGREE} + a.sort_name"
"""Who is most in the news: the actor in more visible relations first, then name order."""
EVENT_FILTER = (
    "MATCH (e:Event) WHERE ($type IS NULL OR e.type = $type) "
    "AND ($status IS NULL OR e.status = $status) "
    "AND ($date_from IS NULL OR e.date >= $date_from) AND ($date_to IS NULL OR e.date <= $date_to) "
    "AND ($actor IS NULL OR (e)<-[:PARTICIPATED_IN]-(:Actor {canon: $actor})) "
    "AND ($country IS NULL OR (e)<-[:PARTICIPATED_IN]-(:Actor {country: $country}) "
    "OR (e)<-[:PARTICIPATED_IN]-(:Actor {canon: $country_actor}) "
    "OR (e)-[:AT]->(:Place {country: $country})) "
    "AND ($role IS NULL OR ($actor IS NULL AND (e)<-[:PARTICIPATED_IN {role: $role}]-(:Actor)) "
    "OR (e)<-[:PARTICIPATED_IN {role: $role}]-(:Actor {canon: $actor}))"
)
EVENT_PARAMS = {
    "type": "", "status": "", "actor": "", "country": "", "country_actor": "", "role": "",
    **DATES,
}  # fmt: skip


def _keyset(key: str, ident: str, descending: bool) -> str:
    op = "<" if descending else ">"
    return (
        f"($after_id IS NULL OR {key} {op} $after_key "
        f"OR ({key} = $after_key AND {ident} > $after_id))"
    )


def _page(key: str, ident: str, descending: bool) -> str:
    order = "DESC" if descending else ""
    return f"ORDER BY {key} {order}, {ident} LIMIT $limit"


def _keyed_page(key: str) -> str:
    """The end of an actor listing ordered by `key` (an expression over `a`), ascending."""
    return (
        f" WITH a, {key} AS key WHERE {_keyset('key', 'a.id', False)} "
        f"RETURN a.id AS id, key {_page('key', 'a.id', False)}"
    )


@dataclass(frozen=True, slots=True)
class Queries:
    write: Statement
    existing_actors: Statement
    counts: Statement
    get_actors: Statement
    find_actors: Statement
    find_actors_search: Statement
    find_actors_most_relations: Statement
    find_actors_search_by_name: Statement
    find_actors_search_most_relations: Statement
    count_actors: Statement
    count_actors_search: Statement
    actor_degrees: Statement
    get_relations: Statement
    find_relations: Statement
    count_relations: Statement
    find_relations_anchored: Statement
    count_relations_anchored: Statement
    count_relations_by: Statement
    count_relations_by_anchored: Statement
    expand: Statement
    subgraph: Statement
    get_events: Statement
    find_events: Statement
    count_events: Statement
    related_events: Statement
    timeline: Statement
    get_articles: Statement
    find_articles: Statement
    find_articles_search: Statement
    count_articles: Statement
    count_articles_search: Statement
    set_curation: Statement
    merge_judgements: Statement
    apply_merges: Statement
    wipe: Statement
    missing_degrees: Statement
    recount_degrees: Statement

    def all(self) -> tuple[Statement, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))


def schema_statements(dialect: Dialect) -> tuple[Statement, ...]:
    return tuple(
        Statement(f"schema_{i}", text) for i, text in enumerate(dialect.schema_statements())
    )


def build_queries(dialect: Dialect) -> Queries:
    """Render every statement for one engine; only full-text clauses differ."""
    actor_text = f"{dialect.fulltext_call('Actor', 'q')} WITH DISTINCT node.canon AS cid "
    actor_text += "MATCH (a:Actor {id: cid}) WHERE " + ACTOR_WHERE
    actor_plain = "MATCH (a:Actor) WHERE " + ACTOR_WHERE
    actor_page = (
        f" AND {_keyset('a.sort_name', 'a.id', False)} "
        f"RETURN a.id AS id, a.sort_name AS key {_page('a.sort_name', 'a.id', False)}"
    )
    found_page = (
        f" WITH a, {SEARCH_RANK} AS tier {BY_DEGREE} "
        f"WITH a, rank + a.sort_name AS key WHERE {_keyset('key', 'a.id', False)} "
        f"RETURN a.id AS id, key {_page('key', 'a.id', False)}"
    )
    actor_params = {"kind": "", "country": ""}
    search_params = actor_params | PAGE | {"q": ""}
    art_text = f"{dialect.fulltext_call('Article', 'q')} WITH node AS ar WHERE true"
    art_plain = "MATCH (ar:Article) WHERE true"
    art_key = "coalesce(ar.published, '')"
    art_page = (
        f" AND {_keyset(art_key, 'ar.id', True)} "
        f"RETURN ar.id AS id, {art_key} AS key, ar.title AS title, ar.published AS published, "
        f"ar.url AS url {_page(art_key, 'ar.id', True)}"
    )
    ev_key = "coalesce(e.date, '')"
    return Queries(
        write=write_statement(),
        existing_actors=Statement(
            "existing_actors",
            "UNWIND $ids AS wanted MATCH (a:Actor {id: wanted}) RETURN a.id AS id, a.kind AS kind",
            {"ids": _T},
        ),
        counts=Statement(
            "counts",
            "OPTIONAL MATCH (ar:Article) WITH count(ar) AS articles "
            "OPTIONAL MATCH (a:Actor) WHERE a.canon = a.id WITH articles, count(a) AS actors "
            "OPTIONAL MATCH (e:Event) WITH articles, actors, count(e) AS events "
            f"OPTIONAL MATCH (s:Actor)-[r]->(t:Actor) WHERE {VISIBLE} "
            "RETURN articles, actors, events, count(r) AS relations, "
            "sum(size(coalesce(r.articles, []))) AS sources",
            {"types": _T},
        ),
        get_actors=Statement(
            "get_actors",
            "UNWIND $ids AS wanted MATCH (x:Actor {id: wanted}) MATCH (a:Actor {id: x.canon}) "
            "OPTIONAL MATCH (m:Actor {canon: a.id}) WHERE m.id <> a.id "
            "WITH wanted, a, collect(m.name) AS merged_names, collect(m.aliases) AS merged_aliases "
            "OPTIONAL MATCH (p:Actor {canon: a.id})-[h:HOLDS_ROLE]->(o:Actor) "
            "RETURN wanted, a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, "
            "a.aliases AS aliases, a.title AS title, a.wikidata AS wikidata, merged_names, "
            "merged_aliases, collect(CASE WHEN h IS NULL THEN NULL "
            "ELSE [h.title, o.canon, h.since, h.until] END) AS roles",
            {"ids": _T},
        ),
        find_actors=Statement("find_actors", actor_plain + actor_page, actor_params | PAGE),
        find_actors_search=Statement(
            "find_actors_search",
            actor_text + found_page,
            actor_params | PAGE | {"q": "", "phrase": "", "start": ""},
        ),
        find_actors_most_relations=Statement(
            "find_actors_most_relations",
            actor_plain + _keyed_page(MOST_RELATIONS_KEY),
            actor_params | PAGE,
        ),
        find_actors_search_by_name=Statement(
            "find_actors_search_by_name", actor_text + actor_page, search_params
        ),
        find_actors_search_most_relations=Statement(
            "find_actors_search_most_relations",
            actor_text + _keyed_page(MOST_RELATIONS_KEY),
            search_params,
        ),
        count_actors=Statement("count_actors", actor_plain + " RETURN count(a) AS n", actor_params),
        count_actors_search=Statement(
            "count_actors_search",
            actor_text + " RETURN count(a) AS n",
            actor_params | {"q": ""},
        ),
        actor_degrees=Statement(
            "actor_degrees",
            "UNWIND $ids AS wanted MATCH (x:Actor {id: wanted}) MATCH (a:Actor {id: x.canon}) "
            "RETURN wanted, coalesce(a.degree, 0) AS degree",
            {"ids": _T},
        ),
        get_relations=Statement(
            "get_relations",
            f"MATCH (s:Actor)-[r]->(t:Actor) WHERE r.id IN $ids AND {VISIBLE} RETURN {REL_FIELDS}",
            {"ids": _T, "types": _T},
        ),
        find_relations=Statement(
            "find_relations",
            f"{REL_FILTER} AND {_keyset(REL_KEY, 'r.id', True)} "
            f"RETURN {REL_FIELDS}, {REL_KEY} AS key {_page(REL_KEY, 'r.id', True)}",
            REL_FILTER_PARAMS | PAGE | {"order": ""},
        ),
        count_relations=Statement(
            "count_relations", f"{REL_FILTER} RETURN count(r) AS n", REL_FILTER_PARAMS
        ),
        find_relations_anchored=Statement(
            "find_relations_anchored",
            f"{REL_FILTER_ANCHORED} AND {_keyset(REL_KEY, 'r.id', True)} "
            f"RETURN {REL_FIELDS}, {REL_KEY} AS key {_page(REL_KEY, 'r.id', True)}",
            REL_FILTER_PARAMS | PAGE | {"anchor": "", "order": ""},
        ),
        count_relations_anchored=Statement(
            "count_relations_anchored",
            f"{REL_FILTER_ANCHORED} RETURN count(r) AS n",
            REL_FILTER_PARAMS | {"anchor": ""},
        ),
        count_relations_by=Statement(
            "count_relations_by",
            f"{REL_FILTER} WITH {COUNT_KEY} AS key, type(r) AS type "
            "RETURN key, type, count(*) AS n",
            REL_FILTER_PARAMS | {"by": ""},
        ),
        count_relations_by_anchored=Statement(
            "count_relations_by_anchored",
            f"{REL_FILTER_ANCHORED} WITH {COUNT_KEY_ANCHORED} AS key, type(r) AS type "
            "RETURN key, type, count(*) AS n",
            REL_FILTER_PARAMS | {"anchor": "", "by": ""},
        ),
        expand=Statement(
            "expand",
            "MATCH (x:Actor)-[r]-(:Actor) WHERE x.canon IN $frontier WITH DISTINCT r "
            "WITH r, startNode(r) AS s, endNode(r) AS t "
            f"WHERE {VISIBLE} AND {REL_DATES} RETURN {REL_FIELDS}",
            {"frontier": _T, "types": _T, **DATES},
        ),
        subgraph=Statement(
            "subgraph",
            f"MATCH (s:Actor)-[r]->(t:Actor) WHERE {VISIBLE} AND {REL_DATES} RETURN {REL_FIELDS}",
            {"types": _T, **DATES},
        ),
        get_events=Statement(
            "get_events",
            "UNWIND $ids AS wanted MATCH (e:Event {id: wanted}) "
            "OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e) "
            "WITH e, collect(DISTINCT a.canon) AS participants, "
            "collect(DISTINCT [a.canon, p.role]) AS roles "
            "OPTIONAL MATCH (e)-[:AT]->(pl:Place) "
            "WITH e, participants, roles, head(collect(pl.country)) AS place_country "
            "OPTIONAL MATCH (e)-[:REPORTED_IN]->(ar:Article) "
            "RETURN e.id AS id, e.type AS type, e.date AS date, "
            "e.date_precision AS date_precision, e.status AS status, "
            "e.place AS place, place_country, participants, roles, "
            "collect(DISTINCT ar.id) AS articles",
            {"ids": _T},
        ),
        find_events=Statement(
            "find_events",
            f"{EVENT_FILTER} AND {_keyset(ev_key, 'e.id', True)} "
            f"RETURN e.id AS id, {ev_key} AS key {_page(ev_key, 'e.id', True)}",
            EVENT_PARAMS | PAGE,
        ),
        count_events=Statement(
            "count_events", f"{EVENT_FILTER} RETURN count(e) AS n", EVENT_PARAMS
        ),
        related_events=Statement(
            "related_events",
            "MATCH (e:Event {id: $id}) OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) "
            "WITH e, collect(DISTINCT a.canon) AS actor_ids "
            "OPTIONAL MATCH (b:Actor)-[:PARTICIPATED_IN]->(o:Event) "
            "WHERE b.canon IN actor_ids AND o.id <> e.id "
            "WITH e, collect(DISTINCT o) AS by_actor "
            "OPTIONAL MATCH (e)-[:AT]->(:Place)<-[:AT]-(o2:Event) WHERE o2.id <> e.id "
            "WITH by_actor, collect(DISTINCT o2) AS by_place "
            "UNWIND by_actor + by_place AS o WITH DISTINCT o "
            "WHERE $date_from IS NULL OR (o.date >= $date_from AND o.date <= $date_to) "
            "RETURN o.id AS id, coalesce(o.date, '') AS key ORDER BY key DESC, id LIMIT $limit",
            {"id": "", "limit": 0, **DATES},
        ),
        timeline=Statement(
            "timeline",
            "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.canon = $actor "
            "AND ($date_from IS NULL OR e.date >= $date_from) "
            "AND ($date_to IS NULL OR e.date <= $date_to) "
            "RETURN DISTINCT e.id AS id, coalesce(e.date, '') AS key ORDER BY key, id",
            {"actor": "", **DATES},
        ),
        get_articles=Statement(
            "get_articles",
            "UNWIND $ids AS wanted MATCH (ar:Article {id: wanted}) RETURN ar.id AS id, "
            "ar.title AS title, ar.published AS published, ar.url AS url",
            {"ids": _T},
        ),
        find_articles=Statement("find_articles", art_plain + art_page, dict(PAGE)),
        find_articles_search=Statement(
            "find_articles_search", art_text + art_page, PAGE | {"q": ""}
        ),
        count_articles=Statement("count_articles", art_plain + " RETURN count(ar) AS n"),
        count_articles_search=Statement(
            "count_articles_search", art_text + " RETURN count(ar) AS n", {"q": ""}
        ),
        set_curation=Statement(
            "set_curation",
            "MATCH (s:Actor)-[r]->(t:Actor) WHERE r.id = $id AND type(r) IN $types "
            "SET r.curation = $curation, r.curation_reason = $reason "
            f"WITH r.id AS id, [s.canon, t.canon] AS ends {recount('ends', 'id, ')} "
            "RETURN DISTINCT id",
            {"id": "", "types": _T, "curation": "", "reason": ""},
        ),
        merge_judgements=Statement(
            "merge_judgements",
            "MATCH (a:Actor) WHERE a.merged_into IS NOT NULL OR a.canon <> a.id "
            "RETURN a.id AS id, a.merged_into AS into",
        ),
        apply_merges=Statement(
            "apply_merges",
            "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) "
            "WITH a, row, a.canon AS was SET a.merged_into = row.into, a.canon = row.canon "
            f"WITH collect(was) + collect(row.canon) AS ends {recount('ends')}",
            {"rows": _T},
        ),
        wipe=Statement("wipe", "MATCH (n) DETACH DELETE n"),
        missing_degrees=Statement("missing_degrees", degree.MISSING),
        recount_degrees=Statement("recount_degrees", degree.RECOUNT_ALL),
    )
