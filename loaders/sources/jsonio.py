"""JSON and JSONL articles: `{"id", "title", "published", "url", "text"}`, extra keys ignored.

The project's own corpus files are annotated cases in this shape (with "actors", "relations",
... beside it), so reading them as articles must ignore what it does not know. An object with
"html" but no "text" is read as the page it holds. A JSONL line that is broken is skipped on its
own, named by its line number; the other lines still load.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from loaders.errors import EmptySourceError, ParseError, SourceError
from loaders.sources.build import make_article
from loaders.sources.html import extract_html

if TYPE_CHECKING:
    from collections.abc import Iterator

    from schema.models import Article

_FIELDS = "an object with a 'text' (or 'html') field"


def _optional_str(source: str, obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str | int):
        return str(value)
    raise ParseError(source, "article", f"'{key}' must be a string, not {type(value).__name__}")


def article_from_object(source: str, obj: object) -> Article:
    """One article from one decoded JSON value."""
    if not isinstance(obj, dict):
        raise ParseError(source, "article", f"expected {_FIELDS}, got {type(obj).__name__}")
    text = _optional_str(source, obj, "text")
    title = _optional_str(source, obj, "title")
    url = _optional_str(source, obj, "url")
    published: object = obj.get("published")
    if not (text and text.strip()):
        html = _optional_str(source, obj, "html")
        if not (html and html.strip()):
            raise EmptySourceError(source, f"no article text (expected {_FIELDS})")
        page = extract_html(source, html, url)
        text, title, url = page.text, title or page.title, url or page.url
        published = published or page.date
    return make_article(
        source, text, id=_optional_str(source, obj, "id"), title=title, published=published, url=url
    )


def read_json(source: str, text: str) -> list[Article]:
    """A JSON file: one article object (a list of them is accepted too)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(source, "JSON", exc.msg, exc.lineno, exc.colno) from exc
    if isinstance(value, list):
        return [article_from_object(f"{source}[{n}]", item) for n, item in enumerate(value)]
    return [article_from_object(source, value)]


def read_jsonl(source: str, text: str) -> Iterator[Article | SourceError]:
    """A JSONL file: one article per line; blank lines are allowed, broken lines are skips."""
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{source}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ParseError(where, "JSON", exc.msg, number, exc.colno)
            continue
        try:
            yield article_from_object(where, value)
        except SourceError as exc:
            yield exc
    if not found:
        yield EmptySourceError(source)
