"""Accusations made by reporting another's wrong (loaders/relations/reported.py), model-backed."""

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
        ("Egypt said Israeli jets had violated its airspace twice.", ("Egypt", "Israel")),
        ("Qatar said on Monday that Iran was behind the sabotage.", ("Qatar", "Iran")),
        ("Azerbaijan held Armenia responsible for the shelling.", ("Azerbaijan", "Armenia")),
        ("Zelensky insisted that Moscow had broken the truce.", ("Volodymyr Zelensky", "Russia")),
        ("Berg said there was proof of atrocities by Iranian forces.", ("Anna Berg", "Iran")),
        ("A NATO mission said the school was hit by a Russian drone.", ("NATO", "Russia")),
        (
            "Washington said Moscow was failing to comply with the accord.",
            ("United States", "Russia"),
        ),
        ("Qatar said it had evidence tying Iranian agents to the killing.", ("Qatar", "Iran")),
    ],
)
def test_reporting_another_s_wrong_accuses_them(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said Israeli jets had not violated its airspace.",
        "Blinken did not say that Moscow had made a mistake.",
        "Qatar said Iran may have been behind the sabotage.",
        "Analysts said Iran was behind the sabotage.",
        "Lavrov said Moscow had made a mistake in trusting the West.",
        "Blinken said Moscow had made a proposal.",
        "Azerbaijan held talks with Armenia.",
        "If Egypt says Israeli jets violated its airspace, Cairo will protest.",
        "Berg said there was no proof of atrocities by Iranian forces.",
        "A NATO mission said the school was not hit by a Russian drone.",
        "Washington said Moscow was failing to attend the talks.",
        "Qatar said it had evidence tying Iranian agents to the reforms.",
    ],
)
def test_no_wrong_reported_or_one_s_own_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


def test_accusing_of_a_failing_condemns_too(read: Reader) -> None:
    doc = read(
        "Zelensky demanded that Lavrov and the head of the Defence Council, Tom Keller, resign, "
        "accusing them of incompetence."
    )
    found = triples(doc)
    assert ("Volodymyr Zelensky", "CONDEMNED", "Sergey Lavrov") in found
    assert ("Volodymyr Zelensky", "CONDEMNED", "Tom Keller") in found


def test_accusing_of_a_deed_is_no_condemnation(read: Reader) -> None:
    found = triples(read("Zelensky accused Lavrov of shelling the city."))
    assert ("Volodymyr Zelensky", "ACCUSED", "Sergey Lavrov") in found
    assert ("Volodymyr Zelensky", "CONDEMNED", "Sergey Lavrov") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes the one held the subject of "responsible"
        ("Egypt and Qatar formally hold Israel responsible for the raid.", ("Qatar", "Israel")),
        ("Uganda now holds Ethiopia responsible for the explosion.", ("Uganda", "Ethiopia")),
        (
            "Blinken said on Monday that Washington was confident Tehran had carried out the raid.",
            ("Antony Blinken", "Iran"),
        ),
        (
            "Qatar said it was certain that Israeli jets had violated its airspace.",
            ("Qatar", "Israel"),
        ),
    ],
)
def test_holding_responsible_and_told_certainty_accuse(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Uganda does not hold Ethiopia responsible for the explosion.",
        "Qatar said it was not certain that Israeli jets had violated its airspace.",
        "Blinken said Washington was confident Tehran would return to the talks.",
        "Qatar said it was confident Israeli jets might have violated its airspace.",
    ],
)
def test_no_holding_or_certainty_of_a_wrong_stays_silent(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt said Israeli gunboats had targeted its fishermen.", ("Egypt", "Israel")),
        ("Kyiv said Russian sappers had blown up the weir overnight.", ("Ukraine", "Russia")),
        ("Qatar said Israeli troops had opened fire on aid trucks.", ("Qatar", "Israel")),
        (
            "The Kremlin said Kyiv bore responsibility for the escalation.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_telling_of_another_s_armed_act_or_blame_accuses_them(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israeli gunboats fired on Egyptian fishermen, Egypt said.",
        "Kyiv said Russian sappers had not blown up the weir.",
        "Beijing said Washington had targeted Chinese chipmakers with export curbs.",
        "Qatar said Israeli troops might open fire on aid trucks.",
        "The Kremlin said Kyiv bore no responsibility for the escalation.",
    ],
)
def test_a_trailing_source_a_denial_or_a_sanction_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar said it was highly likely that Iranian divers had sabotaged the pipeline.",
            ("Qatar", "Iran"),
        ),
        (
            "Berg said Washington had clear evidence that Moscow was behind the blackout.",
            ("Anna Berg", "Russia"),
        ),
        (
            "Egypt said there was solid evidence that Israeli commandos had carried out the raid.",
            ("Egypt", "Israel"),
        ),
        (
            "Egypt said it had sufficient evidence that Israeli commandos carried out the raid.",
            ("Egypt", "Israel"),
        ),
        (
            "Keller said investigators had found reasonable grounds to believe that Putin "
            "bore responsibility for the massacre.",
            ("Tom Keller", "Vladimir Putin"),
        ),
    ],
)
def test_a_told_likelihood_or_held_evidence_accuses(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said it was possible that Iranian divers had sabotaged the pipeline.",
        "Qatar said it was not clear whether Iranian divers had sabotaged the pipeline.",
        "Berg said Washington had no evidence that Moscow was behind the blackout.",
        "Egypt said there was little evidence that Israeli commandos had carried out the raid.",
        "Egypt said there was not enough evidence that Israeli commandos had carried out the raid.",
        "Egypt demanded evidence that Israeli commandos had carried out the raid.",
        "Berg asked whether it was likely that Moscow was behind the blackout.",
    ],
)
def test_a_doubted_likelihood_or_missing_evidence_stays_silent(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia said Baku had tried to breach its frontier.", ("Armenia", "Azerbaijan")),
        ("Tehran said that Washington had lied about the drone.", ("Iran", "United States")),
        ("Kyiv said Pyongyang had repressed its own people.", ("Ukraine", "North Korea")),
        ("Kyiv said the Russian envoys had worked against Ukraine.", ("Ukraine", "Russia")),
    ],
)
def test_attempted_wrongs_lies_and_repression_accuse(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said Baku had tried to reopen its frontier.",
        "Armenia said Baku had not tried to breach its frontier.",
        "Tehran said the island lies off the coast of Oman.",
        "Tehran said Washington's future lies with Europe.",
        "Kyiv said the Russian envoys had worked with Ukraine.",
        "Kyiv said the Russian police had acted against rioters.",
    ],
)
def test_attempts_at_no_wrong_places_and_work_accuse_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))
