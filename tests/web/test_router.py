"""The explorer's HTTP surface: the page, its assets, and nothing else from the static folder."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest
from fastapi import FastAPI

from app.web import web_router
from app.web.router import STATIC_DIR


class Client:
    """GETs through the ASGI app in-process (starlette's TestClient warns about httpx)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def get(self, path: str) -> httpx.Response:
        async def fetch() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://explorer") as http:
                return await http.get(path)

        return asyncio.run(fetch())


@pytest.fixture(scope="module")
def client() -> Client:
    app = FastAPI()
    app.include_router(web_router(graphql_endpoint="/api/graphql"))
    return Client(app)


@pytest.mark.parametrize("path", ["/", "/explore", "/explore?actor=person:sergey-lavrov"])
def test_page_is_served_at_root_and_explore(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<meta name="diplograph-graphql" content="/api/graphql">' in response.text
    assert "{{" not in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy


def _referenced_assets(client: Client) -> set[str]:
    """Every file the page links and every module the scripts import, transitively."""
    page = client.get("/explore").text
    pending = re.findall(r'(?:href|src)="web/static/([^"]+)"', page)
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name.endswith(".js"):
            folder = name.rsplit("/", 1)[0]
            source = (STATIC_DIR / name).read_text(encoding="utf-8")
            for module in re.findall(r'from\s+"\./([^"]+)"', source):
                pending.append(f"{folder}/{module}")
    return seen


def test_every_linked_file_and_imported_module_is_served(client: Client) -> None:
    assets = _referenced_assets(client)
    assert {"explorer.css", "js/main.js", "js/network.js", "icon.svg"} <= assets
    kinds = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
    for name in assets:
        response = client.get(f"/web/static/{name}")
        assert response.status_code == 200, name
        assert response.headers["content-type"].startswith(kinds["." + name.rsplit(".", 1)[1]])


def test_scripts_load_nothing_from_other_sites() -> None:
    for path in STATIC_DIR.rglob("*"):
        if path.suffix in {".js", ".css", ".html"}:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r'(?:from|import|src=|href=|url\()\s*["\']?https?://', text), path


@pytest.mark.parametrize(
    "name", ["nothing.js", "../router.py", "..%2F__init__.py", "index.html", "js"]
)
def test_only_known_assets_are_served(client: Client, name: str) -> None:
    response = client.get(f"/web/static/{name}")
    assert response.status_code == 404
