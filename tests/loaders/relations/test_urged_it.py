"""An urging whose target is "it", on a verb joined to an earlier one (relations/it_pronoun.py,
said_and_did.py, modality.py): "accused Syria of shelling towns and called on it to stop" urges
the state named before, and the speaker, not the said clause's subject, does the urging.
Sentences of our own wording; a named urged side and a hoped-for call stay as they were."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Foreign Minister Penny Wong accused Russia of bombing grain ports and called on it "
            "to withdraw its troops.",
            "Penny Wong",
            "Russia",
        ),
        (
            "Foreign Secretary David Lammy said London supported Ukraine's defence but called on "
            "it to protect civilians.",
            "David Lammy",
            "Ukraine",
        ),
        (
            "Canada and Norway said Iran was to blame for the crisis and called on it to free "
            "the detained sailors.",
            "Canada",
            "Iran",
        ),
    ],
)
def test_it_urged_is_the_side_named_before(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    assert (source, "URGED", target) in extracted_triples(extractor, text)


def test_it_is_not_the_caller(extractor: Extractor) -> None:
    """ "Iran was to blame and called on it": Iran is urged, not the one calling."""
    text = (
        "Canada and Norway said Iran was to blame for the crisis and called on it to free the "
        "detained sailors."
    )
    triples = extracted_triples(extractor, text)
    assert ("Iran", "URGED", "Canada") not in triples
    assert ("Iran", "URGED", "Norway") not in triples


def test_hoped_call_on_it_stays_silent(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Penny Wong accused Russia of bombing grain ports and hoped to call on "
        "it to withdraw."
    )
    assert ("Penny Wong", "URGED", "Russia") not in extracted_triples(extractor, text)
