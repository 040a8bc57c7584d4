"""A small hand-made graph for the explorer tests: who met, condemned and attacked whom.

Lavrov met Blinken and Wang Yi (one article), Blinken met Stoltenberg and the United States
condemned Russia (another), so Lavrov reaches Stoltenberg in two hops, through Blinken. A year
earlier Lavrov met Wang Yi in Guilin (a third article): the network changes over time.
"""

from __future__ import annotations

from datetime import date

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
from schema.ontology import (
    ActorKind,
    DatePrecision,
    EventType,
    ParticipantRole,
    RelationType,
    Status,
)

LAVROV = Actor(
    id="person:sergey-lavrov",
    name="Sergey Lavrov",
    kind=ActorKind.PERSON,
    country="RUS",
    title="Foreign Minister",
    roles=(Role(title="Foreign Minister", organization_id="country:RUS"),),
)
BLINKEN = Actor(
    id="person:antony-blinken", name="Antony Blinken", kind=ActorKind.PERSON, country="USA"
)
WANG = Actor(id="person:wang-yi", name="Wang Yi", kind=ActorKind.PERSON, country="CHN")
STOLTENBERG = Actor(
    id="person:jens-stoltenberg", name="Jens Stoltenberg", kind=ActorKind.PERSON, country="NOR"
)
RUSSIA = Actor(id="country:RUS", name="Russia", kind=ActorKind.COUNTRY, country="RUS")
USA = Actor(id="country:USA", name="United States", kind=ActorKind.COUNTRY, country="USA")
UKRAINE = Actor(id="country:UKR", name="Ukraine", kind=ActorKind.COUNTRY, country="UKR")
CHINA = Actor(id="country:CHN", name="China", kind=ActorKind.COUNTRY, country="CHN")

BALI = Article(
    id="article:bali-g20",
    title="Lavrov and Blinken meet on the sidelines in Bali",
    published=date(2022, 7, 8),
    url="https://news.example/bali-g20",
    text="",
)
MET_BLINKEN = (
    "Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken "
    "in Bali on Friday."
)
MET_WANG = "A day earlier Lavrov held talks with Chinese Foreign Minister Wang Yi."
BRUSSELS = Article(
    id="article:brussels-nato",
    title="Washington condemns Moscow after talks at NATO",
    published=date(2022, 7, 12),
    url="https://news.example/brussels-nato",
    text="",
)
MET_STOLTENBERG = "Blinken met NATO Secretary General Jens Stoltenberg in Brussels on Tuesday."
GUILIN = Article(
    id="article:guilin-talks",
    title="Lavrov in Guilin for talks with Wang Yi",
    published=date(2021, 3, 23),
    url="https://news.example/guilin-talks",
    text="",
)
MET_IN_GUILIN = "Lavrov held talks with Wang Yi in the southern city of Guilin on Monday."
CONDEMNED = "The United States condemned Russia for the strikes on Ukraine."
ATTACKED = "Russian forces struck Ukraine's power grid overnight."


def _relation(
    source: Actor,
    rtype: RelationType,
    target: Actor,
    when: date,
    article: Article,
    sentence: str,
    confidence: float = 0.9,
) -> Relation:
    start = article.text.index(sentence)
    end = start + len(sentence)
    return Relation(
        id=relation_id(source.id, rtype, target.id, when),
        source_id=source.id,
        type=rtype,
        target_id=target.id,
        status=Status.OCCURRED,
        date=when,
        confidence=confidence,
        evidence=(Evidence(article_id=article.id, sentence=sentence, start=start, end=end),),
    )


def _with_text(article: Article, *sentences: str) -> Article:
    return article.model_copy(update={"text": " ".join(sentences)})


