"""A war that "pitted" a list of forces against another side: every listed force fought that
side, though the parser hangs "against" on the last of them (model-backed, our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Mali", "COUNTRY", "MLI", ("Malian", "Bamako")),
    ("Wagner", "ORGANIZATION", "RUS", ()),
    ("Tuareg Front", "ORGANIZATION", "MLI", ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def test_each_force_of_a_pitted_list_fought_the_other_side(read_more: Reader) -> None:
    text = (
        "The battle near the desert town pitted Malian soldiers and Wagner fighters "
        "against the Tuareg Front for three days."
    )
    found = pairs(read_more(text), "ATTACKED")
    assert {("Mali", "Tuareg Front"), ("Wagner", "Tuareg Front")} <= found
    assert {("Tuareg Front", "Mali"), ("Tuareg Front", "Wagner")} <= found
    assert ("Mali", "Wagner") not in found  # one side, not foes


def test_forces_listed_in_a_pitted_election_fought_nobody(read_more: Reader) -> None:
    text = "The election pitted Malian officials and Wagner allies against the Tuareg Front."
    assert not pairs(read_more(text), "ATTACKED")
