"""Companies a description introduces by name: "Russian gas giant Gazprom", "the state carrier
Belavia", "Swiss-Dutch contractor Allseas".

The small model tags such a name as a place (GPE) or not at all, so neither the gazetteers nor
the NER's organizations read it, and the company, an actor when it acts or is acted on
(ANNOTATION.md), was lost. The common noun news puts right before the name says what it is; a
capitalized name glued to one of these nouns is that company, whatever the NER made of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import country_by_regex
from loaders.actors.syntax import is_argument, is_cited_source
from loaders.actors.titles import is_title_word
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.actors.claims import Claims

COMPANY_NOUNS = frozenset({"giant", "carrier", "company", "firm", "lender", "miner", "producer",
                           "maker", "manufacturer", "contractor", "operator", "airline",
                           "conglomerate", "broadcaster", "insurer", "exporter", "shipper",
                           "supplier", "retailer", "bank"})  # fmt: skip
"""Nouns that say the name after them is a company's: "gas giant", "state oil company"."""

_ONLY_COMPANIES = frozenset({"giant", "giants", "company", "companies", "firm", "firms",
                             "maker", "makers", "conglomerate", "conglomerates", "lender",
                             "lenders", "bank", "banks", "airline", "airlines"})  # fmt: skip
"""Company nouns news never puts before a person's name."""


def introduced_as_company(doc: Doc, start: int, end: int) -> bool:
    """ "smartphone maker Xiaomi", "defence firms Lockheed Martin and ...": a lower-case company
    noun right before a name says the name is a company's, whatever the NER tagged it. A noun
    that also describes a person ("aid contractor Alan Gross", "arms manufacturer X", "aircraft
    carrier USS X") counts only before a one-word name ("potash producer Belaruskali"): news
    names a person in full."""
    if start == 0:
        return False
    noun = doc[start - 1]
    if not noun.is_lower:
        return False
    return noun.lower_ in _ONLY_COMPANIES or (noun.lower_ in COMPANY_NOUNS and end - start == 1)


def claim_described_companies(claims: Claims) -> None:
    """Claim each unclaimed name a company noun introduces, when it acts or is acted on."""
    doc = claims.doc
    for tok in doc:
        span = _described_name(doc, tok)
        if span is None or not claims.free(span.start, span.end):
            continue
        if country_by_regex(span.text) or is_cited_source(span) or not is_argument(span):
            continue
        ident = claims.table.organization(span.text, None, span.text)
        claims.claim(Mention(span.start, span.end, ident, "name"))


def _described_name(doc: Doc, noun: Token) -> Span | None:
    """The capitalized name right after a lower-case company noun that it describes."""
    if noun.lower_ not in COMPANY_NOUNS or not noun.is_lower or noun.tag_ != "NN":
        return None
    end = noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == noun.i + 1 or is_title_word(doc[noun.i + 1].text):
        return None  # "the company Chairman Lee": a person's title, not a name
    name = doc[noun.i + 1 : end]
    if not (name.start <= noun.head.i < name.end or name.root.head.i == noun.i):
        return None  # "the company Tuesday": the noun modifies no name after it
    return name
