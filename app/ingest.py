"""The ingest service: articles in, extractions stored, a report out.

Used by `diplograph ingest` and the GraphQL `ingestArticle` mutation alike. Articles are
extracted in batches (spaCy's `nlp.pipe`), each new article's actors are resolved onto the actors
already known (stored ones and those of earlier articles in this run: the resolver is built once
from the store and learns as it goes), its relations and events are merged onto the same facts
reported by other articles on nearby days (app/fact_merge.py: one fact, several sources), and
each batch is written with one `store.write` call. A failure never takes the run down: an
article whose extraction or write fails is skipped with its reason, and when a batch write fails
its articles are retried one by one, so each is stored whole or not at all. Ids are
content-derived and merging lands a re-read article where it landed before, so running the same
input twice changes nothing in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from app.fact_merge import DEFAULT_WINDOW_DAYS, FactMerger
from loaders.errors import SourceError
from schema.errors import DiplographError, InvalidInputError
from schema.models import Actor, Article, Extraction
from schema.store import ActorFilter, PageRequest, StoreCounts, WriteSummary

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from schema.store import Store

BATCH_SIZE = 16
_ACTOR_PAGE = 500
_LOOKUP_FAILED = "looking up known facts failed"


class ExtractorLike(Protocol):
    """What ingest needs of `loaders.pipeline.Extractor`."""

    def extract(self, article: Article) -> Extraction: ...
    def extract_many(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[Extraction]: ...


class ResolverLike(Protocol):
    """What ingest needs of `loaders.resolution.Resolver`: built from the known actors, it maps
    an extraction's actors onto them and remembers the new ones for the next extraction."""

    def resolve(self, extraction: Extraction) -> Extraction: ...


type ResolverFactory = Callable[[Iterable[Actor]], ResolverLike]
"""`loaders.resolution.Resolver` itself: built from the actors already known."""


@dataclass(frozen=True, slots=True)
class Skip:
    source: str
    """The input, JSONL line, feed entry or article that was not stored."""
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    """Articles handled so far (stored or skipped after reading)."""
    total: int | None
    """Articles to handle, when known."""
    current: str
    """Title or id of the last article handled."""


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    """Articles read from the inputs."""
    articles: int = 0
    """Articles written (whole)."""
    actors: int = 0
    events: int = 0
    relations: int = 0
    """Actors, events and relations written with them (already-known ones included)."""
    merged_relations: int = 0
    merged_events: int = 0
    """Reports that joined a fact another article reported on a nearby day (new source)."""
    skipped: list[Skip] = field(default_factory=list)
    before: StoreCounts | None = None
    after: StoreCounts | None = None
    """The store's counts around the run: `after - before` is what the run added."""

    def added(self, what: str) -> int:
        """How many `what` (articles, actors, events, relations, sources) the run added."""
        if self.before is None or self.after is None:
            return 0
        return int(getattr(self.after, what)) - int(getattr(self.before, what))

    def _count(self, summary: WriteSummary) -> None:
        self.articles += summary.articles
        self.actors += summary.actors
        self.events += summary.events
        self.relations += summary.relations


def _label(article: Article) -> str:
    return article.url or article.id


def known_actors(store: Store) -> list[Actor]:
    """Every actor in the store, page by page (the resolver matches new names against them)."""
    actors: list[Actor] = []
    after: str | None = None
    while True:
        page = store.find_actors(ActorFilter(), PageRequest(first=_ACTOR_PAGE, after=after))
        actors.extend(page.items)
        if not page.has_next_page or not page.cursors:
            return actors
        after = page.cursors[-1]


