"""An article handed over directly (the GraphQL `ingestArticle` mutation): text or HTML in hand,
title, date and URL given by the caller, who wins over what the page says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.sources.build import make_article
from loaders.sources.html import extract_html
from loaders.sources.readers import sniff
from loaders.sources.text_page import clean_text_page

if TYPE_CHECKING:
    from datetime import date

    from schema.models import Article


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    published: date | str | None = None,
    url: str | None = None,
    source: str = "article text",
) -> Article:
    """An Article from pasted text or HTML, cleaned like a file of the same kind would be.
    Raises SourceError (e.g. EmptySourceError) naming `source` when there is no text."""
    if sniff(source, text.encode()) == "html":
        page = extract_html(source, text, url)
        return make_article(
            source,
            page.text,
            title=title or page.title,
            published=published or page.date,
            url=url or page.url,
        )
    cleaned = clean_text_page(text)
    return make_article(
        source,
        cleaned.text,
        title=title or cleaned.title,
        published=published or cleaned.date_text,
        url=url,
    )