def extractions() -> list[Extraction]:
    bali_day, brussels_day = date(2022, 7, 8), date(2022, 7, 12)
    bali = _with_text(BALI, MET_BLINKEN, MET_WANG)
    brussels = _with_text(BRUSSELS, MET_STOLTENBERG, CONDEMNED, ATTACKED)
    guilin = _with_text(GUILIN, MET_IN_GUILIN)
    meeting = Event(
        id=event_id(EventType.MEETING, [LAVROV.id, BLINKEN.id], bali_day),
        type=EventType.MEETING,
        date=bali_day,
        status=Status.OCCURRED,
        participant_ids=(LAVROV.id, BLINKEN.id),
        place="Bali",
        article_ids=(BALI.id,),
    )
    guilin_day = date(2021, 3, 22)
    visit = Event(
        id=event_id(EventType.VISIT, [LAVROV.id, CHINA.id, WANG.id], guilin_day),
        type=EventType.VISIT,
        date=guilin_day,
        status=Status.OCCURRED,
        participant_ids=(LAVROV.id, CHINA.id, WANG.id),
        participations=(  # Wang Yi has no role: stores written before roles hold such events
            Participation(actor_id=LAVROV.id, role=ParticipantRole.VISITOR),
            Participation(actor_id=CHINA.id, role=ParticipantRole.HOST),
        ),
        place="Guilin",
        article_ids=(GUILIN.id,),
    )
    strike_day = date(2022, 7, 11)
    strike = Event(
        id=event_id(EventType.ATTACK, [RUSSIA.id, UKRAINE.id], strike_day),
        type=EventType.ATTACK,
        date=strike_day,
        status=Status.OCCURRED,
        participant_ids=(RUSSIA.id, UKRAINE.id),
        participations=(
            Participation(actor_id=RUSSIA.id, role=ParticipantRole.ATTACKER),
            Participation(actor_id=UKRAINE.id, role=ParticipantRole.TARGET),
        ),
        article_ids=(BRUSSELS.id,),
    )
    sanctions = Event(  # background: "sanctioned Russia in 2014", a year and no day
        id=event_id(EventType.SANCTION, [USA.id, RUSSIA.id], date(2014, 1, 1)),
        type=EventType.SANCTION,
        date=date(2014, 1, 1),
        date_precision=DatePrecision.YEAR,
        status=Status.OCCURRED,
        participant_ids=(USA.id, RUSSIA.id),
        participations=(
            Participation(actor_id=USA.id, role=ParticipantRole.SANCTIONER),
            Participation(actor_id=RUSSIA.id, role=ParticipantRole.TARGET),
        ),
        article_ids=(BRUSSELS.id,),
    )
    return [
        Extraction(
            article=guilin,
            actors=(LAVROV, WANG, CHINA),
            events=(visit,),
            relations=(
                _relation(LAVROV, RelationType.MET_WITH, WANG, guilin_day, guilin, MET_IN_GUILIN),
            ),
        ),
        Extraction(
            article=bali,
            actors=(LAVROV, BLINKEN, WANG, RUSSIA),
            events=(meeting,),
            relations=(
                _relation(  # the newest of Lavrov's relations, and the least sure read
                    LAVROV, RelationType.MET_WITH, BLINKEN, bali_day, bali, MET_BLINKEN, 0.6
                ),
                _relation(LAVROV, RelationType.MET_WITH, WANG, date(2022, 7, 7), bali, MET_WANG),
            ),
        ),
        Extraction(
            article=brussels,
            actors=(BLINKEN, STOLTENBERG, USA, RUSSIA, UKRAINE),
            events=(strike, sanctions),
            relations=(
                _relation(
                    BLINKEN,
                    RelationType.MET_WITH,
                    STOLTENBERG,
                    brussels_day,
                    brussels,
                    MET_STOLTENBERG,
                ),
                _relation(USA, RelationType.CONDEMNED, RUSSIA, brussels_day, brussels, CONDEMNED),
                _relation(RUSSIA, RelationType.ATTACKED, UKRAINE, strike_day, brussels, ATTACKED),
            ),
        ),
    ]
