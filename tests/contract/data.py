"""Hand-made extractions the contract suite writes: three articles about one diplomatic week.

Facts are chosen so each store behaviour shows: the same meeting reported by two articles (one
relation, two sources), a chain Zelensky -> Russia -> Lavrov -> Rubio for paths, a duplicate
"S. Lavrov" for merges, events sharing actors and a place for related events.
"""

from __future__ import annotations

from datetime import date

from schema.ids import actor_id, event_id, relation_id
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
from schema.ontology import ActorKind, EventType, ParticipantRole, RelationType, Status

P, C, ORG = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION

RUSSIA = Actor(id=actor_id(C, "Russia", "RUS"), name="Russia", kind=C, country="RUS")
USA = Actor(id=actor_id(C, "United States", "USA"), name="United States", kind=C, country="USA")
UKRAINE = Actor(id=actor_id(C, "Ukraine", "UKR"), name="Ukraine", kind=C, country="UKR")
LAVROV = Actor(
    id=actor_id(P, "Sergey Lavrov"),
    name="Sergey Lavrov",
    kind=P,
    country="RUS",
    aliases=("Lavrov", "Sergei Lavrov"),
    title="Foreign Minister",
    roles=(Role(title="Foreign Minister", organization_id=RUSSIA.id),),
)
RUBIO = Actor(
    id=actor_id(P, "Marco Rubio"),
    name="Marco Rubio",
    kind=P,
    country="USA",
    aliases=("Rubio",),
    title="Secretary of State",
)
ZELENSKY = Actor(
    id=actor_id(P, "Volodymyr Zelensky"),
    name="Volodymyr Zelensky",
    kind=P,
    country="UKR",
    aliases=("Zelenskyy",),
)
S_LAVROV = Actor(id=actor_id(P, "S. Lavrov"), name="S. Lavrov", kind=P, country="RUS")
KARELINA = Actor(id=actor_id(P, "Ksenia Karelina"), name="Ksenia Karelina", kind=P, country="USA")
NATO = Actor(id=actor_id(ORG, "NATO"), name="NATO", kind=ORG, aliases=("North Atlantic Alliance",))

D1, D2, D3 = date(2025, 2, 18), date(2025, 2, 19), date(2025, 3, 1)

TEXT1 = 'Lavrov met Rubio in Riyadh on Tuesday, a "frank" talk.\nRussia detained Karelina.'
TEXT2 = "Zelensky condemned Russia. The foreign ministers met in Riyadh."
TEXT3 = "S. Lavrov urged Ukraine to talk. NATO backed Ukraine. Russia released Karelina."

A1 = Article(
    id="article:riyadh-1",
    title="Lavrov and Rubio meet in Riyadh",
    published=D1,
    url="https://news.example/riyadh",
    text=TEXT1,
)
A2 = Article(
    id="article:riyadh-2",
    title="Kyiv condemns talks",
    published=D2,
    url="https://news.example/kyiv",
    text=TEXT2,
)
A3 = Article(id="article:swap", title="Prisoner released after appeal", published=D3, text=TEXT3)


def rel(
    article: Article,
    source: Actor,
    rtype: RelationType,
    target: Actor,
    when: date,
    sentence: str,
    confidence: float = 0.8,
    status: Status = Status.OCCURRED,
) -> Relation:
    start = article.text.index(sentence)
    return Relation(
        id=relation_id(source.id, rtype, target.id, when),
        source_id=source.id,
        type=rtype,
        target_id=target.id,
        status=status,
        date=when,
        confidence=confidence,
        evidence=(
            Evidence(
                article_id=article.id, sentence=sentence, start=start, end=start + len(sentence)
            ),
        ),
    )


def event(
    etype: EventType,
    actors: list[Actor],
    roles: list[ParticipantRole],
    when: date,
    place: str | None = None,
) -> Event:
    ids = tuple(a.id for a in actors)
    return Event(
        id=event_id(etype, ids, when),
        type=etype,
        date=when,
        status=Status.OCCURRED,
        participant_ids=ids,
        participations=tuple(
            Participation(actor_id=a, role=r) for a, r in zip(ids, roles, strict=True)
        ),
        place=place,
    )


MET = rel(A1, LAVROV, RelationType.MET_WITH, RUBIO, D1, "Lavrov met Rubio in Riyadh")
MET_AGAIN = rel(A2, RUBIO, RelationType.MET_WITH, LAVROV, D1, "The foreign ministers met")
DETAINED = rel(A1, RUSSIA, RelationType.DETAINED, KARELINA, D1, "Russia detained Karelina")
CONDEMNED = rel(A2, ZELENSKY, RelationType.CONDEMNED, RUSSIA, D2, "Zelensky condemned Russia")
URGED = rel(A3, S_LAVROV, RelationType.URGED, UKRAINE, D3, "S. Lavrov urged Ukraine")
BACKED = rel(A3, NATO, RelationType.SUPPORTED, UKRAINE, D3, "NATO backed Ukraine", 0.6)
RELEASED = rel(A3, RUSSIA, RelationType.RELEASED, KARELINA, D3, "Russia released Karelina")

MEETING = event(EventType.MEETING, [LAVROV, RUBIO], [ParticipantRole.PARTICIPANT] * 2, D1, "Riyadh")
DETENTION = event(
    EventType.DETENTION, [RUSSIA, KARELINA], [ParticipantRole.CAPTOR, ParticipantRole.DETAINEE], D1
)
STATEMENT = event(
    EventType.STATEMENT,
    [ZELENSKY, RUSSIA],
    [ParticipantRole.SPEAKER, ParticipantRole.ADDRESSEE],
    D2,
)
RELEASE = event(
    EventType.RELEASE, [RUSSIA, KARELINA], [ParticipantRole.CAPTOR, ParticipantRole.DETAINEE], D3
)
APPEAL = event(
    EventType.STATEMENT,
    [S_LAVROV, UKRAINE],
    [ParticipantRole.SPEAKER, ParticipantRole.ADDRESSEE],
    D3,
    "Riyadh",
)

X1 = Extraction(
    article=A1,
    actors=(LAVROV, RUBIO, RUSSIA, USA, KARELINA),
    events=(MEETING, DETENTION),
    relations=(MET, DETAINED),
)
X2 = Extraction(
    article=A2,
    actors=(ZELENSKY, RUSSIA, LAVROV, RUBIO),
    events=(MEETING, STATEMENT),
    relations=(MET_AGAIN, CONDEMNED),
)
X3 = Extraction(
    article=A3,
    actors=(S_LAVROV, UKRAINE, NATO, RUSSIA, KARELINA),
    events=(RELEASE, APPEAL),
    relations=(URGED, BACKED, RELEASED),
)
ALL = (X1, X2, X3)

ACTOR_COUNT = 9  # distinct actors across the three articles
RELATION_COUNT = 6  # MET and MET_AGAIN are one fact


def many_organizations(n: int) -> Extraction:
    """One article naming n organizations: enough rows to page through."""
    article = Article(id="article:directory", title="Directory", published=D3)
    actors = tuple(
        Actor(id=actor_id(ORG, f"Agency {i:02d}"), name=f"Agency {i:02d}", kind=ORG)
        for i in range(n)
    )
    return Extraction(article=article, actors=actors)
