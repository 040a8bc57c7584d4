"""The parties of a mediated deal, a chaired round of talks and a prisoner swap (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _mediated(text: str, read: Reader) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in triples(read(text)) if kind == "MEDIATED"}


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    return {
        frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == "SIGNED_AGREEMENT_WITH"
    }


@pytest.mark.parametrize(
    ("text", "mediator", "party"),
    [
        ("Iran halted its attacks under a truce mediated by Egypt.", "Egypt", "Iran"),
        ("Iran called off its offensive under a deal brokered by Qatar.", "Qatar", "Iran"),
        (
            "Israel and Iran signed a truce on Monday. The talks were mediated by a NATO panel "
            "led by Stoltenberg.",
            "Jens Stoltenberg",
            "Iran",
        ),
        (
            "Russian and Ukrainian negotiators signed a deal on Friday. The deal was brokered by "
            "Qatar.",
            "Qatar",
            "Ukraine",
        ),
    ],
)
def test_the_parties_of_a_mediated_deal_are_named_around_it(
    read: Reader, text: str, mediator: str, party: str
) -> None:
    assert (mediator, party) in _mediated(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Iran refused to halt its attacks under a truce mediated by Egypt.",
        "Iran halted its attacks under a truce hosted by Egypt.",
        "Iran halted its attacks under a truce that Egypt could mediate.",
    ],
)
def test_a_refused_hosted_or_hypothetical_mediation_is_none(read: Reader, text: str) -> None:
    assert not _mediated(text, read)


def test_talks_chaired_with_two_leaders_mediate_between_them_and_their_states(
    read: Reader,
) -> None:
    found = _mediated(
        "The talks that Stoltenberg chaired with Putin and Zelensky lasted an hour.", read
    )
    assert ("Jens Stoltenberg", "Vladimir Putin") in found
    assert ("Jens Stoltenberg", "Ukraine") in found


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg chaired the NATO summit on Tuesday.",
        "The talks that Stoltenberg hosted with Putin and Zelensky lasted an hour.",
    ],
)
def test_chairing_a_summit_or_hosting_talks_mediates_nothing(read: Reader, text: str) -> None:
    assert not _mediated(text, read)


def test_the_two_sides_of_a_swap_concluded_it(read: Reader) -> None:
    text = "Russia freed Gershkovich, and the United States released two Russians in return."
    assert frozenset(("Russia", "United States")) in _signed(text, read)


def test_the_mediator_of_a_swap_mediates_between_its_sides(read: Reader) -> None:
    text = (
        "Iran freed Berg under a swap mediated by Qatar, and the United States released two "
        "Iranians in return."
    )
    assert {("Qatar", "Iran"), ("Qatar", "United States")} <= _mediated(text, read)
    assert frozenset(("Iran", "United States")) in _signed(text, read)
    assert not any("Qatar" in pair for pair in _signed(text, read))


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed Gershkovich, and the United States released two Russians.",
        "Russia freed Gershkovich, and the United States may release two Russians in return.",
        "Eight prisoners were released by Russia and Iran in an exchange on Thursday.",
    ],
)
def test_no_swap_without_two_sides_that_handed_someone_over(read: Reader, text: str) -> None:
    assert not _signed(text, read)
