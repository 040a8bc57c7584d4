"""Domain models <-> the flat rows Cypher reads and returns.

Rows of one batch are de-duplicated here by id (aliases and sources united), so each MERGE in
the write statement sees every key once: neither engine then has to order writes to the same
node within one query.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from schema.errors import InvalidInputError
from schema.ids import country_id, slug
from schema.models import Actor, Article, Event, Evidence, Participation, Relation, Role
from schema.ontology import (
    ActorKind,
    DatePrecision,
    EventType,
    ParticipantRole,
    RelationType,
    Status,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from schema.models import Extraction

Row = dict[str, Any]


def words(text: str) -> list[str]:
    """Lower-case ASCII words: what the full-text `names` property holds and queries ask for."""
    return [w for w in slug(text).split("-") if w] if text else []


def sort_name(name: str) -> str:
    return anyascii(name).lower().strip()


def padded_words(text: str) -> str:
    """The text's words between spaces, so that a phrase matches whole words by containment
    (" lavrov " in " sergey lavrov "): how search ranks a name that is the query above one
    that only contains it."""
    return f" {' '.join(words(text))} "


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def precision(value: Any) -> DatePrecision | None:
    return DatePrecision(value) if value else None


@dataclass
class BatchRows:
    """The write statement's parameters for one batch."""

    articles: dict[str, Row] = field(default_factory=dict)
    actors: dict[str, Row] = field(default_factory=dict)
    roles: dict[tuple[str, str, str], Row] = field(default_factory=dict)
    events: dict[str, Row] = field(default_factory=dict)
    reports: set[tuple[str, str]] = field(default_factory=set)
    participations: dict[tuple[str, str], str | None] = field(default_factory=dict)
    """(actor, event) -> role."""
    places: set[tuple[str, str, str, str | None]] = field(default_factory=set)
    """(place id, name, event id, ISO3 of its state or None)."""
    relations: dict[str, Row] = field(default_factory=dict)

    def add(self, extraction: Extraction) -> None:
        article = extraction.article
        self.articles[article.id] = {
            "id": article.id,
            "title": article.title,
            "published": iso(article.published),
            "url": article.url,
            "names": " ".join(words(article.title or "")),
            "rel_ids": [],
            "rel_sources": [],
            "event_ids": sorted({e.id for e in extraction.events}),
        }
        for actor in extraction.actors:
            self._actor(actor)
        for event in extraction.events:
            self._event(event, article.id)
        for relation in extraction.relations:
            self._relation(relation, article.id)
        reported = {r.id: self.relations[r.id]["source"] for r in extraction.relations}
        self.articles[article.id]["rel_ids"] = sorted(reported)
        self.articles[article.id]["rel_sources"] = [reported[i] for i in sorted(reported)]

    def _actor(self, actor: Actor) -> None:
        row = self.actors.get(actor.id)
        aliases = list(dict.fromkeys([*(row["aliases"] if row else []), *actor.aliases]))
        keys: list[str] = list(row["keys"]) if row else []
        for name in (actor.name, *actor.aliases):
            keys += [w for w in words(name) if w not in keys]
        self.actors[actor.id] = {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "country": actor.country,
            "title": actor.title or (row["title"] if row else None),
            "wikidata": actor.wikidata or (row["wikidata"] if row else None),
            "aliases": aliases,
            "keys": keys,
            "sort_name": sort_name(actor.name),
            "name_words": padded_words(actor.name),
        }
        for role in actor.roles:
            if role.organization_id:
                self.roles[(actor.id, role.organization_id, role.title)] = {
                    "person": actor.id,
                    "org": role.organization_id,
                    "title": role.title,
                    "since": iso(role.since),
                    "until": iso(role.until),
                }

    def _event(self, event: Event, article_id: str) -> None:
        self.events[event.id] = {
            "id": event.id,
            "type": event.type.value,
            "date": iso(event.date),
            "date_precision": event.date_precision.value if event.date_precision else None,
            "status": event.status.value,
            "place": event.place,
        }
        self.reports.add((event.id, article_id))
        for actor in event.participant_ids:
            role = event.role_of(actor)
            if role is not None or (actor, event.id) not in self.participations:
                self.participations[(actor, event.id)] = role.value if role else None
        if event.place:
            place = (f"place:{slug(event.place)}", event.place, event.id, event.place_country)
            self.places.add(place)

    def _relation(self, relation: Relation, article_id: str) -> None:
        source, target = relation.source_id, relation.target_id
        if relation.type.symmetric and target < source:
            source, target = target, source  # one stored direction, whoever is named first
        row = self.relations.setdefault(
            relation.id,
            {
                "id": relation.id,
                "type": relation.type.value,
                "source": source,
                "target": target,
                "articles": [],
                "ev_article": [],
                "ev_sentence": [],
                "ev_start": [],
                "ev_end": [],
                "confidence": relation.confidence,
            },
        )
        precision = relation.date_precision
        row.update(
            status=relation.status.value,
            date=iso(relation.date),
            date_precision=precision.value if precision else None,
        )
        row["confidence"] = max(row["confidence"], relation.confidence)
        if article_id not in row["articles"]:
            row["articles"].append(article_id)
        for ev in relation.evidence:
            row["ev_article"].append(ev.article_id)
            row["ev_sentence"].append(ev.sentence)
            row["ev_start"].append(ev.start)
            row["ev_end"].append(ev.end)

    def params(self) -> dict[str, list[Row]]:
        return {
            "articles": list(self.articles.values()),
            "actors": list(self.actors.values()),
            "roles": list(self.roles.values()),
            "events": list(self.events.values()),
            "reports": [{"event": e, "article": a} for e, a in sorted(self.reports)],
            "participations": [
                {"actor": a, "event": e, "role": role}
                for (a, e), role in sorted(self.participations.items())
            ],
            "places": [
                {"id": i, "name": n, "event": e, "country": c, "country_id": c and country_id(c)}
                for i, n, e, c in sorted(self.places, key=lambda p: (p[0], p[2]))
            ],
            "relations": list(self.relations.values()),
        }


