"""The one statement that writes a batch of extractions.

It is a single statement on purpose: FalkorDB has no multi-statement transactions, but it runs
one query atomically (a query that fails part-way leaves nothing behind), so one statement per
batch gives both engines the same guarantee: the whole batch, hence every extraction in it, is
stored whole or not at all. Parts are chained with `WITH count(*) AS doneN`, which always yields
one row, so an empty list in one part does not stop the parts after it.

Every part is keyed by stable ids (MERGE), and rows are de-duplicated per batch before they get
here (graph/rows.py), so writing the same batch twice changes nothing. An article remembers the
relations (with their stored source, to find them through the indexed actor) and events it
reported; writing it again first retracts what it no longer reports: its source and evidence
leave those relations, its report leaves those events, and a relation or event that no article
reports any more is deleted. Actors are never deleted (other articles may name them).

Evidence is kept on the relation itself as parallel lists (`ev_article`, `ev_sentence`,
`ev_start`, `ev_end`) plus the list of reporting articles (`articles`, whose size is the source
count): re-writing an article replaces that article's evidence instead of adding it again.
Actors' stored degrees are recounted for every actor a retracted or written relation touches
(graph/degree.py), inside this same statement.
Curation properties (`curation`, `curation_reason`, an actor's `canon` and `merged_into`) are
never touched here, so judgements survive re-ingest.
"""

from __future__ import annotations

from graph.degree import recount
from graph.statements import Statement
from schema.ontology import ActorKind, EventType, RelationType

_ROWS: list[object] = []

RETRACT_RELATIONS = (
    "UNWIND $articles AS row MATCH (ar:Article {id: row.id}) "
    "WITH row, coalesce(ar.rel_ids, []) AS old_ids, coalesce(ar.rel_sources, []) AS old_sources "
    "UNWIND [i IN range(0, size(old_ids) - 1) WHERE NOT old_ids[i] IN row.rel_ids] AS i "
    "MATCH (s:Actor {id: old_sources[i]})-[r]->(t:Actor) WHERE r.id = old_ids[i] "
    "WITH r, row, s.canon AS sc, t.canon AS tc, coalesce(r.ev_article, []) AS ea, "
    "coalesce(r.ev_sentence, []) AS es, coalesce(r.ev_start, []) AS e0, "
    "coalesce(r.ev_end, []) AS e1 "
    "WITH r, row, sc, tc, ea, es, e0, e1, "
    "[k IN range(0, size(ea) - 1) WHERE ea[k] <> row.id] AS kept "
    "SET r.articles = [x IN coalesce(r.articles, []) WHERE x <> row.id], "
    "r.ev_article = [k IN kept | ea[k]], r.ev_sentence = [k IN kept | es[k]], "
    "r.ev_start = [k IN kept | e0[k]], r.ev_end = [k IN kept | e1[k]] "
    "WITH r, sc, tc WHERE size(r.articles) = 0 DELETE r "
    f"WITH collect(sc) + collect(tc) AS ends {recount('ends')}"
)
"""Retracted relations leave evidence and sources; one left without any source is deleted and
its two ends are counted again (graph/degree.py)."""
RETRACT_EVENTS = (
    "UNWIND $articles AS row MATCH (ar:Article {id: row.id}) "
    "UNWIND [x IN coalesce(ar.event_ids, []) WHERE NOT x IN row.event_ids] AS gone "
    "MATCH (e:Event {id: gone})-[rep:REPORTED_IN]->(ar) DELETE rep "
    "WITH DISTINCT e OPTIONAL MATCH (e)-[other:REPORTED_IN]->(:Article) "
    "WITH e, count(other) AS still WHERE still = 0 DETACH DELETE e"
)
ARTICLES = (
    "UNWIND $articles AS row MERGE (ar:Article {id: row.id}) "
    "SET ar.title = row.title, ar.published = row.published, ar.url = row.url, "
    "ar.names = row.names, ar.rel_ids = row.rel_ids, ar.rel_sources = row.rel_sources, "
    "ar.event_ids = row.event_ids"
)
ACTORS = (
    "UNWIND $actors AS row MERGE (a:Actor {id: row.id}) "
    "ON CREATE SET a.canon = row.id, a.degree = 0 "
    "WITH a, row, coalesce(a.aliases, []) AS old_aliases, coalesce(a.keys, []) AS old_keys "
    "WITH a, row, old_aliases + [x IN row.aliases WHERE NOT x IN old_aliases] AS aliases, "
    "old_keys + [x IN row.keys WHERE NOT x IN old_keys] AS keys "
    "SET a.name = row.name, a.kind = row.kind, a.country = row.country, "
    "a.title = coalesce(row.title, a.title), a.wikidata = coalesce(row.wikidata, a.wikidata), "
    "a.sort_name = row.sort_name, a.name_words = row.name_words, "
    "a.aliases = aliases, a.keys = keys, "
    "a.names = reduce(acc = '', k IN keys | acc + ' ' + k)"
)
ROLES = (
    "UNWIND $roles AS row MATCH (p:Actor {id: row.person}), (o:Actor {id: row.org}) "
    "MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(o) "
    "SET h.since = row.since, h.until = row.until"
)
EVENTS = (
    "UNWIND $events AS row MERGE (e:Event {id: row.id}) "
    "SET e.type = row.type, e.date = row.date, e.date_precision = row.date_precision, "
    "e.status = row.status, "
    "e.place = coalesce(row.place, e.place)"
)
REPORTS = (
    "UNWIND $reports AS row MATCH (e:Event {id: row.event}), (ar:Article {id: row.article}) "
    "MERGE (e)-[:REPORTED_IN]->(ar)"
)
PARTICIPATIONS = (
    "UNWIND $participations AS row MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event}) "
    "MERGE (a)-[p:PARTICIPATED_IN]->(e) SET p.role = coalesce(row.role, p.role)"
)
PLACES = (
    "UNWIND $places AS row MERGE (pl:Place {id: row.id}) ON CREATE SET pl.name = row.name "
    "SET pl.country = coalesce(row.country, pl.country) "
    "WITH pl, row MATCH (e:Event {id: row.event}) MERGE (e)-[:AT]->(pl)"
)
DEGREES = (
    "UNWIND $relations AS row MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) "
    f"WITH collect(s.canon) + collect(t.canon) AS ends {recount('ends')}"
)
"""The actors the batch's relations touch (as the actors they read as) are counted again."""
PLACE_STATES = (
    "UNWIND [x IN $places WHERE x.country IS NOT NULL] AS row "
    "MATCH (pl:Place {id: row.id}), (c:Actor {id: row.country_id}) MERGE (pl)-[:IN]->(c)"
)


