""" "X said the move was rash and rejected Y": the second act is the speaker's, though the parser
joins it to the judged clause (said_and_did.py), on sentences of our own wording
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov said the decision was hasty and dismissed Washington's accusation as baseless.",
            ("Sergey Lavrov", "REJECTED", "United States"),
        ),
        (
            "Zelensky said the vote was a sham and condemned Moscow.",
            ("Volodymyr Zelensky", "CONDEMNED", "Russia"),
        ),
        (
            "The Kremlin said the report was biased and rejected the accusations by Kyiv.",
            ("Russia", "REJECTED", "Ukraine"),
        ),
    ],
)
def test_the_act_after_a_judged_clause_is_the_speakers(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the move was hasty and did not condemn Moscow.",
        "Blinken said the decision angered Moscow and condemned nobody.",
    ],
)
def test_a_negated_act_or_no_target_gives_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov hit back on Friday, saying Moscow would not yield to threats and accusing "
            "Washington of meddling in the region.",
            ("Sergey Lavrov", "ACCUSED", "United States"),
        ),
        (
            "Zelensky spoke to reporters in Kyiv, telling them that Ukraine would never give "
            "up land and accusing Moscow of stalling.",
            ("Volodymyr Zelensky", "ACCUSED", "Russia"),
        ),
    ],
)
def test_a_second_participle_pairs_with_the_first_not_the_reported_verb(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


def test_a_participle_joined_to_a_participle_stays_in_its_clause(read: Reader) -> None:
    # "attacking and shelling" both belong to the reported clause: nothing is climbed
    text = "Blinken spoke on Monday, saying Moscow was not attacking Kyiv or shelling its suburbs."
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov said cooperation could not continue under pressure and urged Washington to "
            "lift its sanctions.",
            ("Sergey Lavrov", "URGED", "United States"),
        ),
        (
            "Moscow said the ruling fell far short of hopes and pressed "
            "Kyiv to hand over the files.",
            ("Russia", "URGED", "Ukraine"),
        ),
    ],
)
def test_an_urging_after_any_reported_clause_on_a_thing_is_the_speakers(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said cooperation could continue and did not urge Washington to lift sanctions.",
        "Lavrov said the talks would stall unless Washington urged Kyiv to give ground.",
    ],
)
def test_an_unmade_or_reported_urging_is_not_the_speakers(read: Reader, text: str) -> None:
    assert ("Sergey Lavrov", "URGED", "United States") not in triples(read(text))
    assert ("Sergey Lavrov", "URGED", "Ukraine") not in triples(read(text))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "President Joe Biden announced on Friday that the United States would leave the "
            "arms pact, accusing Russia of breaking it with a new missile.",
            ("Joe Biden", "ACCUSED", "Russia"),
            ("United States", "ACCUSED", "Russia"),
        ),
        (
            "Foreign Minister Sergey Lavrov said Moscow had pulled its last envoy from Kyiv, "
            "accusing Ukrainian officials of threatening him.",
            ("Sergey Lavrov", "ACCUSED", "Ukraine"),
            ("Russia", "ACCUSED", "Ukraine"),
        ),
    ],
)
def test_an_accusation_after_a_named_tellers_report_of_his_side_is_his(
    read: Reader, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = triples(read(text))
    assert expected in found
    assert not_expected not in found


def test_an_accusation_after_unnamed_tellers_stays_with_the_side_told_of(read: Reader) -> None:
    # the officials only report the expulsion: the expelling state does the accusing
    text = "Officials said Russia had expelled two Ukrainian diplomats, accusing them of spying."
    found = triples(read(text))
    assert ("Russia", "ACCUSED", "Ukraine") in found
