"""A state named in front of a participle ("Russian-backed separatists", "Iran-backed
militias") is the doer of that participle for its own noun only: it is no member of a list the
noun stands in, and the noun's list partners are not what it backs. Whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Fighting between Ukrainian government forces and Russian-backed separatists has "
            "intensified this year.",
            {("Russia", "ATTACKED", "Ukraine"), ("Ukraine", "ATTACKED", "Russia"),
             ("Russia", "SUPPORTED", "Ukraine")},
        ),
        (
            "Clashes between Israeli troops and Iran-backed militias erupted on Monday.",
            {("Iran", "ATTACKED", "Israel"), ("Israel", "ATTACKED", "Iran"),
             ("Iran", "SUPPORTED", "Israel")},
        ),
    ],
)  # fmt: skip
def test_a_hyphened_backer_is_no_side_and_backs_no_partner(
    extractor: Extractor, text: str, wrong: set[tuple[str, str, str]]
) -> None:
    assert not wrong & extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iran-backed Houthis attacked a ship in the Red Sea.",
         ("Iran", "SUPPORTED", "Houthis")),
        ("Fighting between Armenia and Azerbaijan broke out on Tuesday.",
         ("Armenia", "ATTACKED", "Azerbaijan")),
        ("A Qatari-mediated deal between Israel and Hamas took effect on Sunday.",
         ("Qatar", "MEDIATED", "Israel")),
    ],
)  # fmt: skip
def test_hyphened_doers_and_plain_sides_still_read(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)
