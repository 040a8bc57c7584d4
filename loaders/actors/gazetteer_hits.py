"""Gazetteer hits as mentions: a state by its name, demonym, capital or seat, or a known body.

A hit is only a candidate: "talks in Syria" names a place, "Karabakh Armenian authorities" no
state, "Reuters reported" a source. `read_hit` settles the hits that read as an actor at once and
defers the ones used as a place; `read_locative` settles those once the rest of the article has
shown whether that state acts or is travelled to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.armed_groups import ARMED_GROUPS
from loaders.actors.filters import MOTION, affiliated, based
from loaders.actors.meeting_places import foreign_guest_at
from loaders.actors.organizations import is_media, known_orgs
from loaders.actors.syntax import (
    is_argument,
    is_cited_source,
    is_event_modifier,
    is_location,
    is_state_act_place,
    state_noun_head,
)
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from loaders.actors.claims import Claims
    from loaders.actors.matcher import Hit


def read_hit(claims: Claims, hit: Hit) -> bool:
    """Handle a hit; False when it is deferred (a capital or seat used as a place)."""
    span = claims.doc[hit.start : hit.end]
    if hit.kind == "COUNTRY":
        if is_location(span):
            return False  # "talks in Syria": kept only if Syria acts elsewhere
        claims.state_mention(span, hit.key, "name")
    elif hit.kind == "DEMONYM":
        _demonym(claims, span, hit.key)
    elif hit.kind == "SEAT":  # a seat of power is hardly ever named as a mere place
        claims.state_mention(span, hit.key, "seat")
    elif hit.kind == "CAPITAL":
        if based(span) or not is_argument(span) or is_event_modifier(span):
            return False
        how = {"CAPITAL": "capital", "COUNTRY": "name"}.get(hit.kind, "seat")
        claims.state_mention(span, hit.key, how)
    elif hit.kind == "ORG":
        if (is_media(span.text) and is_cited_source(span)) or is_event_modifier(span):
            return True
        if affiliated(span):
            return True
        org = known_orgs()[hit.key]
        # "Russia's Security Council" is no UN body; "Yemen's Houthis" are the Houthis
        national = org.country is None and org not in ARMED_GROUPS
        owner = _national_owner(claims, span) if national else None
        if owner is not None:
            start, iso3 = owner
            name = claims.doc[start : span.end].text
            ident = claims.table.organization(name, iso3, span.text)
            claims.claim(Mention(start, span.end, ident, "name"))
            return True
        ident = claims.table.organization(org.name, org.country, span.text)
        claims.claim(Mention(span.start, span.end, ident, "name"))
    return True


def read_locative(claims: Claims, hit: Hit) -> None:
    """A capital, or a state named as where something happened: a mention only if the
    state acts elsewhere in the article or is travelled to."""
    span = claims.doc[hit.start : hit.end]
    if based(span):
        return
    ident = f"country:{hit.key}"
    head = span.root.head
    travel = head.dep_ == "prep" and head.head.lemma_ in MOTION
    party = is_state_act_place(span) or foreign_guest_at(span, hit.key, claims.person_state)
    if ident in claims.table or travel or party:
        how = {"CAPITAL": "capital", "COUNTRY": "name"}.get(hit.kind, "seat")
        claims.state_mention(span, hit.key, how)


def _national_owner(claims: Claims, span: Span) -> tuple[int, str] | None:
    """A state's possessive or demonym right before a body's name: its start and ISO3."""
    i = span.start - 1
    if i >= 1 and claims.doc[i].text in ("'s", "’s"):
        i -= 1
    for hit in claims.hits:
        if hit.end == i + 1 and hit.kind in ("COUNTRY", "DEMONYM", "CAPITAL"):
            return hit.start, hit.key
    return None


def _demonym(claims: Claims, span: Span, iso3: str) -> None:
    doc = claims.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ == "ethnic" or (
            prev.pos_ == "PROPN" and prev.is_title and span.start - 1 not in claims.hit_tokens
        ):
            return  # "ethnic Armenian forces", "Karabakh Armenian authorities": no state
    head = state_noun_head(span)
    if head is not None:
        claims.state_mention(span, iso3, "demonym")
        return
    if _hyphened_doer(span):  # "a Qatari-mediated deal": the state did the mediating
        ident = claims.table.country(iso3, span.text)
        claims.claim(Mention(span.start, span.end, ident, "demonym"))
        return
    before = span.start - 1
    plural_subject = span[-1].tag_ in ("NNPS", "NNS") or span.text.endswith("s")
    if plural_subject and before >= 0 and doc[before].lower_ == "the" and is_argument(span):
        ident = claims.table.country(iso3, span.text)
        claims.claim(Mention(span.start, span.end, ident, "demonym"))


# Participles whose doer a demonym hyphened to them names: "Qatari-mediated", "Saudi-brokered",
# "a French-drafted resolution".
_HYPHENED_DOING = frozenset({"mediated", "brokered", "facilitated", "backed", "sponsored", "led",
                             "drafted", "proposed"})  # fmt: skip


def _hyphened_doer(span: Span) -> bool:
    doc = span.doc
    end = span.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HYPHENED_DOING
