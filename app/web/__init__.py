"""The web explorer: one static page (HTML, vanilla JS modules, CSS) that journalists use to
browse actor networks through the GraphQL API, served by `web_router()`."""

from __future__ import annotations

from app.web.router import web_router

__all__ = ["web_router"]
