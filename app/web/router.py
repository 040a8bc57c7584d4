"""Serves the explorer page at `/` and `/explore`, and its assets under `/web/static/`.

Assets are routes, not a `StaticFiles` mount: FastAPI's `include_router` copies routes but drops
mounts. The set of servable files is fixed when the router is built, so no request path can
reach outside `static/`. Everything the page needs comes from this server: the Content-Security-
Policy forbids scripts, styles and connections to any other origin.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse

STATIC_DIR = Path(__file__).parent / "static"
ASSET_PREFIX = "/web/static"

_MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
}
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = {
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
}
_ENDPOINT_PLACEHOLDER = "{{GRAPHQL_ENDPOINT}}"


def web_router(graphql_endpoint: str = "/graphql") -> APIRouter:
    """The explorer's routes; `graphql_endpoint` is where the page sends its queries."""
    page = _render_page(graphql_endpoint)
    assets = _asset_index()
    router = APIRouter(tags=["web explorer"])

    async def explorer_page() -> HTMLResponse:
        return HTMLResponse(page, headers={**_HEADERS, "Content-Security-Policy": _CSP})

    router.add_api_route("/", explorer_page, methods=["GET"], include_in_schema=False)
    router.add_api_route("/explore", explorer_page, methods=["GET"], include_in_schema=False)

    @router.get(ASSET_PREFIX + "/{name:path}", include_in_schema=False)
    async def explorer_asset(name: str) -> FileResponse:
        found = assets.get(name)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no explorer file named {name!r}")
        return FileResponse(found, media_type=_MEDIA_TYPES[found.suffix], headers=_HEADERS)

    return router


def _render_page(graphql_endpoint: str) -> str:
    template = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    if _ENDPOINT_PLACEHOLDER not in template:
        raise RuntimeError(f"{STATIC_DIR / 'index.html'} lacks {_ENDPOINT_PLACEHOLDER}")
    return template.replace(_ENDPOINT_PLACEHOLDER, html.escape(graphql_endpoint, quote=True))


def _asset_index() -> dict[str, Path]:
    """Every servable file by its path relative to `static/` (the page itself is not an asset)."""
    return {
        path.relative_to(STATIC_DIR).as_posix(): path
        for path in sorted(STATIC_DIR.rglob("*"))
        if path.is_file() and path.suffix in _MEDIA_TYPES and path.name != "index.html"
    }
