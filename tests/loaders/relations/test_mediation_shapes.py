"""Mediation said as time spent on it ("spent months mediating between"), a co-mediator named
"together with" the mediator (mediating_gerunds, co_mediators).
Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _mediated(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "MEDIATED"}


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Oman and Qatar have spent months mediating between Israel and Hamas, but no deal "
            "has been reached.",
            {("Oman", "Israel"), ("Oman", "Hamas"), ("Qatar", "Israel"), ("Qatar", "Hamas")},
        ),
        (
            "Oman spent weeks mediating between Iran and the United States.",
            {("Oman", "Iran"), ("Oman", "United States")},
        ),
        (
            "Turkey has been busy mediating between Russia and Ukraine since the spring.",
            {("Turkey", "Russia"), ("Turkey", "Ukraine")},
        ),
        (
            "Qatar took months mediating between Washington and the Taliban.",
            {("Qatar", "United States"), ("Qatar", "Taliban")},
        ),
        (
            "Qatar spent months brokering talks between Israel and Hamas.",
            {("Qatar", "Israel"), ("Qatar", "Hamas")},
        ),
        (
            "Oman continued mediating between Iran and the United States.",
            {("Oman", "Iran"), ("Oman", "United States")},
        ),
    ],
)
def test_time_spent_mediating_names_the_mediator(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not spend time mediating between Israel and Hamas.",
        "Qatar could spend months mediating between Israel and Hamas.",
        "Egypt refused to continue mediating between Israel and Hamas.",
        "Israel accused Qatar of mediating between Hamas and Iran.",
        "Qatar denied mediating between Israel and Hamas.",
        "The hard part is mediating between Israel and Hamas.",
    ],
)
def test_no_mediation_denied_hypothetical_or_without_a_mediator(
    extractor: Extractor, text: str
) -> None:
    assert not _mediated(extractor, text)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Egypt, together with Qatar, brokered a truce between Israel and Hamas.",
            {("Qatar", "Israel"), ("Qatar", "Hamas"), ("Egypt", "Israel")},
        ),
        (
            "Qatar, along with Egypt, mediated the ceasefire between Israel and Hamas.",
            {("Egypt", "Israel"), ("Egypt", "Hamas"), ("Qatar", "Hamas")},
        ),
    ],
)
def test_a_partner_named_together_with_the_mediator_mediates_too(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    found = _mediated(extractor, text)
    assert right <= found
    assert not {("Egypt", "Qatar"), ("Qatar", "Egypt")} & found


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Oman has mediated between Iran and the United States alongside Qatar for two years.",
            {("Qatar", "Iran"), ("Qatar", "United States"), ("Oman", "Iran")},
        ),
        (
            "Egypt, alongside Qatar and Turkey, brokered a truce between Israel and Hamas.",
            {("Qatar", "Israel"), ("Turkey", "Hamas"), ("Egypt", "Hamas")},
        ),
    ],
)
def test_a_partner_named_alongside_the_mediator_mediates_too(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    found = _mediated(extractor, text)
    assert right <= found
    assert not {("Oman", "Qatar"), ("Qatar", "Oman"), ("Egypt", "Qatar")} & found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Oman brokered a truce between Iran and Iraq, which had fought alongside Syria.",
            {("Syria", "Iran"), ("Syria", "Iraq")},
        ),
        (
            "Oman, alongside Qatar, refused to mediate between Iran and the United States.",
            {("Qatar", "Iran"), ("Qatar", "United States")},
        ),
    ],
)
def test_no_partner_of_someone_else_alongside_nor_of_a_refused_mediation(
    extractor: Extractor, text: str, wrong: set[tuple[str, str]]
) -> None:
    assert not _mediated(extractor, text) & wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Egypt, together with Qatar, refused to broker a truce between Israel and Hamas.",
            {("Qatar", "Israel"), ("Qatar", "Hamas")},
        ),
        ("Egypt brokered the truce with Hamas along the border.", {("Hamas", "Egypt")}),
    ],
)
def test_no_partner_of_a_refused_mediation_nor_of_a_bare_with(
    extractor: Extractor, text: str, wrong: set[tuple[str, str]]
) -> None:
    assert not _mediated(extractor, text) & wrong


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Under an agreement signed by Israel and Hamas and brokered by Qatar, hostages were "
            "freed.",
            {("Qatar", "Israel"), ("Qatar", "Hamas")},
        ),
        (
            "Hamas rejected the truce agreed by Israel and Egypt and mediated by Qatar.",
            {("Qatar", "Israel"), ("Qatar", "Egypt")},
        ),
        (
            "The accord, signed by Armenia and Azerbaijan and facilitated by Russia, ended the "
            "war.",
            {("Russia", "Armenia"), ("Russia", "Azerbaijan")},
        ),
    ],
)
def test_the_signers_of_a_brokered_deal_are_its_parties(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "An accord signed by Iran and China and praised by Russia took effect.",
        "A deal that could be signed by Israel and Hamas and brokered by Qatar was discussed.",
        "The pact signed by Russia and brokered by Turkey collapsed.",
    ],
)
def test_no_mediation_praised_hypothetical_or_with_one_signer(
    extractor: Extractor, text: str
) -> None:
    assert not _mediated(extractor, text)
