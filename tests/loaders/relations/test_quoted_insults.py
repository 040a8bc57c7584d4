""" "called him a \"spineless bureaucrat\"": a person given a quoted name of the speaker's own
coining is condemned, though no word of it is in the lexicon (quoted_insults.py); a quoted
name of praise, a state's quoted label, or a hedged calling stays silent (model-backed,
sentences of our own wording)."""

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
            "Senator Ted Cruz met Prime Minister Keir Starmer. Cruz later called Starmer a "
            '"spineless bureaucrat".',
            ("Ted Cruz", "Keir Starmer"),
        ),
        (
            "Foreign Minister Sergey Lavrov expelled the envoy, Jan Novak, calling him a "
            '"paper-pushing busybody" who despised Moscow.',
            ("Sergey Lavrov", "Jan Novak"),
        ),
    ],
)
def test_a_quoted_name_for_a_person_condemns_them(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        'Foreign Minister Sergey Lavrov met Hakan Fidan and called him a "serious partner".',
        'Prime Minister Naftali Bennett called Vladimir Putin "a great statesman".',
        'NATO leaders branded China a "decisive enabler" of the war.',
        'Senator Ted Cruz met Keir Starmer but did not call him a "spineless bureaucrat".',
    ],
)
def test_no_condemnation_for_praise_a_state_or_a_denied_calling(
    extractor: Extractor, text: str
) -> None:
    assert not [t for t in extracted_triples(extractor, text) if t[1] == "CONDEMNED"]
