"""Which reader a piece of content goes to, by file extension, HTTP content type or a sniff.

Local files and downloads meet here: both end as (name, bytes, kind) and are read the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.errors import SourceError, UnsupportedSourceError
from loaders.sources.build import make_article
from loaders.sources.decode import declared_charset, decode_text, sniff_binary
from loaders.sources.feeds import read_feed
from loaders.sources.html import extract_html
from loaders.sources.jsonio import read_json, read_jsonl
from loaders.sources.markdown import markdown_to_text
from loaders.sources.text_page import clean_text_page

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from schema.models import Article

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
CONTENT_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/feed+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/markdown": "markdown",
    "text/plain": "sniff",
    "application/octet-stream": "sniff",
    "": "sniff",
}
KNOWN = ", ".join(sorted(set(EXTENSIONS)))


def sniff(source: str, data: bytes) -> str:
    """The kind of content that came without a telling name or type."""
    sniff_binary(source, data)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head):
        return "feed"
    if head.startswith((b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        lines = [ln for ln in data.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith(b"{") for ln in lines[:3]):
            return "jsonl"
        return "json"
    return "text"


def kind_for_content_type(source: str, content_type: str) -> str:
    kind = CONTENT_TYPES.get(content_type)
    if kind is None:
        known = ", ".join(t for t in CONTENT_TYPES if t)
        raise UnsupportedSourceError(source, f"content type {content_type!r}", known)
    return kind


def read_content(
    source: str,
    data: bytes,
    kind: str,
    fetch_page: Callable[[str], tuple[str, str | None]],
    *,
    url: str | None = None,
    content_type_header: str | None = None,
    max_feed_entries: int = 200,
) -> Iterator[Article | SourceError]:
    """Articles (and per-item skips) from content of a known kind. Whole-input problems raise."""
    if kind == "sniff":
        kind = sniff(source, data)
    if kind == "feed":  # feedparser decodes; the checks are the same as for every input
        decode_text(source, data, declared_charset(data, content_type_header))
        yield from read_feed(source, data, fetch_page, max_feed_entries)
        return
    charset = declared_charset(data, content_type_header) if kind == "html" else None
    if charset is None and content_type_header and kind != "html":
        charset = declared_charset(b"", content_type_header)
    text = decode_text(source, data, charset)
    if kind == "json":
        yield from read_json(source, text)
    elif kind == "jsonl":
        yield from read_jsonl(source, text)
    elif kind == "html":
        page = extract_html(source, text, url)
        yield make_article(source, page.text, title=page.title, published=page.date, url=page.url)
    elif kind == "markdown":
        doc = markdown_to_text(text)
        cleaned = clean_text_page(doc.text)
        yield make_article(
            source,
            cleaned.text,
            title=doc.title or cleaned.title,
            published=doc.meta.get("date") or doc.meta.get("published") or cleaned.date_text,
            url=doc.meta.get("url") or url,
        )
    else:
        plain = clean_text_page(text)
        yield make_article(
            source, plain.text, title=plain.title, published=plain.date_text, url=url
        )