class _Run:
    """One ingest run's state: the known actors, the report, the progress count."""

    def __init__(
        self,
        store: Store,
        extractor: ExtractorLike,
        resolver_factory: ResolverFactory | None,
        batch_size: int,
        progress: Callable[[Progress], None] | None,
        total: int | None,
        merger: FactMerger,
    ) -> None:
        self.store, self.extractor, self.batch_size = store, extractor, batch_size
        self.merger = merger
        self.resolver_factory, self.progress, self.total = resolver_factory, progress, total
        self.report = IngestReport()
        self.resolver: ResolverLike | None = None
        self.done = 0

    def _extract(self, batch: Sequence[Article]) -> list[Extraction]:
        try:
            return list(self.extractor.extract_many(batch, batch_size=self.batch_size))
        except Exception:  # one bad article must not cost the batch: redo them one by one
            pass
        out: list[Extraction] = []
        for article in batch:
            try:
                out.append(self.extractor.extract(article))
            except Exception as exc:
                self._skip(_label(article), f"extraction failed: {exc or type(exc).__name__}")
        return out

    def _resolve(self, extraction: Extraction) -> Extraction:
        if self.resolver_factory is None:
            return extraction
        if self.resolver is None:  # built once per run, on the store's actors; it learns from
            # every extraction it resolves, so later articles of the run see earlier ones' actors
            self.resolver = self.resolver_factory(known_actors(self.store))
        return self.resolver.resolve(extraction)

    def _merge(self, batch: list[Extraction]) -> list[Extraction]:
        """The batch with its facts merged onto known ones, less the articles whose look-ups
        fail (found one by one; the rest are then merged together, so still with each other)."""
        try:
            merged = self.merger.merge(batch)
        except Exception:  # isolate the article that broke the look-ups
            kept = [extraction for extraction in batch if self._merges_alone(extraction)]
            try:
                merged = self.merger.merge(kept)
            except Exception as exc:  # each alone was fine, together not: the store failed
                for extraction in kept:
                    self._skip(_label(extraction.article), f"{_LOOKUP_FAILED}: {exc}")
                return []
        self.report.merged_relations += merged.relations
        self.report.merged_events += merged.events
        return merged.extractions

    def _merges_alone(self, extraction: Extraction) -> bool:
        try:
            self.merger.merge([extraction])
        except Exception as exc:
            self._skip(_label(extraction.article), f"{_LOOKUP_FAILED}: {exc}")
            return False
        return True

    def _write(self, batch: list[Extraction]) -> list[Extraction]:
        """The extractions stored: all of them, or those that could be written one by one."""
        if len(batch) > 1:
            try:
                self.report._count(self.store.write(batch))
                return batch
            except Exception:  # isolate the article that broke the batch
                pass
        written: list[Extraction] = []
        for extraction in batch:
            try:
                self.report._count(self.store.write([extraction]))
                written.append(extraction)
            except Exception as exc:
                self._skip(_label(extraction.article), f"not stored: {exc or type(exc).__name__}")
        return written

    def _skip(self, source: str, reason: str) -> None:
        self.report.skipped.append(Skip(source, reason))

    def batch(self, articles: list[Article]) -> list[Extraction]:
        resolved: list[Extraction] = []
        for extraction in self._extract(articles):
            try:
                resolved.append(self._resolve(extraction))
            except Exception as exc:
                self._skip(_label(extraction.article), f"resolution failed: {exc}")
        merged = self._merge(resolved) if resolved else []
        written = self._write(merged) if merged else []
        self.done += len(articles)
        if self.progress is not None:
            current = articles[-1].title or articles[-1].id
            self.progress(Progress(self.done, self.total, current))
        return written


def ingest(
    items: Iterable[Article | SourceError],
    store: Store,
    extractor: ExtractorLike,
    resolver_factory: ResolverFactory | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[Progress], None] | None = None,
    total: int | None = None,
    stored: list[Extraction] | None = None,
    merge_window_days: int = DEFAULT_WINDOW_DAYS,
) -> IngestReport:
    """Extract, resolve, merge and store every article; skips (with reasons) for everything else.

    `items` is what `loaders.sources.load` yields. `stored`, when given, receives the
    extractions as written (the GraphQL mutation returns the one it ingested). Reports of one
    fact dated within `merge_window_days` of each other become one fact (0: same day only)."""
    if batch_size < 1:
        raise DiplographError(f"batch size must be at least 1, got {batch_size}")
    merger = FactMerger(store, merge_window_days)
    run = _Run(store, extractor, resolver_factory, batch_size, progress, total, merger)
    run.report.before = store.counts()
    seen: dict[str, str] = {}
    pending: list[Article] = []
    for item in items:
        if isinstance(item, SourceError):
            run._skip(item.source, item.reason)
            continue
        run.report.read += 1
        if item.id in seen:
            run._skip(_label(item), f"same article as {seen[item.id]} (id {item.id})")
            continue
        seen[item.id] = _label(item)
        pending.append(item)
        if len(pending) >= batch_size:
            written = run.batch(pending)
            if stored is not None:
                stored.extend(written)
            pending = []
    if pending:
        written = run.batch(pending)
        if stored is not None:
            stored.extend(written)
    run.report.after = store.counts()
    return run.report


def ingest_article(
    article: Article,
    store: Store,
    extractor: ExtractorLike,
    resolver_factory: ResolverFactory | None = None,
) -> Extraction:
    """One article, stored whole; the extraction as written. Raises when it could not be."""
    stored: list[Extraction] = []
    report = ingest([article], store, extractor, resolver_factory, stored=stored)
    if not stored:
        reason = report.skipped[0].reason if report.skipped else "nothing was stored"
        raise InvalidInputError(_label(article), reason)
    return stored[0]
