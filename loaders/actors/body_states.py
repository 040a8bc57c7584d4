"""The state a body's own name gives it: "the Swedish Security Service", "the Chinese Communist
Party", "the U.S. Justice Department", "the Bank of Russia".

ANNOTATION.md: an actor's `country` is "the ISO3 of the state an actor belongs to or serves". A
state's name or demonym that opens a body's name, or closes it after "<body noun> of", says whose
body it is; so does a capital opening a court's name ("the Moscow City Court"), a court
sitting where its state's law runs (other capital-named bodies, "the Paris Club", may be
international). Only a name holding exactly one state word is read: "the U.S.-China Business
Council" names two and is left alone, as is a compound "Russian-led", and a demonym closing a
name ("Organization of American States") which names a region's people, not the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import capitals, country_names, demonyms

if TYPE_CHECKING:
    from spacy.tokens import Span

_OF_BODIES = frozenset({"court", "bank", "ministry", "congress", "parliament", "party", "army",
                        "police", "service", "agency", "office", "prosecutor",
                        "organization", "organisation"})  # fmt: skip
"""Nouns that, followed by "of <state>", name that state's own body: "Bank of Russia",
"Congress of Peru". Group words ("Friends of Syria") and "State of" names are not among them."""

_STATE_BODY_HEADS = frozenset({"court", "army", "navy", "police", "congress", "senate",
                               "parliament", "party", "ministry", "department", "service",
                               "agency", "bank", "guard", "forces", "force", "corps", "office",
                               "prosecutor", "marines", "assembly"})  # fmt: skip
"""Last words of a state's own body. A state's NAME opening other names often says what the
body is about, not whose it is ("the Ukraine Defense Contact Group", "the Iran Action Group");
a demonym ("the Swedish ...") says whose."""

_LONGEST = 4
"""Words in the longest state name read ("the Democratic Republic of the Congo" is a state, not
a body, so longer names need not be read)."""


def named_state(span: Span) -> str | None:
    """The ISO3 of the one state word that opens `span` or closes it after "<body noun> of
    [the]", or None."""
    doc = span.doc
    found: list[tuple[int, int, str]] = []
    for k in range(min(_LONGEST, len(span) - 1), 0, -1):
        text = doc[span.start : span.start + k].text
        iso3 = demonyms().get(text)
        if iso3 is None and _state_body(span):
            iso3 = country_names().get(text)  # "U.S. Army", not "Ukraine Contact Group"
        if iso3 is None and span[-1].lower_ == "court":
            iso3 = capitals().get(text)  # "the Moscow City Court": a court sits in its state
        if iso3:
            found.append((span.start, span.start + k, iso3))
            break
    for k in range(min(_LONGEST, len(span) - 2), 0, -1):
        text = doc[span.end - k : span.end].text
        before = [t.lower_ for t in doc[span.start : span.end - k] if t.lower_ != "the"]
        if text in country_names() and len(before) >= 2 and before[-1] == "of":
            if before[-2] in _OF_BODIES:
                found.append((span.end - k, span.end, country_names()[text]))
            break
    if len(found) != 1:
        return None
    start, end, iso3 = found[0]
    if any(_state_word(t.text) for t in doc[span.start : span.end] if not start <= t.i < end):
        return None  # "the U.S.-China Business Council": two states, no one owner
    if end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_:
        return None  # "Russian-led": a compound, not the owner
    return iso3


def _state_body(span: Span) -> bool:
    """Ends in a state body's head and is no office for another state's affairs ("the Taiwan
    Affairs Office" is Beijing's)."""
    return span[-1].lower_ in _STATE_BODY_HEADS and not any(t.lower_ == "affairs" for t in span)


def _state_word(text: str) -> bool:
    return text in country_names() or text in demonyms()
