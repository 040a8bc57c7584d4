"""HTML pages: the article body, title, date and canonical URL; nothing from the page around it."""

from __future__ import annotations

import difflib
import json
from datetime import date
from pathlib import Path

import pytest

from loaders.errors import EncodingError, ParseError
from loaders.sources import load_one

DATA = Path(__file__).parent / "data"


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@pytest.mark.parametrize(
    ("name", "url"),
    [
        (
            "d05",
            "https://www.continentalobserver.example/europe/2023/04/04/finland-joins-nato-31st-member",
        ),
        (
            "d10",
            "https://www.continentaldispatch.example/world/europe/2023/02/22/putin-suspends-new-start-treaty",
        ),
    ],
)
def test_page_yields_the_article_body(name: str, url: str) -> None:
    expected = json.loads((DATA / f"{name}_expected.json").read_text())
    article = load_one(str(DATA / f"{name}_page.html"))
    assert _similarity(article.text, expected["text"]) >= 0.99
    assert article.title == expected["title"]
    assert article.published == date.fromisoformat(expected["published"])
    assert article.url == url


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        (
            "d05",
            ["Kuleba", "Gershkovich", "Read more", "Europe Decoded", "Photograph", "143 partners"],
        ),
        ("d10", ["Kishida", "Macron", "Erdogan", "Sign me up", "Advertisement", "Getty Images"]),
    ],
)
def test_related_stories_newsletter_and_credits_are_dropped(name: str, absent: list[str]) -> None:
    text = load_one(str(DATA / f"{name}_page.html")).text
    for word in absent:
        assert word not in text


def test_seed_page_as_flat_html_still_loses_its_teasers(tmp_path: Path) -> None:
    """Worst case: every line of the seed in one container, no semantic markup to go by."""
    lines = (DATA / "seed_page.txt").read_text().splitlines()
    body = "\n".join(f"<p>{line}</p>" for line in lines if line.strip())
    page = tmp_path / "flat.html"
    page.write_text(f"<html><head><title>Page</title></head><body><div>{body}</div></body></html>")
    text = load_one(str(page)).text
    assert "Victor Orban called on the United States" in text
    for word in ["Rubio", "Kurdistan", "Rapid Support Forces", "tariff"]:
        assert word not in text


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Orbán in Brussels</title></head><body>'
        "<article><p>Hungarian Prime Minister Viktor Orbán met European Commission President "
        "Ursula von der Leyen in Brussels on Thursday to discuss frozen funds.</p>"
        "<p>Orbán said Hungary would not block the next package of sanctions on Russia.</p>"
        "</article></body></html>"
    )
    page.write_bytes(html.encode("latin-1"))
    article = load_one(str(page))
    assert "Viktor Orbán met" in article.text


def test_undeclared_non_utf8_html_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes("<html><body><p>Orbán met von der Leyen.</p></body></html>".encode("latin-1"))
    with pytest.raises(EncodingError, match=r"latin\.html: not valid UTF-8"):
        load_one(str(page))


def test_html_without_article_text_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "links.html"
    page.write_text('<html><body><nav><a href="/">Home</a></nav><div></div></body></html>')
    with pytest.raises(ParseError, match=r"links\.html: invalid HTML: no article text"):
        load_one(str(page))


def test_broken_html_is_read_leniently_or_reported(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><body><article><p>Turkish President Recep Tayyip Erdogan met Swedish Prime "
        "Minister Ulf Kristersson in Vilnius on Monday and agreed to forward Sweden's NATO bid"
        "<p>The deal was announced by NATO chief Jens Stoltenberg late on Monday evening"
    )
    assert "Erdogan met Swedish" in load_one(str(page)).text
    garbage = tmp_path / "garbage.html"
    garbage.write_text("<<<>>> <html <body")
    with pytest.raises(ParseError, match=r"garbage\.html: invalid HTML"):
        load_one(str(garbage))


CORPUS = Path(__file__).resolve().parents[3] / "corpus"
PAGE_CASES = sorted(p for p in CORPUS.glob("*.json") if '"html"' in p.read_text())


def test_the_corpus_has_page_cases() -> None:
    assert len(PAGE_CASES) >= 3


@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda p: p.stem)
def test_corpus_pages_yield_their_annotated_text(case: Path, tmp_path: Path) -> None:
    """Each page case's raw HTML, read as a web page, gives the text the case annotates."""
    gold = json.loads(case.read_text())
    page = tmp_path / "page.html"
    page.write_text(gold["html"])
    article = load_one(str(page))
    assert _similarity(article.text, gold["text"]) >= 0.98
    assert article.title == gold["title"]
    assert article.published == date.fromisoformat(gold["published"])


_DECKED_PAGE = """<html><head><title>Chad and Niger sign border pact | Sahel Wire</title></head>
<body><article><h1>Chad and Niger sign border pact</h1>
<p class="summary">Ndjamena hails deal as Niamey's rivals cry foul over the mediation</p>
<p>NDJAMENA, May 3 (Sahel Wire) - Chad and Niger signed a border security pact on Tuesday
after two days of talks in the Chadian capital, officials from both countries said.</p>
<p>The pact sets up joint patrols along the frontier and a hotline between the two armies, and
it will be reviewed in a year, the Chadian foreign ministry said in a statement.</p>
<p>Diplomats said the deal had taken months to prepare and followed a spate of raids on border
villages that both governments blamed on armed groups operating from Libya.</p>
</article></body></html>"""


def test_a_summary_printed_above_the_dateline_is_no_part_of_the_story(tmp_path: Path) -> None:
    page = tmp_path / "decked.html"
    page.write_text(_DECKED_PAGE)
    text = load_one(str(page)).text
    assert text.startswith("NDJAMENA, May 3 (Sahel Wire) - Chad and Niger signed")
    assert "cry foul" not in text


def test_a_story_without_dateline_keeps_its_first_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "plain.html"
    page.write_text(_DECKED_PAGE.replace("NDJAMENA, May 3 (Sahel Wire) - ", ""))
    assert "cry foul" in load_one(str(page)).text
