"""Reads: look-ups in the order asked, filters, full-text search, pages without gaps."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from graph.statements import Statement
from schema.errors import InvalidInputError
from schema.ids import actor_id
from schema.models import Actor, Article, Extraction
from schema.ontology import (
    ActorKind,
    DatePrecision,
    EventType,
    ParticipantRole,
    RelationType,
    Status,
)
from schema.store import (
    ActorFilter,
    Count,
    CountBy,
    Direction,
    EventFilter,
    PageRequest,
    RelationFilter,
    RelationOrder,
)
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore


@pytest.fixture
def filled(store: CypherStore) -> CypherStore:
    store.write(data.ALL)
    return store


def test_actors_by_id_keep_order_and_mark_unknown(filled: CypherStore) -> None:
    got = filled.get_actors([data.RUBIO.id, "person:nobody", data.LAVROV.id])
    assert [a.id if a else None for a in got] == [data.RUBIO.id, None, data.LAVROV.id]
    lavrov = got[2]
    assert lavrov is not None
    assert lavrov.roles[0].title == "Foreign Minister"
    assert lavrov.roles[0].organization_id == data.RUSSIA.id
    assert set(lavrov.aliases) == {"Lavrov", "Sergei Lavrov"}


def test_paging_through_actors_visits_each_once(store: CypherStore) -> None:
    store.write([data.many_organizations(23), *data.ALL])
    seen: list[str] = []
    after: str | None = None
    while True:
        page = store.find_actors(ActorFilter(), PageRequest(first=5, after=after))
        assert page.total_count == 23 + data.ACTOR_COUNT
        seen += [a.id for a in page.items]
        if not page.has_next_page:
            break
        after = page.cursors[-1]
    assert len(seen) == len(set(seen)) == 23 + data.ACTOR_COUNT
    names = [a.name.lower() for a in store.get_actors(seen) if a]
    assert names == sorted(names)


def test_pages_stay_put_when_data_arrives_between_them(store: CypherStore) -> None:
    store.write([data.many_organizations(10)])
    first = store.find_actors(ActorFilter(), PageRequest(first=4))
    store.write(data.ALL)  # new actors, all sorting after the agencies already seen
    rest = store.find_actors(ActorFilter(), PageRequest(first=100, after=first.cursors[-1]))
    ids = [a.id for a in first.items + rest.items]
    assert len(ids) == len(set(ids)) == 10 + data.ACTOR_COUNT
    assert rest.has_previous_page and not rest.has_next_page


def test_a_forged_cursor_or_page_size_is_refused(filled: CypherStore) -> None:
    with pytest.raises(InvalidInputError, match="cursor 'nope'"):
        filled.find_actors(ActorFilter(), PageRequest(after="nope"))
    with pytest.raises(InvalidInputError, match="first=-1"):
        filled.find_relations(RelationFilter(), PageRequest(first=-1))


def test_a_cursor_from_another_listing_is_refused(filled: CypherStore) -> None:
    """A client that changes the order or the filters mid-way gets an error, not a wrong page."""
    newest = filled.find_relations(RelationFilter(), PageRequest(first=2))
    by_sources = RelationFilter(order=RelationOrder.MOST_SOURCES)
    with pytest.raises(InvalidInputError, match="another listing"):
        filled.find_relations(by_sources, PageRequest(first=2, after=newest.cursors[-1]))
    narrowed = RelationFilter(types=[RelationType.MET_WITH])
    with pytest.raises(InvalidInputError, match="another listing"):
        filled.find_relations(narrowed, PageRequest(after=newest.cursors[-1]))
    listed = filled.find_actors(ActorFilter(), PageRequest(first=2))
    with pytest.raises(InvalidInputError, match="another listing"):
        filled.find_actors(ActorFilter(search="lavrov"), PageRequest(after=listed.cursors[-1]))
    # the same listing still pages on
    rest = filled.find_relations(RelationFilter(), PageRequest(after=newest.cursors[-1]))
    assert not {r.id for r in rest.items} & {r.id for r in newest.items}


def test_actor_filters(filled: CypherStore) -> None:
    people = filled.find_actors(ActorFilter(kind=ActorKind.PERSON, country="RUS"), PageRequest())
    assert {a.id for a in people.items} == {data.LAVROV.id, data.S_LAVROV.id}
    assert people.total_count == 2
    countries = filled.find_actors(ActorFilter(kind=ActorKind.COUNTRY), PageRequest(first=2))
    assert countries.total_count == 3 and countries.has_next_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lavrov", {data.LAVROV.id, data.S_LAVROV.id}),
        ("Sergei", {data.LAVROV.id}),  # an alias only
        ("zelenskyy", {data.ZELENSKY.id}),
        ("north atlantic", {data.NATO.id}),
        ("marc rub", {data.RUBIO.id}),  # word prefixes
    ],
)
def test_full_text_search_covers_names_and_aliases(
    filled: CypherStore, text: str, expected: set[str]
) -> None:
    page = filled.find_actors(ActorFilter(search=text), PageRequest())
    assert {a.id for a in page.items} == expected
    assert page.total_count == len(expected)


def test_search_ranks_the_named_actor_above_those_that_only_mention_it(store: CypherStore) -> None:
    org = ActorKind.ORGANIZATION
    named = [
        ("Armed Forces of Russia", org, ()),
        ("Kremlin Press Office", org, ("Russian presidency",)),
        ("Russia", ActorKind.COUNTRY, ()),
        ("Russian Foreign Ministry", org, ()),
    ]
    actors = tuple(
        Actor(id=actor_id(kind, name, "RUS"), name=name, kind=kind, aliases=aliases)
        for name, kind, aliases in named
    )
    store.write([Extraction(article=Article(id="article:ranks", title="Ranks"), actors=actors)])
    expected = [
        "Russia",
        "Armed Forces of Russia",
        "Russian Foreign Ministry",
        "Kremlin Press Office",
    ]
    page = store.find_actors(ActorFilter(search="Russia"), PageRequest())
    assert [a.name for a in page.items] == expected
    one_by_one, after = [], None
    for _ in expected:
        step = store.find_actors(ActorFilter(search="russia"), PageRequest(first=1, after=after))
        one_by_one += [a.name for a in step.items]
        after = step.cursors[-1]
    assert one_by_one == expected and not step.has_next_page


def test_search_puts_the_actor_in_more_relations_first_within_a_tier(store: CypherStore) -> None:
    """Three people named Wang are one tier for "wang"; the one in the news leads, and the
    relations of an actor merged into another count for the one it was merged into."""
    wangs = {
        name: Actor(id=actor_id(data.P, name), name=name, kind=data.P, country="CHN")
        for name in ("Wang Huning", "Wang Wenbin", "Wang Yi", "H. Wang")
    }
    china = Actor(id=actor_id(data.C, "China", "CHN"), name="China", kind=data.C, country="CHN")
    text = "Wang Yi met Rubio. Wang Yi visited Russia. Wang Wenbin condemned Rubio. H. Wang met "
    text += "Rubio. H. Wang urged Russia. H. Wang backed China."
    art = Article(id="article:wangs", title="Wangs", published=data.D1, text=text)
    facts = [
        ("Wang Yi", RelationType.MET_WITH, data.RUBIO, "Wang Yi met Rubio"),
        ("Wang Yi", RelationType.VISITED, data.RUSSIA, "Wang Yi visited Russia"),
        ("Wang Wenbin", RelationType.CONDEMNED, data.RUBIO, "Wang Wenbin condemned Rubio"),
        ("H. Wang", RelationType.MET_WITH, data.RUBIO, "H. Wang met"),
        ("H. Wang", RelationType.URGED, data.RUSSIA, "H. Wang urged Russia"),
        ("H. Wang", RelationType.SUPPORTED, china, "H. Wang backed China"),
    ]
    relations = tuple(
        data.rel(art, wangs[who], rtype, whom, data.D1, sentence)
        for who, rtype, whom, sentence in facts
    )
    others = (data.RUBIO, data.RUSSIA, china)
    store.write([Extraction(article=art, actors=(*wangs.values(), *others), relations=relations)])

    def ranked() -> list[str]:
        return [a.name for a in store.find_actors(ActorFilter(search="wang"), PageRequest()).items]

    assert ranked() == ["H. Wang", "Wang Yi", "Wang Wenbin", "Wang Huning"]
    store.merge_actors(wangs["Wang Huning"].id, wangs["H. Wang"].id)
    expected = ["Wang Huning", "Wang Yi", "Wang Wenbin"]
    assert ranked() == expected
    one_by_one, after = [], None
    for _ in expected:
        step = store.find_actors(ActorFilter(search="wang"), PageRequest(first=1, after=after))
        one_by_one += [a.name for a in step.items]
        after = step.cursors[-1]
    assert one_by_one == expected and not step.has_next_page
    for wrong in relations[3:]:  # H. Wang's, now Wang Huning's
        store.reject_relation(wrong.id, "misread")
    assert ranked() == ["Wang Yi", "Wang Wenbin", "Wang Huning"]


def test_search_combines_with_filters_and_refuses_punctuation_only(filled: CypherStore) -> None:
    page = filled.find_actors(ActorFilter(search="lavrov", kind=ActorKind.COUNTRY), PageRequest())
    assert page.items == []
    with pytest.raises(InvalidInputError, match="search '\\*\\?'"):
        filled.find_actors(ActorFilter(search="*?"), PageRequest())


def test_relations_by_type_status_and_dates(filled: CypherStore) -> None:
    coercion = RelationFilter(types=[RelationType.DETAINED, RelationType.RELEASED])
    got = filled.find_relations(coercion, PageRequest())
    assert [r.id for r in got.items] == [data.RELEASED.id, data.DETAINED.id]  # newest first
    february = RelationFilter(date_from=date(2025, 2, 19), date_to=date(2025, 2, 28))
    assert [r.id for r in filled.find_relations(february, PageRequest()).items] == [
        data.CONDEMNED.id
    ]
    planned = filled.find_relations(RelationFilter(status=Status.PLANNED), PageRequest())
    assert planned.total_count == 0


def test_relations_by_confidence_and_number_of_sources(filled: CypherStore) -> None:
    def ids(**where: Any) -> set[str]:
        return {r.id for r in filled.find_relations(RelationFilter(**where), PageRequest()).items}

    assert ids(min_sources=2) == {data.MET.id}  # the only fact two articles report
    assert ids(min_sources=3) == set()
    assert data.BACKED.id in ids() and data.BACKED.id not in ids(min_confidence=0.7)
    assert ids(min_confidence=0.6) == ids()
    assert ids(actor_id=data.LAVROV.id, min_sources=2) == {data.MET.id}  # anchored the same
    counted = filled.relation_counts(RelationFilter(min_sources=2), CountBy.TYPE)
    assert counted == [Count(key="MET_WITH", count=1, average_goldstein=1.0)]


def test_relations_ordered_by_sources_or_confidence_page_by_page(filled: CypherStore) -> None:
    """The best corroborated fact first, or the surest read first; newest breaks ties, and
    paging one at a time gives the same list."""

    def listed(order: RelationOrder, **where: Any) -> list[str]:
        found = filled.find_relations(RelationFilter(order=order, **where), PageRequest())
        return [r.id for r in found.items]

    def one_by_one(order: RelationOrder) -> list[str]:
        got, after = [], None
        while True:
            step = filled.find_relations(
                RelationFilter(order=order), PageRequest(first=1, after=after)
            )
            got += [r.id for r in step.items]
            if not step.has_next_page:
                return got
            after = step.cursors[-1]

    by_sources = listed(RelationOrder.MOST_SOURCES)
    assert by_sources[0] == data.MET.id  # the one fact two articles report
    assert by_sources[1:] == [i for i in listed(RelationOrder.NEWEST) if i != data.MET.id]
    by_confidence = listed(RelationOrder.MOST_CONFIDENT)
    assert by_confidence[-1] == data.BACKED.id  # read at 0.6, the others at 0.8
    assert listed(RelationOrder.MOST_CONFIDENT, actor_id=data.UKRAINE.id) == [
        data.URGED.id,
        data.BACKED.id,
    ]
    for order in RelationOrder:
        assert one_by_one(order) == listed(order)


def test_relations_by_end_and_direction(filled: CypherStore) -> None:
    def ids(**kw: object) -> set[str]:
        page = filled.find_relations(RelationFilter(**kw), PageRequest())  # type: ignore[arg-type]
        return {r.id for r in page.items}

    russia = data.RUSSIA.id
    assert ids(actor_id=russia, direction=Direction.OUT) == {data.DETAINED.id, data.RELEASED.id}
    assert ids(actor_id=russia, direction=Direction.IN) == {data.CONDEMNED.id}
    assert ids(actor_id=russia) == {data.DETAINED.id, data.RELEASED.id, data.CONDEMNED.id}
    assert ids(source_id=data.ZELENSKY.id, target_id=russia) == {data.CONDEMNED.id}
    # a meeting has no direction: either end may be asked for as the source
    assert ids(source_id=data.RUBIO.id) == {data.MET.id}
    assert ids(source_id=data.LAVROV.id) == {data.MET.id}
    with pytest.raises(InvalidInputError, match="direction 'UP'"):
        ids(actor_id=russia, direction="UP")


def test_relations_of_a_dyad_either_way(filled: CypherStore) -> None:
    def ids(**kw: object) -> set[str]:
        page = filled.find_relations(RelationFilter(**kw), PageRequest())  # type: ignore[arg-type]
        return {r.id for r in page.items}

    russia, karelina = data.RUSSIA.id, data.KARELINA.id
    assert ids(actor_id=karelina, counterpart_id=russia) == {data.DETAINED.id, data.RELEASED.id}
    assert ids(actor_id=russia, counterpart_id=karelina, direction=Direction.OUT) == {
        data.DETAINED.id,
        data.RELEASED.id,
    }
    assert ids(actor_id=karelina, counterpart_id=russia, direction=Direction.OUT) == set()
    assert ids(actor_id=data.RUBIO.id, counterpart_id=data.LAVROV.id) == {data.MET.id}
    assert ids(actor_id=russia, counterpart_id=data.NATO.id) == set()
    counted = filled.relation_counts(
        RelationFilter(actor_id=russia, counterpart_id=karelina), CountBy.MONTH
    )
    assert [(c.key, c.count, c.average_goldstein) for c in counted] == [
        ("2025-02", 1, -5.0),  # detained
        ("2025-03", 1, 7.0),  # released: the dyad warmed
    ]
    with pytest.raises(InvalidInputError, match="counterpartId"):
        ids(counterpart_id=russia)


def test_relations_counted_by_quad_class_with_their_goldstein_mean(filled: CypherStore) -> None:
    counted = filled.relation_counts(RelationFilter(), CountBy.QUAD_CLASS)
    assert [(c.key, c.count, c.average_goldstein) for c in counted] == [
        ("VERBAL_COOPERATION", 3, 2.47),  # met 1.0, urged 3.0, backed 3.4
        ("MATERIAL_COOPERATION", 1, 7.0),  # released
        ("VERBAL_CONFLICT", 1, -2.0),  # condemned
        ("MATERIAL_CONFLICT", 1, -5.0),  # detained
    ]
    russia = filled.relation_counts(RelationFilter(actor_id=data.RUSSIA.id), CountBy.QUAD_CLASS)
    assert [c.key for c in russia] == [
        "MATERIAL_COOPERATION",
        "VERBAL_CONFLICT",
        "MATERIAL_CONFLICT",
    ]


def test_an_actors_relations_counted_by_counterpart_most_frequent_first(
    filled: CypherStore,
) -> None:
    russia = data.RUSSIA.id
    counted = filled.relation_counts(RelationFilter(actor_id=russia), CountBy.COUNTERPART)
    assert [(c.key, c.count, c.average_goldstein) for c in counted] == [
        (data.KARELINA.id, 2, 1.0),  # detained -5.0, released +7.0
        (data.ZELENSKY.id, 1, -2.0),  # condemned Russia
    ]
    outgoing = RelationFilter(actor_id=russia, direction=Direction.OUT)
    assert [c.key for c in filled.relation_counts(outgoing, CountBy.COUNTERPART)] == [
        data.KARELINA.id
    ]
    met = filled.relation_counts(RelationFilter(source_id=data.RUBIO.id), CountBy.COUNTERPART)
    assert [(c.key, c.count) for c in met] == [
        (data.LAVROV.id, 1)
    ]  # a meeting counts from either end
    top = filled.relation_counts(RelationFilter(actor_id=russia), CountBy.COUNTERPART, first=1)
    assert [(c.key, c.count) for c in top] == [(data.KARELINA.id, 2)]
    with pytest.raises(InvalidInputError, match="by: COUNTERPART"):
        filled.relation_counts(RelationFilter(), CountBy.COUNTERPART)


def test_relations_page_to_the_end(filled: CypherStore) -> None:
    seen: list[str] = []
    after: str | None = None
    for _ in range(10):
        page = filled.find_relations(RelationFilter(), PageRequest(first=4, after=after))
        seen += [r.id for r in page.items]
        if not page.has_next_page:
            break
        after = page.cursors[-1]
    assert len(seen) == len(set(seen)) == data.RELATION_COUNT


def test_evidence_names_article_sentence_and_offsets(filled: CypherStore) -> None:
    found = filled.evidence_for([data.CONDEMNED.id, "rel:none"])
    assert list(found) == [data.CONDEMNED.id]
    (ev,) = found[data.CONDEMNED.id]
    assert data.A2.text[ev.start : ev.end] == ev.sentence == "Zelensky condemned Russia"
    assert ev.article_id == data.A2.id


def test_events_by_type_actor_country_and_dates(filled: CypherStore) -> None:
    def ids(where: EventFilter) -> list[str]:
        return [e.id for e in filled.find_events(where, PageRequest()).items]

    assert ids(EventFilter(type=EventType.STATEMENT)) == [data.APPEAL.id, data.STATEMENT.id]
    assert set(ids(EventFilter(actor_id=data.KARELINA.id))) == {
        data.DETENTION.id,
        data.RELEASE.id,
    }
    assert set(ids(EventFilter(country="UKR"))) == {data.STATEMENT.id, data.APPEAL.id}
    bare = data.UKRAINE.model_copy(update={"country": None})  # a state without its own code
    filled.write([data.X3.model_copy(update={"actors": (bare, data.S_LAVROV, data.NATO)})])
    assert data.APPEAL.id in ids(EventFilter(country="UKR"))  # Ukraine itself took part
    assert set(ids(EventFilter(date_to=date(2025, 2, 18)))) == {data.MEETING.id, data.DETENTION.id}
    (meeting,) = filled.get_events([data.MEETING.id])
    assert meeting is not None
    assert meeting.source_count == 2 and meeting.place == "Riyadh"
    assert set(meeting.participant_ids) == {data.LAVROV.id, data.RUBIO.id}


def test_events_keep_who_did_what_and_filter_by_role(filled: CypherStore) -> None:
    def ids(where: EventFilter) -> set[str]:
        return {e.id for e in filled.find_events(where, PageRequest()).items}

    (detention,) = filled.get_events([data.DETENTION.id])
    assert detention is not None
    assert detention.role_of(data.RUSSIA.id) is ParticipantRole.CAPTOR
    assert detention.role_of(data.KARELINA.id) is ParticipantRole.DETAINEE
    russia = data.RUSSIA.id
    assert ids(EventFilter(actor_id=russia, role=ParticipantRole.CAPTOR)) == {
        data.DETENTION.id,
        data.RELEASE.id,
    }
    assert ids(EventFilter(actor_id=russia, role=ParticipantRole.ADDRESSEE)) == {data.STATEMENT.id}
    assert ids(EventFilter(actor_id=russia, role=ParticipantRole.SPEAKER)) == set()
    assert ids(EventFilter(role=ParticipantRole.SPEAKER)) == {data.STATEMENT.id, data.APPEAL.id}


def test_relations_counted_by_type_month_and_year(filled: CypherStore) -> None:
    def counts(by: CountBy, **where: Any) -> dict[str | None, int]:
        return {c.key: c.count for c in filled.relation_counts(RelationFilter(**where), by)}

    assert counts(CountBy.TYPE) == {
        "CONDEMNED": 1,
        "DETAINED": 1,
        "MET_WITH": 1,  # two articles, one fact
        "RELEASED": 1,
        "SUPPORTED": 1,
        "URGED": 1,
    }
    assert counts(CountBy.MONTH) == {"2025-02": 3, "2025-03": 3}
    assert counts(CountBy.YEAR, types=[RelationType.DETAINED, RelationType.RELEASED]) == {"2025": 2}
    russia = counts(CountBy.TYPE, actor_id=data.RUSSIA.id)  # from the one actor's relations
    assert russia == {"CONDEMNED": 1, "DETAINED": 1, "RELEASED": 1}
    assert counts(CountBy.MONTH, actor_id=data.RUSSIA.id, date_from=data.D3) == {"2025-03": 1}
    undated = data.BACKED.model_copy(update={"id": "rel:backed-undated", "date": None})
    filled.write([data.X3.model_copy(update={"relations": (undated,)})])
    (last,) = filled.relation_counts(RelationFilter(actor_id=data.NATO.id), CountBy.YEAR)[-1:]
    assert last == Count(key=None, count=1, average_goldstein=3.4)  # undated: last, no key


def test_a_date_keeps_its_precision(filled: CypherStore) -> None:
    year = DatePrecision.YEAR
    rel = data.DETAINED.model_copy(update={"date": date(2018, 1, 1), "date_precision": year})
    rel = rel.model_copy(update={"id": "rel:detained-in-2018"})
    ev = data.DETENTION.model_copy(
        update={"id": "event:detention-2018", "date": date(2018, 1, 1), "date_precision": year}
    )
    filled.write([data.X1.model_copy(update={"relations": (rel,), "events": (ev,)})])
    (stored,) = filled.get_relations([rel.id])
    (event,) = filled.get_events([ev.id])
    assert stored is not None and event is not None
    assert (stored.date, stored.date_precision) == (date(2018, 1, 1), year)
    assert (event.date, event.date_precision) == (date(2018, 1, 1), year)
    (older,) = filled.get_relations([data.MET.id])  # written without one: still reads
    assert older is not None and older.date_precision is None


def test_an_event_s_place_lies_in_its_state(filled: CypherStore) -> None:
    saudi = Actor(id="country:SAU", name="Saudi Arabia", kind=ActorKind.COUNTRY, country="SAU")
    talks = data.MEETING.model_copy(
        update={"id": "event:jeddah-talks", "place": "Jeddah", "place_country": "SAU"}
    )
    extraction = data.X1.model_copy(
        update={"actors": (*data.X1.actors, saudi), "events": (talks,), "relations": ()}
    )
    filled.write([extraction])
    (stored,) = filled.get_events([talks.id])
    assert stored is not None and (stored.place, stored.place_country) == ("Jeddah", "SAU")
    # no Saudi took part, yet the talks are events in Saudi Arabia
    found = filled.find_events(EventFilter(country="SAU"), PageRequest()).items
    assert [e.id for e in found] == [talks.id]
    inside = Statement(
        "place_state",
        "MATCH (:Place {name: $name})-[:IN]->(c:Actor) RETURN c.id AS id",
        {"name": ""},
    )
    assert filled.run_read(inside, name="Jeddah") == [{"id": "country:SAU"}]


def test_related_events_share_actors_or_place_newest_first(filled: CypherStore) -> None:
    related = filled.related_events(data.DETENTION.id, window_days=30, limit=10)
    # Russia and Karelina: the statement (Russia) and the release (both), newest first
    assert [e.id for e in related] == [data.RELEASE.id, data.STATEMENT.id]
    near = filled.related_events(data.DETENTION.id, window_days=5, limit=10)
    assert [e.id for e in near] == [data.STATEMENT.id]
    by_place = filled.related_events(data.MEETING.id, window_days=30, limit=10)
    assert data.APPEAL.id in [e.id for e in by_place]  # Riyadh, no shared actor
    assert len(filled.related_events(data.DETENTION.id, window_days=30, limit=1)) == 1


def test_timeline_is_in_date_order(filled: CypherStore) -> None:
    events = filled.timeline(data.RUSSIA.id, None, None)
    assert [e.id for e in events] == [data.DETENTION.id, data.STATEMENT.id, data.RELEASE.id]
    assert filled.timeline(data.RUSSIA.id, date(2025, 2, 19), date(2025, 2, 19)) == [
        e for e in events if e.id == data.STATEMENT.id
    ]


def test_articles_by_id_and_search(filled: CypherStore) -> None:
    (a1,) = filled.get_articles([data.A1.id])
    assert a1 is not None and a1.url == data.A1.url and a1.published == data.A1.published
    found = filled.find_articles("riyadh", PageRequest())
    assert [a.id for a in found.items] == [data.A1.id]
    newest = filled.find_articles(None, PageRequest(first=1))
    assert newest.items[0].id == data.A3.id and newest.total_count == 3
