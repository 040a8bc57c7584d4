"""A listing as a terrorist group is a sanction on the one listed (model-backed), on sentences
of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lister"),
    [
        ("Washington and Kyiv designate the FSB as a terrorist group.", "Ukraine"),
        ("Washington and Kyiv designate the FSB as a terrorist group.", "United States"),
        ("Kyiv has listed the FSB as a terrorist organisation.", "Ukraine"),
    ],
)
def test_a_terror_listing_sanctions_the_one_listed(read: Reader, text: str, lister: str) -> None:
    assert (lister, "SANCTIONED", "FSB") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv designated the FSB as its main adversary.",
        "Kyiv urged the EU to list the FSB as a terrorist organisation.",
        "Kyiv has not listed the FSB as a terrorist organisation.",
    ],
)
def test_another_designation_a_plea_or_a_denial_is_no_sanction(read: Reader, text: str) -> None:
    assert not any(t == "SANCTIONED" for _, t, _ in triples(read(text)))
