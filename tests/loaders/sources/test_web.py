"""URLs and feeds against a real local HTTP server: content types, limits, failures."""

from __future__ import annotations

import json
import socket
import time
from datetime import date
from pathlib import Path

import pytest

from loaders.errors import (
    FetchError,
    FetchTimeoutError,
    SourceError,
    TooLargeError,
    UnsupportedSourceError,
)
from loaders.sources import Limits, load, load_one
from schema.models import Article
from tests.loaders.sources.conftest import LocalServer, Route

DATA = Path(__file__).parent / "data"
D05 = (DATA / "d05_page.html").read_bytes()
SHORT = Limits(timeout=1.0)


def _rss(server: LocalServer, items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Diplomacy feed</title><link>{server.base}/</link>{items}</channel></rss>"
    ).encode()


def test_html_url_gives_the_article(server: LocalServer) -> None:
    server.routes["/finland"] = Route(D05)
    article = load_one(server.url("/finland"), SHORT)
    assert article.title == "Finland becomes NATO's 31st member as Russia warns of countermeasures"
    assert article.published == date(2023, 4, 4)
    assert article.url is not None and article.url.endswith("finland-joins-nato-31st-member")
    assert "Kuleba" not in article.text


def test_json_and_text_urls(server: LocalServer) -> None:
    obj = {"id": "x1", "title": "T", "text": "Blinken met Wang Yi in Beijing on Sunday."}
    server.routes["/a.json"] = Route(json.dumps(obj).encode(), "application/json")
    server.routes["/a.txt"] = Route(b"Blinken met Wang Yi in Beijing on Sunday.", "text/plain")
    assert load_one(server.url("/a.json"), SHORT).id == "x1"
    plain = load_one(server.url("/a.txt"), SHORT)
    assert plain.text == "Blinken met Wang Yi in Beijing on Sunday."
    assert plain.url == server.url("/a.txt")


def test_charset_from_the_http_header(server: LocalServer) -> None:
    body = "Orbán met von der Leyen in Brussels on Thursday to discuss frozen funds."
    server.routes["/latin"] = Route(body.encode("latin-1"), "text/plain; charset=iso-8859-1")
    assert load_one(server.url("/latin"), SHORT).text == body


def test_rss_feed_entries_read_their_linked_pages(server: LocalServer) -> None:
    server.routes["/finland"] = Route(D05)
    items = (
        f"<item><title>Finland joins NATO</title><link>{server.base}/finland</link>"
        "<pubDate>Tue, 04 Apr 2023 12:18:00 GMT</pubDate>"
        "<description>Finland joined NATO.</description></item>"
        "<item><title>Only a summary</title><pubDate>Wed, 05 Apr 2023 08:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Blinken met Wang Yi in Beijing on Sunday.&lt;/p&gt;"
        "</description></item>"
        f"<item><title>Gone</title><link>{server.base}/gone</link></item>"
    )
    server.routes["/feed.xml"] = Route(_rss(server, items), "application/rss+xml")
    got = list(load([server.url("/feed.xml")], SHORT))
    first, second, third = got
    assert isinstance(first, Article)
    assert first.title == "Finland joins NATO"
    assert first.published == date(2023, 4, 4)
    assert "Pekka Haavisto" in first.text and "Kuleba" not in first.text
    assert isinstance(second, Article)
    assert second.text == "Blinken met Wang Yi in Beijing on Sunday."
    assert second.published == date(2023, 4, 5)
    assert isinstance(third, FetchError)
    assert "entry 3" in third.source and "HTTP 404" in str(third)


def test_atom_feed_entry_with_content(server: LocalServer) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Wire</title><id>urn:wire</id><updated>2023-09-13T00:00:00Z</updated>"
        "<entry><title>Putin meets Kim</title><id>urn:1</id><updated>2023-09-13T10:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Putin met Kim Jong Un at the Vostochny cosmodrome.&lt;/p&gt;'
        "&lt;p&gt;They held talks for four hours.&lt;/p&gt;</content></entry></feed>"
    )
    server.routes["/atom"] = Route(atom.encode(), "application/atom+xml")
    article = load_one(server.url("/atom"), SHORT)
    assert article.text == (
        "Putin met Kim Jong Un at the Vostochny cosmodrome.\n\nThey held talks for four hours."
    )
    assert article.published == date(2023, 9, 13)


def test_feed_file_on_disk(tmp_path: Path, server: LocalServer) -> None:
    items = "<item><title>T</title><description>Blinken met Wang Yi on Sunday.</description></item>"
    path = tmp_path / "wire.rss"
    path.write_bytes(_rss(server, items))
    assert load_one(str(path), SHORT).text == "Blinken met Wang Yi on Sunday."


def test_slow_server_times_out(server: LocalServer) -> None:
    server.routes["/slow"] = Route(D05, delay=3.0)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"/slow: timed out after 1 s"):
        load_one(server.url("/slow"), SHORT)
    assert time.monotonic() - started < 2.5


def test_too_large_download(server: LocalServer) -> None:
    server.routes["/big"] = Route(D05)
    with pytest.raises(TooLargeError, match=r"/big: too large"):
        load_one(server.url("/big"), Limits(timeout=1.0, max_bytes=4000))


@pytest.mark.parametrize(
    ("route", "error", "message"),
    [
        (Route(b"nope", status=404), FetchError, "HTTP 404"),
        (
            Route(b"%PDF-1.4", "application/pdf"),
            UnsupportedSourceError,
            "content type 'application/pdf'",
        ),
        (Route(b"", "text/html"), SourceError, "empty file"),
        (Route(b"<rss><channel>", "application/rss+xml"), SourceError, "invalid feed"),
    ],
)
def test_bad_urls_are_reported(
    server: LocalServer, route: Route, error: type[SourceError], message: str
) -> None:
    server.routes["/x"] = route
    (item,) = list(load([server.url("/x")], SHORT))
    assert isinstance(item, error)
    assert item.source == server.url("/x")
    assert message in str(item)


def test_connection_refused_is_reported() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (item,) = list(load([f"http://127.0.0.1:{port}/x"], SHORT))
    assert isinstance(item, FetchError)
    assert "could not fetch" in str(item)


def test_feed_encoding_from_its_xml_declaration(tmp_path: Path) -> None:
    rss = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>Orbán</title><description>Orbán met Lavrov in Budapest on Friday."
        "</description></item></channel></rss>"
    )
    declared = tmp_path / "latin.rss"
    declared.write_bytes(rss.encode("latin-1"))
    assert load_one(str(declared), SHORT).text == "Orbán met Lavrov in Budapest on Friday."
    undeclared = tmp_path / "undeclared.rss"
    undeclared.write_bytes(rss.replace(' encoding="ISO-8859-1"', "").encode("latin-1"))
    (item,) = list(load([str(undeclared)], SHORT))
    assert isinstance(item, SourceError) and "not valid UTF-8" in str(item)
