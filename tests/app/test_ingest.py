"""The ingest service on the real embedded store: batching, idempotency, failure isolation.

The extractor here is a small table-driven one (names it knows become actors, "met" between two
of them a relation) so these tests run without the spaCy model; the CLI tests run the real one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest

from app.ingest import Progress, ingest, ingest_article
from graph.falkor_engine import FalkorStore
from loaders.errors import EmptySourceError, SourceError
from schema.errors import InvalidInputError
from schema.ids import actor_id, relation_id
from schema.models import Actor, Article, Extraction, Relation
from schema.ontology import ActorKind, RelationType, Status

PERSON = ActorKind.PERSON
PEOPLE = {"Antony Blinken": "USA", "Sergey Lavrov": "RUS", "Wang Yi": "CHN"}


class TableExtractor:
    """Known names become actors; "A met B" a MET_WITH relation. "BOOM" makes it fail."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def extract(self, article: Article) -> Extraction:
        if "BOOM" in article.text:
            raise ValueError("cannot parse this article")
        actors = tuple(
            Actor(
                id=actor_id(ActorKind.PERSON, name), name=name, kind=ActorKind.PERSON, country=iso
            )
            for name, iso in PEOPLE.items()
            if name in article.text
        )
        relations = []
        for a, b in re.findall(r"([A-Z]\w+ [A-Z]\w+) met ([A-Z]\w+ [A-Z]\w+)", article.text):
            src = actor_id(ActorKind.PERSON, a)
            dst = actor_id(ActorKind.PERSON, b)
            relations.append(
                Relation(
                    id=relation_id(src, RelationType.MET_WITH, dst),
                    source_id=src,
                    type=RelationType.MET_WITH,
                    target_id=dst,
                    status=Status.OCCURRED,
                    confidence=0.9,
                )
            )
        return Extraction(article=article, actors=actors, relations=tuple(relations))

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction]:
        batch = list(articles)
        self.batches.append(len(batch))
        for article in batch:
            yield self.extract(article)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorStore]:
    """One store for the module (starting one costs seconds); tests use their own article ids
    and compare counts before and after."""
    s = FalkorStore(tmp_path_factory.mktemp("ingest") / "data", graph_name="ingest_test")
    try:
        yield s
    finally:
        s.close()


def _article(n: int, text: str) -> Article:
    return Article(id=f"a{n}", title=f"Story {n}", text=text)


ARTICLES = [
    _article(1, "Antony Blinken met Sergey Lavrov in Geneva."),
    _article(2, "Antony Blinken met Wang Yi in Beijing."),
    _article(3, "Sergey Lavrov spoke about Wang Yi."),
]


def test_articles_are_stored_in_batches_and_rerun_changes_nothing(store: FalkorStore) -> None:
    extractor = TableExtractor()
    steps: list[Progress] = []
    report = ingest(ARTICLES, store, extractor, batch_size=2, progress=steps.append, total=3)
    assert extractor.batches == [2, 1]
    assert [s.done for s in steps] == [2, 3]
    assert (report.read, report.articles, report.skipped) == (3, 3, [])
    assert (report.actors, report.relations) == (3 + 2, 2)  # distinct actors per batch write
    assert report.added("articles") == 3
    first = store.counts()
    assert first.actors >= 3 and first.relations >= 2
    assert None not in store.get_actors(["person:wang-yi", "person:sergey-lavrov"])
    again = ingest(ARTICLES, store, TableExtractor(), batch_size=2)
    assert store.counts() == first
    assert again.added("articles") == 0 and again.added("actors") == 0


def test_source_errors_and_duplicates_are_skipped_with_reasons(store: FalkorStore) -> None:
    items: list[Article | SourceError] = [
        ARTICLES[0],
        EmptySourceError("notes/empty.txt"),
        ARTICLES[0],
    ]
    report = ingest(items, store, TableExtractor())
    assert report.articles == 1
    assert [(s.source, s.reason) for s in report.skipped] == [
        ("notes/empty.txt", "empty file"),
        ("a1", "same article as a1 (id a1)"),
    ]


def test_a_failing_extraction_costs_only_its_article(store: FalkorStore) -> None:
    items = [_article(11, "Wang Yi met Sergey Lavrov."), _article(9, "BOOM"), ARTICLES[1]]
    report = ingest(items, store, TableExtractor(), batch_size=3)
    assert report.articles == 2
    assert [(s.source, s.reason) for s in report.skipped] == [
        ("a9", "extraction failed: cannot parse this article")
    ]
    stored = store.get_articles(["a11", "a9", "a2"])
    assert [a.id if a else None for a in stored] == ["a11", None, "a2"]


class BrokenRelationExtractor(TableExtractor):
    """Article 7's relation points at an actor nobody defines: the store refuses it."""

    def extract(self, article: Article) -> Extraction:
        extraction = super().extract(article)
        if article.id != "a7":
            return extraction
        ghost = Relation(
            id="rel:ghost",
            source_id=actor_id(ActorKind.PERSON, "Antony Blinken"),
            type=RelationType.MET_WITH,
            target_id="person:nobody",
            status=Status.OCCURRED,
            confidence=0.5,
        )
        return extraction.model_copy(update={"relations": (ghost,)})


def test_a_batch_the_store_refuses_is_retried_article_by_article(store: FalkorStore) -> None:
    items = [_article(12, "Wang Yi waved."), _article(7, "Antony Blinken waved."), ARTICLES[1]]
    before = store.counts().articles
    report = ingest(items, store, BrokenRelationExtractor(), batch_size=3)
    assert report.articles == 2
    (skip,) = report.skipped
    assert skip.source == "a7" and skip.reason.startswith("not stored:")
    assert "person:nobody" in skip.reason
    stored = store.get_articles(["a12", "a7", "a2"])
    assert [a.id if a else None for a in stored] == ["a12", None, "a2"]
    assert store.counts().articles == before + 1  # a2 was stored before: nothing twice


def test_resolver_is_built_once_on_the_stored_actors(store: FalkorStore) -> None:
    built: list[set[str]] = []
    resolved: list[str] = []

    class Recorder:
        def __init__(self, known: Iterable[Actor]) -> None:
            built.append({a.id for a in known})

        def resolve(self, extraction: Extraction) -> Extraction:
            resolved.append(extraction.article.id)
            return extraction

    ingest([_article(21, "Wang Yi spoke.")], store, TableExtractor())
    items = [_article(22, "Antony Blinken spoke."), _article(23, "Sergey Lavrov spoke.")]
    ingest(items, store, TableExtractor(), Recorder, batch_size=1)
    assert len(built) == 1
    assert "person:wang-yi" in built[0]
    assert resolved == ["a22", "a23"]


def test_ingest_article_returns_what_was_stored(store: FalkorStore) -> None:
    extraction = ingest_article(_article(31, "Antony Blinken spoke."), store, TableExtractor())
    assert extraction.article.id == "a31"
    assert [a.id for a in extraction.actors] == ["person:antony-blinken"]
    assert store.get_articles(["a31"])[0] is not None
    with pytest.raises(InvalidInputError, match="a9: extraction failed"):
        ingest_article(_article(9, "BOOM"), store, TableExtractor())
