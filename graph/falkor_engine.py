"""The embedded engine: FalkorDB through falkordblite, a server process on a local file.

The store starts the server when it opens and stops it on `close()`, saving first, so a store
reopened on the same folder finds its data. FalkorDB drops a connection that several threads use
at once, so every call holds one lock. Atomicity: FalkorDB has no multi-statement transactions,
but a single query that fails part-way leaves nothing behind, and each batch is one statement
(graph/write_query.py) validated before it is sent.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import threading
import time
from typing import TYPE_CHECKING, Any

from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.cypher_store import CypherStore
from graph.dialect import FalkorDialect
from schema.errors import DiplographError

if TYPE_CHECKING:
    from pathlib import Path

    from graph.executor import Row
    from graph.statements import Statement

ALREADY = ("already indexed", "already exists")
_SERIAL = itertools.count()


class FalkorExecutor:
    def __init__(self, data_dir: Path, graph_name: str) -> None:
        from redislite.falkordb_client import FalkorDB

        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problem = f"data folder {str(data_dir)!r}: cannot create it ({exc})"
            raise DiplographError(problem) from exc
        self._lock = threading.RLock()
        # named, so that closing can tell whether other stores still use the same server
        self._client_name = f"diplograph-{os.getpid()}-{next(_SERIAL)}"
        # a local socket either answers or the server is gone: retry once, without backoff
        # (the client's default backs off for seconds before admitting the server is gone)
        self._db: Any = FalkorDB(
            str(data_dir / f"{graph_name}.rdb"),
            client_name=self._client_name,
            retry=Retry(NoBackoff(), 1),
        )
        self._name = graph_name
        self._graph: Any = self._db.select_graph(graph_name)
        self._closed = False

    def _run(self, text: str, params: dict[str, Any] | None) -> list[Row]:
        with self._lock:
            if self._closed:
                raise DiplographError("the FalkorDB store is closed")
            result = self._graph.query(text, params)
        names = [column[1] for column in result.header]
        return [dict(zip(names, row, strict=True)) for row in result.result_set]

    def read(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        return self._run(statement.text, params)

    def write(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        return self._run(statement.text, params)

    def setup(self, dialect: FalkorDialect) -> None:
        """Indexes, full-text indexes, then unique constraints; existing ones are kept."""
        for text in dialect.schema_statements():
            self._ignore_existing(lambda t=text: self._run(t, None))
        for command in dialect.constraint_commands(self._name):
            self._ignore_existing(lambda c=command: self._db.execute_command(*c))

    def _ignore_existing(self, call: Any) -> None:
        try:
            with self._lock:
                call()
        except Exception as exc:  # the client raises redis.ResponseError, untyped here
            if not any(word in str(exc) for word in ALREADY):
                raise

    def ping(self) -> bool:
        if self._closed:
            return False
        try:
            with self._lock:
                return bool(self._db.client.ping())
        except Exception:  # a dead server answers with a connection error of any kind
            return False

    def close(self) -> None:
        """Save; stop the server unless another store (another process, say) still uses it.

        A second store opened on the same file joins the running server, so stopping it
        unconditionally would cut the other off. redislite's own shutdown waits several seconds
        for a reply the server never sends; saving and signalling the process is much quicker.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            client = self._db.client
            try:
                client.save()
                clients = client.client_list()
            except Exception:  # the server is already gone: nothing left to save or stop
                client.connection_pool.disconnect()
                return
            others = [c for c in clients if c.get("name") != self._client_name]
            if others:
                client.connection_pool.disconnect()
                return
            pid = client.pid
            if pid:
                os.kill(pid, signal.SIGTERM)
                deadline = time.monotonic() + 10
                while _alive(pid) and time.monotonic() < deadline:
                    time.sleep(0.02)
            client.connection_pool.disconnect()
            if client.redis_dir:
                shutil.rmtree(client.redis_dir, ignore_errors=True)
            client.socket_file = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class FalkorStore(CypherStore):
    """The embedded default store, persisted under `data_dir`."""

    def __init__(self, data_dir: Path, graph_name: str = "diplograph") -> None:
        dialect = FalkorDialect()
        executor = FalkorExecutor(data_dir, graph_name)
        super().__init__(executor, dialect)
        executor.setup(dialect)
        self.upgrade()
