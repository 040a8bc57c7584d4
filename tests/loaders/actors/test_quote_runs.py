"""First-person words in a quote that runs over sentences stand for the speaker the sentence
next to it names (the whole pipeline; sentences of our own wording)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not be intimidated," U.S. President Joe Biden said. '
            '"We condemn Iran\'s attack on our ships."',
            ("Joe Biden", "CONDEMNED", "Iran"),
        ),
        (
            '"We will respond," Israeli Prime Minister Benjamin Netanyahu said. '
            '"I have asked Egypt to mediate."',
            ("Benjamin Netanyahu", "URGED", "Egypt"),
        ),
        (
            '"We condemn Iran\'s attack on our ships. It will not go unanswered," '
            "U.S. President Joe Biden said on Monday.",
            ("Joe Biden", "CONDEMNED", "Iran"),
        ),
    ],
)
def test_we_in_a_continued_quote_is_its_speaker(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not be intimidated," U.S. President Joe Biden said. He left. '
        '"We condemn Iran\'s attack on our ships," a spokesman said.',
        '"We condemn Iran\'s attack on our ships," a Pentagon spokesman said. "We will respond."',
        '"We will not be intimidated," U.S. President Joe Biden and French President Emmanuel '
        'Macron said. "We condemn Iran\'s attack on our ships."',
        'U.S. President Joe Biden said: "We will not be intimidated." '
        '"We condemn Iran\'s attack on our ships," the statement added.',
    ],
)
def test_a_continued_quote_with_no_one_speaker_speaks_for_nobody(
    extractor: Extractor, text: str
) -> None:
    assert not any(rel == "CONDEMNED" for _, rel, _ in extracted_triples(extractor, text))
