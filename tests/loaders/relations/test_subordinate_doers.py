""" "The row began in 2019, when Washington started ..., accusing Beijing of ...": a participle
after a clause of time is done by that clause's actor subject, not by the event the sentence is
about (model-backed, sentences of our own wording)."""

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
            "The row began in 2019, when Washington started blocking Chinese firms, "
            "accusing Beijing of stealing technology.",
            ("United States", "China"),
        ),
        (
            "The feud escalated in March, when Iran seized a tanker, accusing Israel of "
            "sabotage at its nuclear site.",
            ("Iran", "Israel"),
        ),
        (
            "The standoff worsened in June, when Pyongyang cut the hotline, accusing Russia "
            "of failing to stop leaflets.",
            ("North Korea", "Russia"),
        ),
        (
            "Relations soured in May, when Israel struck a convoy, accusing Iran of arming "
            "the group.",
            ("Israel", "Iran"),
        ),
    ],
)
def test_the_when_clause_subject_accuses(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The row began in 2019, when Washington started blocking Chinese firms, without "
        "accusing Beijing of anything.",
        "The crisis deepened last year, accusing Ukraine of spying.",
        "The crisis deepened after the talks, when the envoys left, accusing Ukraine of spying.",
    ],
)
def test_no_actor_clause_accuses_nobody(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "ACCUSED"]


def test_the_answer_to_those_accusations_names_the_accuser(read: Reader) -> None:
    doc = read(
        "The dispute erupted in 2018, when Washington began imposing tariffs, accusing "
        "Beijing of unfair trade practices. China has rejected those accusations."
    )
    assert ("China", "REJECTED", "United States") in triples(doc)
