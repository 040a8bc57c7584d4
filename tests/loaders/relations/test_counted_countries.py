""" "the three countries", "the two nations": states only, and the states its own sentence named
before it when no list fits (model-backed; sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

SIGNED = "SIGNED_AGREEMENT_WITH"
_MORE = [
    ("Finland", "COUNTRY", "FIN", ()),
    ("Sweden", "COUNTRY", "SWE", ()),
    ("Turkey", "COUNTRY", "TUR", ("Ankara",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def _signed_pairs(read: Reader, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == SIGNED}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Turkey lifted its veto on Finland and Sweden joining NATO after the three countries "
            "signed a memorandum.",
            ("Turkey", "Finland", "Sweden"),
        ),
        (
            "Turkey dropped its objections to Finland and Sweden joining NATO late on Tuesday, "
            "after the three countries signed a memorandum addressing Ankara's concerns.",
            ("Turkey", "Finland", "Sweden"),
        ),
        (
            "Egypt welcomed Israel and Qatar joining the talks after the three nations signed a "
            "truce.",
            ("Egypt", "Israel", "Qatar"),
        ),
        (
            "Armenia backed Azerbaijan joining NATO after the two countries signed a peace accord.",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_counted_countries_are_the_states_named_before(
    read_more: Reader, text: str, parties: tuple[str, ...]
) -> None:
    want = {frozenset((a, b)) for a in parties for b in parties if a != b}
    assert _signed_pairs(read_more, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a count no named set matches: nobody we know
        "Armenia backed Azerbaijan joining NATO after the three countries signed a peace accord.",
        # an alliance is no country
        "Armenia and Azerbaijan met NATO, and the three countries signed an accord.",
        # a refusal and a supposition sign nothing
        "Egypt welcomed Israel and Qatar joining the talks after the three nations refused to "
        "sign a truce.",
        "Russia invited Ukraine joining the talks, and the two countries may sign a truce.",
    ],
)
def test_no_counted_countries_fit_so_no_signing(read_more: Reader, text: str) -> None:
    assert not _signed_pairs(read_more, text)


def test_two_leaders_stand_for_their_countries_still(read_more: Reader) -> None:
    found = _signed_pairs(read_more, "Israel called Qatar and the two countries agreed a truce.")
    assert found == {frozenset(("Israel", "Qatar"))}
