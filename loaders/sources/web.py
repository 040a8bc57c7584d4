"""Fetching a URL with limits: a timeout on the whole download and a cap on its size.

httpx's timeout bounds each network operation; a server that drips one byte a second would
never trip it, so the download also carries an overall deadline. The size cap is checked against
Content-Length first and against the bytes actually read, so a lying header cannot get past it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from loaders.errors import FetchError, FetchTimeoutError, TooLargeError

USER_AGENT = "diplograph/0.1 (+news knowledge graph; reads one page at a time)"


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much one input may take. Shared by URLs, feeds and the pages they link."""

    timeout: float = 15.0
    """Seconds for a whole download (connect to last byte)."""
    max_bytes: int = 5_000_000
    """Largest download accepted."""
    max_file_bytes: int = 50_000_000
    """Largest local file accepted."""
    max_feed_entries: int = 200
    """Entries read from one feed."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    """The final URL, after redirects."""
    content: bytes
    content_type: str
    """The media type without parameters, lower case ("text/html")."""
    header: str
    """The full Content-Type header, for its charset."""


def fetch(url: str, limits: Limits, client: httpx.Client | None = None) -> Fetched:
    """GET `url` within `limits`; every failure is a FetchError naming the URL."""
    own = client is None
    http = client or httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(limits.timeout),
        headers={"User-Agent": USER_AGENT},
    )
    deadline = time.monotonic() + limits.timeout
    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise TooLargeError(url, int(declared), limits.max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise TooLargeError(url, size, limits.max_bytes)
                if time.monotonic() > deadline:
                    raise FetchTimeoutError(url, limits.timeout)
                chunks.append(chunk)
            header = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                content=b"".join(chunks),
                content_type=header.split(";")[0].strip().lower(),
                header=header,
            )
    except httpx.TimeoutException as exc:
        raise FetchTimeoutError(url, limits.timeout) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, "too many redirects") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"could not fetch: {exc or type(exc).__name__}") from exc
    finally:
        if own:
            http.close()
