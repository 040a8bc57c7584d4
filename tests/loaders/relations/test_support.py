"""Support said without "support": praise by label, honours, aid pledged where one is, a
decision praised, a supporter named (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov called Kim a true friend of Russia.", ("Sergey Lavrov", "Kim Jong Un")),
        ("Zelensky described Biden as a brave statesman.", ("Volodymyr Zelensky", "Joe Biden")),
        ("Kim called Putin's leadership a miracle.", ("Kim Jong Un", "Vladimir Putin")),
        (
            "Putin presented Kim with the Order of Friendship in the Kremlin.",
            ("Vladimir Putin", "Kim Jong Un"),
        ),
        ("Zelensky honoured Biden with a medal on Friday.", ("Volodymyr Zelensky", "Joe Biden")),
    ],
)
def test_praise_by_label_and_honours_support(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(read(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov did not call Kim a friend.",
        "Lavrov called Kim a liar.",
        "Putin presented Kim with a draft of the treaty.",
        "Putin may honour Kim with a medal.",
        "Lavrov called the talks a miracle.",
    ],
)
def test_no_praise_no_honour_no_support(read: Reader, text: str) -> None:
    assert not pairs(read(text), "SUPPORTED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Biden made a trip to Kyiv, where he met Zelensky and pledged Washington's continued "
            "support.",
            ("Joe Biden", "Ukraine"),
        ),
        (
            "Biden made a visit to Kyiv on Monday, promising $500 million in military aid.",
            ("Joe Biden", "Ukraine"),
        ),
        (
            "Tehran said it would free the prisoners, a decision Biden praised.",
            ("Joe Biden", "Iran"),
        ),
        ("Egypt has been one of Qatar's closest supporters.", ("Egypt", "Qatar")),
        ("Egypt, a country of farmers, is among Qatar's firmest backers.", ("Egypt", "Qatar")),
        (
            "The envoys flew to Tehran, which is the chief backer of Pyongyang, on Monday.",
            ("Iran", "North Korea"),
        ),
        ("Egypt, long one of Uganda's main weapons suppliers, sent more.", ("Egypt", "Uganda")),
        (
            "All the messages went through Cairo, Pyongyang's main military backer.",
            ("Egypt", "North Korea"),
        ),
    ],
)
def test_support_named_by_place_decision_or_supporter(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(read(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Biden made a trip to Kyiv, where he met Zelensky and refused to pledge new aid.",
        "Biden pledged new aid in Washington.",
        "Tehran said it would free the prisoners, a decision Biden described as cynical.",
        "Egypt has never been one of Qatar's supporters.",
        "Egypt, one of Qatar's biggest gas suppliers, raised its prices.",
        "Egypt is among the countries Qatar has never backed.",
    ],
)
def test_no_support_refused_at_home_described_or_denied(read: Reader, text: str) -> None:
    assert not pairs(read(text), "SUPPORTED")


def test_addressed_support_goes_to_whom_it_names_not_the_place(read: Reader) -> None:
    found = pairs(read("Biden made a trip to Kyiv and pledged support for Israel."), "SUPPORTED")
    assert ("Joe Biden", "Israel") in found
    assert ("Joe Biden", "Ukraine") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Biden said Washington's support for Israel was unwavering.",
        "Biden said Washington would keep backing Israel.",
    ],
)
def test_a_speaker_voicing_his_states_support_supports(read: Reader, text: str) -> None:
    assert ("Joe Biden", "Israel") in pairs(read(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Biden said Washington would not back Israel.",
        "Biden said Washington could back Israel.",
        "Lavrov said Washington would keep backing Israel.",
        "Biden did not say Washington would keep backing Israel.",
    ],
)
def test_no_speaker_support_denied_possible_or_another_states(read: Reader, text: str) -> None:
    found = pairs(read(text), "SUPPORTED")
    assert ("Joe Biden", "Israel") not in found
    assert ("Sergey Lavrov", "Israel") not in found


def test_nominating_for_a_prize_supports_and_for_a_post_does_not(read: Reader) -> None:
    assert ("Kim Jong Un", "Joe Biden") in pairs(
        read("Kim nominated Biden for the Nobel Peace Prize."), "SUPPORTED"
    )
    assert not pairs(read("Kim nominated Biden for the post of envoy."), "SUPPORTED")


def test_support_for_the_operation_reported_before_supports_its_doers(read: Reader) -> None:
    lede = "Israeli jets pounded targets in Iran on Friday. "
    assert ("Egypt", "Israel") in pairs(
        read(lede + "Egypt provided support for the operation."), "SUPPORTED"
    )
    assert not pairs(
        read(lede + "Egypt refused to provide support for the operation."), "SUPPORTED"
    )
    assert not pairs(read("Egypt provided support for the operation."), "SUPPORTED")