def actor_from(rec: Row) -> Actor:
    aliases = list(rec["aliases"] or [])
    for name in rec["merged_names"] or []:
        aliases.append(name)
    for more in rec["merged_aliases"] or []:
        aliases += more or []
    own = rec["name"]
    unique = [a for a in dict.fromkeys(aliases) if a != own]
    roles = tuple(
        Role(title=t, organization_id=o, since=day(s), until=day(u))
        for t, o, s, u in sorted(rec["roles"] or [], key=lambda r: (r[0], r[1] or ""))
    )
    return Actor(
        id=rec["id"],
        name=own,
        kind=ActorKind(rec["kind"]),
        country=rec["country"],
        aliases=tuple(unique),
        title=rec["title"],
        roles=roles,
        wikidata=rec["wikidata"],
    )


def evidence_from(rec: Row) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(article_id=a, sentence=s, start=b, end=e)
        for a, s, b, e in zip(
            rec["ev_article"] or [],
            rec["ev_sentence"] or [],
            rec["ev_start"] or [],
            rec["ev_end"] or [],
            strict=True,
        )
    )


def relation_from(rec: Row) -> Relation:
    return Relation(
        id=rec["id"],
        source_id=rec["source"],
        type=RelationType(rec["type"]),
        target_id=rec["target"],
        status=Status(rec["status"]),
        date=day(rec["date"]),
        date_precision=precision(rec["date_precision"]),
        confidence=float(rec["confidence"]),
        evidence=evidence_from(rec),
        source_count=len(rec["articles"] or []),
        curation=rec["curation"],
    )


def participations_from(pairs: list[list[Any]] | None) -> tuple[Participation, ...]:
    """[[actor, role], ...] as the read query collects it; of merged actors the first role stays."""
    roles: dict[str, str] = {}
    for actor, role in sorted(pairs or [], key=lambda pair: (str(pair[0]), str(pair[1]))):
        if actor is not None and role is not None:
            roles.setdefault(actor, role)
    return tuple(Participation(actor_id=a, role=ParticipantRole(r)) for a, r in roles.items())


def event_from(rec: Row) -> Event:
    return Event(
        id=rec["id"],
        type=EventType(rec["type"]),
        date=day(rec["date"]),
        date_precision=precision(rec["date_precision"]),
        status=Status(rec["status"]),
        participant_ids=tuple(sorted(rec["participants"] or [])),
        participations=participations_from(rec["roles"]),
        place=rec["place"],
        place_country=rec["place_country"],
        article_ids=tuple(sorted(rec["articles"] or [])),
        source_count=len(rec["articles"] or []),
    )


def article_from(rec: Row) -> Article:
    published = day(rec["published"])
    return Article(id=rec["id"], title=rec["title"], published=published, url=rec["url"])


def listing_scope(name: str, params: Mapping[str, Any]) -> str:
    """A short digest of one listing: what is listed, its filters, search and order.

    Keyset cursors hold a sort key, and a key from one listing means nothing in another (a
    NEWEST date string compared with MOST_SOURCES counts, a search rank with plain name order).
    Carrying the digest lets the store refuse such a cursor instead of returning a wrong page.
    """
    text = json.dumps([name, params], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def encode_cursor(key: Any, ident: str, scope: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([key, ident, scope]).encode()).decode()


def decode_cursor(cursor: str | None, scope: str) -> tuple[Any, str | None]:
    """(sort key, id) of the item a page starts after; a bad or foreign cursor is a clear error."""
    if cursor is None:
        return None, None
    try:
        key, ident, issued_for = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(f"cursor {cursor!r}", "is not a cursor this store issued") from exc
    if not isinstance(ident, str):
        raise InvalidInputError(f"cursor {cursor!r}", "is not a cursor this store issued")
    if issued_for != scope:
        raise InvalidInputError(
            f"cursor {cursor!r}",
            "was issued for another listing (other filters, search or orderBy); "
            "ask for the first page again without `after`",
        )
    return key, ident


def by_wanted[T](ids: Sequence[str], found: Iterable[tuple[str, T]]) -> list[T | None]:
    """Results in the order asked, None where an id is unknown (the DataLoader contract)."""
    table = dict(found)
    return [table.get(i) for i in ids]
