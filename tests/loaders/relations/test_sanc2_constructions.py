"""Buyers of banned goods, decisions judged by others, and coordinated modifiers before an
attack noun; each reading with the sentences that must not give it (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _of_type(read: Reader, text: str, kind: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(read(text)) if t[1] == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Biden announced a ban on U.S. imports of crude oil.",
        "Washington unveiled a ban on American imports of steel on Friday.",
        "The White House said Biden would sign a ban on U.S. purchases of seafood.",
    ],
)
def test_the_buyer_of_banned_imports_is_not_sanctioned(read: Reader, text: str) -> None:
    assert not any(t[2] == "United States" for t in _of_type(read, text, "SANCTIONED"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden announced a ban on U.S. imports of Russian oil.", ("Joe Biden", "Russia")),
        ("Washington imposed tariffs on Chinese steel.", ("United States", "China")),
        ("Kyiv imposed a ban on imports of Russian grain.", ("Ukraine", "Russia")),
    ],
)
def test_the_seller_of_banned_goods_is_sanctioned(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "SANCTIONED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington condemned the decision to arrest Gershkovich.",
        "Blinken criticised the decision to detain Gershkovich.",
        "Israel welcomed the decision to sanction Iran.",
        "Biden denounced the move to jail Gershkovich.",
    ],
)
def test_who_judges_a_decision_did_not_take_it(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not any(t[1] in ("DETAINED", "SANCTIONED") for t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington condemned Moscow's decision to arrest Gershkovich.", "Russia"),
        ("Blinken criticised Russia's move to detain Gershkovich.", "Russia"),
        ("Russia announced the decision to detain Gershkovich.", "Russia"),
        ("Moscow took the decision to arrest Gershkovich in March.", "Russia"),
    ],
)
def test_the_decision_s_owner_does_it(read: Reader, text: str, expected: str) -> None:
    assert (expected, "DETAINED", "Evan Gershkovich") in triples(read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel carried out air and ground attacks against Iran.", ("Israel", "Iran")),
        ("Russia launched sea and air strikes against Ukraine.", ("Russia", "Ukraine")),
        ("Russia hit Ukraine with missile and drone attacks on Monday.", ("Russia", "Ukraine")),
    ],
)
def test_coordinated_modifiers_keep_the_attack_s_target(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ATTACKED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not launch air and ground attacks against Iran.",
        "Israel threatened air and ground attacks against Iran.",
        "Russia held drills and naval exercises near Ukraine.",
    ],
)
def test_coordinated_modifiers_no_attack(read: Reader, text: str) -> None:
    assert not _of_type(read, text, "ATTACKED")
