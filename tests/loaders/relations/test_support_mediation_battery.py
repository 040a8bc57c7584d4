"""Support, mediation and sanctions said the ways wire copy says them, on sentences of our own:
mediators named as a noun ("Qatari mediators", "under EU auspices", "a mediating role"), and
the negatives next to each (offers, readiness, hosting alone) (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, ActorRow, make_reader, pairs, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hamas", "ORGANIZATION", None, ()),
    ("Oman", "COUNTRY", "OMN", ("Omani", "Muscat")),
    ("Kuwait", "COUNTRY", "KWT", ("Kuwaiti",)),
    ("Serbia", "COUNTRY", "SRB", ("Belgrade",)),
    ("Kosovo", "COUNTRY", "XKX", ("Pristina",)),
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("African Union", "ORGANIZATION", None, ("AU",)),
    ("Sudan", "COUNTRY", "SDN", ("Khartoum",)),
    ("Chad", "COUNTRY", "TCD", ()),
    ("Germany", "COUNTRY", "DEU", ("Berlin",)),
    ("Morocco", "COUNTRY", "MAR", ("Rabat",)),
    ("Spain", "COUNTRY", "ESP", ("Madrid",)),
    ("Belarus", "COUNTRY", "BLR", ("Minsk",)),
    ("Rwanda", "COUNTRY", "RWA", ("Kigali",)),
]


_DEMONYMS = {"Qatar": ("Qatari",), "Egypt": ("Egyptian",), "United States": ("US",)}


@pytest.fixture(scope="module")
def wire(nlp: Language) -> Reader:
    rows = [(n, k, c, (*a, *_DEMONYMS.get(n, ()))) for n, k, c, a in ACTORS]
    return make_reader(nlp, rows + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egyptian and Qatari mediators met Hamas leaders in Cairo on Monday.",
            {("Egypt", "Hamas"), ("Qatar", "Hamas")},
        ),
        (
            "Hamas said it had passed its reply to Qatari mediators late on Tuesday.",
            {("Qatar", "Hamas")},
        ),
        (
            "Israel sent negotiators to Doha for talks with Egyptian mediators on a truce with "
            "Hamas.",
            {("Egypt", "Israel"), ("Egypt", "Hamas")},
        ),
        (
            "Sudan and Chad signed a border accord under the auspices of the African Union.",
            {("African Union", "Sudan"), ("African Union", "Chad")},
        ),
        (
            "Serbia and Kosovo resumed talks under EU auspices in Brussels.",
            {("European Union", "Serbia"), ("European Union", "Kosovo")},
        ),
        (
            "Armenia and Azerbaijan swapped prisoners with Qatari mediation.",
            {("Qatar", "Armenia"), ("Qatar", "Azerbaijan")},
        ),
        (
            "Oman has played a quiet mediating role between Iran and the United States.",
            {("Oman", "Iran"), ("Oman", "United States")},
        ),
        (
            "Kuwait acted as a mediator between Qatar and Egypt during the dispute.",
            {("Kuwait", "Qatar"), ("Kuwait", "Egypt")},
        ),
    ],
)
def test_mediators_named_as_a_noun(wire: Reader, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(wire(text), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait offered to act as a mediator between Qatar and Egypt.",
        "Oman could play a mediating role between Iran and the United States, diplomats said.",
        "Kuwait did not act as a mediator between Qatar and Egypt.",
        "Qatari mediators have not met Hamas leaders since the strike.",
        "Sudan and Chad refused to sign an accord under the auspices of the African Union.",
        "Oman hosted talks between Iran and the United States in Muscat.",
    ],
)
def test_mediator_nouns_not_asserted(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "MEDIATED")


def test_a_mediator_is_no_party_of_its_own_mediation(wire: Reader) -> None:
    found = pairs(wire("Egyptian mediators met Egyptian and Israeli officials."), "MEDIATED")
    assert ("Egypt", "Egypt") not in found
    assert ("Egypt", "Israel") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union threw its weight behind Armenia on Friday.",
            ("European Union", "Armenia"),
        ),
        ("Qatar threw its support behind Egypt's bid to host the talks.", ("Qatar", "Egypt")),
        ("Chad said it stood firmly by Sudan in the dispute.", ("Chad", "Sudan")),
        ("Kuwait welcomed Serbia's bid to join the bloc.", ("Kuwait", "Serbia")),
        ("Egypt provided Sudan with fighter jets last year.", ("Egypt", "Sudan")),
        ("Iran is sending armoured vehicles to Russia this month.", ("Iran", "Russia")),
        ("Oman backed the initiative by Qatar for a regional conference.", ("Oman", "Qatar")),
    ],
)
def test_support_said_as_wire_copy_says_it(
    wire: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(wire(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "The European Union refused to throw its weight behind Armenia.",
        "Chad has not stood by Sudan in the dispute.",
        "Kuwait did not welcome Serbia's bid to join the bloc.",
        "Egypt could provide Sudan with fighter jets if the talks fail.",
        "Iran denied sending armoured vehicles to Russia.",
        "Egypt provided Sudan with a list of demands.",
    ],
)
def test_support_not_asserted(wire: Reader, text: str) -> None:
    found = pairs(wire(text), "SUPPORTED")
    assert not {p for p in found if p[0] in ("European Union", "Chad", "Kuwait", "Egypt", "Iran")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union adopted new measures against Iran on Monday.",
            ("European Union", "Iran"),
        ),
        ("China unveiled countermeasures against the United States.", ("China", "United States")),
        (
            "The European Union approved a fresh round of sanctions on Iran.",
            ("European Union", "Iran"),
        ),
    ],
)
def test_sanctions_said_as_wire_copy_says_it(
    wire: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "China vowed countermeasures against the United States.",
        "The European Union is considering new measures against Iran.",
        "The European Union did not approve new sanctions on Iran.",
        "Iran adopted new measures against the virus.",
    ],
)
def test_sanctions_not_asserted(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oman has led mediation efforts between Sudan and Chad since May.",
            {("Sudan", "Chad")},
        ),
        (
            "Mediation efforts by Oman between Iran and the United States have stalled.",
            {("Iran", "United States")},
        ),
        (
            "The mediators, Egypt and Qatar, presented a new proposal to Hamas on Sunday.",
            {("Hamas",)},
        ),
        ("Egypt said it was mediating between Israel and Hamas.", {("Israel", "Hamas")}),
    ],
)
def test_mediation_efforts_and_listed_mediators(
    wire: Reader, text: str, expected: set[tuple[str, ...]]
) -> None:
    found = pairs(wire(text), "MEDIATED")
    parties = {p for group in expected for p in group}
    assert parties <= {t for _, t in found}


def test_a_described_mediator_mediates_between_the_story_sides(wire: Reader) -> None:
    text = (
        "Israel and Hamas agreed to a truce on Wednesday. "
        "Qatar, a key mediator, said the deal would take effect on Thursday."
    )
    assert {("Qatar", "Israel"), ("Qatar", "Hamas")} <= pairs(wire(text), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "Israel welcomed mediation efforts between Egypt and Hamas.",
        "Qatar, a key mediator, said the talks would resume.",
        "Qatari mediators travelled to Cairo on Monday.",
        "Hamas rejected Egypt's mediation between the factions.",
    ],
)
def test_mediation_efforts_not_asserted(wire: Reader, text: str) -> None:
    found = pairs(wire(text), "MEDIATED")
    assert not {f for f in found if f[0] in ("Israel", "Qatar", "Egypt")}


def test_the_doer_of_a_brokered_deal_is_no_signatory(wire: Reader) -> None:
    found = triples(wire("Armenia and Azerbaijan signed a US-brokered peace accord on Friday."))
    assert ("United States", "MEDIATED", "Armenia") in found
    assert not {f for f in found if f[1] == "SIGNED_AGREEMENT_WITH" and "United States" in f}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has received military aid from Germany and Spain.", ("Germany", "Ukraine")),
        ("With backing from Iran, Russia launched the new offensive.", ("Iran", "Russia")),
        ("Spain came out in support of Morocco's plan on Friday.", ("Spain", "Morocco")),
        ("Spain lent its support to Morocco's plan for the region.", ("Spain", "Morocco")),
        ("Germany signalled support for Ukraine's bid to join.", ("Germany", "Ukraine")),
    ],
)
def test_support_told_from_the_receiving_end(
    wire: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(wire(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has not received the promised jets from Germany.",
        "Ukraine hopes to receive more aid from Germany.",
        "Spain refused to come out in support of Morocco's plan.",
        "Zelensky met Putin's envoy with backing from Germany, officials said.",
    ],
)
def test_support_received_not_asserted(wire: Reader, text: str) -> None:
    found = pairs(wire(text), "SUPPORTED")
    assert not {f for f in found if f[0] in ("Germany", "Spain")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union hit Belarus with new sanctions.", ("European Union", "Belarus")),
        (
            "The United States targeted Iran's drone programme with fresh sanctions.",
            ("United States", "Iran"),
        ),
        ("The United States raised tariffs on China to 145 percent.", ("United States", "China")),
        (
            "The United States hit Chinese goods with new tariffs on Monday.",
            ("United States", "China"),
        ),
    ],
)
def test_sanctions_hit_and_raised(wire: Reader, text: str, expected: tuple[str, str]) -> None:
    found = triples(wire(text))
    assert (expected[0], "SANCTIONED", expected[1]) in found
    assert (expected[0], "ATTACKED", expected[1]) not in found


def test_targeting_with_strikes_stays_an_attack(wire: Reader) -> None:
    found = triples(wire("Israel targeted Hamas commanders with airstrikes on Monday."))
    assert ("Israel", "ATTACKED", "Hamas") in found
    assert ("Israel", "SANCTIONED", "Hamas") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The United States threatened to hit China with new tariffs.",
        "The European Union may raise tariffs on China next year, diplomats said.",
    ],
)
def test_sanctions_hit_not_asserted(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States added Iran to its entity list.", ("United States", "Iran")),
        ("China put Germany on a trade blacklist on Monday.", ("China", "Germany")),
    ],
)
def test_sanctions_by_listing(wire: Reader, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "The United States added Germany to the list of its allies.",
        "The United States could add Iran to its entity list.",
        "China has not put Germany on a trade blacklist.",
    ],
)
def test_listing_not_a_sanction(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany approved the delivery of Leopard tanks to Ukraine.", ("Germany", "Ukraine")),
        ("The United States announced the sale of F-16 jets to Egypt.", ("United States", "Egypt")),
    ],
)
def test_arms_transfers_named_as_a_noun(wire: Reader, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(wire(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Germany blocked the delivery of Taurus missiles to Ukraine.",
        "Germany has not approved the delivery of tanks to Ukraine.",
        "Germany approved the delivery of gas to Ukraine.",
    ],
)
def test_arms_transfers_not_asserted(wire: Reader, text: str) -> None:
    assert ("Germany", "Ukraine") not in pairs(wire(text), "SUPPORTED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing responded with export curbs on the United States.", ("China", "United States")),
        ("China retaliated with tariffs on American farm goods.", ("China", "United States")),
        ("The sanctions imposed by Germany on Belarus in 2022 remain.", ("Germany", "Belarus")),
    ],
)
def test_sanctions_answered_and_imposed_by(
    wire: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Beijing vowed to respond with export curbs on the United States.",
        "China could retaliate with tariffs on American farm goods.",
        "Beijing responded with a protest to the United States.",
    ],
)
def test_answering_sanctions_not_asserted(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "SANCTIONED")


def test_money_given_is_support(wire: Reader) -> None:
    assert ("Germany", "Ukraine") in pairs(wire("Berlin has given Kyiv $12 billion."), "SUPPORTED")
    assert not pairs(wire("Berlin gave Kyiv an ultimatum on Monday."), "SUPPORTED")
    assert not pairs(wire("Berlin did not give Kyiv the $12 billion it sought."), "SUPPORTED")


def test_a_pejorative_label_after_its_noun_is_no_praise(wire: Reader) -> None:
    text = "Blinken called Russia's decision unconscionable, and Zelensky condemned the move."
    assert ("Antony Blinken", "Russia") not in pairs(wire(text), "SUPPORTED")
    assert ("Antony Blinken", "Russia") in pairs(wire(text), "CONDEMNED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus has been under EU sanctions since 2021.", ("European Union", "Belarus")),
        ("Iran, which is under US sanctions, sold oil to China.", ("United States", "Iran")),
    ],
)
def test_under_sanctions(wire: Reader, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(wire(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Belarus has not been under EU sanctions since 2021.",
        "Belarus could come under new EU sanctions.",
        "Belarus has been under Western sanctions since 2021.",
    ],
)
def test_under_sanctions_not_asserted(wire: Reader, text: str) -> None:
    assert not pairs(wire(text), "SANCTIONED")
