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


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # fighting_between
        ("Fighting among Armenia and Azerbaijan killed dozens on Monday.",
         ("Armenia", "ATTACKED", "Azerbaijan")),
        # mediators
        ("Qatar has led mediation efforts among Egypt, Ethiopia and Sudan.",
         ("Qatar", "MEDIATED", "Sudan")),
        ("Qatar acted as a mediator among Egypt, Ethiopia and Sudan.",
         ("Qatar", "MEDIATED", "Ethiopia")),
        # mediated_nouns
        ("The United States brokered talks aimed at ending the dispute among Egypt, Ethiopia "
         "and Sudan.", ("United States", "MEDIATED", "Sudan")),
        ("Qatar brokered a deal that restored ties among Egypt, Ethiopia and Sudan.",
         ("Qatar", "MEDIATED", "Egypt")),
        # noun_clauses.achieved_between
        ("Kuwait's mediation helped end the rift among Egypt, Ethiopia and Sudan.",
         ("Kuwait", "MEDIATED", "Ethiopia")),
        # mediation_results
        ("A mediation effort led by Qatar produced a ceasefire among Armenia and Azerbaijan.",
         ("Qatar", "MEDIATED", "Azerbaijan")),
        # signatories.negotiators_of_deals
        ("The deal was concluded after talks among Armenia and Azerbaijan.",
         ("Armenia", "SIGNED_AGREEMENT_WITH", "Azerbaijan")),
        # truce_ends
        ("A truce that ended the war among Armenia and Azerbaijan held on Monday.",
         ("Armenia", "SIGNED_AGREEMENT_WITH", "Azerbaijan")),
    ],
)  # fmt: skip
def test_among_names_the_parties_as_between_does(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Among the guests was Qatar, which met Egypt on Monday.",
        "Qatar has led mediation efforts on, among other things, water with Egypt.",
        "The United States brokered talks aimed at ending, among other things, the dispute.",
        "Fighting among the rebels broke out as Armenia and Azerbaijan met.",
    ],
)
def test_among_other_things_or_the_guests_names_no_parties(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(rel in ("MEDIATED", "ATTACKED", "SIGNED_AGREEMENT_WITH") for _, rel, _ in found)


def test_among_them_lists_the_mediators_not_the_parties(extractor: Extractor) -> None:
    """ "the mediators, among them Qatar and Egypt,": the mediators' members, who mediated with
    whom the clause names; not parties mediated between."""
    found = extracted_triples(extractor, "The mediators, among them Qatar and Egypt, met Israel.")
    assert {("Qatar", "MEDIATED", "Israel"), ("Egypt", "MEDIATED", "Israel")} <= found


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
