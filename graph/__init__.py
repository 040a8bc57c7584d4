"""graph: where data is kept and computed.

Two engines implement schema.store.Store over one Cypher layer (graph/cypher_store.py,
graph/queries.py, graph/write_query.py): the embedded FalkorDB (graph/falkor_engine.py) and Neo4j
(graph/neo4j_engine.py); what differs between them is in graph/dialect.py. Analytics over
subgraphs (networkx) is graph/analytics.py.

Stored model:
- (:Actor:Person|Country|Organization {id, name, kind, country, aliases, title, wikidata,
  canon, merged_into, names, keys, sort_name, name_words, degree}): `canon` is the id the actor
  reads as after curation merges (itself unless merged); `names` is the normalised text the
  full-text index searches; `name_words` is the name's words between spaces, which search ranks
  by, then by `degree`, the canonical actor's visible relations (graph/degree.py).
- (:Event:Meeting|... {id, type, date, date_precision, status, place}),
  (:Article {id, title, published, url}), (:Place {id, name, country}).
- (Actor)-[:MET_WITH|CONDEMNED|... {id, status, date, date_precision, confidence, articles,
  ev_article, ev_sentence, ev_start, ev_end, curation, curation_reason}]->(Actor): evidence is
  kept on the relation as parallel lists (one entry per sentence) and `articles` lists the reporting
  articles, so source_count = size(articles) and counts().sources is their sum over visible
  relations. Symmetric types are stored in one direction (ends in id order).
- (Person)-[:HOLDS_ROLE {title, since, until}]->(Country|Organization),
  (Actor)-[:PARTICIPATED_IN {role}]->(Event) (role: ParticipantRole, null in older stores),
  (Event)-[:REPORTED_IN]->(Article), (Event)-[:AT]->(Place).
  (Place)-[:IN]->(Country) when the place is a known city and its state is in the store
  (the place also keeps the state's code as `country`).
Dates are ISO strings on both engines.
"""
