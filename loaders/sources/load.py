"""The source stage's entry point: PATH arguments in, articles and skips out.

Errors are values here: every input that yields no article becomes a SourceError in the stream,
named and explained, and the inputs after it are still read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from loaders.errors import SourceError, TooLargeError, UnsupportedSourceError
from loaders.sources.decode import declared_charset, decode_text
from loaders.sources.expand import expand, is_url
from loaders.sources.readers import EXTENSIONS, KNOWN, kind_for_content_type, read_content, sniff
from loaders.sources.web import USER_AGENT, Limits, fetch

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from schema.models import Article


class _Reader:
    """Reads files and URLs with one HTTP client and one set of limits."""

    def __init__(self, limits: Limits, client: httpx.Client) -> None:
        self.limits, self.client = limits, client

    def fetch_page(self, url: str) -> tuple[str, str | None]:
        """A linked page's HTML and final URL (for feed entries)."""
        got = fetch(url, self.limits, self.client)
        charset = declared_charset(got.content, got.header)
        return decode_text(url, got.content, charset), got.url

    def url(self, url: str) -> Iterator[Article | SourceError]:
        got = fetch(url, self.limits, self.client)
        kind = kind_for_content_type(url, got.content_type)
        yield from read_content(
            url,
            got.content,
            kind,
            self.fetch_page,
            url=got.url,
            content_type_header=got.header,
            max_feed_entries=self.limits.max_feed_entries,
        )

    def file(self, path: Path) -> Iterator[Article | SourceError]:
        name = str(path)
        size = path.stat().st_size
        if size > self.limits.max_file_bytes:
            raise TooLargeError(name, size, self.limits.max_file_bytes)
        suffix = path.suffix.lower()
        kind = EXTENSIONS.get(suffix)
        if kind is None and suffix:
            raise UnsupportedSourceError(name, f"file type {suffix!r}", KNOWN)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(name, f"cannot read: {exc.strerror or exc}") from exc
        yield from read_content(
            name,
            data,
            kind or sniff(name, data),
            self.fetch_page,
            max_feed_entries=self.limits.max_feed_entries,
        )


def load(targets: Iterable[str], limits: Limits | None = None) -> Iterator[Article | SourceError]:
    """Every article the targets hold, and a SourceError for each input that gave none."""
    limits = limits or Limits()
    with httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(limits.timeout),
        headers={"User-Agent": USER_AGENT},
    ) as client:
        reader = _Reader(limits, client)
        for item in expand(targets):
            if isinstance(item, SourceError):
                yield item
                continue
            try:
                yield from reader.url(item) if isinstance(item, str) else reader.file(item)
            except SourceError as exc:
                yield exc


def load_one(target: str, limits: Limits | None = None) -> Article:
    """The first article of one input (a file or URL); raises its SourceError when it has none."""
    first_error: SourceError | None = None
    for item in load([target], limits):
        if not isinstance(item, SourceError):
            return item
        first_error = first_error or item
    raise first_error or SourceError(target, "no article found")


__all__ = ["Limits", "is_url", "load", "load_one"]
