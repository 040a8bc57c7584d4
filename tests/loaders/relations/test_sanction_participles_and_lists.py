"""Sanctions told in a participle, a relative clause or a listing phrase, on sentences of our
own wording (model-backed): "the EU sanctions imposed on Moscow", "the embargo Washington has
maintained on Havana", "a company that Washington put on a blacklist", "Beijing's move to put X
on its list", "Tehran, whose economy is under U.S. sanctions"; and the near misses that must
stay silent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("Cuba", "COUNTRY", "CUB", ("Havana", "Cuban")),
    ("Zentek", "ORGANIZATION", "CHN", ()),
    ("Orbis Aero", "ORGANIZATION", "USA", ()),
    ("Kestrel Systems", "ORGANIZATION", "USA", ()),
    ("Mara Lindqvist", "PERSON", "SWE", ("Lindqvist",)),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU sanctions imposed on Moscow after the invasion have hurt its exporters.",
            {("European Union", "Russia")},
        ),
        (
            "Havana has long suffered from the embargo Washington has maintained on Cuba "
            "since the 1960s.",
            {("United States", "Cuba")},
        ),
        (
            "Shares rose after officials said buyers could still sell parts to Zentek, the "
            "Chinese firm that Washington put on a trade blacklist in March.",
            {("United States", "Zentek")},
        ),
        (
            "The latest curbs follow Beijing's move in January to put Orbis Aero on its "
            '"unreliable entity" list.',
            {("China", "Orbis Aero")},
        ),
        (
            "The curbs follow Beijing's decision in April to put Orbis Aero and Kestrel Systems "
            'on its "unreliable entity" list.',
            {("China", "Orbis Aero"), ("China", "Kestrel Systems")},
        ),
        (
            "The talks began as Tehran, whose economy is under heavy U.S. sanctions, looked for "
            "a way out.",
            {("United States", "Iran")},
        ),
        (
            "Blinken said Mara Lindqvist had been added to a U.S. list that freezes the "
            "assets of those named.",
            {("United States", "Mara Lindqvist")},
        ),
    ],
)
def test_sanctions_in_participles_and_lists(
    reader: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(reader(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        # owned by nobody the text names
        "Western sanctions imposed on Moscow after the invasion have hurt its exporters.",
        # a hypothetical: no sanction was imposed
        "Any EU sanctions imposed on Moscow would hurt European firms as well.",
        # a list that is no sanction
        "Officials said the firm that Washington put on a list of approved suppliers in March "
        "would expand.",
        # a list that does nothing to those on it
        "Blinken said Mara Lindqvist had been added to a U.S. list of approved speakers.",
        # a plan to list, not a move taken
        "The penalties follow Beijing's plan in April to put Orbis Aero on its entity list.",
    ],
)
def test_no_sanction_read(reader: Reader, text: str) -> None:
    assert not pairs(reader(text), "SANCTIONED")
