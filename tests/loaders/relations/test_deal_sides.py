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
        # the other side hung on the clause's object: "established relations with X"
        (
            "Under an agreement mediated by Oman, Iran resumed diplomatic relations with Bahrain.",
            ("Oman",),
            ("Iran", "Bahrain"),
        ),
        (
            "Under an accord brokered by Kenya, Ethiopia restored diplomatic ties with Eritrea.",
            ("Kenya",),
            ("Ethiopia", "Eritrea"),
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
        "Under accords hosted by Norway, Chile established diplomatic relations with Peru.",
        # one side only, and the object's "with" names no second one
        "Under a plan brokered by Norway, Chile restored its border with Peru's consent.",
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


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Taliban freed an American engineer in exchange for an Afghan commander serving "
            "a life sentence in the United States.",
            ("Taliban", "United States"),
        ),
        (
            "Russia freed a Texas teacher on Friday in exchange for a hacker convicted in the "
            "United States of fraud.",
            ("Russia", "United States"),
        ),
        (
            "Hamas freed 20 hostages in exchange for prisoners held by Israel.",
            ("Hamas", "Israel"),
        ),
        (
            "Azerbaijan handed 15 soldiers back to Armenia in exchange for maps of minefields.",
            ("Azerbaijan", "Armenia"),
        ),
    ],
)
def test_a_swap_told_as_fact_is_concluded_with_whoever_held_the_other_side(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    one, other = sides
    signed = {(one, "SIGNED_AGREEMENT_WITH", other), (other, "SIGNED_AGREEMENT_WITH", one)}
    assert signed & found


@pytest.mark.parametrize(
    "text",
    [
        # possible, refused or offered: no swap happened
        "Iran could free the engineer in exchange for an Iranian serving a sentence in the "
        "United States.",
        "Iran refused to free the engineer in exchange for an Iranian serving a sentence in the "
        "United States.",
        "Iran offered to free the engineer in exchange for an Iranian jailed in France.",
        # no word of exchange: a release and where someone served, no swap
        "Russia freed the teacher, who had been serving a sentence in the United States.",
        # handing a note is no swap
        "Azerbaijan handed a protest note to Armenia in response to the shelling.",
    ],
)
def test_no_swap_from_a_possibility_refusal_offer_or_a_plain_handover(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "SIGNED_AGREEMENT_WITH" for _, kind, _ in found)


def test_a_title_case_dateline_is_no_subject(extractor: Extractor) -> None:
    """ "Kabul, Afghanistan - The Taliban freed ...": the parser makes the dateline's city the
    subject and the doer its apposition; the doer is the one after the dash."""
    text = (
        "Kabul, Afghanistan - The Taliban have freed an American engineer in exchange for an "
        "Afghan commander serving a life sentence in the United States."
    )
    found = extracted_triples(extractor, text)
    assert ("Taliban", "SIGNED_AGREEMENT_WITH", "United States") in found | {
        (b, k, a) for a, k, b in found
    }
    assert not any("Afghanistan" in (a, b) for a, _, b in found)


def test_a_lede_opening_with_a_list_of_states_is_no_dateline(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Russia, Ukraine and Turkey signed a grain deal.")
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "Ukraine") in found | {
        (b, k, a) for a, k, b in found
    }
