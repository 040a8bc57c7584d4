"""A warrant issued, sought or requested for someone is the issuer's charge against them
(model-backed, sentences of our own wording): "issued an arrest warrant for X", "warrants for
his arrest", "the warrant the court issued for X"; one denied, hedged or of another kind of
paper is no accusation."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _accused(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(a, b) for a, t, b in found if t == "ACCUSED"}


def test_issued_warrant_for_each_person_named(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The International Criminal Court on Tuesday issued arrest warrants for Omar al-Bashir "
        "and Ahmed Haroun over killings in Darfur.",
    )
    assert {
        ("International Criminal Court", "Omar al-Bashir"),
        ("International Criminal Court", "Ahmed Haroun"),
    } <= _accused(found)


def test_warrant_for_his_arrest_names_the_person_wanted(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Omar al-Bashir flew to Cairo, defying the International Criminal Court, which issued a "
        "warrant for his arrest in 2009.",
    )
    assert ("International Criminal Court", "Omar al-Bashir") in _accused(found)


def test_prosecutor_seeking_warrants_accuses(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Karim Khan told reporters on Friday that he was seeking arrest warrants for Benjamin "
        "Netanyahu.",
    )
    assert ("Karim Khan", "Benjamin Netanyahu") in _accused(found)


def test_warrant_not_issued_accuses_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The International Criminal Court has not issued a warrant for Omar al-Bashir, and it "
        "could yet issue one for Ahmed Haroun.",
    )
    assert not _accused(found)


def test_other_papers_issued_for_someone_accuse_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Moscow issued visas for Antony Blinken and his delegation on Friday.",
    )
    assert not _accused(found)
