"""The ontology: what kinds of nodes and relations the graph holds, and their event-data codes.

Kept as data, not scattered string literals, so that extraction, storage, the GraphQL enums
and the CSV export all read the same CAMEO/PLOVER mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActorKind(StrEnum):
    PERSON = "PERSON"
    COUNTRY = "COUNTRY"
    ORGANIZATION = "ORGANIZATION"

    @property
    def label(self) -> str:
        """The secondary node label the kind is stored under (`Actor:Person`, ...)."""
        return {"PERSON": "Person", "COUNTRY": "Country", "ORGANIZATION": "Organization"}[self]


class Status(StrEnum):
    """Modality of a fact. Negated, hypothetical and threatened facts are not stored at all."""

    OCCURRED = "OCCURRED"
    PLANNED = "PLANNED"


class DatePrecision(StrEnum):
    """How much of a fact's date the text gave: "on 14 March 2022", "in March 2022", "in 2022".

    A month or a year is stored as its first day (dates sort and filter as one calendar); the
    precision says that 2022-01-01 stands for "2022" and not for New Year's Day.
    """

    DAY = "DAY"
    MONTH = "MONTH"
    YEAR = "YEAR"


class EventType(StrEnum):
    MEETING = "MEETING"
    AGREEMENT = "AGREEMENT"
    VISIT = "VISIT"
    DETENTION = "DETENTION"
    RELEASE = "RELEASE"
    STATEMENT = "STATEMENT"
    ATTACK = "ATTACK"
    SANCTION = "SANCTION"
    EXPULSION = "EXPULSION"
    MEDIATION = "MEDIATION"

    @property
    def label(self) -> str:
        """The secondary node label the event is stored under (`Event:Meeting`, ...)."""
        return self.value.capitalize()


class ParticipantRole(StrEnum):
    """What an actor did in an event: who went and who received, who held whom, who struck whom.

    A visit's participants are a visitor and a host, not two equal parties; timelines, filters
    ("the trips Lavrov made") and exports need the difference. The role follows the side of the
    relation the event was read from (PLOVER's actor and recipient, named per event type).
    """

    PARTICIPANT = "PARTICIPANT"  # a meeting's side
    SIGNATORY = "SIGNATORY"  # an agreement's side
    VISITOR = "VISITOR"
    HOST = "HOST"  # the country visited
    SPEAKER = "SPEAKER"  # who condemned, accused or urged
    ADDRESSEE = "ADDRESSEE"  # whom a statement condemned, accused or urged
    CAPTOR = "CAPTOR"  # who detained or freed the detainee
    DETAINEE = "DETAINEE"
    ATTACKER = "ATTACKER"
    SANCTIONER = "SANCTIONER"  # who imposed sanctions or expelled envoys
    TARGET = "TARGET"  # who was attacked, sanctioned, or had envoys expelled
    MEDIATOR = "MEDIATOR"
    PARTY = "PARTY"  # a side a mediator brokered between


class QuadClass(StrEnum):
    """GDELT's four-way split of CAMEO events: words or deeds, cooperation or conflict.

    Dashboards chart these four rather than fourteen types when the question is "is this dyad
    warming or cooling"; the class follows from a CAMEO code's root (its first two digits).
    """

    VERBAL_COOPERATION = "VERBAL_COOPERATION"  # roots 01-05: statements, appeals, talks, deals
    MATERIAL_COOPERATION = "MATERIAL_COOPERATION"  # roots 06-08: aid, concessions, releases
    VERBAL_CONFLICT = "VERBAL_CONFLICT"  # roots 09-13: demands, criticism, rejection, threats
    MATERIAL_CONFLICT = "MATERIAL_CONFLICT"  # roots 14-20: sanctions, arrests, force

    @classmethod
    def of_cameo(cls, code: str) -> QuadClass:
        root = int(code[:2])
        if root <= 5:
            return cls.VERBAL_COOPERATION
        if root <= 8:
            return cls.MATERIAL_COOPERATION
        if root <= 13:
            return cls.VERBAL_CONFLICT
        return cls.MATERIAL_CONFLICT


GOLDSTEIN: dict[str, float] = {
    "020": 3.0,  # make an appeal or request
    "040": 1.0,  # consult
    "042": 1.9,  # make a visit
    "045": 5.0,  # mediate
    "051": 3.4,  # praise or endorse
    "057": 8.0,  # sign formal agreement
    "0841": 7.0,  # return, release person(s)
    "111": -2.0,  # criticize or denounce
    "112": -2.0,  # accuse
    "120": -4.0,  # reject
    "163": -8.0,  # impose embargo, boycott or sanctions
    "1663": -7.0,  # expel or withdraw
    "173": -5.0,  # arrest, detain
    "190": -10.0,  # use conventional military force
}
"""Goldstein (1992) conflict-cooperation weights (-10 .. +10) of the CAMEO codes relation types
are coded with, as GDELT publishes them per event: the number its users average per dyad."""


class RelationType(StrEnum):
    MET_WITH = "MET_WITH"
    VISITED = "VISITED"
    SIGNED_AGREEMENT_WITH = "SIGNED_AGREEMENT_WITH"
    CONDEMNED = "CONDEMNED"
    ACCUSED = "ACCUSED"
    DETAINED = "DETAINED"
    RELEASED = "RELEASED"
    SUPPORTED = "SUPPORTED"
    URGED = "URGED"
    SANCTIONED = "SANCTIONED"
    EXPELLED = "EXPELLED"
    ATTACKED = "ATTACKED"
    MEDIATED = "MEDIATED"
    REJECTED = "REJECTED"

    @property
    def spec(self) -> RelationSpec:
        return RELATION_SPECS[self]

    @property
    def symmetric(self) -> bool:
        return RELATION_SPECS[self].symmetric


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """Event-data coding of one relation type (CAMEO codes as in GDELT, PLOVER as in POLECAT)."""

    cameo: tuple[str, ...]
    plover: str
    symmetric: bool
    meaning: str
    event_type: EventType | None
    """The event node a relation of this type implies, if any (a meeting, a detention, ...)."""
    roles: tuple[ParticipantRole, ParticipantRole] | None = None
    """The roles of the relation's source and target in that event."""

    @property
    def goldstein(self) -> float:
        """The Goldstein weight of the type's main CAMEO code."""
        return GOLDSTEIN[self.cameo[0]]

    @property
    def quad_class(self) -> QuadClass:
        return QuadClass.of_cameo(self.cameo[0])


RELATION_SPECS: dict[RelationType, RelationSpec] = {
    RelationType.MET_WITH: RelationSpec(
        ("040", "041", "042", "043", "044", "045", "046"),
        "CONSULT",
        True,
        "met, held talks, phoned",
        EventType.MEETING,
        (ParticipantRole.PARTICIPANT, ParticipantRole.PARTICIPANT),
    ),
    RelationType.VISITED: RelationSpec(
        ("042",),
        "CONSULT",
        False,
        "travelled to a country",
        EventType.VISIT,
        (ParticipantRole.VISITOR, ParticipantRole.HOST),
    ),
    RelationType.SIGNED_AGREEMENT_WITH: RelationSpec(
        ("057",),
        "AGREE",
        True,
        "signed or concluded a deal, swap, accord",
        EventType.AGREEMENT,
        (ParticipantRole.SIGNATORY, ParticipantRole.SIGNATORY),
    ),
    RelationType.CONDEMNED: RelationSpec(
        ("111",),
        "ACCUSE",
        False,
        "condemned, denounced, criticized",
        EventType.STATEMENT,
        (ParticipantRole.SPEAKER, ParticipantRole.ADDRESSEE),
    ),
    RelationType.ACCUSED: RelationSpec(
        ("112",),
        "ACCUSE",
        False,
        "accused of a specific act",
        EventType.STATEMENT,
        (ParticipantRole.SPEAKER, ParticipantRole.ADDRESSEE),
    ),
    RelationType.DETAINED: RelationSpec(
        ("173",),
        "COERCE",
        False,
        "arrested, detained, jailed a person",
        EventType.DETENTION,
        (ParticipantRole.CAPTOR, ParticipantRole.DETAINEE),
    ),
    RelationType.RELEASED: RelationSpec(
        ("0841",),
        "CONCEDE",
        False,
        "freed a detainee",
        EventType.RELEASE,
        (ParticipantRole.CAPTOR, ParticipantRole.DETAINEE),
    ),
    RelationType.SUPPORTED: RelationSpec(
        ("051",), "SUPPORT", False, "praised, endorsed, defended, backed", None
    ),
    RelationType.URGED: RelationSpec(
        ("020", "100"),
        "REQUEST",
        False,
        "called on, appealed to, demanded",
        EventType.STATEMENT,
        (ParticipantRole.SPEAKER, ParticipantRole.ADDRESSEE),
    ),
    RelationType.SANCTIONED: RelationSpec(
        ("163",),
        "SANCTION",
        False,
        "sanctions, tariffs, embargo",
        EventType.SANCTION,
        (ParticipantRole.SANCTIONER, ParticipantRole.TARGET),
    ),
    RelationType.EXPELLED: RelationSpec(
        ("1663",),
        "SANCTION",
        False,
        "expelled diplomats",
        EventType.EXPULSION,
        (ParticipantRole.SANCTIONER, ParticipantRole.TARGET),
    ),
    RelationType.ATTACKED: RelationSpec(
        ("190",),
        "ASSAULT",
        False,
        "strike, bombing, drone attack",
        EventType.ATTACK,
        (ParticipantRole.ATTACKER, ParticipantRole.TARGET),
    ),
    RelationType.MEDIATED: RelationSpec(
        ("045",),
        "CONSULT",
        False,
        "brokered between parties",
        EventType.MEDIATION,
        (ParticipantRole.MEDIATOR, ParticipantRole.PARTY),
    ),
    RelationType.REJECTED: RelationSpec(
        ("120",), "REJECT", False, "rejected or denied an accusation or proposal", None
    ),
}


class StructuralEdge(StrEnum):
    """Edges that are not actor-to-actor facts but hold the graph together."""

    HOLDS_ROLE = (
        "HOLDS_ROLE"  # (Person)-[:HOLDS_ROLE {title, since, until}]->(Country|Organization)
    )
    PARTICIPATED_IN = "PARTICIPATED_IN"  # (Actor)-[:PARTICIPATED_IN {role}]->(Event)
    REPORTED_IN = "REPORTED_IN"  # (Event)-[:REPORTED_IN]->(Article)
    AT = "AT"  # (Event)-[:AT]->(Place)
    IN = "IN"  # (Place)-[:IN]->(Country)


NODE_LABELS: tuple[str, ...] = (
    "Actor",
    *(k.label for k in ActorKind),
    "Event",
    *(t.label for t in EventType),
    "Article",
    "Place",
)