def _label(param: str, field: str, value: str, var: str, node: str, label: str) -> str:
    return (
        f"UNWIND [x IN ${param} WHERE x.{field} = '{value}'] AS row "
        f"MATCH ({var}:{node} {{id: row.id}}) SET {var}:{label}"
    )


def _relation(rtype: RelationType) -> str:
    """Merge one relation type; evidence of the batch's articles replaces what they said before."""
    return (
        f"UNWIND [x IN $relations WHERE x.type = '{rtype.value}'] AS row "
        "MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) "
        f"MERGE (s)-[r:{rtype.value} {{id: row.id}}]->(t) "
        "WITH r, row, coalesce(r.articles, []) AS old_articles, "
        "coalesce(r.ev_article, []) AS ea, coalesce(r.ev_sentence, []) AS es, "
        "coalesce(r.ev_start, []) AS e0, coalesce(r.ev_end, []) AS e1 "
        "WITH r, row, old_articles, ea, es, e0, e1, "
        "[i IN range(0, size(ea) - 1) WHERE NOT ea[i] IN row.articles] AS kept "
        "SET r.status = row.status, r.date = row.date, r.date_precision = row.date_precision, "
        "r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence "
        "THEN row.confidence ELSE r.confidence END, "
        "r.articles = old_articles + [x IN row.articles WHERE NOT x IN old_articles], "
        "r.ev_article = [i IN kept | ea[i]] + row.ev_article, "
        "r.ev_sentence = [i IN kept | es[i]] + row.ev_sentence, "
        "r.ev_start = [i IN kept | e0[i]] + row.ev_start, "
        "r.ev_end = [i IN kept | e1[i]] + row.ev_end"
    )


def write_parts() -> list[str]:
    parts = [RETRACT_RELATIONS, RETRACT_EVENTS, ARTICLES, ACTORS]
    parts += [_label("actors", "kind", k.value, "a", "Actor", k.label) for k in ActorKind]
    parts += [ROLES, EVENTS]
    parts += [_label("events", "type", t.value, "e", "Event", t.label) for t in EventType]
    parts += [REPORTS, PARTICIPATIONS, PLACES, PLACE_STATES]
    parts += [_relation(t) for t in RelationType]
    return [*parts, DEGREES]


def write_statement() -> Statement:
    parts = write_parts()
    text = "".join(f"{part} WITH count(*) AS done{i} " for i, part in enumerate(parts))
    text += f"RETURN done{len(parts) - 1} AS done"
    params = dict.fromkeys(
        ("articles", "actors", "roles", "events", "reports", "participations", "places"), _ROWS
    )
    return Statement("write", text, params | {"relations": _ROWS})
