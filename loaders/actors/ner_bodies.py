"""States and bodies the NER found outside the gazetteers, and the acronyms an article defines.

The gazetteers know the usual states and international bodies; an article also names courts,
ministries, parties and armed groups of its own ("Iran's Ministry of Intelligence", "the Popular
Front for the Liberation of Palestine (PFLP)"). These come from the NER's ORG and GPE entities,
trimmed to the body's name, with the state whose possessive stands before it as its owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.acronyms import acronym_end, acronym_mentions, bracket_definitions
from loaders.actors.body_continuations import continued_body
from loaders.actors.body_names import body_name
from loaders.actors.body_states import named_state
from loaders.actors.common_noun_bodies import anaphor_org
from loaders.actors.gazetteer import country_by_regex
from loaders.actors.state_ministries import names_state_ministry
from loaders.actors.syntax import is_argument, is_location, is_owning_body
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from loaders.actors.claims import Claims


class NerBodies:
    """Reads the NER's entities once into `claims`; keeps what later steps settle."""

    def __init__(self, claims: Claims, places_named: frozenset[str]) -> None:
        self.claims = claims
        self.places: list[tuple[Span, str]] = []
        """States the NER found only as where something happened ("talks in Syria")."""
        self.places_named = places_named
        """Names a settlement noun calls a place somewhere in the article (place_cues)."""
        self.acronyms: dict[str, str] = {}
        """Acronym an article defined ("... Palestine (PFLP)") -> the body's id."""

    def read(self) -> None:
        claims = self.claims
        self._defined_bodies()
        for ent in claims.doc.ents:
            if ent.label_ == "ORG":
                ent = self._continued(self._unclaimed_tail(self._whole_acronym(ent)))
            if len(ent) == 0 or claims.taken(ent.start, ent.end):
                continue
            if ent.text in self.acronyms:
                claims.claim(Mention(ent.start, ent.end, self.acronyms[ent.text], "alias"))
                continue
            if ent.label_ == "GPE":
                iso3 = country_by_regex(ent.text) if ent.text[:1].isupper() else None
                if iso3 and not ent.text.isupper():
                    if is_location(ent):  # settled with the deferred hits
                        self.places.append((ent, iso3))
                    else:
                        claims.state_mention(ent, iso3, "name")
            elif ent.label_ == "ORG":
                self._organization(ent)
        for m in acronym_mentions(claims.doc, self.acronyms, claims.free):
            claims.claim(m)

    def _defined_bodies(self) -> None:
        """ "the Popular Front for the Liberation of Palestine (PFLP)": the body under the
        words its definition gives (the NER cuts such names up), and its acronym."""
        claims = self.claims
        for name, acronym in bracket_definitions(claims.doc):
            named = [m for m in claims.mentions if m.start == name.start and m.end == name.end]
            if named and named[0].actor_id.startswith("organization:"):
                ident: str | None = named[0].actor_id
            elif claims.taken(name.start, name.end):
                continue
            else:
                name.label_ = "ORG"
                ident = self._organization(name)
            if ident is not None:
                claims.table.drafts[ident].add_alias(acronym)
                self.acronyms[acronym] = ident

    def _whole_acronym(self, ent: Span) -> Span:
        """ "CSP-DPA", which the NER reads as two bodies "CSP" and "DPA": the one glued name."""
        doc = self.claims.doc
        for start in range(max(0, ent.start - 8), ent.start + 1):
            end = acronym_end(doc, start)
            if end is not None and end > ent.start and ent.end <= end:
                whole = doc[start:end]
                whole.label_ = ent.label_
                return whole
        return ent

    def _unclaimed_tail(self, ent: Span) -> Span:
        """ "South Korea's Supreme Court" once "South Korea" is claimed: "Supreme Court"."""
        doc = self.claims.doc
        start = ent.start
        while start < ent.end and (
            start in self.claims.claimed
            or doc[start].text in ("'s", "’s")
            or doc[start].lower_ == "the"
        ):
            start += 1
        tail = doc[start : ent.end]
        tail.label_ = ent.label_
        return tail

    def _continued(self, ent: Span) -> Span:
        """ "the Supreme Court" + "of the Donetsk People's Republic": the body's whole name."""
        if len(ent) == 0:
            return ent
        whole = continued_body(ent, self.claims.free)
        whole.label_ = ent.label_
        return whole

    def _organization(self, ent: Span) -> str | None:
        claims = self.claims
        span = body_name(ent)
        if span is None or not (is_argument(span) or is_owning_body(span)):
            return None
        if span.text in self.places_named:
            return None  # "Erbil ... the northern Iraqi city of Erbil": a place, no body
        if (iso3 := self._ministry_state(ent)) is not None:
            claims.state_mention(ent, iso3, "name")  # "the Russian Foreign Ministry said"
            return None
        if len(span) == 1 and (org := anaphor_org(claims, span[0])) is not None:
            # "Iran's Revolutionary Guards ... the Guards said": the body named before
            ident = claims.table.organization(org.name, org.country, span.text)
            claims.claim(Mention(span.start, span.end, ident, "alias"))
            return ident
        country = self._owner(span) or named_state(span)
        ident = claims.table.organization(span.text, country, span.text)
        claims.claim(Mention(span.start, span.end, ident, "name"))
        owner_start = self._owner_start(span)
        if owner_start is not None:
            claims.table.drafts[ident].add_alias(claims.doc[owner_start : span.end].text)
        return ident

    def _ministry_state(self, ent: Span) -> str | None:
        """The state whose own word names its ministry: "Russian Foreign Ministry" -> RUS."""
        states = [
            h
            for h in self.claims.hits
            if h.kind in ("COUNTRY", "DEMONYM") and ent.start <= h.start and h.end <= ent.end
        ]
        if len(states) != 1:
            return None
        rest = [t for t in ent if not states[0].start <= t.i < states[0].end]
        return states[0].key if names_state_ministry(rest) else None

    def _owner_start(self, span: Span) -> int | None:
        i = span.start - 1
        if i >= 1 and self.claims.doc[i].text in ("'s", "’s"):
            for m in self.claims.mentions:
                if m.end == i and m.actor_id.startswith("country:"):
                    return m.start
        return None

    def _owner(self, span: Span) -> str | None:
        """The state an organization belongs to, from "Iran's Ministry of ..." before it."""
        start = self._owner_start(span)
        if start is None:
            return None
        for m in self.claims.mentions:
            if m.start == start:
                return m.actor_id.split(":", 1)[1]
        return None
