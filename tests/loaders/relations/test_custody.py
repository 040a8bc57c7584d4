"""Who holds a prisoner when only a call to free them says so, charges without a doer, and
sentences handed down (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "NATO demanded that Iran immediately free Berg.",
        "Blinken pressed Iran to release Berg and Keller.",
        "Stoltenberg asked Iran to free Berg on humanitarian grounds.",
    ],
)
def test_the_state_asked_to_free_someone_holds_them(read: Reader, text: str) -> None:
    assert ("Iran", "DETAINED", "Anna Berg") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken did not ask Iran to free Berg.",
        "Blinken may urge Iran to free Berg.",
        "Blinken urged Iran not to free Berg.",
        "Blinken urged Qatar to help free Berg.",
        "Blinken urged Iran to welcome Berg.",
    ],
)
def test_no_call_or_no_freeing_holds_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "DETAINED" for _, kind, _ in triples(read(text)))


def test_a_person_asked_to_free_someone_is_not_the_jailer(read: Reader) -> None:
    found = triples(read("Blinken urged Putin to free Berg."))
    assert ("Vladimir Putin", "DETAINED", "Anna Berg") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Keller was charged with espionage. Iran freed Keller on Monday.",
        "Keller was tried for treason last year. Iran released Keller on Monday.",
    ],
)
def test_a_charge_without_a_doer_is_by_the_state_that_freed(read: Reader, text: str) -> None:
    assert ("Iran", "ACCUSED", "Tom Keller") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Keller was charged with espionage. Iran and Egypt freed Keller on Monday.",
        "Keller tried for years to leave. Iran freed Keller on Monday.",
        "Keller was not charged. Iran freed Keller on Monday.",
    ],
)
def test_no_charge_or_no_single_jailer_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


def test_a_sentence_handed_down_detains(read: Reader) -> None:
    found = triples(read("The FSB handed Gershkovich a 16-year sentence for espionage."))
    assert ("FSB", "DETAINED", "Evan Gershkovich") in found
    assert ("FSB", "ACCUSED", "Evan Gershkovich") in found


def test_a_sentence_not_handed_down_detains_nobody(read: Reader) -> None:
    found = triples(read("The FSB did not hand Gershkovich a prison sentence."))
    assert not any(kind == "DETAINED" for _, kind, _ in found)
