"""Those joined "in" an act did it too: "X joined Y in condemning Z" (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind", "target", "doers"),
    [
        ("Egypt joined Qatar in condemning Israel.", "CONDEMNED", "Israel", ("Egypt", "Qatar")),
        (
            "Uganda joined Ethiopia and Egypt in urging Israel to halt the strikes.",
            "URGED",
            "Israel",
            ("Uganda", "Ethiopia", "Egypt"),
        ),
        (
            "Armenia joined Washington in imposing sanctions on Iranian officials on Friday.",
            "SANCTIONED",
            "Iran",
            ("Armenia", "United States"),
        ),
        (
            "Qatar joined Egypt in praising Ukraine for its courage.",
            "SUPPORTED",
            "Ukraine",
            ("Qatar", "Egypt"),
        ),
    ],
)
def test_those_joined_in_an_act_did_it_too(
    read: Reader, text: str, kind: str, target: str, doers: tuple[str, ...]
) -> None:
    found = triples(read(text))
    for doer in doers:
        assert (doer, kind, target) in found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt refused to join Qatar in condemning Israel.",
        "Egypt did not join Qatar in condemning Israel.",
        "Armenia may join Washington in imposing sanctions on Iranian officials.",
    ],
)
def test_a_refused_or_possible_joining_is_nothing(read: Reader, text: str) -> None:
    assert not triples(read(text))
