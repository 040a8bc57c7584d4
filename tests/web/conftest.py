"""One real explorer per test module: the API app with the web router, served by uvicorn on a
free port over an embedded FalkorDB seeded with `seed.extractions()`, and Debian's Chromium
driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn
from playwright.sync_api import expect

from tests.web.seed import extractions

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, ConsoleMessage, Page, Request

    from schema.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from graph.falkor_engine import FalkorStore

    store = FalkorStore(tmp_path_factory.mktemp("web-store"), graph_name="explorer")
    store.write(extractions())
    yield store
    store.close()


def _serve(app: object) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the explorer test server did not start")
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def server_url(seeded_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from app.api import create_app
    from app.settings import Settings
    from app.web import web_router

    settings = Settings(diplograph_data=tmp_path_factory.mktemp("web-data"), neo4j_uri=None)
    app = create_app(settings, store=seeded_store)
    app.include_router(web_router())
    server, thread, url = _serve(app)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"no browser at {CHROMIUM}: install Debian's chromium (`make browser-deps`)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Explorer:
    """A browser tab on the explorer that notes console errors and requests to other hosts."""

    page: Page
    origin: str
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def on_request(self, request: Request) -> None:
        if not request.url.startswith((self.origin, "data:")):
            self.foreign.append(request.url)

    def assert_clean(self) -> None:
        alert = self.page.locator("#page-error")
        assert alert.is_hidden(), f"the page shows an error: {alert.text_content()}"
        assert self.errors == [], "the page logged errors"
        assert self.foreign == [], "the page fetched from another host"


@pytest.fixture
def explorer(browser: Browser, server_url: str) -> Iterator[Explorer]:
    context = browser.new_context(base_url=server_url, viewport={"width": 1366, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    expect.set_options(timeout=15_000)
    watch = Explorer(page, server_url)
    page.on("console", watch.on_console)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on("request", watch.on_request)
    yield watch
    context.close()
