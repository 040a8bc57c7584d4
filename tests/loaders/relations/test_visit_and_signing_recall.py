"""Visits and signings the parse states but the stage used to lose: a meeting in the host's
capital in a lede read without its dateline, "a visit to X by Y" past a light verb, "flew into",
talks "outside" a capital; a deal "signed by A, B and C" under another clause's preposition or
governor, and a close apposition naming the signers ("rival factions A and B")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _signed(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "SIGNED_AGREEMENT_WITH", b) in found or (b, "SIGNED_AGREEMENT_WITH", a) in found


def test_talks_in_the_kremlin_in_a_dateline_lede_are_a_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "MOSCOW, March 3 (Reuters) - Hungarian Prime Minister Viktor Orban held talks with "
        "Russian President Vladimir Putin in the Kremlin on Friday, the first such meeting "
        "this year.",
    )
    assert ("Viktor Orban", "VISITED", "Russia") in found


def test_a_call_in_a_dateline_lede_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "MOSCOW, March 3 (Reuters) - Hungarian Prime Minister Viktor Orban spoke with "
        "Russian President Vladimir Putin by phone on Friday, the Kremlin said.",
    )
    assert not any(rel == "VISITED" for _, rel, _ in found)


def test_a_visit_by_someone_past_a_light_verb(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The banquet capped a three-day visit to Tokyo by Indian Prime Minister Narendra Modi. "
        "Japan and India agreed to deepen ties.",
    )
    assert ("Narendra Modi", "VISITED", "Japan") in found


def test_flying_into_a_capital_is_a_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Kenyan President William Ruto flew into Addis Ababa on Sunday. Ethiopia said."
    )
    assert ("William Ruto", "VISITED", "Ethiopia") in found


def test_talks_outside_a_capital_are_in_its_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Austrian Chancellor Karl Nehammer met Russian President Vladimir Putin at a residence "
        "outside Moscow on Monday.",
    )
    assert ("Karl Nehammer", "VISITED", "Russia") in found
    assert ("Vladimir Putin", "VISITED", "Russia") not in found


def test_a_deal_signed_by_three_under_another_preposition(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The war ended with an accord signed by Armenian Prime Minister Nikol Pashinyan, "
        "Azerbaijani President Ilham Aliyev and Russian President Vladimir Putin.",
    )
    assert _signed(found, "Nikol Pashinyan", "Ilham Aliyev")
    assert _signed(found, "Ilham Aliyev", "Vladimir Putin")


def test_one_delegation_signing_with_someone_pairs_no_members(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Antony Blinken signed the accord with a Russian delegation made up of Sergei Lavrov "
        "and Dmitry Peskov.",
    )
    assert not _signed(found, "Sergei Lavrov", "Dmitry Peskov")


def test_a_deal_signed_by_others_stays_signed_when_rejected(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Ankara rejected as illegal a maritime accord signed by Greece and Egypt on Thursday.",
    )
    assert _signed(found, "Greece", "Egypt")


@pytest.mark.parametrize(
    "text",
    [
        "Greece refused to sign the maritime accord with Egypt.",
        "Ankara rejected a maritime accord to be signed by Greece and Egypt.",
    ],
)
def test_a_refused_or_future_signing_is_no_signing(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not _signed(found, "Greece", "Egypt")


def test_a_close_apposition_names_the_signers(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Rival Palestinian movements Hamas and Fatah signed a unity pact in Cairo."
    )
    assert _signed(found, "Hamas", "Fatah")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warplanes flew into Taiwan's air defence zone on Monday. Taiwan protested.",
        "China flew 30 military aircraft into Taiwan's air defence zone. Taiwan protested.",
    ],
)
def test_machines_flown_somewhere_are_no_visit(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("China", "VISITED", "Taiwan") not in found
