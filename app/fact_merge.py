"""Cross-article fact merging: reports of one fact on nearby days land on one relation or event.

Why: relation and event ids include the date (Russia ATTACKED Ukraine in 2022 and in 2024 are two
facts), and the extractor dates a fact from the text or, when the text gives no date, from the
publication date. Two articles a day apart about one meeting, one saying "on Monday" and one not
dating it, would so produce two relations and two Meeting events with one source each, where
DESIGN.md wants one fact with two sources. Before each batch is written, every dated relation
and event is looked up among the facts already known: the store's and those chosen earlier in the
same batch. One with the same key (relation: type, ends, status, either order of the ends for
symmetric types; event: type, participant set, status) dated within `window_days` is the same
fact: the report takes its id and date, so the store's write adds this article as a source.
Facts further apart stay separate; undated ones are left as they are (their ids already agree).

Which known fact a report lands on, in order: one this article already reports (so re-ingesting
an article lands every fact where it landed before, whatever was stored since), then the nearest
in time, then the earliest, then the smallest id. A report with no known fact in reach keeps its
own id and becomes a fact later reports of the batch can land on.

Look-ups: one `find_relations` per (anchor actor, date range) and one `find_events` per (anchor
participant, date range) for the whole batch, where the anchor is the relation's source (the
lower id for symmetric types) or the event's lowest participant id, and the ranges are the fewest
that cover every `date ± window` of that anchor's reports. The store answers an anchored look-up
through the actor index, and the date range keeps each answer to the few facts of that actor in
that week: no query per relation, no scan of the whole graph per batch. A key is only compared in
memory.

Limits: which fact survives depends on which article came first (the earlier one's id and date
stay, even when the later article dated the fact more precisely); a plan and its occurrence are
separate facts (status is part of the key); relations the store hides (curator-rejected, or whose
stored ends are actors since merged by a curator) are not seen, so a report of them starts a new
fact; facts stored before merging existed are not consolidated by re-ingest (each article keeps
landing where it already is).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from schema.errors import InvalidInputError
from schema.ids import relation_id
from schema.store import EventFilter, PageRequest, RelationFilter

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from schema.models import Event, Extraction, Relation
    from schema.ontology import DatePrecision, RelationType
    from schema.store import Page, Store

DEFAULT_WINDOW_DAYS = 3
_PAGE = 500

type FactKey = tuple[str, ...]


def relation_key(relation: Relation) -> FactKey:
    """(type, status, end, end): symmetric types in sorted order, so either order matches."""
    ends = (relation.source_id, relation.target_id)
    if relation.type.symmetric:
        ends = (min(ends), max(ends))
    return (relation.type.value, relation.status.value, *ends)


def event_key(event: Event) -> FactKey:
    """(type, status, participants...): the participant set, sorted."""
    return (event.type.value, event.status.value, *sorted(set(event.participant_ids)))


def date_ranges(dates: Iterable[date], window_days: int) -> list[tuple[date, date]]:
    """The fewest date ranges that cover every `date ± window_days` (one look-up each)."""
    ranges: list[tuple[date, date]] = []
    for day in sorted(set(dates)):
        low, high = _shift(day, -window_days), _shift(day, window_days)
        if ranges and low <= ranges[-1][1] + timedelta(days=1):
            ranges[-1] = (ranges[-1][0], high)
        else:
            ranges.append((low, high))
    return ranges


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:  # at the ends of the calendar: the range stops there
        return date.max if days > 0 else date.min


@dataclass(slots=True)
class _Known:
    """A fact reports may land on: stored, or chosen earlier in the batch."""

    id: str
    date: date
    precision: DatePrecision | None
    articles: set[str] = field(default_factory=set)
    """Articles already reporting it (from the stored evidence or this batch)."""


class _Facts:
    """Known facts by key, and the rule that picks where a report lands."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self._by_key: dict[FactKey, dict[str, _Known]] = defaultdict(dict)

    def add(
        self,
        key: FactKey,
        ident: str,
        when: date,
        precision: DatePrecision | None,
        articles: Iterable[str],
    ) -> None:
        known = self._by_key[key].setdefault(ident, _Known(ident, when, precision))
        known.articles.update(articles)

    def land(
        self, key: FactKey, ident: str, when: date, precision: DatePrecision | None, article_id: str
    ) -> _Known:
        """The known fact this report is, or a new one under its own id and date."""

        def preference(k: _Known) -> tuple[bool, int, date, str]:
            return (article_id not in k.articles, abs((k.date - when).days), k.date, k.id)

        same = self._by_key[key]
        near = [k for k in same.values() if abs((k.date - when).days) <= self.window_days]
        chosen = (
            min(near, key=preference)
            if near
            else same.setdefault(ident, _Known(ident, when, precision))
        )
        chosen.articles.add(article_id)
        return chosen


def _pages[T](find: Callable[[PageRequest], Page[T]]) -> Iterator[T]:
    after: str | None = None
    while True:
        page = find(PageRequest(first=_PAGE, after=after))
        yield from page.items
        if not page.has_next_page or not page.cursors:
            return
        after = page.cursors[-1]


