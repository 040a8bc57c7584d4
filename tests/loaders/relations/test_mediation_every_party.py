"""Every party of mediated talks, and every mediator: talks measured in rounds or days, a
relative clause the parser hangs on the last party, facilitation named by a demonym, a second
"by" agent, and an envoy named after the thing his office is for (participants,
mediators, passives.agents, stranded_appos). Sentences of our own wording, read by the whole
extractor."""

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
            "Last spring Norwegian Foreign Minister Espen Barth Eide mediated three rounds of "
            "talks between Colombian President Gustavo Petro and Venezuelan President Nicolas "
            "Maduro in Oslo.",
            {("Espen Barth Eide", "Gustavo Petro"), ("Espen Barth Eide", "Nicolas Maduro")},
        ),
        (
            "Kenya facilitated two weeks of negotiations between Ethiopia and Eritrea in Nairobi.",
            {("Kenya", "Ethiopia"), ("Kenya", "Eritrea")},
        ),
        (
            "Serbia agreed to lift the ban after overnight talks in Brussels between Serbian "
            "President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti that were "
            "facilitated by EU foreign policy chief Josep Borrell.",
            {("Josep Borrell", "Aleksandar Vucic"), ("Josep Borrell", "Albin Kurti")},
        ),
        (
            "The negotiations between Sudan's army and the Rapid Support Forces went ahead with "
            "Saudi facilitation, the Saudi foreign ministry said.",
            {("Saudi Arabia", "Sudan's army"), ("Saudi Arabia", "Rapid Support Forces")},
        ),
        (
            "The summit between Serbia and Kosovo was brokered by Josep Borrell, the EU's foreign "
            "policy chief, and by French President Emmanuel Macron.",
            {("Emmanuel Macron", "Serbia"), ("Emmanuel Macron", "Kosovo")},
        ),
        (
            "The accord was reached in Vienna by Armenia and Azerbaijan in negotiations "
            "facilitated by the UN's special envoy for the region, Andrzej Kasprzyk.",
            {("Andrzej Kasprzyk", "Armenia"), ("Andrzej Kasprzyk", "Azerbaijan")},
        ),
    ],
)
def test_every_party_of_mediated_talks(extractor: Extractor, text: str, right: set) -> None:
    found = _mediated(extractor, text)
    assert right <= found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # talks measured in days, but only hosted: hosting alone is no mediation
        (
            "Kenya hosted two weeks of negotiations between Ethiopia and Eritrea in Nairobi.",
            {("Kenya", "Ethiopia"), ("Kenya", "Eritrea")},
        ),
        # the relative clause says what the leaders did, not who mediated
        (
            "Serbia agreed to lift the ban after talks in Brussels between Serbian President "
            "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti, who was praised by EU "
            "foreign policy chief Josep Borrell.",
            {("Josep Borrell", "Aleksandar Vucic"), ("Josep Borrell", "Albin Kurti")},
        ),
        # a second "by" that is no agent of the mediation: a time
        (
            "The summit between Serbia and Kosovo was brokered by Josep Borrell, the EU's foreign "
            "policy chief, and ended by midnight.",
            {("Serbia", "Kosovo"), ("Kosovo", "Serbia")},
        ),
    ],
)
def test_no_party_where_none_was_mediated(extractor: Extractor, text: str, wrong: set) -> None:
    found = _mediated(extractor, text)
    assert not wrong & found, found


def test_adviser_to_a_president_names_the_president(extractor: Extractor) -> None:
    """ "the adviser to the president, X" may name the president: a person's noun keeps its
    apposition."""
    text = (
        "Talks between Ethiopia and Eritrea were facilitated by the security adviser to the "
        "president, William Ruto, in Nairobi."
    )
    found = _mediated(extractor, text)
    assert ("William Ruto", "Ethiopia") not in found, found
