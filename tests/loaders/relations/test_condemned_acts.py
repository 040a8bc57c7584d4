"""A bare act noun a condemnation names takes up the latest earlier fact of its type
(condemned_acts.py), model-backed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "critic", "doer"),
    [
        (
            "A Russian court sentenced Gershkovich to 16 years in a penal colony on Friday. "
            "Blinken denounced the sentence.",
            "Antony Blinken",
            "Russia",
        ),
        (
            "Russian police detained Gershkovich in Yekaterinburg in March. "
            "Blinken called the detention unacceptable.",
            "Antony Blinken",
            "Russia",
        ),
        (
            "NATO expelled eight members of the Russian mission, saying they were spies. "
            "Lavrov denounced the expulsions as a provocation.",
            "Sergey Lavrov",
            "NATO",
        ),
    ],
)
def test_a_bare_act_noun_is_the_latest_such_act_s(
    read: Reader, text: str, critic: str, doer: str
) -> None:
    assert (critic, "CONDEMNED", doer) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "A Russian court sentenced Gershkovich to 16 years on Friday. Blinken did not denounce "
        "the sentence.",
        "A Russian court sentenced Gershkovich to 16 years on Friday. Blinken called the "
        "sentence expected.",
        "A Russian court sentenced Gershkovich to 16 years on Friday. Blinken might criticise "
        "the sentence.",
    ],
)
def test_no_condemnation_no_target(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "CONDEMNED"]


def test_never_the_critic_s_own_side(read: Reader) -> None:
    doc = read(
        "Washington imposed sanctions on Iran on Monday. Blinken later criticised the sanctions."
    )
    assert ("Antony Blinken", "CONDEMNED", "United States") not in triples(doc)


def test_an_act_of_another_kind_is_not_taken_up(read: Reader) -> None:
    doc = read(
        "Russian police detained Gershkovich in Yekaterinburg in March. "
        "Blinken called the expulsion unacceptable."
    )
    assert ("Antony Blinken", "CONDEMNED", "Russia") not in triples(doc)


@pytest.mark.parametrize(
    ("text", "critic", "doer"),
    [
        (
            "Russia detained Gershkovich in Yekaterinburg in March. "
            "Blinken condemned Gershkovich's detention as lawless.",
            "Antony Blinken",
            "Russia",
        ),
        (
            "Russian authorities arrested Anna Berg at the border on Monday. "
            "Washington strongly condemned the decision to arrest Berg.",
            "United States",
            "Russia",
        ),
        (
            "A Russian court sentenced Gershkovich to 16 years on Friday. "
            "Blinken said Washington was outraged by the verdict.",
            "United States",
            "Russia",
        ),
        (
            "The United States expelled two Russian diplomats on Friday. "
            "Moscow said it was angered by the expulsions.",
            "Russia",
            "United States",
        ),
    ],
)
def test_an_act_named_with_its_patient_or_felt_is_its_doer_s(
    read: Reader, text: str, critic: str, doer: str
) -> None:
    assert (critic, "CONDEMNED", doer) in triples(read(text))


def test_the_patient_is_not_condemned(read: Reader) -> None:
    doc = read(
        "Russia detained Gershkovich in Yekaterinburg in March. "
        "Blinken condemned the arrest of Gershkovich."
    )
    assert ("Antony Blinken", "CONDEMNED", "Evan Gershkovich") not in triples(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The United States expelled two Russian diplomats on Friday. Moscow said it was not "
        "angered by the expulsions.",
        "The United States expelled two Russian diplomats on Friday. Moscow was angered by "
        "Ukraine's decision.",
    ],
)
def test_no_feeling_or_another_act_no_target(read: Reader, text: str) -> None:
    assert ("Russia", "CONDEMNED", "United States") not in triples(read(text))


def test_it_called_a_provocation_is_the_act_told_just_before(read: Reader) -> None:
    doc = read(
        "North Korea fired a ballistic missile over Japan on Tuesday. "
        "Blinken called it a reckless provocation."
    )
    assert ("Antony Blinken", "CONDEMNED", "North Korea") in triples(doc)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile over Japan on Tuesday. Lavrov called it a "
        "legitimate test.",
        "North Korea fired a ballistic missile over Japan on Tuesday. Lavrov declined to call "
        "it a provocation.",
    ],
)
def test_it_with_no_blame_is_no_condemnation(read: Reader, text: str) -> None:
    assert ("Sergey Lavrov", "CONDEMNED", "North Korea") not in triples(read(text))


def test_it_after_another_reaction_is_the_act_that_one_condemned(read: Reader) -> None:
    found = triples(
        read(
            "North Korea fired a ballistic missile over Japan on Tuesday. Lavrov called the "
            "launch outrageous. Blinken called it a reckless provocation. Stoltenberg also "
            "condemned the launch, calling it a reckless act."
        )
    )
    assert ("Antony Blinken", "CONDEMNED", "North Korea") in found
    assert ("Antony Blinken", "CONDEMNED", "Sergey Lavrov") not in found
    assert ("Jens Stoltenberg", "CONDEMNED", "Sergey Lavrov") not in found


def test_a_verdict_is_the_court_s_not_the_earlier_arrest_s(read: Reader) -> None:
    doc = read(
        "Gershkovich was detained by the FSB in Yekaterinburg in March. "
        "Blinken said Washington was outraged by the verdict."
    )
    assert ("United States", "CONDEMNED", "FSB") not in triples(doc)
