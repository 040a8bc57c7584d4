"""Mediation read from unseen wordings: a subject that negotiated a deal "with" the one side
named is that deal's other side, not its mediator; "after months of mediation by X" names X
even when the parser hangs "by" on "months", and a release won that way has the freed
foreigners' state as a side; "the mediation team was led by X" makes X (and the team's body)
a mediator of the story's two sides. Offered or hypothetical mediation and hosting alone stay
unread."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(a, b) for a, kind, b in found if kind == "MEDIATED"}


@pytest.mark.parametrize(
    "text",
    [
        "France negotiated a prisoner exchange with Iran.",
        "The CIA, which negotiated the deal with Russian intelligence, said the pilot was home.",
    ],
)
def test_a_deal_struck_with_the_one_side_named_is_no_mediation(
    extractor: Extractor, text: str
) -> None:
    assert not _mediated(extracted_triples(extractor, text))


def test_mediating_talks_with_one_side_still_mediates(extractor: Extractor) -> None:
    text = "Ethiopia and Eritrea signed a peace deal. Algeria mediated talks with Eritrea."
    assert ("Algeria", "Eritrea") in _mediated(extracted_triples(extractor, text))


def test_months_of_mediation_by_a_state_before_a_release(extractor: Extractor) -> None:
    text = "After months of mediation by Togo, Mali pardoned the 46 Ivorian soldiers."
    found = _mediated(extracted_triples(extractor, text))
    assert ("Togo", "Mali") in found
    assert ("Togo", "Côte d'Ivoire") in found


_SIGNED = "Ethiopia and Eritrea signed a peace deal in Algiers on Wednesday. "


def test_the_leader_of_the_mediation_team_mediates_between_the_story_sides(
    extractor: Extractor,
) -> None:
    text = _SIGNED + "The mediation team was led by former Nigerian President Olusegun Obasanjo."
    found = _mediated(extracted_triples(extractor, text))
    assert ("Olusegun Obasanjo", "Ethiopia") in found
    assert ("Olusegun Obasanjo", "Eritrea") in found


def test_a_bodys_mediation_team_and_its_leader_both_mediate(extractor: Extractor) -> None:
    text = _SIGNED + "The African Union mediation team was led by Olusegun Obasanjo."
    found = _mediated(extracted_triples(extractor, text))
    assert {("African Union", "Ethiopia"), ("Olusegun Obasanjo", "Eritrea")} <= found


@pytest.mark.parametrize(
    "text",
    [
        _SIGNED + "The Ethiopian delegation was led by national security adviser Redwan Hussein.",
        _SIGNED + "The mediation team will be led by Olusegun Obasanjo if the talks resume.",
        "Turkey offered to mediate between Russia and Ukraine.",
        "Kenya said it could mediate between Ethiopia and Eritrea if asked.",
        "Egypt refused to mediate between Israel and Hamas.",
        "Oman hosted talks between Iran and the United States in Muscat on Saturday.",
    ],
)
def test_no_mediation_from_delegations_plans_offers_or_hosting(
    extractor: Extractor, text: str
) -> None:
    assert not _mediated(extracted_triples(extractor, text))
