"""Cross-article identity: accents, spelling variants, bare surnames only when unambiguous."""

from __future__ import annotations

from loaders.resolution import Resolver
from schema.ids import relation_id
from schema.models import Actor, Article, Event, Extraction, Participation, Relation
from schema.ontology import ActorKind, EventType, ParticipantRole, RelationType, Status

P = ActorKind.PERSON


def person(name: str, *aliases: str) -> Actor:
    from schema.ids import actor_id

    return Actor(id=actor_id(P, name), name=name, kind=P, aliases=aliases)


def extraction(*actors: Actor, relations: tuple[Relation, ...] = ()) -> Extraction:
    return Extraction(article=Article(id="a"), actors=actors, relations=relations)


def test_accents_and_spelling_variants_are_one_person() -> None:
    known = person("Viktor Orbán", "Orbán")
    resolver = Resolver([known])
    new = person("Victor Orban", "Orban")
    rel = Relation(id="x", source_id=new.id, type=RelationType.MET_WITH,
                   target_id="country:DEU", status=Status.OCCURRED, confidence=0.8)  # fmt: skip
    out = resolver.resolve(extraction(new, relations=(rel,)))
    (actor,) = out.actors
    assert actor.id == known.id and actor.name == "Viktor Orbán"
    assert "Victor Orban" in actor.aliases
    (moved,) = out.relations
    assert moved.source_id == known.id
    assert moved.id == relation_id(known.id, RelationType.MET_WITH, "country:DEU")


def test_bare_surname_only_when_unambiguous() -> None:
    resolver = Resolver([person("Joe Biden"), person("Hunter Biden"), person("Sergey Lavrov")])
    assert resolver.match(person("Lavrov")) == "person:sergey-lavrov"
    assert resolver.match(person("Biden")) is None


def test_family_name_first_is_the_one_person_it_begins() -> None:
    resolver = Resolver([person("Cheng Lei"), person("Sergey Lavrov")])
    assert resolver.match(person("Cheng", "Ms Cheng")) == "person:cheng-lei"
    assert resolver.match(person("Sergey")) == "person:sergey-lavrov"
    two = Resolver([person("Wang Yi"), person("Wang Wenbin")])
    assert two.match(person("Wang", "Mr Wang")) is None  # two begin with it: undecided
    last = Resolver([person("Cheng Lei"), person("Anna Cheng")])
    assert last.match(person("Cheng")) == "person:anna-cheng"  # a surname first


def test_different_people_stay_apart() -> None:
    resolver = Resolver([person("Sergey Lavrov")])
    assert resolver.match(person("Sergey Shoigu")) is None
    assert resolver.match(person("Anna Lavrova")) is None


def test_remembers_new_actors_for_the_next_article() -> None:
    resolver = Resolver([])
    resolver.resolve(extraction(person("Recep Tayyip Erdoğan")))
    out = resolver.resolve(extraction(person("Recep Tayyip Erdogan")))
    assert out.actors[0].id == "person:recep-tayyip-erdogan"
    out = resolver.resolve(extraction(person("Erdogan")))
    assert out.actors[0].id == "person:recep-tayyip-erdogan"


def test_a_state_learnt_in_one_article_serves_the_next() -> None:
    resolver = Resolver([])
    resolver.resolve(extraction(person("Ivan Petrenko")))  # named bare: no state yet
    told = person("Ivan Petrenko").model_copy(update={"country": "UKR"})
    resolver.resolve(extraction(told))  # "the Ukrainian president" resolved to him
    out = resolver.resolve(extraction(person("Ivan Petrenko")))
    assert out.actors[0].country == "UKR"
    other = person("Ivan Petrenko").model_copy(update={"country": "POL"})
    out = resolver.resolve(extraction(other))
    assert out.actors[0].country == "UKR"  # the first state learnt is kept


def test_a_post_among_the_aliases_joins_nobody() -> None:
    resolver = Resolver([person("Wang Yi", "China's top diplomat", "Wang")])
    assert resolver.match(person("Qin Gang", "China's top diplomat")) is None
    assert resolver.match(person("Wang Yi")) == "person:wang-yi"


def test_an_event_participant_mapped_onto_a_known_person_keeps_its_role() -> None:
    known = person("Viktor Orbán", "Orbán")
    new = person("Victor Orban", "Orban")
    visit = Event(
        id="e",
        type=EventType.VISIT,
        status=Status.OCCURRED,
        participant_ids=("country:CHN", new.id),
        participations=(
            Participation(actor_id=new.id, role=ParticipantRole.VISITOR),
            Participation(actor_id="country:CHN", role=ParticipantRole.HOST),
        ),
    )
    out = Resolver([known]).resolve(
        Extraction(article=Article(id="a"), actors=(new,), events=(visit,))
    )
    (event,) = out.events
    assert event.role_of(known.id) is ParticipantRole.VISITOR
    assert event.role_of("country:CHN") is ParticipantRole.HOST
