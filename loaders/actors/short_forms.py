"""Short forms that name an actor only once the article has named it in full.

"the North" is North Korea in a story that named North Korea (and the South, South Korea); no
table of regions is needed, only the names already mentioned. A seat of an international body
("Brussels" for the European Union) is that body when the body is an actor of the article and
the seat acts or is acted on ("a linkage Brussels rejected"); "talks in Brussels" stay a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.syntax import is_argument
from loaders.mentions import Mention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from loaders.actors.table import ActorTable

_DIRECTIONS = frozenset({"North", "South", "East", "West"})

ORG_SEATS: dict[str, str] = {
    "Brussels": "organization:european-union",
    "Addis Ababa": "organization:african-union",
}
"""Seat (exact spelling) -> id of the international body it stands for."""
SEAT_STATES: dict[str, str] = {"Brussels": "country:BEL", "Addis Ababa": "country:ETH"}
"""Seat -> id of the state whose capital it also is."""


def directional_mentions(
    doc: Doc, mentions: list[Mention], table: ActorTable, free: Callable[[int, int], bool]
) -> list[Mention]:
    """ "the North" after "North Korea": the one state named before whose name starts so."""
    found = []
    for tok in doc:
        if tok.text not in _DIRECTIONS or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.is_upper or nxt.text == "-"):
            continue  # "the North Atlantic", "the South Lawn": part of a longer name
        if not free(tok.i, tok.i + 1):
            continue
        states = {
            m.actor_id
            for m in mentions
            if m.start < tok.i
            and m.actor_id.startswith("country:")
            and any(
                form.split()[:1] == [tok.text] and len(form.split()) == 2
                for form in _forms(table, m.actor_id)
            )
        }
        if len(states) == 1:
            ident = states.pop()
            table.drafts[ident].add_alias(f"the {tok.text}")
            found.append(Mention(tok.i, tok.i + 1, ident, "alias"))
    return found


def _forms(table: ActorTable, ident: str) -> list[str]:
    draft = table.drafts.get(ident)
    return [draft.name, *draft.aliases] if draft is not None else []


def seat_mentions(
    doc: Doc, table: ActorTable, mentions: list[Mention], free: Callable[[int, int], bool]
) -> list[Mention]:
    """ "Brussels rejected the linkage": the European Union, when the article has it as actor;
    Belgium instead when the article is more about Belgium ("Rwanda accused Brussels of taking
    sides" in a story of Rwanda's rift with Belgium)."""
    found = []
    for seat, ident in ORG_SEATS.items():
        words = seat.split()
        if ident not in table:
            continue
        state = SEAT_STATES[seat]
        if state in table and _count(mentions, state) >= _count(mentions, ident):
            ident = state
        for tok in doc:
            end = tok.i + len(words)
            if [t.text for t in doc[tok.i : end]] != words or not free(tok.i, end):
                continue
            span = doc[tok.i : end]
            if is_argument(span):
                table.drafts[ident].add_alias(seat)
                found.append(Mention(tok.i, end, ident, "seat"))
    return found


def _count(mentions: list[Mention], ident: str) -> int:
    return sum(1 for m in mentions if m.actor_id == ident)
