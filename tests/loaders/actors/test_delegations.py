"""A delegation stands for the members the text names in it (whole extractor, our own
wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "The two were freed after a visit to Caracas by a U.S. delegation that included "
            "hostage envoy Roger Carstens.",
            ("Roger Carstens", "VISITED", "Venezuela"),
        ),
        (
            "A Chinese delegation headed by Foreign Minister Wang Yi visited Moscow on Tuesday.",
            ("Wang Yi", "VISITED", "Russia"),
        ),
        (
            "A delegation led by Hamas political chief Ismail Haniyeh travelled to Cairo.",
            ("Ismail Haniyeh", "VISITED", "Egypt"),
        ),
        (  # "led by" hung on the members' noun: still the delegation's leader
            "A delegation of U.S. senators led by Democrat Jeanne Shaheen visited Budapest "
            "last weekend.",
            ("Jeanne Shaheen", "VISITED", "Hungary"),
        ),
        (
            "A delegation of Chinese officials headed by Wang Yi arrived in Kabul on Monday.",
            ("Wang Yi", "VISITED", "Afghanistan"),
        ),
    ],
)
def test_what_a_delegation_does_its_named_members_do(
    extractor: Extractor, text: str, visit: tuple[str, str, str]
) -> None:
    assert visit in extracted_triples(extractor, text)


def test_members_of_a_sides_own_delegation_do_not_meet_their_leader(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks with "
        "their delegations, which included Russian Defence Minister Sergei Shoigu, before "
        "continuing one-on-one.",
    )
    assert met(found, "Vladimir Putin", "Kim Jong Un")
    assert not met(found, "Sergei Shoigu", "Vladimir Putin")


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. delegation that did not include Blinken visited Kyiv.",
        "The Russian delegation arrived in Istanbul on Monday for talks.",
    ],
)
def test_no_named_member_no_member_visits(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not {t for t in found if t[1] == "VISITED" and t[0] not in {"United States", "Russia"}}


def test_a_which_clause_hung_on_the_leader_still_lists_members(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Mali's junta cut ties after a two-day trip to Bamako by a French delegation led by "
        "Jean Dupont, the deputy foreign minister, which also included Admiral Paul Martin, "
        "the navy chief.",
    )
    assert ("Jean Dupont", "VISITED", "Mali") in found
    assert ("Paul Martin", "VISITED", "Mali") in found


def test_a_who_clause_on_the_leader_is_his_own(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Mali's junta cut ties after a two-day trip to Bamako by a French delegation led by "
        "Jean Dupont, who once included Admiral Paul Martin among his advisers.",
    )
    assert ("Paul Martin", "VISITED", "Mali") not in found
