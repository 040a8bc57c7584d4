"""Export controls named by where the exports go ("tightened controls on exports to X"), and
tariffs named by their amount or raised ("tariffs on hundreds of billions of dollars of X goods",
"tripled tariffs on X cars"), on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Japan", "COUNTRY", "JPN", ("Tokyo", "Japanese")),
    ("South Korea", "COUNTRY", "KOR", ("Seoul", "South Korean")),
    ("Canada", "COUNTRY", "CAN", ("Ottawa", "Canadian")),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last spring Tokyo tightened controls on exports to South Korea of two chemicals "
            "used in making screens.",
            {("Japan", "South Korea")},
        ),
        (
            "Washington imposed broad restrictions last year on exports of quantum computing "
            "tools to China.",
            {("United States", "China")},
        ),
        (
            "Canada introduced curbs on exports of drone parts to Iran in March.",
            {("Canada", "Iran")},
        ),
        (
            "Beijing imposed tariffs on tens of billions of dollars of Canadian farm goods.",
            {("China", "Canada")},
        ),
        (
            "Washington tripled tariffs on Chinese solar panels on Friday.",
            {("United States", "China")},
        ),
    ],
)
def test_export_curbs_and_tariffs_name_who_they_hit(
    read_more: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(read_more(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo threatened to tighten controls on exports to South Korea.",
        "Tokyo lifted its curbs on exports to South Korea on Friday.",
        "Canada could impose restrictions on exports to Iran, officials said.",
        "Tokyo did not impose curbs on exports to South Korea.",
    ],
)
def test_threatened_or_lifted_export_curbs_are_no_sanction(read_more: Reader, text: str) -> None:
    assert not pairs(read_more(text), "SANCTIONED")
