"""Labels the parser folds into a noun phrase, and acts labelled with their doer named by "by"
(labels.py, frames_apply.py), model-backed."""

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
        ("Blinken called Iran's decision unconscionable.", ("Antony Blinken", "Iran")),
        (
            '"The shelling of Armenian villages by Baku is heinous," Berg told reporters.',
            ("Anna Berg", "Azerbaijan"),
        ),
        ("Blinken objected to Iran's hostile moves in the Gulf.", ("Antony Blinken", "Iran")),
        (
            "Lavrov told the forum that the U.S. reaction was hysterical.",
            ("Sergey Lavrov", "United States"),
        ),
        (
            "Lavrov called NATO's plan an extremely wrong and irresponsible manipulation.",
            ("Sergey Lavrov", "NATO"),
        ),
    ],
)
def test_a_folded_label_or_a_labelled_act_condemns_its_doer(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken called Iran's decision wise.",
        "Blinken did not call Iran's decision unconscionable.",
        '"The shelling of Armenian villages by Baku is over," Berg told reporters.',
        "Berg told reporters the visit by Blinken was a success.",
        "Blinken did not object to Iran's moves in the Gulf.",
        "Lavrov told the forum that the U.S. reaction was measured.",
    ],
)
def test_a_kind_label_or_a_denied_one_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov shot back that it was hypocritical of Blinken to lecture Moscow.",
            ("Sergey Lavrov", "Antony Blinken"),
        ),
        (
            "Zelensky said Putin had betrayed his own soldiers.",
            ("Volodymyr Zelensky", "Vladimir Putin"),
        ),
    ],
)
def test_a_retort_or_a_reported_insult_condemns(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov shot back that it was kind of Blinken to call.",
        "Zelensky said Putin had not betrayed anyone.",
        "Lavrov did not say that it was hypocritical of Blinken to call.",
    ],
)
def test_a_kind_retort_or_a_denied_insult_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))
