"""Article in, Extraction out: the spaCy pipeline plus the step from candidates to domain objects.

The relation stage emits candidates (loaders.candidates); here they become schema Relations and
Events with stable ids and evidence, once per article: a source, type and target is kept once,
and a fact that both happened and is planned again is kept as OCCURRED (ANNOTATION.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.doc_extensions import register_doc_extensions
from loaders.nlp import build_pipeline
from schema.ids import event_id, relation_id
from schema.models import Event, Evidence, Extraction, Participation, Relation
from schema.ontology import Status

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

    from loaders.candidates import EventCandidate, RelationCandidate
    from schema.models import Actor, Article


class Extractor:
    """Holds one loaded pipeline; `extract_many` streams articles through `nlp.pipe`."""

    def __init__(self, nlp: Language) -> None:
        register_doc_extensions()
        self.nlp = nlp

    @classmethod
    def load(cls) -> Extractor:
        return cls(build_pipeline())

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article], batch_size=1))

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction]:
        pending: list[Article] = []

        def docs() -> Iterator[Doc]:
            # The publication date and id are set before any component runs: the relation
            # stage resolves "on Saturday" against doc._.published.
            for article in articles:
                doc = self.nlp.make_doc(article.text)
                doc._.published = article.published
                doc._.article_id = article.id
                pending.append(article)
                yield doc

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            yield to_extraction(pending.pop(0), doc)


def to_extraction(article: Article, doc: Doc) -> Extraction:
    actors: dict[str, Actor] = doc._.actors or {}
    relations = _relations(article, doc, doc._.relations or [], actors)
    events = _events(article, doc._.events or [], actors)
    return Extraction(
        article=article,
        actors=tuple(actors.values()),
        events=tuple(events),
        relations=tuple(relations),
    )


def _evidence(article: Article, start: int, end: int) -> Evidence:
    return Evidence(article_id=article.id, sentence=article.text[start:end], start=start, end=end)


def _relations(
    article: Article, doc: Doc, candidates: list[RelationCandidate], actors: dict[str, Actor]
) -> list[Relation]:
    kept: dict[tuple[str, ...], RelationCandidate] = {}
    for cand in candidates:
        if cand.source_id not in actors or cand.target_id not in actors:
            continue
        if cand.source_id == cand.target_id:
            continue
        ends = (cand.source_id, cand.target_id)
        key = (cand.type.value, *(sorted(ends) if cand.type.symmetric else ends))
        old = kept.get(key)
        if old is None or _better(cand, old):
            kept[key] = cand
    return [
        Relation(
            id=relation_id(c.source_id, c.type, c.target_id, c.date),
            source_id=c.source_id,
            type=c.type,
            target_id=c.target_id,
            status=c.status,
            date=c.date,
            date_precision=c.date_precision,
            confidence=c.confidence,
            evidence=(_evidence(article, c.sent_start, c.sent_end),),
        )
        for c in kept.values()
    ]


def _better(
    new: RelationCandidate | EventCandidate, old: RelationCandidate | EventCandidate
) -> bool:
    """OCCURRED beats PLANNED; otherwise the first report (and, for relations, the surer) stays."""
    if new.status != old.status:
        return new.status == Status.OCCURRED
    new_conf = getattr(new, "confidence", 0.0)
    return bool(new_conf > getattr(old, "confidence", 0.0))


def _events(
    article: Article, candidates: list[EventCandidate], actors: dict[str, Actor]
) -> list[Event]:
    kept: dict[tuple[str, ...], EventCandidate] = {}
    for cand in candidates:
        participants = tuple(sorted({p for p in cand.participant_ids if p in actors}))
        if not participants:
            continue
        key = (cand.type.value, *participants)
        old = kept.get(key)
        if old is None or _better(cand, old):
            kept[key] = cand
    events = []
    for key, c in kept.items():
        participants = key[1:]
        events.append(
            Event(
                id=event_id(c.type, participants, c.date),
                type=c.type,
                date=c.date,
                date_precision=c.date_precision,
                status=c.status,
                participant_ids=participants,
                participations=tuple(
                    Participation(actor_id=actor, role=role)
                    for actor, role in sorted(c.roles)
                    if actor in participants
                ),
                place=c.place,
                place_country=c.place_country,
                article_ids=(article.id,),
            )
        )
    return events
