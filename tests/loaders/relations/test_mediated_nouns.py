"""Mediators named as a noun's modifier or a participle's agent, read by the whole extractor:
"Qatari-mediated talks between X and Y", "under the Turkish-brokered deal, X and Y agreed",
"the EU-mediated dialogue meant to normalise relations between X and Y", "X and Y normalised
relations with Z in U.S.-brokered agreements". Sentences of our own wording; hosting is no
mediation, and an offer or a possibility mediates nothing (ANNOTATION.md)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "Qatari-mediated talks between Israel and Hamas resumed in Doha on Monday.",
            "Qatar",
            ("Israel", "Hamas"),
        ),
        (
            "Under the Turkish-brokered deal, Russia and Ukraine agreed to resume grain exports.",
            "Turkey",
            ("Russia", "Ukraine"),
        ),
        (
            "The clashes deepened a crisis in the EU-mediated dialogue meant to normalise "
            "relations between Serbia and Kosovo.",
            "European Union",
            ("Serbia", "Kosovo"),
        ),
        (
            "The strike hit the Egyptian-brokered talks aimed at ending the war between Israel "
            "and Hamas.",
            "Egypt",
            ("Israel", "Hamas"),
        ),
        (
            "Three years ago Morocco and Bahrain normalised relations with Israel in U.S.-brokered "
            "agreements.",
            "United States",
            ("Morocco", "Bahrain", "Israel"),
        ),
        (
            "Talks between Colombia and Venezuela, facilitated by Norway, resumed in Havana.",
            "Norway",
            ("Colombia", "Venezuela"),
        ),
    ],
)
def test_a_mediator_named_on_the_talks_mediated_between_their_parties(
    extractor: Extractor, text: str, mediator: str, parties: tuple[str, ...]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(mediator, "MEDIATED", p) for p in parties} <= found


@pytest.mark.parametrize(
    "text",
    [
        # hosting alone is no mediation
        "The Saudi-hosted talks between Russia and Ukraine ended on Friday.",
        "Qatar hosted talks between Israel and Hamas.",
        # an offer or a possibility is no mediation
        "Qatar could mediate talks between Israel and Hamas.",
        "Turkey offered to mediate between Russia and Ukraine.",
        # backing is no mediating
        "Iranian-backed militias attacked the base near the border between Iraq and Syria.",
        # a goal that is no purpose clause names a topic, not parties
        "The Qatari-brokered talks covered the war between Israel and Hamas.",
    ],
)
def test_no_mediation_from_hosting_offers_backing_or_topics(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "MEDIATED" for _, kind, _ in found)


def test_a_refused_act_under_a_brokered_deal_names_no_parties(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Morocco refused to normalise relations with Israel in U.S.-brokered agreements.",
    )
    assert ("United States", "MEDIATED", "Israel") not in found


@pytest.mark.parametrize(
    "text",
    [
        "China brokered a deal that restored ties between Egypt and Qatar.",
        "China brokered an accord which ended the feud between Egypt and Qatar.",
    ],
)
def test_a_deal_that_settles_a_rift_names_its_parties(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert {("China", "MEDIATED", "Egypt"), ("China", "MEDIATED", "Qatar")} <= found


def test_a_deal_only_discussed_is_no_mediation(extractor: Extractor) -> None:
    text = "China discussed a deal that restored ties between Egypt and Qatar."
    found = extracted_triples(extractor, text)
    assert not {t for t in found if t[1] == "MEDIATED"}


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's mediation helped end the rift between Egypt and Qatar.",
        "Kuwaiti mediation led to a truce between Egypt and Qatar.",
    ],
)
def test_what_a_mediation_achieved_names_its_parties(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert {("Kuwait", "MEDIATED", "Egypt"), ("Kuwait", "MEDIATED", "Qatar")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's mediation could help end the rift between Egypt and Qatar.",
        "Kuwait's mediation failed to end the rift between Egypt and Qatar.",
    ],
)
def test_a_possible_or_failed_achievement_names_no_parties(extractor: Extractor, text: str) -> None:
    assert not {t for t in extracted_triples(extractor, text) if t[1] == "MEDIATED"}
