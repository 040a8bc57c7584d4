"""Readings that took a report, a plan or a refusal for the act itself (model-backed):
"said Moscow had made a mistake" (criticism, not a charge), "would ask X to ..." (an urging not
yet made), "refused to condemn" (no answer to a request), "what state media called a swap"
(a label the text does not adopt), "told him he did not know" (informing, not urging), and
"said X and Y were close to a deal and urged both" (the speaker urges, not X and Y)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def kinds(extractor: Extractor, text: str) -> set[str]:
    return {kind for _, kind, _ in extracted_triples(extractor, text)}


def test_a_mistake_said_of_another_is_criticism_not_a_charge(extractor: Extractor) -> None:
    text = "Antony Blinken told reporters that Moscow had made a grave mistake."
    found = extracted_triples(extractor, text)
    assert ("Antony Blinken", "CONDEMNED", "Russia") in found
    assert ("Antony Blinken", "ACCUSED", "Russia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil said it would ask the United Nations to investigate the raid.",
        "Japan will urge China to lift the ban when the ministers meet next week.",
    ],
)
def test_an_urging_only_announced_is_no_urging(extractor: Extractor, text: str) -> None:
    assert "URGED" not in kinds(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said it would keep pressing China to free the men.", ("Canada", "China")),
        ("Japan urged China to lift the ban.", ("Japan", "China")),
    ],
)
def test_an_urging_under_way_stays(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "URGED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil asked Russia to halt the offensive. Moscow refused to condemn the attacks.",
        "The minister said Japan would press Korea to lift the ban, which Seoul has so far"
        " refused to do.",
    ],
)
def test_a_withheld_stance_or_an_unmade_request_is_no_rejection(
    extractor: Extractor, text: str
) -> None:
    assert "REJECTED" not in kinds(extractor, text)


def test_a_refused_request_is_still_rejected(extractor: Extractor) -> None:
    text = "Canada asked India to waive the envoy's immunity, and India refused."
    assert ("India", "REJECTED", "Canada") in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain on Monday freed Pablo Ruiz, a Cuban pilot wanted by the United States, four days"
        " after Cuba released Spanish nun Maria Lopez, in a sequence of events that Madrid"
        " insisted was not a prisoner swap.",
        "Cuba has released Spanish nun Maria Lopez, and Spain has freed Cuban pilot Pablo Ruiz,"
        " in what Cuban state television called a prisoner exchange.",
    ],
)
def test_a_swap_denied_or_labelled_by_another_is_no_deal(extractor: Extractor, text: str) -> None:
    assert "SIGNED_AGREEMENT_WITH" not in kinds(extractor, text)


def test_a_swap_the_text_states_is_a_deal(extractor: Extractor) -> None:
    text = (
        "Cuba has released Spanish nun Maria Lopez, and Spain has freed Cuban pilot Pablo Ruiz,"
        " in a prisoner exchange."
    )
    found = extracted_triples(extractor, text)
    assert ("Cuba", "SIGNED_AGREEMENT_WITH", "Spain") in found


def test_telling_what_one_knew_is_no_urging(extractor: Extractor) -> None:
    text = "Joe Biden met Xi Jinping in Bali. He said Xi had told him he did not know of it."
    assert "URGED" not in kinds(extractor, text)


def test_telling_someone_to_act_urges(extractor: Extractor) -> None:
    text = "Emmanuel Macron told Vladimir Putin to withdraw his troops."
    assert ("Emmanuel Macron", "URGED", "Vladimir Putin") in extracted_triples(extractor, text)


def test_urging_both_sides_a_speaker_named_is_the_speaker_s(extractor: Extractor) -> None:
    text = (
        "Emmanuel Macron said on Friday that Serbia and Kosovo were very close to a deal and"
        " urged both to meet soon."
    )
    found = extracted_triples(extractor, text)
    assert ("Emmanuel Macron", "URGED", "Serbia") in found
    assert ("Emmanuel Macron", "URGED", "Kosovo") in found
    assert not any(s in ("Serbia", "Kosovo") and kind == "URGED" for s, kind, _ in found)
