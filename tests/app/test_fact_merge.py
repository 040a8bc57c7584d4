"""Cross-article merging on the real embedded store: one fact reported by several articles.

Extractions are hand-made (a canned extractor hands them to `ingest`), so these run without the
spaCy model; the one model-marked test at the end runs the real extractor on two short articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta

import pytest

from app.fact_merge import FactMerger, date_ranges
from app.ingest import IngestReport, ingest
from graph.falkor_engine import FalkorStore
from schema.errors import InvalidInputError
from schema.ids import actor_id, country_id, event_id, relation_id
from schema.models import Actor, Article, Event, Evidence, Extraction, Relation
from schema.ontology import ActorKind, DatePrecision, EventType, RelationType, Status
from schema.store import EventFilter, PageRequest, RelationFilter, StoreCounts

MET, ATTACKED = RelationType.MET_WITH, RelationType.ATTACKED
US, RU, UA = country_id("USA"), country_id("RUS"), country_id("UKR")
RUBIO = actor_id(ActorKind.PERSON, "Marco Rubio")
LAVROV = actor_id(ActorKind.PERSON, "Sergey Lavrov")
ACTORS = {
    US: Actor(id=US, name="United States", kind=ActorKind.COUNTRY, country="USA"),
    RU: Actor(id=RU, name="Russia", kind=ActorKind.COUNTRY, country="RUS"),
    UA: Actor(id=UA, name="Ukraine", kind=ActorKind.COUNTRY, country="UKR"),
    RUBIO: Actor(id=RUBIO, name="Marco Rubio", kind=ActorKind.PERSON, country="USA"),
    LAVROV: Actor(id=LAVROV, name="Sergey Lavrov", kind=ActorKind.PERSON, country="RUS"),
}
MONDAY = date(2025, 2, 17)
ALL = PageRequest(first=100)

type Fact = tuple[str, RelationType, str, date]


def report(
    ident: str, published: date, facts: Iterable[Fact], status: Status = Status.OCCURRED
) -> Extraction:
    """What the extractor would read from one article: each fact as a relation, with the event
    the relation implies (a Meeting for MET_WITH, an Attack for ATTACKED) between its ends."""
    facts = list(facts)
    text = " ".join(f"{s} {t.value} {o} on {d}." for s, t, o, d in facts)
    article = Article(id=ident, title=f"Story {ident}", published=published, text=text)
    relations, events, offset = [], [], 0
    for source, rtype, target, day in facts:
        sentence = f"{source} {rtype.value} {target} on {day}."
        relations.append(
            Relation(
                id=relation_id(source, rtype, target, day),
                source_id=source,
                type=rtype,
                target_id=target,
                status=status,
                date=day,
                confidence=0.8,
                evidence=(
                    Evidence(
                        article_id=ident,
                        sentence=sentence,
                        start=offset,
                        end=offset + len(sentence),
                    ),
                ),
            )
        )
        etype = EventType.MEETING if rtype == MET else EventType.ATTACK
        events.append(
            Event(
                id=event_id(etype, (source, target), day),
                type=etype,
                date=day,
                status=status,
                participant_ids=tuple(sorted((source, target))),
                article_ids=(ident,),
            )
        )
        offset += len(sentence) + 1
    named = {a for s, _, o, _ in facts for a in (s, o)}
    actors = tuple(ACTORS[a] for a in sorted(named))
    return Extraction(
        article=article, actors=actors, relations=tuple(relations), events=tuple(events)
    )


class Canned:
    """Hands `ingest` the extraction made for each article (by article id)."""

    def __init__(self, extractions: Iterable[Extraction]) -> None:
        self.by_id = {x.article.id: x for x in extractions}

    def extract(self, article: Article) -> Extraction:
        return self.by_id[article.id]

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


def run(store: FalkorStore, *extractions: Extraction, **options: int) -> IngestReport:
    """Ingest the articles of these extractions in this order (one batch unless told)."""
    articles = [x.article for x in extractions]
    return ingest(articles, store, Canned(extractions), **options)


def relations(store: FalkorStore, rtype: RelationType, a: str, b: str) -> list[Relation]:
    where = RelationFilter(types=[rtype], source_id=a, target_id=b)
    return store.find_relations(where, ALL).items


def events(store: FalkorStore, etype: EventType, actor: str) -> list[Event]:
    return store.find_events(EventFilter(type=etype, actor_id=actor), ALL).items


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorStore]:
    s = FalkorStore(tmp_path_factory.mktemp("merge") / "data", graph_name="fact_merge_test")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def store(shared_store: FalkorStore) -> FalkorStore:
    """Starting a store costs seconds: one per module, emptied before each test."""
    shared_store.wipe()
    return shared_store


# "on Monday" in the first article; the second, a day later, gives no date (its publication day)
DATED = report("monday-story", MONDAY, [(RUBIO, MET, LAVROV, MONDAY)])
UNDATED = report(
    "tuesday-story", MONDAY + timedelta(1), [(RUBIO, MET, LAVROV, MONDAY + timedelta(1))]
)


def test_two_articles_a_day_apart_are_one_meeting_with_two_sources(store: FalkorStore) -> None:
    run(store, DATED)
    second = run(store, UNDATED)
    assert (second.merged_relations, second.merged_events) == (1, 1)
    (met,) = relations(store, MET, RUBIO, LAVROV)
    assert met.source_count == 2 and met.date == MONDAY
    assert {e.article_id for e in met.evidence} == {"monday-story", "tuesday-story"}
    (meeting,) = events(store, EventType.MEETING, RUBIO)
    assert meeting.article_ids == ("monday-story", "tuesday-story") and meeting.date == MONDAY
    assert store.counts() == StoreCounts(articles=2, actors=2, events=1, relations=1, sources=2)


def _with_precision(extraction: Extraction, precision: DatePrecision) -> Extraction:
    update = {"date_precision": precision}
    return extraction.model_copy(
        update={
            "relations": tuple(r.model_copy(update=update) for r in extraction.relations),
            "events": tuple(e.model_copy(update=update) for e in extraction.events),
        }
    )


def test_a_report_joins_a_known_fact_with_that_fact_s_date_and_precision(
    store: FalkorStore,
) -> None:
    run(store, _with_precision(DATED, DatePrecision.DAY))
    run(store, _with_precision(UNDATED, DatePrecision.MONTH))
    (met,) = relations(store, MET, RUBIO, LAVROV)
    assert (met.date, met.date_precision) == (MONDAY, DatePrecision.DAY)
    (meeting,) = events(store, EventType.MEETING, RUBIO)
    assert (meeting.date, meeting.date_precision) == (MONDAY, DatePrecision.DAY)


def test_within_one_batch_the_later_report_joins_the_earlier(store: FalkorStore) -> None:
    got = run(store, UNDATED, DATED)
    assert got.merged_relations == 1
    (met,) = relations(store, MET, RUBIO, LAVROV)
    assert met.source_count == 2 and met.date == MONDAY + timedelta(1)  # the first one read
    assert len(events(store, EventType.MEETING, LAVROV)) == 1


def test_symmetric_relations_merge_whichever_end_is_named_first(store: FalkorStore) -> None:
    reversed_order = report(
        "lavrov-side", MONDAY + timedelta(2), [(LAVROV, MET, RUBIO, MONDAY + timedelta(2))]
    )
    run(store, DATED)
    run(store, reversed_order)
    (met,) = relations(store, MET, LAVROV, RUBIO)
    assert met.source_count == 2 and met.date == MONDAY
    assert store.counts().events == 1


def test_attacks_two_years_apart_stay_two_facts(store: FalkorStore) -> None:
    first = report("2022", date(2022, 2, 24), [(RU, ATTACKED, UA, date(2022, 2, 24))])
    later = report("2024", date(2024, 2, 24), [(RU, ATTACKED, UA, date(2024, 2, 24))])
    run(store, first, later)
    found = relations(store, ATTACKED, RU, UA)
    assert sorted(r.date for r in found if r.date) == [date(2022, 2, 24), date(2024, 2, 24)]
    assert [r.source_count for r in found] == [1, 1]
    assert len(events(store, EventType.ATTACK, UA)) == 2


def test_the_window_is_a_parameter_and_its_edge_counts(store: FalkorStore) -> None:
    three = report(
        "three-days-on", MONDAY + timedelta(3), [(RUBIO, MET, LAVROV, MONDAY + timedelta(3))]
    )
    four = report(
        "four-days-on", MONDAY + timedelta(4), [(RUBIO, MET, LAVROV, MONDAY + timedelta(4))]
    )
    run(store, DATED, three, four)
    assert sorted(r.source_count for r in relations(store, MET, RUBIO, LAVROV)) == [1, 2]
    store.wipe()
    run(store, DATED, UNDATED, merge_window_days=0)
    assert len(relations(store, MET, RUBIO, LAVROV)) == 2
    with pytest.raises(InvalidInputError, match="merge window of -1 days"):
        FactMerger(store, window_days=-1)


def test_reversed_direction_and_other_status_are_other_facts(store: FalkorStore) -> None:
    back = report("ukraine-strikes", MONDAY, [(UA, ATTACKED, RU, MONDAY + timedelta(1))])
    plan = report("planned", MONDAY, [(RUBIO, MET, LAVROV, MONDAY + timedelta(1))], Status.PLANNED)
    plan_again = report(
        "planned-2", MONDAY, [(LAVROV, MET, RUBIO, MONDAY + timedelta(2))], Status.PLANNED
    )
    run(store, report("russia-strikes", MONDAY, [(RU, ATTACKED, UA, MONDAY)]), back, DATED)
    run(store, plan, plan_again)
    assert [r.source_count for r in relations(store, ATTACKED, RU, UA)] == [1]
    assert [r.source_count for r in relations(store, ATTACKED, UA, RU)] == [1]
    by_status = {r.status: r for r in relations(store, MET, RUBIO, LAVROV)}
    assert by_status[Status.OCCURRED].source_count == 1
    assert by_status[Status.PLANNED].source_count == 2  # plans merge among themselves


def test_reingesting_changes_nothing_and_lands_on_the_same_merged_fact(
    store: FalkorStore,
) -> None:
    run(store, DATED)
    run(store, UNDATED)
    (merged,) = relations(store, MET, RUBIO, LAVROV)
    counts = store.counts()
    for again in ([UNDATED], [DATED], [UNDATED, DATED]):
        run(store, *again)
        assert store.counts() == counts
        assert [(r.id, r.source_count) for r in relations(store, MET, RUBIO, LAVROV)] == [
            (merged.id, 2)
        ]


def test_a_reingested_article_stays_where_it_landed_when_a_nearer_fact_appears(
    store: FalkorStore,
) -> None:
    """Friday's fact; Tuesday's report (3 days before) joins it; Saturday-before's report is 6
    days from Friday, so it starts its own fact, 3 days from Tuesday: a tie Tuesday must not
    break the other way on re-ingest."""
    friday, tuesday, saturday = MONDAY + timedelta(4), MONDAY + timedelta(1), MONDAY - timedelta(2)
    host = report("friday", friday, [(RUBIO, MET, LAVROV, friday)])
    joiner = report("tuesday", tuesday, [(RUBIO, MET, LAVROV, tuesday)])
    run(store, host)
    run(store, joiner)
    run(store, report("saturday", saturday, [(RUBIO, MET, LAVROV, saturday)]))
    before = {r.date: r.source_count for r in relations(store, MET, RUBIO, LAVROV)}
    assert before == {friday: 2, saturday: 1}
    counts = store.counts()
    run(store, joiner)
    assert {r.date: r.source_count for r in relations(store, MET, RUBIO, LAVROV)} == before
    assert store.counts() == counts


def test_date_ranges_cover_each_window_with_the_fewest_lookups() -> None:
    days = [date(2024, 1, 10), date(2024, 1, 12), date(2024, 1, 30), date(2024, 1, 10)]
    assert date_ranges(days, 3) == [
        (date(2024, 1, 7), date(2024, 1, 15)),
        (date(2024, 1, 27), date(2024, 2, 2)),
    ]
    assert date_ranges([date.max], 3) == [(date.max - timedelta(3), date.max)]


def test_a_fact_whose_end_a_curator_merged_away_is_not_written_twice(store: FalkorStore) -> None:
    """The stored edge still runs to the merged-away actor: writing its id again between the
    kept actors would make a second edge with the same id, so the report stays its own fact."""
    alias = Actor(id="person:s-lavrov", name="S. Lavrov", kind=ActorKind.PERSON, country="RUS")
    early = report("alias-story", MONDAY, [(RUBIO, MET, LAVROV, MONDAY)])
    early = early.model_copy(
        update={
            "actors": (ACTORS[RUBIO], alias),
            "relations": tuple(
                r.model_copy(
                    update={
                        "target_id": alias.id,
                        "id": relation_id(RUBIO, MET, alias.id, MONDAY),
                    }
                )
                for r in early.relations
            ),
            "events": (),
        }
    )
    run(store, early)
    run(store, report("lavrov-side", MONDAY, [(RUBIO, MET, LAVROV, MONDAY - timedelta(1))]))
    store.merge_actors(LAVROV, alias.id)
    run(store, UNDATED)
    ids = [r.id for r in relations(store, MET, RUBIO, LAVROV)]
    assert len(ids) == len(set(ids)) == 2  # the merged-away edge, and the other two articles'


@pytest.mark.model
def test_the_real_extractor_reads_one_meeting_from_two_days_of_news(store: FalkorStore) -> None:
    from loaders.pipeline import Extractor
    from loaders.resolution import Resolver

    dated, undated = (
        Article(id=ident, title=ident, published=day, text=text)
        for ident, day, text in (
            (
                "riyadh-tuesday",
                date(2025, 2, 18),
                "RIYADH - U.S. Secretary of State Marco Rubio met Russian Foreign Minister "
                "Sergey Lavrov in Riyadh on Monday to discuss the war in Ukraine.",
            ),
            (
                "riyadh-wednesday",
                date(2025, 2, 19),
                "Secretary of State Marco Rubio held talks with Russian Foreign Minister "
                "Sergey Lavrov in Saudi Arabia, the State Department said.",
            ),
        )
    )
    extractor = Extractor.load()
    ingest([dated], store, extractor, Resolver)
    ingest([undated], store, extractor, Resolver)
    (met,) = relations(store, MET, RUBIO, LAVROV)
    assert (met.source_count, met.date) == (2, date(2025, 2, 17))
    (meeting,) = events(store, EventType.MEETING, LAVROV)
    assert meeting.article_ids == ("riyadh-tuesday", "riyadh-wednesday")


def test_an_article_whose_lookups_fail_is_skipped_and_the_rest_merged(store: FalkorStore) -> None:
    odd = Actor(id="person:nul\x00name", name="Nul Name", kind=ActorKind.PERSON)
    broken = report("broken", MONDAY, [(RUBIO, MET, LAVROV, MONDAY)])
    broken = broken.model_copy(
        update={
            "actors": (*broken.actors, odd),
            "relations": (
                *broken.relations,
                Relation(
                    id=relation_id(odd.id, RelationType.CONDEMNED, RUBIO, MONDAY),
                    source_id=odd.id,
                    type=RelationType.CONDEMNED,
                    target_id=RUBIO,
                    status=Status.OCCURRED,
                    date=MONDAY,
                    confidence=0.5,
                ),
            ),
        }
    )
    got = run(store, DATED, broken, UNDATED)
    assert [s.source for s in got.skipped] == ["broken"]
    assert "looking up known facts failed" in got.skipped[0].reason
    (met,) = relations(store, MET, RUBIO, LAVROV)
    assert met.source_count == 2 and got.merged_relations == 1
