"""What every engine promises beyond the data: threads, liveness, a clear end."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from schema.store import ActorFilter, PageRequest
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore


def test_many_threads_share_one_store(store: CypherStore) -> None:
    store.write(data.ALL)

    def work(i: int) -> int:
        if i % 5 == 0:
            store.write([data.ALL[i % 3]])  # writes interleave with reads
        page = store.find_actors(ActorFilter(search="lavrov"), PageRequest())
        return page.total_count + len(store.neighbourhood(data.RUSSIA.id, 2).relations)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(40)))
    assert set(results) == {2 + 3}  # two Lavrovs; three relations within two hops of Russia
    assert store.ping()
