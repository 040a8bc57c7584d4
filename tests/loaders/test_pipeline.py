"""From candidates to domain objects: stable ids, evidence, once per article, OCCURRED wins."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from loaders.candidates import EventCandidate, RelationCandidate
from loaders.doc_extensions import register_doc_extensions
from loaders.pipeline import Extractor, to_extraction
from loaders.relations.places import country_of_place
from schema.ids import relation_id
from schema.models import Actor, Article
from schema.ontology import ActorKind, EventType, ParticipantRole, RelationType, Status

TEXT = "Blinken met Lavrov. Blinken will meet Lavrov again."
ACTORS = {
    "person:a": Actor(id="person:a", name="Antony Blinken", kind=ActorKind.PERSON),
    "person:b": Actor(id="person:b", name="Sergey Lavrov", kind=ActorKind.PERSON),
}


def _doc_with(relations: list[RelationCandidate], events: list[EventCandidate]) -> spacy.tokens.Doc:
    register_doc_extensions()
    doc = spacy.blank("en")(TEXT)
    doc._.actors, doc._.mentions = ACTORS, []
    doc._.relations, doc._.events = relations, events
    return doc


def test_one_relation_per_article_and_occurred_wins() -> None:
    when = date(2024, 5, 1)
    planned = RelationCandidate("person:b", RelationType.MET_WITH, "person:a", Status.PLANNED,
                                None, 0.9, 20, 51)  # fmt: skip
    done = RelationCandidate("person:a", RelationType.MET_WITH, "person:b", Status.OCCURRED,
                             when, 0.7, 0, 19)  # fmt: skip
    dangling = RelationCandidate("person:a", RelationType.CONDEMNED, "person:zz",
                                 Status.OCCURRED, None, 0.7, 0, 19)  # fmt: skip
    article = Article(id="article:x", text=TEXT)
    out = to_extraction(article, _doc_with([planned, done, dangling], []))
    (rel,) = out.relations
    assert rel.status == Status.OCCURRED
    assert rel.id == relation_id("person:a", RelationType.MET_WITH, "person:b", when)
    assert rel.evidence[0].sentence == "Blinken met Lavrov."
    assert (rel.evidence[0].start, rel.evidence[0].end) == (0, 19)


def test_events_merge_by_type_and_participants() -> None:
    a = EventCandidate(EventType.MEETING, ("person:a", "person:b"), Status.PLANNED, None, None,
                       20, 51)  # fmt: skip
    b = EventCandidate(EventType.MEETING, ("person:b", "person:a"), Status.OCCURRED, None,
                       "Geneva", 0, 19)  # fmt: skip
    out = to_extraction(Article(id="article:x", text=TEXT), _doc_with([], [a, b]))
    (event,) = out.events
    assert event.status == Status.OCCURRED and event.place == "Geneva"
    assert event.article_ids == ("article:x",)


def test_an_event_keeps_the_roles_of_its_kept_participants() -> None:
    roles = (("person:a", ParticipantRole.VISITOR), ("person:zz", ParticipantRole.HOST))
    visit = EventCandidate(EventType.VISIT, ("person:a", "person:zz"), Status.OCCURRED, None,
                           None, 0, 19, roles)  # fmt: skip
    (event,) = to_extraction(Article(id="article:x", text=TEXT), _doc_with([], [visit])).events
    assert event.participant_ids == ("person:a",)  # person:zz is no actor of the article
    assert event.role_of("person:a") is ParticipantRole.VISITOR
    assert event.role_of("person:zz") is None


@pytest.mark.model
def test_extract_many_keeps_order_and_dates() -> None:
    extractor = Extractor.load()
    articles = [
        Article(id="a1", text="Russian President Vladimir Putin met Kim Jong Un on Wednesday.",
                published=date(2023, 9, 13)),
        Article(id="a2", text="NATO Secretary General Jens Stoltenberg urged Russia to stop."),
    ]  # fmt: skip
    out = list(extractor.extract_many(articles, batch_size=2))
    assert [e.article.id for e in out] == ["a1", "a2"]
    assert "person:vladimir-putin" in {a.id for a in out[0].actors}
    assert "person:jens-stoltenberg" in {a.id for a in out[1].actors}
    assert all(r.evidence and r.evidence[0].article_id == "a1" for r in out[0].relations)


@pytest.mark.model
def test_a_meeting_place_that_is_a_city_knows_its_state(extractor: Extractor) -> None:
    text = "Blinken held talks with Ukrainian officials in Jeddah on Tuesday."
    found = extractor.extract(Article(id="a", text=text, published=date(2025, 3, 12)))
    (meeting,) = [e for e in found.events if e.type is EventType.MEETING]
    assert (meeting.place, meeting.place_country) == ("Jeddah", "SAU")


def test_a_place_that_is_no_known_city_has_no_state() -> None:
    assert country_of_place("Jeddah") == "SAU"
    assert country_of_place("the Sahel") is None
