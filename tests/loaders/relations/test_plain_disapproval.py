"""Acts named with the state's demonym ("the Iranian rocket fire") and plain words of
disapproval as labels ("called the refusal nasty"): whole extractor, our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday condemned the Syrian rocket fire on the border town.",
            ("Canada", "CONDEMNED", "Syria"),
        ),
        (
            "Japan denounced the North Korean launch in a statement on Sunday.",
            ("Japan", "CONDEMNED", "North Korea"),
        ),
        (
            'Sergey Lavrov called Washington\'s conduct at the talks "nasty".',
            ("Sergey Lavrov", "CONDEMNED", "United States"),
        ),
    ],
)
def test_a_demonym_act_or_a_plain_label_condemns_its_doer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_plain_label_for_a_place_condemns_nobody(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Sergey Lavrov said the weather in Washington was nasty.")
    assert not {t for t in found if t[1] == "CONDEMNED"}


def test_a_kind_label_after_the_objects_phrase_condemns_nobody(extractor: Extractor) -> None:
    text = 'Sergey Lavrov called Washington\'s conduct at the talks "constructive".'
    found = extracted_triples(extractor, text)
    assert ("Sergey Lavrov", "CONDEMNED", "United States") not in found


def test_it_labelled_in_a_while_clause_takes_up_the_act_condemned_before(
    extractor: Extractor,
) -> None:
    text = (
        "Canada condemned the Syrian shelling, while Germany's foreign minister, Anna Weber, "
        "called it a grave provocation."
    )
    assert ("Anna Weber", "CONDEMNED", "Syria") in extracted_triples(extractor, text)


def test_it_given_a_neutral_label_in_a_while_clause_condemns_nobody(extractor: Extractor) -> None:
    text = (
        "Canada condemned the Syrian shelling, while Germany's foreign minister, Anna Weber, "
        "called it a turning point."
    )
    assert ("Anna Weber", "CONDEMNED", "Syria") not in extracted_triples(extractor, text)
