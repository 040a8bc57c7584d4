""" "China kept up pressure on Taiwan, which it accuses of ...": "it" in a relative clause on an
object is the one acting on that object (it_pronoun.py), on sentences of our own wording
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks stalled as China kept up pressure on Egypt and Qatar, which it accuses "
            "of harbouring dissidents.",
            ("China", "ACCUSED", "Qatar"),
        ),
        (
            "The row deepened when Iran blocked the shipments of Armenia, which it accuses of "
            "smuggling arms.",
            ("Iran", "ACCUSED", "Armenia"),
        ),
    ],
)
def test_it_in_a_relative_clause_is_the_one_acting_on_its_noun(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


def test_the_main_subject_is_not_the_one_acting_on_the_noun(read: Reader) -> None:
    # "it" is Iran, who blocked the shipments, not Russia, who reports it
    text = "Russia said Iran blocked the shipments of Armenia, which it accuses of smuggling."
    found = triples(read(text))
    assert ("Iran", "ACCUSED", "Armenia") in found
    assert ("Russia", "ACCUSED", "Armenia") not in found
