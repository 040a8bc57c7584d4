"""Who acts on whom, where the parse makes it hard: datelines, relative clauses, coordination,
heavy objects moved after "as", offices named by their state."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_dateline_is_no_actor_and_the_lede_is_read(read: Reader) -> None:
    text = "MOSCOW, Sept 13 - Blinken and Lavrov held talks on Wednesday in Geneva."
    doc = read(text)
    assert triples(doc) == {("Antony Blinken", "MET_WITH", "Sergey Lavrov")} or triples(doc) == {
        ("Sergey Lavrov", "MET_WITH", "Antony Blinken")
    }
    [rel] = doc._.relations
    assert text[rel.sent_start : rel.sent_end].startswith("Blinken and Lavrov held talks")


def test_relative_pronoun_is_its_antecedent(read: Reader) -> None:
    found = triples(read("Stoltenberg, who received Zelensky on Monday, spoke to reporters."))
    assert ("Jens Stoltenberg", "MET_WITH", "Volodymyr Zelensky") in found or (
        "Volodymyr Zelensky",
        "MET_WITH",
        "Jens Stoltenberg",
    ) in found


def test_coordinated_verb_shares_the_subject(read: Reader) -> None:
    found = triples(read("Biden condemned the offensive and called on Moscow to withdraw."))
    assert ("Joe Biden", "URGED", "Russia") in found


def test_rejected_claim_moved_after_as(read: Reader) -> None:
    found = triples(read("Putin dismissed as absurd demands from Washington and NATO."))
    assert {
        ("Vladimir Putin", "REJECTED", "United States"),
        ("Vladimir Putin", "REJECTED", "NATO"),
    } <= found


def test_expelled_ambassador_stands_for_the_state(read: Reader) -> None:
    found = triples(read("Moscow expelled the American ambassador on Friday."))
    assert ("Russia", "EXPELLED", "United States") in found


def test_detained_in_a_country_is_detained_by_it(read: Reader) -> None:
    found = triples(read("Gershkovich, who was arrested in Russia in March, denies the charges."))
    assert ("Russia", "DETAINED", "Evan Gershkovich") in found


def test_meeting_in_the_hosts_capital_is_a_visit(read: Reader) -> None:
    found = triples(read("Blinken met Zelensky in Kyiv on Monday."))
    assert ("Antony Blinken", "VISITED", "Ukraine") in found


def test_it_is_the_state_that_was_the_subject(read: Reader) -> None:
    found = triples(read("Washington accused Tehran of lying. It has called on Tehran to stop."))
    assert ("United States", "URGED", "Iran") in found


def test_it_after_a_subject_that_is_no_actor_stays_unresolved(read: Reader) -> None:
    found = triples(
        read("Washington spoke first. The plan failed, and it called on Tehran to act.")
    )
    assert ("United States", "URGED", "Iran") not in found


def test_condemning_a_detention_is_not_condemning_the_detainee(read: Reader) -> None:
    found = triples(read("Washington condemned Gershkovich's detention."))
    assert ("United States", "CONDEMNED", "Evan Gershkovich") not in found


def test_mediator_of_implicit_parties_mediates_between_the_storys_two_sides(read: Reader) -> None:
    doc = read(
        "DOHA, Sept 18 - Iran and the United States agreed on a prisoner exchange. "
        "The exchange was brokered by Qatar after months of talks."
    )
    found = triples(doc)
    assert {("Qatar", "MEDIATED", "Iran"), ("Qatar", "MEDIATED", "United States")} <= found


def test_hosting_alone_is_no_mediation(read: Reader) -> None:
    doc = read(
        "DOHA, Sept 18 - Iran and the United States agreed on a deal. Qatar hosted the talks."
    )
    assert not any(kind == "MEDIATED" for _s, kind, _t in triples(doc))


def test_who_climbs_out_of_a_phrase_about_things(read: Reader) -> None:
    doc = read(
        "It was joined by Blinken, the envoy for the dialogue, who has met Lavrov since 2020."
    )
    assert ("Antony Blinken", "MET_WITH", "Sergey Lavrov") in triples(doc) or (
        "Sergey Lavrov",
        "MET_WITH",
        "Antony Blinken",
    ) in triples(doc)


def test_received_guest_visited_the_hosts_country(read: Reader) -> None:
    found = triples(read("Putin received Kim at the Kremlin on Wednesday."))
    assert ("Kim Jong Un", "VISITED", "Russia") in found


def test_thanked_for_helping_is_the_helpers_act(read: Reader) -> None:
    doc = read(
        "DOHA, Sept 18 - Iran and the United States agreed on an exchange. "
        "Biden thanked Qatar for helping to broker the deal."
    )
    found = triples(doc)
    assert ("Qatar", "MEDIATED", "Iran") in found
    assert ("Joe Biden", "MEDIATED", "Iran") not in found


def test_detention_on_a_charge_is_also_an_accusation(read: Reader) -> None:
    found = triples(read("The FSB detained Gershkovich on suspicion of espionage."))
    assert {
        ("FSB", "DETAINED", "Evan Gershkovich"),
        ("FSB", "ACCUSED", "Evan Gershkovich"),
    } <= found


def test_plain_detention_accuses_nobody(read: Reader) -> None:
    found = triples(read("The FSB detained Gershkovich in Yekaterinburg."))
    assert ("FSB", "ACCUSED", "Evan Gershkovich") not in found


def test_a_speech_that_accused_is_the_speakers_accusation(read: Reader) -> None:
    found = triples(read("Putin spoke in a combative speech that accused Washington of lying."))
    assert ("Vladimir Putin", "ACCUSED", "United States") in found


def test_the_two_leaders_are_the_pair_named_before(read: Reader) -> None:
    doc = read("Biden and Zelensky walked through Kyiv. The two leaders then held talks.")
    assert ("Joe Biden", "MET_WITH", "Volodymyr Zelensky") in triples(doc) or (
        "Volodymyr Zelensky",
        "MET_WITH",
        "Joe Biden",
    ) in triples(doc)


def test_a_count_that_does_not_fit_names_nobody(read: Reader) -> None:
    doc = read("Biden and Zelensky walked through Kyiv. The three leaders then held talks.")
    assert triples(doc) == set()


def test_condemned_the_launch_is_condemning_who_launched(read: Reader) -> None:
    doc = read("Pyongyang fired a missile into the sea on Monday. Washington condemned the launch.")
    found = triples(doc)
    assert ("United States", "CONDEMNED", "North Korea") in found
    assert not any(kind == "ATTACKED" for _s, kind, _t in found)


def test_an_indefinite_event_noun_is_not_bridged(read: Reader) -> None:
    doc = read("Pyongyang fired a missile on Monday. Washington condemned a launch by someone.")
    assert ("United States", "CONDEMNED", "North Korea") not in triples(doc)


def test_serving_a_term_in_a_country_is_detention_by_it(read: Reader) -> None:
    found = triples(
        read("Gershkovich, who is serving a 16-year sentence in Russia for espionage, spoke.")
    )
    assert ("Russia", "DETAINED", "Evan Gershkovich") in found
    assert ("Russia", "ACCUSED", "Evan Gershkovich") in found


def test_denying_the_charge_rejects_the_accuser(read: Reader) -> None:
    doc = read("Gershkovich was arrested in Russia on espionage charges, which he denies.")
    assert ("Evan Gershkovich", "REJECTED", "Russia") in triples(doc)


def test_release_without_by_is_by_the_one_who_held_them(read: Reader) -> None:
    doc = read("Gershkovich was arrested by the FSB in March. He was freed on Thursday.")
    assert ("FSB", "RELEASED", "Evan Gershkovich") in triples(doc)


def test_release_of_someone_nobody_held_names_no_releaser(read: Reader) -> None:
    assert triples(read("Gershkovich was freed on Thursday.")) == set()


def test_names_in_a_where_clause_are_no_destinations(read: Reader) -> None:
    found = triples(
        read("Blinken flew on to Doha, where he will see envoys of Egypt, Uganda and Ethiopia.")
    )
    assert ("Antony Blinken", "VISITED", "Qatar") in found
    assert not {("Antony Blinken", "VISITED", c) for c in ("Egypt", "Uganda", "Ethiopia")} & found


def test_a_listed_destination_is_each_visited(read: Reader) -> None:
    found = triples(read("Blinken flew to Egypt, Uganda and Ethiopia last week."))
    assert {("Antony Blinken", "VISITED", c) for c in ("Egypt", "Uganda", "Ethiopia")} <= found
