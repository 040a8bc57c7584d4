"""RSS and Atom feeds: each entry an article.

An entry that links to a web page is read from that page (fetched with the same limits as any
URL), since feed summaries are usually a sentence or two. When the page cannot be fetched, or the
entry has no link, the entry's own content or summary is the text. An entry with neither is a
skip that says so.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import feedparser

from loaders.errors import EmptySourceError, ParseError, SourceError
from loaders.sources.build import make_article
from loaders.sources.html import extract_html

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from schema.models import Article

_BLOCKS = frozenset(
    ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")
)
_SKIP = frozenset(("script", "style", "figcaption"))


class _FragmentText(HTMLParser):
    """Collects text, a paragraph break at each block element, nothing from scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), one paragraph per block element."""
    parser = _FragmentText()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(part.split()) for part in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def parse_feed(source: str, data: bytes) -> Any:
    """feedparser's result, or a ParseError when the bytes are not a feed at all."""
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        line = getattr(problem, "getLineNumber", lambda: None)()
        column = getattr(problem, "getColumnNumber", lambda: None)()
        detail = str(problem) if problem else "no RSS or Atom feed found"
        raise ParseError(source, "feed", detail, line, column)
    return parsed


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        text = fragment_text(str(content.get("value", "")))
        if text:
            return text
    return fragment_text(str(entry.get("summary", "")))


def read_feed(
    source: str,
    data: bytes,
    fetch_page: Callable[[str], tuple[str, str | None]],
    max_entries: int,
) -> Iterator[Article | SourceError]:
    """Articles from a feed. `fetch_page(url)` returns (html, final url) or raises SourceError."""
    parsed = parse_feed(source, data)
    if not parsed.entries:
        raise EmptySourceError(source, "feed has no entries")
    for number, entry in enumerate(parsed.entries[:max_entries], start=1):
        title = entry.get("title")
        link = entry.get("link")
        where = f"{source} entry {number}" + (f" ({link})" if link else "")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        fallback = _entry_text(entry)
        try:
            if link and str(link).startswith(("http://", "https://")):
                try:
                    html, final_url = fetch_page(str(link))
                    page = extract_html(where, html, final_url)
                    yield make_article(
                        where,
                        page.text,
                        title=title or page.title,
                        published=published or page.date,
                        url=page.url or final_url,
                    )
                    continue
                except SourceError as exc:
                    if not fallback:
                        raise exc.at(where) from exc
            yield make_article(where, fallback, title=title, published=published, url=link)
        except SourceError as exc:
            yield exc
