"""The few places where FalkorDB's and Neo4j's Cypher differ, one object per engine.

Everything else (graph/queries.py) is written once in the openCypher both run. Shared code asks
the dialect for a fragment; it never asks which engine it is talking to. What differs:
- schema DDL: Neo4j has `CREATE CONSTRAINT ... IF NOT EXISTS`; FalkorDB creates exact-match
  indexes in Cypher (erroring when they exist) and unique constraints through the
  `GRAPH.CONSTRAINT` command, so its engine runs `unique_keys` itself;
- full-text indexes: FalkorDB `db.idx.fulltext.createNodeIndex/queryNodes` (RediSearch syntax,
  terms are ANDed), Neo4j `CREATE FULLTEXT INDEX` + `db.index.fulltext.queryNodes` (Lucene
  syntax, terms are ORed unless marked `+`).
Shortest paths and `EXISTS {}`/`COUNT {}` subqueries are not dialect matters here: the shared
layer never uses them (paths are searched level by level, so curation applies on every hop).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

FULLTEXT_LABELS: tuple[str, ...] = ("Actor", "Article")
"""Labels whose `names` property (normalised name, aliases or title) is full-text indexed."""

UNIQUE_KEYS: tuple[tuple[str, str], ...] = (
    ("Actor", "id"),
    ("Event", "id"),
    ("Article", "id"),
    ("Place", "id"),
)
EXTRA_INDEXES: tuple[tuple[str, str], ...] = (("Actor", "canon"), ("Actor", "country"))


class Dialect(Protocol):
    @property
    def name(self) -> str: ...

    def schema_statements(self) -> tuple[str, ...]:
        """Idempotent DDL (an engine may ignore an 'already exists' answer)."""
        ...

    def fulltext_call(self, label: str, param: str) -> str:
        """A clause yielding `node` for every `label` node matching the query in `$param`."""
        ...

    def fulltext_query(self, words: list[str]) -> str:
        """The engine's query string asking for nodes matching every word, as a prefix."""
        ...


@dataclass(frozen=True, slots=True)
class FalkorDialect:
    name: str = "falkordb"

    def schema_statements(self) -> tuple[str, ...]:
        exact = [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in UNIQUE_KEYS]
        extra = [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in EXTRA_INDEXES]
        text = [
            f"CALL db.idx.fulltext.createNodeIndex('{label}', 'names')" for label in FULLTEXT_LABELS
        ]
        return (*exact, *extra, *text)

    def constraint_commands(self, graph: str) -> tuple[tuple[str | int, ...], ...]:
        """Unique constraints are not Cypher in FalkorDB but a server command per key; each
        needs the exact-match index `schema_statements` creates first."""
        return tuple(
            ("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", "NODE", label, "PROPERTIES", 1, prop)
            for label, prop in UNIQUE_KEYS
        )

    def fulltext_call(self, label: str, param: str) -> str:
        return f"CALL db.idx.fulltext.queryNodes('{label}', ${param}) YIELD node"

    def fulltext_query(self, words: list[str]) -> str:
        # RediSearch: space means AND; a prefix needs at least two characters.
        return " ".join(f"{w}*" if len(w) > 1 else w for w in words)


@dataclass(frozen=True, slots=True)
class Neo4jDialect:
    name: str = "neo4j"

    def schema_statements(self) -> tuple[str, ...]:
        unique = [
            f"CREATE CONSTRAINT {label.lower()}_{prop} IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
            for label, prop in UNIQUE_KEYS
        ]
        extra = [
            f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for label, prop in EXTRA_INDEXES
        ]
        text = [
            f"CREATE FULLTEXT INDEX {label.lower()}_names IF NOT EXISTS "
            f"FOR (n:{label}) ON EACH [n.names]"
            for label in FULLTEXT_LABELS
        ]
        # indexes populate in the background; a full-text query on one still populating fails
        return (*unique, *extra, *text, "CALL db.awaitIndexes(300)")

    def fulltext_call(self, label: str, param: str) -> str:
        return f"CALL db.index.fulltext.queryNodes('{label.lower()}_names', ${param}) YIELD node"

    def fulltext_query(self, words: list[str]) -> str:
        # Lucene: terms are optional unless marked required.
        return " ".join(f"+{w}*" for w in words)
