"""Word lists and span tests that keep places, things, datelines and quoted outlets from
becoming actors: "Dolmabahce Palace", "Javelin missiles", "JERUSALEM (Reuters) -"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

PLACE_HEADS = frozenset(
    {
        "monastery",
        "palace",
        "cathedral",
        "church",
        "mosque",
        "temple",
        "square",
        "base",
        "airport",
        "hotel",
        "stadium",
        "museum",
        "hall",
        "castle",
        "street",
        "avenue",
        "bridge",
        "port",
        "station",
        "centre",
        "center",
        "building",
        "tower",
        "memorial",
        "cemetery",
        "prison",
        "camp",
        "cosmodrome",
        "fleet",
        "sea",
        "ocean",
        "river",
        "gulf",
        "strait",
        "mountains",
        "peninsula",
        "corridor",
        "region",
        "valley",
        "desert",
        "island",
        "islands",
        "bay",
        "canal",
    }
)
DOCUMENT_WORDS = frozenset(
    {
        "treaty",
        "agreement",
        "accord",
        "accords",
        "declaration",
        "convention",
        "protocol",
        "act",
        "plan",
        "resolution",
        "deal",
        "pact",
        "charter",
    }
)
THING_HEADS = frozenset(
    {
        "missile",
        "missiles",
        "rockets",
        "jets",
        "fighters",
        "tanks",
        "drones",
        "submarines",
        "vessels",
        "ships",
        "vaccine",
        "vaccines",
        "aircraft",
        "helicopters",
        "launchers",
    }
)
INSTITUTIONS = frozenset({"court", "parliament", "senate", "legislature", "congress"})
NAMED_SERVICES = frozenset({"service"})
"""Lower-case heads that make a body only after its own name: "the SBU security service"."""
# Words before a post that say how it is held, not a body: "Caretaker Prime Minister Kakar".
TENURE_WORDS = frozenset({"caretaker", "interim", "acting", "outgoing", "incoming", "former"})
BYLINE = re.compile(r"^\s*(by|reporting by|writing by|editing by|photo)\b", re.IGNORECASE)
MEDIA_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "poss"})
MOTION = frozenset(
    {
        "visit",
        "trip",
        "travel",
        "arrive",
        "go",
        "fly",
        "journey",
        "return",
        "come",
        "head",
        "tour",
        "land",
        "touch",
        "stop",
        "stopover",
        "rush",
        "hurry",
        "dash",
    }
)


def in_dateline(span: Span) -> bool:
    """All-capitals place names (and the agency) before the first dash of a paragraph."""
    if not span.text.isupper() and not in_parentheses(span):
        return False
    for tok in span.doc[span.end : span.end + 8]:
        if tok.text in ("-", "–", "—", "--"):
            return True
        if tok.ent_type_ in ("DATE", "GPE", "LOC") or tok.like_num or tok.is_punct:
            continue  # "ISTANBUL, May 16 -", "NUSA DUA, Indonesia, Nov 14 -"
        if tok.pos_ == "PROPN" and tok.text.istitle():
            continue  # a month the NER left untagged: "Nov 14"
        if tok.is_alpha and not tok.is_upper and tok.text not in ("Reuters", "AFP", "AP"):
            return False
    return False


def based(span: Span) -> bool:
    """ "a Moscow-based bank": a place of business, not the state."""
    return _hyphened_with(span, ("based", "headquartered", "born"))


def affiliated(span: Span) -> bool:
    """ "the al Qaeda-linked al-Shabaab insurgency": a group's ties, not the group acting."""
    return _hyphened_with(span, ("linked", "affiliated", "aligned", "inspired", "allied"))


def _hyphened_with(span: Span, words: tuple[str, ...]) -> bool:
    doc = span.doc
    return (
        span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in words
    )


def in_parentheses(span: Span) -> bool:
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text == "("
            and span.end < len(doc) and doc[span.end].text == ")")  # fmt: skip
