"""Wrongs told in a quoted sentence whose speaker is named in the sentence next to it
(model-backed; sentences of our own wording)."""

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
            '"But let me be clear: this is not Ukraine\'s fault," Stoltenberg said. '
            '"Russia bears ultimate responsibility, as it continues its war."',
            ("Jens Stoltenberg", "Russia"),
        ),
        (
            '"We will not be intimidated," Biden said on Monday. '
            '"Iran attacked our ships in international waters."',
            ("Joe Biden", "Iran"),
        ),
        (
            '"Iran has attacked our ships for months. Such acts are unacceptable," '
            "Biden said in a statement.",
            ("Joe Biden", "Iran"),
        ),
        (
            '"Moscow violated the truce again. We will respond," Zelensky told reporters.',
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            '"We will not be intimidated," Blinken said. '
            '"China spied on our companies and hacked our networks."',
            ("Antony Blinken", "China"),
        ),
        (
            'Stoltenberg backed the finding. "This is not Ukraine\'s fault," he said. '
            '"Russia bears ultimate responsibility, as it continues its war."\n\n'
            "Zelensky said the missile was Russian.",
            ("Jens Stoltenberg", "Russia"),
        ),
    ],
)
def test_a_quote_continued_is_its_speakers(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        '"We will not be intimidated," Biden said on Monday. "Iran did not attack our ships."',
        '"We will not be intimidated," Biden said on Monday. "Iran may have attacked our ships."',
        '"Iran attacked our ships," a Pentagon spokesman said. "The navy responded."',
        '"We will not be intimidated," Biden and Zelensky said. "Iran attacked our ships."',
        '"Iran attacked our ships for months." The officials left. "This is unacceptable," '
        "Biden said.",
        'Biden said: "We will not be intimidated." "Iran attacked our ships."',
    ],
)
def test_no_speaker_without_an_attribution_next_to_the_quote(read: Reader, text: str) -> None:
    assert not {(s, t) for s, kind, t in triples(read(text)) if kind == "ACCUSED"}
