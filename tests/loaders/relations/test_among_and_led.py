"""Parties named by "among" as by "between" ("brokered talks among Egypt, Ethiopia and
Sudan"), and a thing "X-led" is X's doing ("backed by a U.S.-led coalition")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_talks_among_several_name_their_parties(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Washington has brokered talks among Egypt, Ethiopia and Sudan."
    )
    assert {("United States", "MEDIATED", s) for s in ("Egypt", "Ethiopia", "Sudan")} <= found


def test_an_agreement_among_several_is_signed_by_each(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The agreement among Russia, Iran and Turkey was signed in Astana."
    )
    signed = {frozenset((s, t)) for s, rel, t in found if rel == "SIGNED_AGREEMENT_WITH"}
    assert frozenset(("Russia", "Iran")) in signed


@pytest.mark.parametrize(
    "text",
    [
        "Among the guests were Macron and Scholz.",
        "Among those who criticised the talks were Hungary and Slovakia.",
    ],
)
def test_among_that_names_no_parties(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(rel in ("MET_WITH", "MEDIATED", "SIGNED_AGREEMENT_WITH") for _, rel, _ in found)


def test_a_coalition_led_by_a_state_is_its_doing(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Iraqi forces, backed by a U.S.-led coalition, drove the militants out."
    )
    assert ("United States", "SUPPORTED", "Iraq") in found


def test_led_by_nobody_named_is_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Iraqi forces, backed by a locally led coalition, drove the militants out."
    )
    assert not any(rel == "SUPPORTED" for _, rel, _ in found)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Saudi Arabia said it appreciated Trump's efforts.",
            ("Saudi Arabia", "SUPPORTED", "Trump"),
        ),
        ("Biden saluted Zelensky's courage.", ("Biden", "SUPPORTED", "Zelensky")),
    ],
)
def test_appreciation_supports(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


def test_appreciation_denied_supports_nobody(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "China said it did not appreciate Australia's remarks.")
    assert not any(rel == "SUPPORTED" for _, rel, _ in found)
