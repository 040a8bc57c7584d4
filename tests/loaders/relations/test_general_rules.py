"""General rules that raised recall, each on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky described Moscow as a terrorist state.", ("Volodymyr Zelensky", "Russia")),
        ("Biden said he considers Putin a murderer.", ("Joe Biden", "Vladimir Putin")),
        ("Blinken called Lavrov a liar on Monday.", ("Antony Blinken", "Sergey Lavrov")),
        ("Zelensky branded NATO a paper tiger and a hypocrite.", ("Volodymyr Zelensky", "NATO")),
    ],
)
def test_a_pejorative_label_condemns_who_wears_it(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken considers China a partner.",
        "Biden does not consider Putin a murderer.",
        "Biden called on Putin to end the aggression.",
        "Lavrov called the talks a success.",
    ],
)
def test_no_label_or_a_kind_one_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


def test_counted_people_are_the_pair_named_next(read: Reader) -> None:
    doc = read(
        "Washington wants to free two Americans jailed in Iran. "
        "Officials named them as aid worker Anna Berg and teacher Tom Keller."
    )
    found = triples(doc)
    assert ("Iran", "DETAINED", "Anna Berg") in found
    assert ("Iran", "DETAINED", "Tom Keller") in found


def test_a_count_that_does_not_fit_the_names_is_nobody(read: Reader) -> None:
    doc = read(
        "Washington wants to free three Americans jailed in Iran. "
        "Officials named two of them as Anna Berg and Tom Keller."
    )
    assert not any(kind == "DETAINED" for _, kind, _ in triples(doc))


def test_a_hyphen_in_the_first_sentence_is_no_dateline(read: Reader) -> None:
    doc = read("U.S. President Joe Biden and Zelensky held their first in-person talks on Monday.")
    assert ("Joe Biden", "MET_WITH", "Volodymyr Zelensky") in triples(doc) | {
        (t, k, s) for s, k, t in triples(doc)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky said Putin was a butcher.", ("Volodymyr Zelensky", "Vladimir Putin")),
        ("Blinken said the raid was Iranian aggression.", ("Antony Blinken", "Iran")),
    ],
)
def test_saying_someone_is_a_pejorative_condemns(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Washington was worried and that the raid was unacceptable.",
        "Lavrov said it was a mistake to arm Kyiv.",
        "Zelensky said Biden was a true friend.",
    ],
)
def test_saying_without_a_labelled_actor_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken said Tehran had armed the rebels, a charge Iran rejected.",
            ("Iran", "Antony Blinken"),
        ),
        (
            "Lavrov proposed a pause in the fighting, an offer Kyiv dismissed as a trick.",
            ("Ukraine", "Sergey Lavrov"),
        ),
    ],
)
def test_a_claim_summed_up_after_a_comma_is_its_speakers(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read(text))


def test_a_summed_up_event_is_no_claim(read: Reader) -> None:
    doc = read("Biden met Zelensky in Kyiv, a move Moscow rejected.")
    assert not any(kind == "REJECTED" for _, kind, _ in triples(doc))


def test_some_of_the_counted_people_named_after_among_them(read: Reader) -> None:
    doc = read(
        "Three Americans freed by Iran landed in Qatar on Monday. "
        "A jet carried the three, among them Anna Berg and Tom Keller, out of Tehran."
    )
    found = triples(doc)
    assert {("Iran", "RELEASED", "Anna Berg"), ("Iran", "RELEASED", "Tom Keller")} <= found
    assert not any(kind == "VISITED" for _, kind, _ in found)  # a freed prisoner's transfer


def test_some_of_the_counted_people_named_as_two_of_them(read: Reader) -> None:
    doc = read(
        "Washington pardoned four Iranians on Friday. "
        "Two of them, Anna Berg and Tom Keller, flew home on Saturday."
    )
    found = triples(doc)
    assert ("United States", "RELEASED", "Anna Berg") in found
    assert ("United States", "RELEASED", "Tom Keller") in found


def test_a_detention_without_a_doer_is_by_the_state_that_freed_the_person(read: Reader) -> None:
    doc = read("Tehran freed Anna Berg on Monday. Berg had been arrested in 2019.")
    assert ("Iran", "DETAINED", "Anna Berg") in triples(doc)
    assert not any(k == "DETAINED" for _, k, _ in triples(read("Berg was arrested in 2019.")))


def test_signed_read_as_an_adjective_is_still_the_verb(read: Reader) -> None:
    doc = read(
        "Armenia and Azerbaijan each signed agreements with Qatar on Monday to open their "
        "borders, but within hours Baku said the deal was void."
    )
    found = triples(doc)
    assert ("Armenia", "SIGNED_AGREEMENT_WITH", "Qatar") in found
    assert ("Azerbaijan", "SIGNED_AGREEMENT_WITH", "Qatar") in found
    assert not any(
        k == "SIGNED_AGREEMENT_WITH" and {s, t} == {"Armenia", "Azerbaijan"} for s, k, t in found
    )  # each signed with Qatar, not with one another


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday evening Zelensky, President Joe Biden and Blinken spoke by phone with Putin.",
        "Late on Monday Zelensky and Biden greeted Putin at the airport.",
    ],
)
def test_subjects_swallowed_by_an_opening_time_phrase(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Volodymyr Zelensky", "MET_WITH", "Vladimir Putin") in found
    assert ("Joe Biden", "MET_WITH", "Vladimir Putin") in found


def test_talks_at_a_place_with_a_delegation(read: Reader) -> None:
    found = triples(
        read("Blinken and Biden spent three hours at the Kremlin with Lavrov and Putin.")
    )
    assert ("Antony Blinken", "MET_WITH", "Sergey Lavrov") in found
    assert ("Joe Biden", "MET_WITH", "Vladimir Putin") in found
    assert not any({s, t} == {"Sergey Lavrov", "Vladimir Putin"} for s, _, t in found)


def test_a_sentence_for_a_crime_is_the_jailing_states_accusation(read: Reader) -> None:
    doc = read("Russia arrested Anna Berg in 2021. Berg is serving a ten-year sentence for spying.")
    assert ("Russia", "ACCUSED", "Anna Berg") in triples(doc)


def test_a_charge_that_someone_did_it_accuses_them(read: Reader) -> None:
    doc = read("Zelensky repeated his charge that Putin was responsible for the strike.")
    assert ("Volodymyr Zelensky", "ACCUSED", "Vladimir Putin") in triples(doc)
    doc = read("Zelensky denied the charge that Kyiv had shelled the plant.")
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(doc))


def test_a_mediator_named_before_a_hyphen(read: Reader) -> None:
    doc = read(
        "Armenia and Azerbaijan agreed on Sunday to reopen the border after Qatar-mediated talks."
    )
    found = triples(doc)
    assert {("Qatar", "MEDIATED", "Armenia"), ("Qatar", "MEDIATED", "Azerbaijan")} <= found


def test_the_event_condemned_may_be_the_ledes_however_far_back(read: Reader) -> None:
    filler = " ".join(f"Officials met in hall number {n} to discuss the budget." for n in range(10))
    doc = read(
        f"Israeli jets struck a convoy near the border on Monday. {filler} "
        "Egypt denounced the strike as unacceptable."
    )
    assert ("Egypt", "CONDEMNED", "Israel") in triples(doc)


def test_support_pledged_in_a_states_name_is_also_the_states(read: Reader) -> None:
    found = triples(read("Biden reaffirmed Washington's commitment to Israel's security."))
    assert {("Joe Biden", "SUPPORTED", "Israel"), ("United States", "SUPPORTED", "Israel")} <= found


def test_coordinated_foes_fought_each_other(read: Reader) -> None:
    found = triples(read("Armenia and Azerbaijan fought two wars over the enclave."))
    assert {("Armenia", "ATTACKED", "Azerbaijan"), ("Azerbaijan", "ATTACKED", "Armenia")} <= found
    found = triples(read("Ukraine and Israel fought together against the rebels."))
    assert not any(kind == "ATTACKED" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Biden and Zelensky put their names to the accord in Kyiv.",
            ("Joe Biden", "Volodymyr Zelensky"),
        ),
        (
            "The envoys read out a joint statement agreed by Armenia and Azerbaijan.",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Egypt and Qatar agreed to reopen their embassies, in a deal brokered by China.",
            ("Egypt", "Qatar"),
        ),
    ],
)
def test_ways_of_saying_a_deal_was_made(read: Reader, text: str, pair: tuple[str, str]) -> None:
    found = triples(read(text))
    a, b = pair
    assert (a, "SIGNED_AGREEMENT_WITH", b) in found or (b, "SIGNED_AGREEMENT_WITH", a) in found


def test_three_signers_of_several_documents_are_not_paired(read: Reader) -> None:
    found = triples(read("Biden, Zelensky and Putin put their names to the documents."))
    assert not any(kind == "SIGNED_AGREEMENT_WITH" for _, kind, _ in found)


def test_an_elided_second_claim_is_its_owners(read: Reader) -> None:
    found = triples(read("Lavrov dismissed Kyiv's allegation and Biden's as unfounded."))
    assert {
        ("Sergey Lavrov", "REJECTED", "Ukraine"),
        ("Sergey Lavrov", "REJECTED", "Joe Biden"),
    } <= found


def test_attending_a_meeting_meets_its_hosts_not_the_other_attendees(read: Reader) -> None:
    found = triples(read("Zelensky will attend a dinner meeting with investors hosted by NATO."))
    assert ("Volodymyr Zelensky", "MET_WITH", "NATO") in found
    found = triples(read("Biden and Zelensky attended the summit in Vilnius."))
    assert not any(kind == "MET_WITH" for _, kind, _ in found)


def test_counted_people_are_not_the_next_pair_acting_on_its_own(read: Reader) -> None:
    doc = read("Iran detained two Americans on Monday. Biden and Blinken condemned the arrests.")
    assert not any(kind == "DETAINED" for _, kind, _ in triples(doc))


def test_business_leaders_from_a_country_do_not_stand_for_it(read: Reader) -> None:
    found = triples(read("Biden will attend a meeting with business leaders from China."))
    assert not any(kind == "MET_WITH" for _, kind, _ in found)
    assert not triples(read("Biden met Chinese business leaders on Monday."))
    assert ("Joe Biden", "MET_WITH", "China") in triples(read("Biden met Chinese officials."))


def test_freed_prisoners_received_are_not_visiting(read: Reader) -> None:
    found = triples(read("Biden greeted Putin and other released prisoners at the airport."))
    assert not any(kind == "VISITED" for _, kind, _ in found)
    found = triples(read("Biden greeted Putin at the airport."))
    assert ("Vladimir Putin", "VISITED", "United States") in found


def test_denying_the_crime_one_is_jailed_for_rejects_the_jailer(read: Reader) -> None:
    doc = read(
        "Russia arrested Anna Berg in 2021. Berg is serving a term for spying, which she denies."
    )
    assert ("Anna Berg", "REJECTED", "Russia") in triples(doc)


def test_a_finite_verb_after_a_denied_gerund_is_asserted(read: Reader) -> None:
    doc = read("The Kremlin denies shelling the port and blames Kyiv for the blast.")
    assert ("Russia", "ACCUSED", "Ukraine") in triples(doc)


def test_a_gerund_after_a_denial_stays_denied(read: Reader) -> None:
    doc = read("Moscow denies shelling Kyiv and attacking Ukraine's ports.")
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(doc))


def test_a_clause_before_a_semicolon_is_not_the_denial_of_the_next(read: Reader) -> None:
    found = triples(read("Tehran blamed Israel for the blast; Israel denies the charge."))
    assert ("Iran", "ACCUSED", "Israel") in found
    assert ("Israel", "REJECTED", "Iran") in found


def test_the_request_turned_down_is_the_asker_s_of_the_joined_clause(read: Reader) -> None:
    doc = read("Kyiv asked for more air defence, but Washington turned the request down.")
    assert ("United States", "REJECTED", "Ukraine") in triples(doc)


def test_a_request_owned_by_someone_else_is_theirs(read: Reader) -> None:
    doc = read("Kyiv asked for talks, but Washington rejected a request from Qatar.")
    found = triples(doc)
    assert ("United States", "REJECTED", "Ukraine") not in found
    assert ("United States", "REJECTED", "Qatar") in found


def test_brushing_aside_an_accusation_rejects_its_maker(read: Reader) -> None:
    doc = read("Lavrov brushed aside Blinken's claim that Moscow had bombed the dam.")
    assert ("Sergey Lavrov", "REJECTED", "Antony Blinken") in triples(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing suspended imports of wine from Ukraine.",
        "Beijing halted shipments of rare earths to Ukraine.",
    ],
)
def test_cutting_off_trade_with_a_state_sanctions_it(read: Reader, text: str) -> None:
    assert ("China", "SANCTIONED", "Ukraine") in triples(read(text))


def test_tightened_controls_to_a_state_sanction_it(read: Reader) -> None:
    doc = read("Washington tightened export controls on drones to China.")
    assert ("United States", "SANCTIONED", "China") in triples(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing did not suspend imports of wine from Ukraine.",
        "Beijing threatened to halt shipments of rare earths to Ukraine.",
        "Moscow halted its grain exports last week.",
    ],
)
def test_trade_not_cut_or_cut_from_nobody_sanctions_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "SANCTIONED" for _, kind, _ in triples(read(text)))


def test_as_did_names_another_doer(read: Reader) -> None:
    doc = read("Stoltenberg denounced Iran's missile strike, as did Biden and Qatar.")
    found = triples(doc)
    assert {("Joe Biden", "CONDEMNED", "Iran"), ("Qatar", "CONDEMNED", "Iran")} <= found


def test_as_he_did_before_adds_nobody(read: Reader) -> None:
    doc = read("Biden praised Zelensky as he did last year.")
    assert {s for s, kind, _ in triples(doc) if kind == "SUPPORTED"} == {"Joe Biden"}


def test_signing_a_document_or_its_version_with_someone_is_a_deal(read: Reader) -> None:
    found = triples(read("Lavrov signed the Russian version with Blinken and Stoltenberg."))
    assert ("Sergey Lavrov", "SIGNED_AGREEMENT_WITH", "Antony Blinken") in found
    doc = read("Zelensky and Stoltenberg signed the ten-page document in Brussels.")
    assert ("Volodymyr Zelensky", "SIGNED_AGREEMENT_WITH", "Jens Stoltenberg") in triples(doc)


def test_a_document_signed_alone_is_no_deal(read: Reader) -> None:
    doc = read("Biden signed the document in the Oval Office after meeting Zelensky.")
    assert not any(kind == "SIGNED_AGREEMENT_WITH" for _, kind, _ in triples(doc))


def test_a_visit_by_someone_the_parser_hung_on_the_verb_is_theirs(read: Reader) -> None:
    doc = read("Progress followed a visit to Cairo in December by Lavrov, who met officials there.")
    assert (doc[8].text, doc[8].dep_) == ("by", "agent")  # the misreading this rule is for
    assert ("Sergey Lavrov", "VISITED", "Egypt") in triples(doc)


def test_calling_for_a_prisoner_s_release_urges_the_one_state_holding_them(read: Reader) -> None:
    doc = read("Iran has jailed Anna Berg since May. Qatar keeps calling for the release of Berg.")
    assert ("Qatar", "URGED", "Iran") in triples(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Iran has jailed Anna Berg since May. Qatar did not call for the release of Berg.",
        "Iran and Egypt have jailed Anna Berg. Qatar called for the release of Berg.",
        "Qatar called for the release of Anna Berg.",
    ],
)
def test_no_call_or_no_single_jailer_urges_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "URGED" for _, kind, _ in triples(read(text)))


def test_the_one_given_in_a_swap_is_released_by_the_state_holding_them(read: Reader) -> None:
    doc = read(
        "Anna Berg was released in exchange for Tom Keller, who had been serving "
        "a ten-year sentence in Egypt."
    )
    assert ("Egypt", "RELEASED", "Tom Keller") in triples(doc)


def test_a_swap_not_made_releases_nobody_in_return(read: Reader) -> None:
    doc = read(
        "Anna Berg was not released in exchange for Tom Keller, who is serving "
        "a ten-year sentence in Egypt."
    )
    assert ("Egypt", "RELEASED", "Tom Keller") not in triples(doc)


def test_the_place_of_a_term_served_in_part_holds_the_prisoner(read: Reader) -> None:
    doc = read("Tom Keller has served six years of a twenty-year term in Egypt.")
    assert ("Egypt", "DETAINED", "Tom Keller") in triples(doc)


def test_one_among_a_group_released_by_a_state_is_released_by_it(read: Reader) -> None:
    doc = read("Tom Keller and Anna Berg were among nine hostages freed by Iran on Sunday.")
    found = triples(doc)
    assert {("Iran", "RELEASED", "Tom Keller"), ("Iran", "RELEASED", "Anna Berg")} <= found


def test_a_group_released_by_several_states_pins_nobody(read: Reader) -> None:
    doc = read("Tom Keller was among nine hostages freed by Iran and Qatar on Sunday.")
    assert not any(kind == "RELEASED" for _, kind, _ in triples(doc))


def test_condemning_an_act_by_someone_condemns_them(read: Reader) -> None:
    assert ("Qatar", "CONDEMNED", "Iran") in triples(read("Qatar condemned the raid by Iran."))
    assert not triples(read("Qatar did not condemn the raid by Iran."))
