"""Support told by a predicative adjective ("was supportive of", "is grateful to") and urging
told by "has to" / "needs to" in reported speech (model-backed, our own wording)."""

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
        ("Biden said Washington was fully supportive of Israel.", ("United States", "Israel")),
        ("Blinken said the United States was grateful to Qatar for its help.",
         ("United States", "Qatar")),
        ("Kyiv remains thankful to Egypt.", ("Ukraine", "Egypt")),
        ("Zelensky is deeply grateful to Biden.", ("Volodymyr Zelensky", "Joe Biden")),
    ],
)  # fmt: skip
def test_a_supportive_adjective_supports_its_object(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "SUPPORTED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia is not supportive of Egypt.",  # negation
        "Tehran would be grateful to Qatar if it released the funds.",  # hypothetical
        "Iran said it was grateful for the support.",  # nobody named as the helper
        "Biden said Israel was supportive of the plan.",  # a plan is no actor
        "Qatar is grateful that Iran freed them.",  # no "to" phrase
    ],
)
def test_no_support_without_an_asserted_stance_toward_an_actor(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "SUPPORTED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden said Israel needs to stop the strikes.", ("Joe Biden", "Israel")),
        ("Blinken said Russia has to withdraw its troops.", ("Antony Blinken", "Russia")),
        ("Stoltenberg insisted that Moscow had to end the war.", ("Jens Stoltenberg", "Russia")),
    ],
)
def test_has_to_in_reported_speech_urges_its_subject(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "URGED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Russia did not have to withdraw its troops.",  # negated
        "Blinken said Russia has had to pay a heavy price.",  # perfect: a report, no demand
        "Blinken said Ukraine needs more weapons.",  # a need, no infinitive
        "Lavrov said he had to leave early.",  # the speaker himself
        "Biden hoped Israel would have to stop the strikes.",  # a hope
        "Lavrov said both sides would have to agree first.",  # a condition
        "Blinken told him Russia will have to cut its staff.",  # a forecast
    ],
)
def test_no_urging_from_a_report_of_necessity(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "URGED"}