def _ids_match_ends(relation: Relation) -> bool:
    """True when the stored relation's ends are the ones its id was made from.

    The store reports a relation's ends as their canonical actors; after a curator merged one of
    them, the stored edge still runs between the old actors, and writing this id between the
    canonical ones would make a second edge with the same id. Such relations are left alone."""
    return relation.id == relation_id(
        relation.source_id, relation.type, relation.target_id, relation.date
    )


@dataclass(frozen=True, slots=True)
class Merged:
    """A batch as it should be written, and how many reports joined an already-known fact."""

    extractions: list[Extraction]
    relations: int = 0
    events: int = 0


class FactMerger:
    """Rewrites a batch's relations and events onto the same facts already known (see module)."""

    def __init__(self, store: Store, window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        if window_days < 0:
            raise InvalidInputError(f"merge window of {window_days} days", "must be 0 or more")
        self.store = store
        self.window_days = window_days

    def merge(self, batch: Sequence[Extraction]) -> Merged:
        relations = self._stored_relations(batch)
        events = self._stored_events(batch)
        out: list[Extraction] = []
        moved_relations = moved_events = 0
        for extraction in batch:
            article = extraction.article.id
            new_relations: dict[str, Relation] = {}
            for rel in extraction.relations:
                if rel.date is not None:
                    key = relation_key(rel)
                    fact = relations.land(key, rel.id, rel.date, rel.date_precision, article)
                    moved_relations += fact.id != rel.id
                    rel = rel.model_copy(update=_landed(fact))
                new_relations[rel.id] = _join(new_relations.get(rel.id), rel)
            new_events: dict[str, Event] = {}
            for ev in extraction.events:
                if ev.date is not None and ev.participant_ids:
                    fact = events.land(event_key(ev), ev.id, ev.date, ev.date_precision, article)
                    moved_events += fact.id != ev.id
                    ev = ev.model_copy(update=_landed(fact))
                old = new_events.get(ev.id)
                new_events[ev.id] = ev if old is None else _join_event(old, ev)
            out.append(
                extraction.model_copy(
                    update={
                        "relations": tuple(new_relations.values()),
                        "events": tuple(new_events.values()),
                    }
                )
            )
        return Merged(out, moved_relations, moved_events)

    def _stored_relations(self, batch: Sequence[Extraction]) -> _Facts:
        facts = _Facts(self.window_days)
        wanted: set[FactKey] = set()
        types: dict[str, set[RelationType]] = defaultdict(set)
        dates: dict[str, list[date]] = defaultdict(list)
        for rel in (r for x in batch for r in x.relations):
            if rel.date is None:
                continue
            key = relation_key(rel)
            wanted.add(key)
            types[key[2]].add(rel.type)
            dates[key[2]].append(rel.date)
        for anchor in sorted(dates):
            for low, high in date_ranges(dates[anchor], self.window_days):
                where = RelationFilter(
                    types=sorted(types[anchor]), actor_id=anchor, date_from=low, date_to=high
                )
                for rel in _pages(partial(self.store.find_relations, where)):
                    key = relation_key(rel)
                    if rel.date is not None and key in wanted and _ids_match_ends(rel):
                        articles = (e.article_id for e in rel.evidence)
                        facts.add(key, rel.id, rel.date, rel.date_precision, articles)
        return facts

    def _stored_events(self, batch: Sequence[Extraction]) -> _Facts:
        facts = _Facts(self.window_days)
        wanted: set[FactKey] = set()
        dates: dict[str, list[date]] = defaultdict(list)
        for ev in (e for x in batch for e in x.events):
            if ev.date is None or not ev.participant_ids:
                continue
            key = event_key(ev)
            wanted.add(key)
            dates[key[2]].append(ev.date)
        for anchor in sorted(dates):
            for low, high in date_ranges(dates[anchor], self.window_days):
                where = EventFilter(actor_id=anchor, date_from=low, date_to=high)
                for ev in _pages(partial(self.store.find_events, where)):
                    key = event_key(ev)
                    if ev.date is not None and key in wanted:
                        facts.add(key, ev.id, ev.date, ev.date_precision, ev.article_ids)
        return facts


def _landed(fact: _Known) -> dict[str, object]:
    """A report joins a known fact under the fact's id, date and that date's precision."""
    return {"id": fact.id, "date": fact.date, "date_precision": fact.precision}


def _join(old: Relation | None, new: Relation) -> Relation:
    """Two reports of one article that became one fact: one relation with both evidences."""
    if old is None:
        return new
    evidence = tuple(dict.fromkeys((*old.evidence, *new.evidence)))
    confidence = max(old.confidence, new.confidence)
    return old.model_copy(update={"evidence": evidence, "confidence": confidence})


def _join_event(old: Event, new: Event) -> Event:
    if old.place or not new.place:
        return old
    return old.model_copy(update={"place": new.place, "place_country": new.place_country})
