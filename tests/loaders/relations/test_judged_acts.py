"""Condemning an act named through a hedge condemns its doer ("what she called attacks by X"),
read on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_EXTRA: list[ActorRow] = [
    ("Poland", "COUNTRY", "POL", ("Warsaw", "Polish")),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad", "Pakistani")),
    ("Turkey", "COUNTRY", "TUR", ("Ankara", "Turkish")),
    ("France", "COUNTRY", "FRA", ("Paris", "French")),
    ("Dmitry Peskov", "PERSON", "RUS", ("Peskov",)),
    ("Wang Yi", "PERSON", "CHN", ("Wang",)),
]


@pytest.fixture(scope="module")
def judged(nlp: Language) -> Reader:
    from tests.loaders.relations.conftest import ACTORS

    return make_reader(nlp, ACTORS + _EXTRA)


def _condemned(doc: Doc) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in triples(doc) if kind == "CONDEMNED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelensky condemned what he called brutal attacks by Russia on Ukrainian cities.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            "Peskov criticised what he called the hysterical reaction of Poland.",
            ("Dmitry Peskov", "Poland"),
        ),
        (
            "Biden condemned what he called a cowardly attack by the Iranian regime.",
            ("Joe Biden", "Iran"),
        ),
        (
            "Blinken criticised what he described as attacks by Russia on civilians.",
            ("Antony Blinken", "Russia"),
        ),
        (
            "Lavrov denounced what he described as the provocative behaviour of NATO.",
            ("Sergey Lavrov", "NATO"),
        ),
        (
            "Wang denounced what he called American interference in China's internal affairs.",
            ("Wang Yi", "United States"),
        ),
    ],
)
def test_a_hedged_act_condemns_its_doer(
    judged: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _condemned(judged(text))


def test_a_hedged_conduct_of_a_list_condemns_each(judged: Reader) -> None:
    doc = judged("Putin criticised what he called the reaction of Ukraine and Poland.")
    found = _condemned(doc)
    assert {("Vladimir Putin", "Ukraine"), ("Vladimir Putin", "Poland")} <= found


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Zelensky condemned what he called the killing of Ukrainian prisoners.", "Ukraine"),
        ("Biden condemned what he called the detention of Gershkovich.", "Evan Gershkovich"),
        ("Biden condemned what he called a cowardly attack on Israel.", "Israel"),
    ],
)
def test_an_act_done_to_someone_does_not_condemn_the_victim(
    judged: Reader, text: str, victim: str
) -> None:
    assert not any(t == victim for _, t in _condemned(judged(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky did not condemn what some called brutal attacks by Russia.",
        "Lavrov refused to condemn what Kyiv called attacks by Russia.",
        "Blinken said Washington could condemn what he called attacks by Iran if they continued.",
        "Lavrov welcomed what he called a constructive proposal by Washington.",
    ],
)
def test_no_condemnation_condemns_no_doer(judged: Reader, text: str) -> None:
    assert not _condemned(judged(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wang condemned the new sanctions Washington had imposed on Chinese officials.",
            ("Wang Yi", "United States"),
        ),
        (
            "Lavrov denounced the sanctions that the United States imposed last week.",
            ("Sergey Lavrov", "United States"),
        ),
        (
            "Zelensky criticised the strikes Russia carried out overnight.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        ("Biden condemned the attacks that Iran launched on Israel.", ("Joe Biden", "Iran")),
        (
            "Lavrov denounced the sanctions imposed by Washington.",
            ("Sergey Lavrov", "United States"),
        ),
    ],
)
def test_an_act_a_clause_gives_a_doer_condemns_the_doer(
    judged: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _condemned(judged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Biden condemned the attacks that hit Israel.",  # no doer named
        "Zelensky condemned the strikes that Russia denied carrying out.",  # a denial, no doing
        "Blinken criticised the attacks Kyiv described on Monday.",  # who told of them
        "Lavrov criticised the deal Washington signed with Kyiv.",  # a deal: no party judged
        "Zelensky did not criticise the strikes Russia carried out.",
        "Biden refused to condemn the attacks that Iran launched on Israel.",
    ],
)
def test_a_clause_naming_no_doer_or_no_condemnation(judged: Reader, text: str) -> None:
    assert not _condemned(judged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, which has strongly backed Azerbaijan, has said Armenian forces must withdraw.",
        "Turkey, which strongly backs Azerbaijan, said Armenian forces must withdraw.",
    ],
)
def test_a_name_misread_as_an_adverb_is_the_object(judged: Reader, text: str) -> None:
    assert ("Turkey", "SUPPORTED", "Azerbaijan") in triples(judged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, which has not backed Azerbaijan, said Armenian forces must withdraw.",
        "Lavrov met Blinken and strongly backed talks Monday.",
    ],
)
def test_a_name_after_a_negated_verb_or_a_day_is_no_support(judged: Reader, text: str) -> None:
    found = triples(judged(text))
    assert ("Turkey", "SUPPORTED", "Azerbaijan") not in found
    assert not any(kind == "SUPPORTED" and t == "Sergey Lavrov" for _, kind, t in found)
