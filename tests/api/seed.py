"""Hand-made extractions for API tests: real data written through the real store.

Six articles about a handful of diplomats and states; enough relations (over 50) to page through,
dated over two months so date filters and related-event windows have something to cut.
"""

from __future__ import annotations

from datetime import date, timedelta

from schema.ids import event_id, relation_id
from schema.models import (
    Actor,
    Article,
    Event,
    Evidence,
    Extraction,
    Participation,
    Relation,
    Role,
)
from schema.ontology import ActorKind, RelationType, Status


def _person(slug: str, name: str, iso3: str, title: str, org: str) -> Actor:
    return Actor(
        id=f"person:{slug}",
        name=name,
        kind=ActorKind.PERSON,
        country=iso3,
        aliases=(name.split()[-1],),
        title=title,
        roles=(Role(title=title, organization_id=org),),
    )


def _country(iso3: str, name: str) -> Actor:
    return Actor(id=f"country:{iso3}", name=name, kind=ActorKind.COUNTRY, country=iso3)


RUSSIA, USA, CHINA, UKRAINE, TURKEY = (
    _country("RUS", "Russia"),
    _country("USA", "United States"),
    _country("CHN", "China"),
    _country("UKR", "Ukraine"),
    _country("TUR", "Turkey"),
)
LAVROV = _person("sergey-lavrov", "Sergey Lavrov", "RUS", "Foreign Minister", RUSSIA.id)
BLINKEN = _person("antony-blinken", "Antony Blinken", "USA", "Secretary of State", USA.id)
WANG = _person("wang-yi", "Wang Yi", "CHN", "Foreign Minister", CHINA.id)
KULEBA = _person("dmytro-kuleba", "Dmytro Kuleba", "UKR", "Foreign Minister", UKRAINE.id)
FIDAN = _person("hakan-fidan", "Hakan Fidan", "TUR", "Foreign Minister", TURKEY.id)
GERSHKOVICH = _person("evan-gershkovich", "Evan Gershkovich", "USA", "reporter", USA.id)
NATO = Actor(id="organization:nato", name="NATO", kind=ActorKind.ORGANIZATION, aliases=("NATO",))
ISOLATE = Actor(id="person:jane-hermit", name="Jane Hermit", kind=ActorKind.PERSON, country="NZL")
"""An actor with no relations: no path leads to her."""

ACTORS = (RUSSIA, USA, CHINA, UKRAINE, TURKEY, LAVROV, BLINKEN, WANG, KULEBA, FIDAN, GERSHKOVICH)
ACTORS_ALL = (*ACTORS, NATO, ISOLATE)
PEOPLE = (LAVROV, BLINKEN, WANG, KULEBA, FIDAN)

START = date(2024, 3, 1)


def _relation(
    source: Actor, rtype: RelationType, target: Actor, day: date, article: Article, n: int
) -> Relation:
    sentence = f"{source.name} {rtype.spec.meaning.split(',')[0]} {target.name}."
    return Relation(
        id=relation_id(source.id, rtype, target.id, day),
        source_id=source.id,
        type=rtype,
        target_id=target.id,
        status=Status.OCCURRED,
        date=day,
        confidence=0.8,
        evidence=(
            Evidence(article_id=article.id, sentence=sentence, start=n * 100, end=n * 100 + 60),
        ),
    )


def _article(n: int) -> Article:
    published = START + timedelta(days=10 * n)
    return Article(
        id=f"article:seed-{n}",
        title=f"Diplomacy Watch {n}",
        published=published,
        url=f"https://news.example.org/diplomacy-watch-{n}",
        text=f"Diplomacy Watch {n}. " + "Talks continued. " * 80,
    )


def extractions() -> list[Extraction]:
    """Six articles; meetings between every pair of ministers somewhere, plus some conflict."""
    out: list[Extraction] = []
    for n in range(6):
        article = _article(n)
        relations: list[Relation] = []
        events: list[Event] = []
        for k, (one, two) in enumerate(_pairs(n)):
            day = article.published - timedelta(days=k % 3)
            rel = _relation(one, RelationType.MET_WITH, two, day, article, k)
            relations.append(rel)
            events.append(_event(rel, article))
        day = article.published
        for k, (one, rtype, two) in enumerate(_conflict(n), start=len(relations)):
            rel = _relation(one, rtype, two, day, article, k)
            relations.append(rel)
            if rtype.spec.event_type is not None:
                events.append(_event(rel, article))
        out.append(
            Extraction(
                article=article,
                actors=ACTORS_ALL if n == 0 else ACTORS,
                events=tuple({e.id: e for e in events}.values()),
                relations=tuple({r.id: r for r in relations}.values()),
            )
        )
    return out


def _event(rel: Relation, article: Article) -> Event:
    etype, roles = rel.type.spec.event_type, rel.type.spec.roles
    assert etype is not None and roles is not None
    return Event(
        id=event_id(etype, [rel.source_id, rel.target_id], rel.date),
        type=etype,
        date=rel.date,
        status=rel.status,
        participant_ids=(rel.source_id, rel.target_id),
        participations=tuple(
            Participation(actor_id=actor, role=role)
            for actor, role in zip((rel.source_id, rel.target_id), roles, strict=True)
        ),
        place="Geneva" if etype.value == "MEETING" else None,
        article_ids=(article.id,),
    )


def _pairs(n: int) -> list[tuple[Actor, Actor]]:
    """Ministers who met in article n: all pairs but one, rotating, so the graph is connected."""
    pairs = [(a, b) for i, a in enumerate(PEOPLE) for b in PEOPLE[i + 1 :]]
    return [p for k, p in enumerate(pairs) if k != n % len(pairs)]


def _conflict(n: int) -> list[tuple[Actor, RelationType, Actor]]:
    rows = [
        (RUSSIA, RelationType.CONDEMNED, NATO),
        (USA, RelationType.SANCTIONED, RUSSIA),
        (UKRAINE, RelationType.URGED, NATO),
    ]
    if n == 2:
        rows.append((RUSSIA, RelationType.DETAINED, GERSHKOVICH))
        rows.append((USA, RelationType.CONDEMNED, RUSSIA))
    if n == 4:
        rows.append((FIDAN, RelationType.MEDIATED, KULEBA))
    return rows
