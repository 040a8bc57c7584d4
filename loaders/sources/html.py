"""An HTML page to its article: trafilatura strips the boilerplate and reads the metadata.

trafilatura runs first with `favor_precision` (related stories, newsletter boxes and comments
are the text we must never keep), then with its default balance when precision leaves nothing.
Headings are dropped from the body: the headline is the title, not a sentence of the story.
Page furniture that survives (inline "Read more:" links, credits) is removed line by line; a page
whose extracted text still carries teasers ("keep reading") is cut like a text page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from loaders.errors import ParseError
from loaders.sources.text_page import clean_text_page, drop_inline_debris, has_teasers

# Blocks that are never the story, whatever the site: pruned before trafilatura scores the page.
_PRUNE = [
    "//aside",
    "//nav",
    "//figcaption",
    "//form",
    "//*[@role='dialog']",
    "//*[contains(@class,'related') or contains(@class,'teaser') or contains(@class,'promo')"
    " or contains(@class,'newsletter') or contains(@class,'read-more')"
    " or contains(@class,'most-read') or contains(@class,'more-stories')]",
]
_WORD = re.compile(r"[^\W\d_]{2,}")
# "HONIARA/SYDNEY, April 20 - ", "KYIV (Reuters) - ", "WASHINGTON — ": where a wire story starts.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019/ -]{2,}"  # the place in capitals
    r"(?:[,(][^\n\u2013\u2014]{0,60}?)?"  # ", Japan, May 3" or " (Reuters)"
    r"\s[-\u2013\u2014]+\s"
)
_DECK_PARAGRAPHS = 2
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None


def _extract(html: str, url: str | None, precision: bool) -> Document | None:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precision,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        prune_xpath=_PRUNE,
        date_extraction_params=_DATE_PARAMS,
    )
    return doc if isinstance(doc, Document) else None


def _text_without_headings(doc: Document) -> str:
    """The body text minus headings: the headline and standfirst repeat the title (and are no
    sentence to cite as evidence); a sub-heading inside the story carries no fact either."""
    body = doc.body
    if body is None:
        return doc.text or ""
    for heading in list(body.iter("head")):
        parent = heading.getparent()
        if parent is None:
            continue
        if heading.tail and heading.tail.strip():  # keep text that follows the heading
            previous = heading.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + heading.tail
            else:
                parent.text = (parent.text or "") + heading.tail
        parent.remove(heading)
    text: str = xmltotxt(body, include_formatting=False) or ""
    return text if text.strip() else doc.text or ""


def _without_deck(text: str) -> str:
    """The story from its dateline on: a standfirst or live summary printed above the dateline
    ("Beijing announces signing ...; Canberra's appeal fails") is the page's summary of the
    story, not its first sentence, and read as the lede it would stand in for the real one."""
    paragraphs = text.split("\n\n")
    for n, paragraph in enumerate(paragraphs[: _DECK_PARAGRAPHS + 1]):
        if _DATELINE.match(paragraph):
            return "\n\n".join(paragraphs[n:]) if n else text
    return text


def extract_html(source: str, html: str, url: str | None = None) -> HtmlArticle:
    """The article in `html`; `url` is where it came from (the page's canonical URL wins)."""
    if "<" not in html:
        raise ParseError(source, "HTML", "no markup found")
    # trafilatura parses leniently (lxml's recovering parser) and returns None when it fails
    doc = _extract(html, url, precision=True)
    if doc is None or not (doc.text or "").strip():
        doc = _extract(html, url, precision=False)
    if doc is None or not (doc.text or "").strip():
        raise ParseError(source, "HTML", "no article text found (is it a page of links only?)")
    raw = _text_without_headings(doc)
    if has_teasers(raw):
        page = clean_text_page(raw)
        text = page.text
    else:
        text = drop_inline_debris(raw)
    text = _without_deck(text)
    if not _WORD.search(text):
        raise ParseError(source, "HTML", "no article text found (only markup or symbols)")
    return HtmlArticle(
        text=text, title=doc.title or None, date=doc.date or None, url=doc.url or url
    )
