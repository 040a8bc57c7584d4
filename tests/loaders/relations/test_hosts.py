"""Hosts read from unseen articles: an object pronoun is never its own verb's subject or that
subject's conjunct, even through "were due to host him"; co-hosts of two states ("Macron and
Scholz hosted him in Paris") send the guest to the place, not to both hosts' states; and talks
"held on July 15 hosted by X" (the participle hung on the date) had X at the table."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_PARIS = (
    "From London, Zelenskiy flew to Paris, where French President Emmanuel Macron and German "
    "Chancellor Olaf Scholz were due to host him for dinner at the Elysee Palace."
)


def test_co_hosts_host_the_guest_not_each_other(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PARIS)
    assert met(found, "Olaf Scholz", "Zelenskiy")
    assert met(found, "Emmanuel Macron", "Zelenskiy")
    assert not met(found, "Emmanuel Macron", "Olaf Scholz")


def test_co_hosts_of_two_states_send_the_guest_to_the_place(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PARIS)
    assert ("Zelenskiy", "VISITED", "France") in found
    assert ("Zelenskiy", "VISITED", "Germany") not in found


def test_talks_hosted_on_a_date(extractor: Extractor) -> None:
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks in "
        "Brussels on Aug. 18 hosted by EU foreign policy chief Josep Borrell."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Aleksandar Vucic", "Albin Kurti")
    assert met(found, "Albin Kurti", "Josep Borrell")
