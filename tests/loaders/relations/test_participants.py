"""The parties of a mediated deal, a chaired round of talks and a prisoner swap (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs, triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    return {
        frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == "SIGNED_AGREEMENT_WITH"
    }


@pytest.mark.parametrize(
    ("text", "mediator", "party"),
    [
        ("Iran halted its attacks under a truce mediated by Egypt.", "Egypt", "Iran"),
        ("Iran called off its offensive under a deal brokered by Qatar.", "Qatar", "Iran"),
        (
            "Israel and Iran signed a truce on Monday. The talks were mediated by a NATO panel "
            "led by Stoltenberg.",
            "Jens Stoltenberg",
            "Iran",
        ),
        (
            "Russian and Ukrainian negotiators signed a deal on Friday. The deal was brokered by "
            "Qatar.",
            "Qatar",
            "Ukraine",
        ),
    ],
)
def test_the_parties_of_a_mediated_deal_are_named_around_it(
    read: Reader, text: str, mediator: str, party: str
) -> None:
    assert (mediator, party) in pairs(read(text), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "Iran refused to halt its attacks under a truce mediated by Egypt.",
        "Iran halted its attacks under a truce hosted by Egypt.",
        "Iran halted its attacks under a truce that Egypt could mediate.",
    ],
)
def test_a_refused_hosted_or_hypothetical_mediation_is_none(read: Reader, text: str) -> None:
    assert not pairs(read(text), "MEDIATED")


def test_talks_chaired_with_two_leaders_mediate_between_them_and_their_states(
    read: Reader,
) -> None:
    found = pairs(
        read("The talks that Stoltenberg chaired with Putin and Zelensky lasted an hour."),
        "MEDIATED",
    )
    assert ("Jens Stoltenberg", "Vladimir Putin") in found
    assert ("Jens Stoltenberg", "Ukraine") in found


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg chaired the NATO summit on Tuesday.",
        "The talks that Stoltenberg hosted with Putin and Zelensky lasted an hour.",
    ],
)
def test_chairing_a_summit_or_hosting_talks_mediates_nothing(read: Reader, text: str) -> None:
    assert not pairs(read(text), "MEDIATED")


def test_the_two_sides_of_a_swap_concluded_it(read: Reader) -> None:
    text = "Russia freed Gershkovich, and the United States released two Russians in return."
    assert frozenset(("Russia", "United States")) in _signed(text, read)


def test_the_mediator_of_a_swap_mediates_between_its_sides(read: Reader) -> None:
    text = (
        "Iran freed Berg under a swap mediated by Qatar, and the United States released two "
        "Iranians in return."
    )
    assert {("Qatar", "Iran"), ("Qatar", "United States")} <= pairs(read(text), "MEDIATED")
    assert frozenset(("Iran", "United States")) in _signed(text, read)
    assert not any("Qatar" in pair for pair in _signed(text, read))


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed Gershkovich, and the United States released two Russians.",
        "Russia freed Gershkovich, and the United States may release two Russians in return.",
        "Eight prisoners were released by Russia and Iran in an exchange on Thursday.",
    ],
)
def test_no_swap_without_two_sides_that_handed_someone_over(read: Reader, text: str) -> None:
    assert not _signed(text, read)


def test_each_of_a_coordinated_pair_signed_with_the_partners_named(read: Reader) -> None:
    text = (
        "Moscow and Kyiv would not sign one document with each other: each signed a separate "
        "deal with Qatar and Egypt."
    )
    pairs = _signed(text, read)
    assert {frozenset(("Russia", "Qatar")), frozenset(("Ukraine", "Egypt"))} <= pairs
    assert frozenset(("Russia", "Ukraine")) not in pairs


def test_each_refused_to_sign_signs_nothing(read: Reader) -> None:
    text = "Moscow and Kyiv met in Doha, but each refused to sign a deal with Qatar."
    assert not _signed(text, read)


def test_two_envoys_signing_for_two_sides_signed_with_each_other(read: Reader) -> None:
    pairs = _signed("Berg signed for Washington, while Lavrov signed for Moscow.", read)
    assert frozenset(("Anna Berg", "Sergey Lavrov")) in pairs
    gapped = _signed("Berg signed for the United States and Lavrov for Russia.", read)
    assert frozenset(("Anna Berg", "Sergey Lavrov")) in gapped


@pytest.mark.parametrize(
    "text",
    [
        "Berg signed for Washington, while Lavrov refused to sign for Moscow.",
        "Berg signed for Washington on Monday.",
    ],
)
def test_one_envoy_signing_signs_with_nobody(read: Reader, text: str) -> None:
    assert frozenset(("Anna Berg", "Sergey Lavrov")) not in _signed(text, read)


def test_a_deal_concluded_after_talks_between_two_is_theirs(read: Reader) -> None:
    text = "The accord was concluded after three days of talks in Doha between Berg and Lavrov."
    assert frozenset(("Anna Berg", "Sergey Lavrov")) in _signed(text, read)
    text = "The accord was not concluded after three days of talks between Berg and Lavrov."
    assert frozenset(("Anna Berg", "Sergey Lavrov")) not in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Iran agreed a truce on Sunday.",
        "Israel and Iran agreed to exchange prisoners on Sunday.",
        "Israel and Iran agreed on a ceasefire after talks in Doha.",
    ],
)
def test_two_parties_agreeing_on_a_deal_concluded_one(read: Reader, text: str) -> None:
    assert frozenset(("Israel", "Iran")) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Iran refused to agree a truce.",
        "Israel and Iran could agree to exchange prisoners.",
        "Israel and Iran agreed that the war was costly.",
        "Israel agreed to exchange prisoners.",
    ],
)
def test_no_deal_refused_hypothetical_an_opinion_or_one_sided(read: Reader, text: str) -> None:
    assert not _signed(text, read)


def test_bringing_two_leaders_together_mediates_between_them(read: Reader) -> None:
    text = (
        "Stoltenberg met Putin and Zelensky separately and then brought the two leaders together."
    )
    found = pairs(read(text), "MEDIATED")
    assert {("Jens Stoltenberg", "Vladimir Putin"), ("Jens Stoltenberg", "Ukraine")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg failed to bring Putin and Zelensky together.",
        "Stoltenberg brought together leaders from Russia, Ukraine, Iran and Israel.",
    ],
)
def test_a_failed_or_crowded_bringing_together_mediates_nothing(read: Reader, text: str) -> None:
    assert not pairs(read(text), "MEDIATED")


def test_who_a_deal_sets_up_ties_with_is_a_party(read: Reader) -> None:
    text = "Israel signed accords establishing diplomatic relations with Qatar and Egypt."
    assert {frozenset(("Israel", "Qatar")), frozenset(("Israel", "Egypt"))} <= _signed(text, read)
    refused = "Israel refused to sign accords establishing relations with Qatar."
    assert not _signed(refused, read)


def test_signing_one_of_the_deals_named_before_is_a_deal_with_the_partner(read: Reader) -> None:
    text = "Russia and Ukraine signed deals with Qatar. Lavrov signed one with Berg on Friday."
    assert frozenset(("Sergey Lavrov", "Anna Berg")) in _signed(text, read)
    no_deal = "Russia and Ukraine held talks. Lavrov signed one with Berg on Friday."
    assert frozenset(("Sergey Lavrov", "Anna Berg")) not in _signed(no_deal, read)


def test_a_mediated_deal_named_by_one_owner_is_with_its_one_partner(read: Reader) -> None:
    text = (
        "Israel signed a deal with Qatar on Monday. The Israeli deal was announced after talks "
        "brokered by Egypt."
    )
    assert {("Egypt", "Israel"), ("Egypt", "Qatar")} <= pairs(read(text), "MEDIATED")
    two = (
        "Israel signed deals with Qatar and Iran on Monday. The Israeli deal was announced "
        "after talks brokered by Egypt."
    )
    assert ("Egypt", "Qatar") not in pairs(read(two), "MEDIATED")


def test_agreeing_with_a_partner_on_a_swap_is_a_deal_with_it(read: Reader) -> None:
    assert frozenset(("Iran", "United States")) in _signed(
        "Iran agreed with Washington to exchange five prisoners each.", read
    )
    assert not _signed("Iran agreed with Washington that the talks were useful.", read)


def test_a_deal_someone_only_tried_to_mediate_was_neither_mediated_nor_made(read: Reader) -> None:
    text = "Egypt tried to mediate a truce between Israel and Iran, but the effort failed."
    assert not _signed(text, read)
    assert not pairs(read(text), "MEDIATED")
    done = "Egypt mediated a truce between Israel and Iran on Sunday."
    assert ("Egypt", "Israel") in pairs(read(done), "MEDIATED")


def test_brokering_the_deal_mediates_between_its_two_signatories(read: Reader) -> None:
    text = (
        "Iran signed an accord with Israel on Monday. Biden, whose government brokered the deal "
        "together with Egypt, called it historic."
    )
    found = pairs(read(text), "MEDIATED")
    assert {("United States", "Iran"), ("Egypt", "Israel")} <= found


def test_the_deal_among_several_is_nobodys_to_guess(read: Reader) -> None:
    text = (
        "Iran signed an accord with Israel on Monday, and Egypt signed a pact with Qatar. Biden, "
        "whose government brokered the deal, called it historic."
    )
    assert not pairs(read(text), "MEDIATED")


def test_a_mediation_labelled_is_a_mediation_asked_for_is_not(read: Reader) -> None:
    lede = "Israel and Iran signed a truce on Monday. "
    praised = pairs(read(lede + "Kim called Putin's mediation a miracle."), "MEDIATED")
    assert {("Vladimir Putin", "Israel"), ("Vladimir Putin", "Iran")} <= praised
    assert not pairs(read(lede + "Kim asked for Putin's mediation."), "MEDIATED")
    assert not pairs(read(lede + "Kim rejected Putin's mediation."), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "Six Americans released by Iran in a prisoner exchange landed in Doha.",
        "In return, Washington granted clemency to four Iranians.",
    ],
)
def test_a_swap_with_one_side_named_is_with_the_state_of_those_handed_over(
    read: Reader, text: str
) -> None:
    assert frozenset(("Iran", "United States")) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Six Americans released by Iran landed in Doha.",
        "Iran freed six Iranians in an exchange on Monday.",
        "Iran may free six Americans in an exchange.",
    ],
)
def test_no_swap_without_an_exchange_another_state_or_an_act(read: Reader, text: str) -> None:
    assert not _signed(text, read)


def test_leaders_emerging_from_a_summit_with_agreements_made_them(read: Reader) -> None:
    text = "Biden and Putin held a summit in Geneva, emerging with two agreements on arms control."
    assert frozenset(("Joe Biden", "Vladimir Putin")) in _signed(text, read)
    empty = "Biden and Putin held a summit in Geneva, emerging with no agreements."
    assert not _signed(empty, read)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt welcomed talks between Israel and Iran under U.S. auspices.",
        "Egypt hosted negotiations between Israel and Iran under American mediation.",
    ],
)
def test_talks_under_a_mediator_are_between_their_own_sides(read: Reader, text: str) -> None:
    found = pairs(read(text), "MEDIATED")
    assert {("United States", "Israel"), ("United States", "Iran")} <= found
    assert ("United States", "Egypt") not in found


def test_talks_only_called_for_under_a_mediator_are_not_mediated(read: Reader) -> None:
    text = "Egypt called for talks between Israel and Iran under U.S. auspices."
    assert not pairs(read(text), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire was agreed in Oslo after three days of talks between Ethiopia and "
        "Uganda, chaired by NATO chief Jens Stoltenberg.",
        "A prisoner exchange was settled last month after a week of talks between Armenia and "
        "Azerbaijan chaired by the American diplomat Tom Keller.",
    ],
)
def test_a_chair_named_right_after_the_talks_between_two_sides_mediated_them(
    read: Reader, text: str
) -> None:
    sides = {t for _, t in pairs(read(text), "MEDIATED")}
    assert sides in ({"Ethiopia", "Uganda"}, {"Armenia", "Azerbaijan"})


def test_a_chaired_session_apart_from_the_talks_between_two_sides_mediates_nothing(
    read: Reader,
) -> None:
    text = (
        "Talks between Ethiopia and Uganda ended on Monday, and the ministers then attended a "
        "dinner chaired by NATO chief Jens Stoltenberg."
    )
    assert not pairs(read(text), "MEDIATED")
