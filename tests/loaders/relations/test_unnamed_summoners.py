"""An envoy summoned by no named summoner: the state of the dateline's city
(unnamed_summoners). Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "WARSAW, March 3 - Poland closed a Russian consulate on Friday. The ministry also "
            "summoned Russian Ambassador Sergei Andreev to explain the sabotage.",
            "Poland",
            "Sergei Andreev",
        ),
        (
            "PRAGUE, May 5 - The Czech Republic expelled two Chinese diplomats. The foreign "
            "ministry said it had summoned China's ambassador, Feng Biao, to protest.",
            "Czechia",
            "Feng Biao",
        ),
        (
            "OSLO, June 2 - Norway ordered three Russian diplomats to leave. Russia's ambassador, "
            "Teimuraz Ramishvili, was summoned to the foreign ministry on Thursday.",
            "Norway",
            "Teimuraz Ramishvili",
        ),
    ],
)
def test_dateline_state_summoned_the_envoy(extractor: Extractor, text: str, a: str, b: str) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, a, b), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # summoned to court: no envoy and no state's summons
        (
            "OSLO, June 2 - Norwegian activist Anne Dahl, held in Russia last year, has been "
            "summoned back to court on a new charge.",
            "Norway",
            "Anne Dahl",
        ),
        # a story filed from two capitals: either side may have summoned
        (
            "WARSAW/MOSCOW, March 3 - Poland closed a Russian consulate on Friday. The ministry "
            "also summoned Russian Ambassador Sergei Andreev.",
            "Poland",
            "Sergei Andreev",
        ),
        # the ministry is named with its state: read as written, not from the dateline
        (
            "WARSAW, March 3 - Poland closed a Russian consulate. Germany's foreign ministry "
            "summoned Russian Ambassador Sergei Nechayev the same day.",
            "Poland",
            "Sergei Nechayev",
        ),
    ],
)
def test_no_summoner_guessed(extractor: Extractor, text: str, a: str, b: str) -> None:
    found = extracted_triples(extractor, text)
    assert not met(found, a, b), found
