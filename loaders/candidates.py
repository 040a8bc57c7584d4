"""What the relation stage finds in one Doc, before it becomes domain Relations and Events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from schema.ontology import DatePrecision, EventType, ParticipantRole, RelationType, Status


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    source_id: str
    type: RelationType
    target_id: str
    status: Status
    date: date | None
    confidence: float
    sent_start: int
    """Character offset of the evidence sentence in the article text."""
    sent_end: int
    date_precision: DatePrecision | None = None


@dataclass(frozen=True, slots=True)
class EventCandidate:
    type: EventType
    participant_ids: tuple[str, ...]
    status: Status
    date: date | None
    place: str | None
    sent_start: int
    sent_end: int
    roles: tuple[tuple[str, ParticipantRole], ...] = ()
    """(actor id, role) for each participant: the side of the relation it was read from."""
    date_precision: DatePrecision | None = None
    place_country: str | None = None
    """ISO3 of the state the place lies in, when the place is a known city."""
