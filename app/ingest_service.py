"""`ingestArticle`'s service: one article (text or URL) through the extractor and app.ingest.

The extractor (a spaCy pipeline) is loaded on the first ingest, once, and kept for the next; the
resolver is rebuilt per article from the actors already stored, as `diplograph ingest` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.ingest import ingest_article
from loaders.sources.build import make_article
from loaders.sources.load import load_one

if TYPE_CHECKING:
    from datetime import date

    from app.ingest import ResolverFactory
    from app.services import Lazy
    from schema.models import Article, Extraction
    from schema.store import Store

INPUT_NAME = "ingestArticle input"


def _resolver_factory() -> ResolverFactory | None:
    try:
        from loaders.resolution import Resolver  # type: ignore[import-untyped, unused-ignore]
    except ImportError:  # resolution not installed: actors are stored as extracted
        return None
    factory: ResolverFactory = Resolver
    return factory


class ArticleIngest:
    """schema.graphql.ArticleIngestor over app.ingest.ingest_article."""

    def __init__(self, store: Store, extractor: Lazy[Any]) -> None:
        self._store = store
        self._extractor = extractor

    def read(
        self, text: str | None, url: str | None, title: str | None, published: date | None
    ) -> Article:
        """The article to ingest: the text as given, or the page at `url` (title/date override)."""
        if text is not None:
            return make_article(INPUT_NAME, text, title=title, published=published, url=url)
        assert url is not None
        article = load_one(url)
        overrides: dict[str, object] = {}
        if title:
            overrides["title"] = title
        if published:
            overrides["published"] = published
        return article.model_copy(update=overrides) if overrides else article

    def __call__(
        self, *, text: str | None, url: str | None, title: str | None, published: date | None
    ) -> Extraction:
        article = self.read(text, url, title, published)
        return ingest_article(article, self._store, self._extractor.get(), _resolver_factory())
