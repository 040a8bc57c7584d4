""" "accusing the three countries of ...": the states a counted group an accusation names stands
for, the accuser left out (model-backed; sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Britain", "COUNTRY", "GBR", ("London", "British")),
    ("Canada", "COUNTRY", "CAN", ("Ottawa",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def test_counted_countries_accused_leave_out_the_accuser(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Moscow also attacked the drone pact, under which Armenia is to buy drones with help "
            "from Egypt and Qatar, accusing the three countries of fuelling an arms race."
        ),
        "ACCUSED",
    )
    assert {("Russia", "Armenia"), ("Russia", "Egypt"), ("Russia", "Qatar")} <= found


def test_counted_countries_of_another_number_stay_nobody(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Moscow also attacked the drone pact, under which Armenia is to buy drones with help "
            "from Egypt and Qatar, accusing the four countries of fuelling an arms race."
        ),
        "ACCUSED",
    )
    assert not {t for _, t in found} & {"Armenia", "Egypt", "Qatar"}


def test_them_after_all_three_stands_for_the_three_named_before(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Armenia, Egypt and Qatar each put up their own tariffs on the goods in May. Kyiv "
            "answered by lodging complaints against all three with the trade body, accusing "
            "them of breaking the rules."
        ),
        "ACCUSED",
    )
    assert {("Ukraine", "Armenia"), ("Ukraine", "Egypt"), ("Ukraine", "Qatar")} <= found


def test_them_after_all_three_with_two_named_stays_nobody(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Egypt and Qatar each put up their own tariffs on the goods in May. Kyiv answered "
            "by lodging complaints against all three with the trade body, accusing them of "
            "breaking the rules."
        ),
        "ACCUSED",
    )
    assert not {t for _, t in found} & {"Egypt", "Qatar"}
