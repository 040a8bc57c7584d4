"""The embedded engine's life cycle: it starts and stops its own server, and says when it can't."""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

import pytest

from graph.falkor_engine import FalkorStore, _alive
from schema.errors import DiplographError
from tests.contract import data

if TYPE_CHECKING:
    from pathlib import Path


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = FalkorStore(tmp_path / "db", graph_name="life")
    assert store.ping()
    store.close()
    store.close()  # closing twice is harmless
    assert not store.ping()
    with pytest.raises(DiplographError, match="store is closed"):
        store.counts()


def test_an_unusable_data_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DiplographError, match=r"data folder .*file/db.*cannot create it"):
        FalkorStore(blocker / "db")


def test_two_stores_on_one_folder_share_the_server_until_both_close(tmp_path: Path) -> None:
    first = FalkorStore(tmp_path / "db", graph_name="shared")
    first.write(data.ALL)
    second = FalkorStore(tmp_path / "db", graph_name="shared")  # e.g. an ingest beside `serve`
    first.close()
    assert second.counts().articles == 3  # still served
    second.write([data.X1])
    second.close()
    again = FalkorStore(tmp_path / "db", graph_name="shared")
    assert again.counts().articles == 3
    again.close()


def test_closing_after_the_server_died_is_quiet(tmp_path: Path) -> None:
    store = FalkorStore(tmp_path / "db", graph_name="crash")
    pid = store._x._db.client.pid  # type: ignore[attr-defined]  # the server this test started
    os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.02)
    assert not store.ping()
    store.close()  # nothing to save or stop, and no error either
