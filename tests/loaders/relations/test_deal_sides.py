"""A brokered deal whose parties are the subject and the other side of the act it framed:
"X returned prisoners to Y in a deal brokered by M", the same phrase after a comma at the end of
a long sentence, and "a truce mediated by M, under which X freed hostages held by Y". Sentences
of our own wording; hosting, a hypothetical or a refused act mediates nothing (ANNOTATION.md)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        (
            "Azerbaijan returned 20 prisoners to Armenia on Monday in a deal brokered by Georgia.",
            ("Georgia",),
            ("Azerbaijan", "Armenia"),
        ),
        (
            "Armenia handed the maps over to Azerbaijan on Friday, in an arrangement mediated "
            "by Georgia and the United States.",
            ("Georgia", "United States"),
            ("Azerbaijan", "Armenia"),
        ),
        (
            "Russia sent 40 prisoners of war back to Ukraine in an exchange brokered by Turkey.",
            ("Turkey",),
            ("Russia", "Ukraine"),
        ),
        (
            "Belarus flew six Lithuanian citizens back to Lithuania in exchange for records of a "
            "forest that Belarusian guards patrolled for years, in a deal brokered by Poland.",
            ("Poland",),
            ("Belarus", "Lithuania"),
        ),
        (
            "A truce mediated by Qatar and Egypt, under which Hamas released dozens of hostages "
            "in exchange for prisoners held by Israel, ended on Friday.",
            ("Qatar", "Egypt"),
            ("Hamas", "Israel"),
        ),
        (
            "The ceasefire brokered by Turkey, under which Russia and Ukraine stopped shelling "
            "the port, collapsed in May.",
            ("Turkey",),
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_the_parties_of_a_brokered_deal_are_the_sides_of_the_act_it_framed(
    extractor: Extractor, text: str, mediators: tuple[str, ...], parties: tuple[str, ...]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(m, "MEDIATED", p) for m in mediators for p in parties} <= found


@pytest.mark.parametrize(
    "text",
    [
        # hosting is no mediation
        "Azerbaijan returned 20 prisoners to Armenia on Monday, in talks hosted by Georgia.",
        # a possibility or a refusal frames nothing that happened
        "Iran could release the two men to the United States in a deal brokered by Oman.",
        "Iran refused to hand the detainees to the United States in a deal brokered by Oman.",
        # a truce only proposed mediates nothing
        "A truce proposed by Qatar, under which Hamas would free hostages, was rejected by Israel.",
        # a host, with the comma-led phrase after a relative clause
        "Belarus flew six Lithuanian citizens back to Lithuania in exchange for records of a "
        "forest that Belarusian guards patrolled, in talks hosted by Poland.",
    ],
)
def test_no_mediation_from_hosting_possibility_or_refusal(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "MEDIATED" for _, kind, _ in found)
