"""Mediations and signings of deals that are not the story's pair's one deal (own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs, triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_LEDE = "Armenia and Azerbaijan agreed on Monday to reopen their border crossings."


def _mediated(read: Reader, text: str) -> set[tuple[str, str]]:
    doc = read(f"{_LEDE}\n\n{text}")
    return {(s, t) for s, kind, t in triples(doc) if kind == "MEDIATED"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks gathered pace after Russia and Ukraine agreed in March to swap prisoners in a "
        "deal brokered by Qatar.",
        "In May, Qatar mediated the exchange of Gershkovich for a spy held by Russia and Ukraine.",
        "Earlier, Iran and Israel accepted a truce in a deal mediated by Qatar.",
    ],
)
def test_a_deal_naming_its_own_sides_is_not_mediated_with_the_storys_pair(
    read: Reader, text: str
) -> None:
    found = _mediated(read, text)
    assert ("Qatar", "Armenia") not in found
    assert ("Qatar", "Azerbaijan") not in found


@pytest.mark.parametrize(
    "text",
    [
        "A truce brokered by Qatar took effect on Tuesday.",
        "Qatar mediated the deal, officials said.",
        "The talks, facilitated by Qatar, lasted two days.",
    ],
)
def test_a_deal_naming_no_sides_is_the_storys(read: Reader, text: str) -> None:
    found = _mediated(read, text)
    assert {("Qatar", "Armenia"), ("Qatar", "Azerbaijan")} <= found


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Russia and Ukraine signed separate but identical agreements with NATO.",
         ("Russia", "Ukraine")),
        ("Armenia and Azerbaijan signed parallel deals with the United States.",
         ("Armenia", "Azerbaijan")),
        ("Egypt and Qatar separately signed accords with Israel last week.", ("Egypt", "Qatar")),
        ("Iran and Egypt signed identical memorandums with China on energy.", ("Iran", "Egypt")),
        ("Under the plan, Armenia and Azerbaijan signed separate accords with NATO; Baku "
         "refused to put its name to any text signed by Yerevan.", ("Armenia", "Azerbaijan")),
    ],
)  # fmt: skip
def test_separate_deals_with_a_third_party_are_no_deal_between_their_signers(
    read: Reader, text: str, apart: tuple[str, str]
) -> None:
    found = pairs(read(text), "SIGNED_AGREEMENT_WITH")
    assert apart not in found and apart[::-1] not in found
    assert len(found) == 2  # each signed with the third party


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia and Azerbaijan signed a peace deal on Thursday.", ("Armenia", "Azerbaijan")),
        ("Israel and Egypt signed a gas accord in Cairo.", ("Israel", "Egypt")),
        ("Ethiopia and Uganda signed a separate security pact on Monday.", ("Ethiopia", "Uganda")),
    ],
)
def test_one_deal_signed_together_still_pairs_them(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    found = pairs(read(text), "SIGNED_AGREEMENT_WITH")
    assert pair in found or pair[::-1] in found
