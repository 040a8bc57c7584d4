"""The production engine: Neo4j 5 through the official driver.

Every write runs in one managed transaction (the driver retries it on transient errors), reads
in read transactions. The driver is thread-safe; sessions are opened per call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.cypher_store import CypherStore
from graph.dialect import Neo4jDialect
from graph.queries import build_queries, schema_statements

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

    from graph.executor import Row
    from graph.statements import Statement


def neo4j_statements() -> tuple[Statement, ...]:
    """Everything the Neo4j engine can send, rendered for Neo4j, without a server."""
    return schema_statements(Neo4jDialect()) + build_queries(Neo4jDialect()).all()


class Neo4jExecutor:
    def __init__(self, uri: str, user: str, password: str, database: str) -> None:
        from neo4j import GraphDatabase

        self._driver: Driver = GraphDatabase.driver(uri, auth=(user, password))
        self._database = database

    def _run(self, text: str, params: dict[str, Any], write: bool) -> list[Row]:
        def work(tx: ManagedTransaction) -> list[Row]:
            return [record.data() for record in tx.run(text, params)]

        with self._driver.session(database=self._database) as session:
            if write:
                return session.execute_write(work)
            return session.execute_read(work)

    def read(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        return self._run(statement.text, params, write=False)

    def write(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        return self._run(statement.text, params, write=True)

    def setup(self, ddl: tuple[str, ...]) -> None:
        for text in ddl:  # each is IF NOT EXISTS; schema changes cannot share a transaction
            self._run(text, {}, write=True)

    def ping(self) -> bool:
        try:
            self._driver.verify_connectivity()
        except Exception:  # any failure to reach the server means "not alive"
            return False
        return True

    def close(self) -> None:
        self._driver.close()


class Neo4jStore(CypherStore):
    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        dialect = Neo4jDialect()
        executor = Neo4jExecutor(uri, user, password, database)
        super().__init__(executor, dialect)
        executor.setup(dialect.schema_statements())
        self.upgrade()
