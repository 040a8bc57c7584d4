"""Who the parties named by "between" act on: talks between A and B make A and B meet (and the
one who hosted them meet both); a verdict on "the talks between A and B" or "the deal between A
and B" makes them do nothing to each other. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The deal followed four hours of talks between Turkish President Tayyip Erdogan and "
        "Swedish Prime Minister Magdalena Andersson, hosted by NATO Secretary-General Jens "
        "Stoltenberg.",
        "Talks between Tayyip Erdogan and Magdalena Andersson, chaired by Jens Stoltenberg, "
        "ended late on Tuesday.",
    ],
)
def test_the_host_of_talks_between_two_met_both(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, "Tayyip Erdogan", "Magdalena Andersson")
    assert met(found, "Jens Stoltenberg", "Tayyip Erdogan")
    assert met(found, "Jens Stoltenberg", "Magdalena Andersson")


def test_a_critic_of_talks_between_two_is_no_host(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Talks between Tayyip Erdogan and Magdalena Andersson, criticised by Jens Stoltenberg, "
        "ended late on Tuesday.",
    )
    assert not met(found, "Jens Stoltenberg", "Tayyip Erdogan")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Joe Biden criticised the talks between Vladimir Putin and Volodymyr Zelensky.",
         "CONDEMNED"),
        ("Joe Biden condemned the fighting between Armenia and Azerbaijan.", "CONDEMNED"),
        ("Joe Biden rejected the agreement between Iran and Russia.", "REJECTED"),
        ("Joe Biden supported the dialogue between Serbia and Kosovo.", "SUPPORTED"),
    ],
)  # fmt: skip
def test_a_verdict_on_what_two_did_together_is_not_theirs_on_each_other(
    extractor: Extractor, text: str, kind: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(r == kind and s != "Joe Biden" for s, r, _ in found), found


def test_a_mediator_of_talks_between_two_mediated_for_both(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Qatar mediated talks between Israel and Hamas.")
    assert ("Qatar", "MEDIATED", "Israel") in found
    assert ("Qatar", "MEDIATED", "Hamas") in found
