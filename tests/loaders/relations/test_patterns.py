"""The ways English says each relation, read end to end by the component (model-backed)."""

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
        ("Blinken met Lavrov in Geneva.", ("Antony Blinken", "MET_WITH", "Sergey Lavrov")),
        ("Kim held talks with Putin on Wednesday.", ("Kim Jong Un", "MET_WITH", "Vladimir Putin")),
        ("Blinken and Lavrov met on Friday.", ("Antony Blinken", "MET_WITH", "Sergey Lavrov")),
        ("Blinken spoke by phone with Lavrov.", ("Antony Blinken", "MET_WITH", "Sergey Lavrov")),
        (
            "Stoltenberg, who received Zelensky at the headquarters, spoke to reporters.",
            ("Jens Stoltenberg", "MET_WITH", "Volodymyr Zelensky"),
        ),
        ("Lavrov visited Beijing last week.", ("Sergey Lavrov", "VISITED", "China")),
        ("Biden made a surprise visit to Kyiv.", ("Joe Biden", "VISITED", "Ukraine")),
        (
            "Washington accused Pyongyang of shipping shells.",
            ("United States", "ACCUSED", "North Korea"),
        ),
        ("Biden condemned Russia's invasion.", ("Joe Biden", "CONDEMNED", "Russia")),
        ("Gershkovich was detained by the FSB in March.", ("FSB", "DETAINED", "Evan Gershkovich")),
        ("Russia freed Gershkovich on Thursday.", ("Russia", "RELEASED", "Evan Gershkovich")),
        ("Zelensky thanked Biden for the aid.", ("Volodymyr Zelensky", "SUPPORTED", "Joe Biden")),
        ("Kyiv has pressed Washington to send missiles.", ("Ukraine", "URGED", "United States")),
        ("Blinken called on Moscow to withdraw.", ("Antony Blinken", "URGED", "Russia")),
        (
            "Washington imposed new sanctions on Tehran.",
            ("United States", "SANCTIONED", "Iran"),
        ),
        ("Russia invaded Ukraine in February 2022.", ("Russia", "ATTACKED", "Ukraine")),
        ("Moscow launched drone strikes on Kyiv overnight.", ("Russia", "ATTACKED", "Ukraine")),
        (
            "Qatar brokered talks between Washington and Tehran.",
            ("Qatar", "MEDIATED", "Iran"),
        ),
        ("Armenia rejected Baku's assertion.", ("Armenia", "REJECTED", "Azerbaijan")),
        ("Moscow expelled ten Iranian diplomats.", ("Russia", "EXPELLED", "Iran")),
        (
            "Iran and the United States signed a prisoner swap deal.",
            ("Iran", "SIGNED_AGREEMENT_WITH", "United States"),
        ),
        (
            "Biden imposed new tariffs on Chinese goods and on imports from China.",
            ("Joe Biden", "SANCTIONED", "China"),
        ),
        (
            "NATO adopted a new package of sanctions against Moscow.",
            ("NATO", "SANCTIONED", "Russia"),
        ),
        (
            "Moscow ordered the American ambassador to leave.",
            ("Russia", "EXPELLED", "United States"),
        ),
        ("Lavrov demanded that Kyiv stop the attacks.", ("Sergey Lavrov", "URGED", "Ukraine")),
        (
            "Biden greeted Gershkovich at the airport.",
            ("Joe Biden", "MET_WITH", "Evan Gershkovich"),
        ),
        ("Iran expressed appreciation to Qatar for its help.", ("Iran", "SUPPORTED", "Qatar")),
        (
            "Blinken and Lavrov held seven hours of talks.",
            ("Antony Blinken", "MET_WITH", "Sergey Lavrov"),
        ),
        ("Israeli aircraft struck Iranian targets overnight.", ("Israel", "ATTACKED", "Iran")),
        ("Tehran launched 300 drones at Israel.", ("Iran", "ATTACKED", "Israel")),
        (
            "Blinken and Lavrov discussed arms control.",
            ("Antony Blinken", "MET_WITH", "Sergey Lavrov"),
        ),
    ],
)
def test_finds(read: Reader, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(read(text))
    if expected[1] in ("MET_WITH", "SIGNED_AGREEMENT_WITH"):
        flipped = (expected[2], expected[1], expected[0])
        assert expected in found or flipped in found, found
    else:
        assert expected in found, found


def test_passive_is_turned_round(read: Reader) -> None:
    found = triples(read("Gershkovich was detained by the FSB."))
    assert ("Evan Gershkovich", "DETAINED", "FSB") not in found


def test_each_conjunct_is_visited(read: Reader) -> None:
    doc = read("Lavrov is touring Africa, visiting Egypt, Uganda and Ethiopia.")
    visited = {t for s, kind, t in triples(doc) if kind == "VISITED"}
    assert visited == {"Egypt", "Uganda", "Ethiopia"}


def test_attributed_claim_is_an_accusation_not_an_attack(read: Reader) -> None:
    found = triples(read("Iran blamed Israel for the strike."))
    assert found == {("Iran", "ACCUSED", "Israel")}


def test_topic_is_no_relation(read: Reader) -> None:
    found = triples(read("Blinken discussed the situation in Ukraine with Lavrov."))
    assert found == {("Antony Blinken", "MET_WITH", "Sergey Lavrov")}


@pytest.mark.parametrize(
    "text",
    [
        "Washington would not hesitate to impose sanctions on Pyongyang if appropriate.",
        "Biden did not meet Putin.",
        "No agreements were signed between Moscow and Pyongyang.",
        "Pyongyang fired two missiles into the sea.",
        "The Kremlin has not said whether Putin will receive Biden.",
        "Putin said nobody was attacking Russia.",
        "Israel did not comment.",
        "Qatar hosted the talks.",
        "Lavrov demanded that Gershkovich be released.",
        "Pyongyang launched a satellite on Tuesday.",
        "Kim and Putin did not discuss arms sales.",
        "Washington condemned Gershkovich's detention.",
    ],
)
def test_records_nothing(read: Reader, text: str) -> None:
    assert triples(read(text)) == set()


def test_planned_meeting(read: Reader) -> None:
    doc = read("Biden will hold talks with Zelensky in Kyiv on Friday.")
    [rel] = doc._.relations
    assert rel.status.value == "PLANNED"
    assert str(rel.date) == "2023-09-15"


def test_evidence_is_the_sentence(read: Reader) -> None:
    text = "Biden arrived in Kyiv. Later, Blinken met Lavrov."
    doc = read(text)
    met = next(r for r in doc._.relations if r.type.value == "MET_WITH")
    assert text[met.sent_start : met.sent_end] == "Later, Blinken met Lavrov."


def test_background_fact_keeps_its_date(read: Reader) -> None:
    doc = read("Russia invaded Ukraine in February 2022.")
    [rel] = doc._.relations
    assert (rel.date.year, rel.date.month) == (2022, 2) if rel.date else False


def test_default_date_is_publication(read: Reader) -> None:
    [rel] = read("Blinken met Lavrov.", published="2023-05-02")._.relations
    assert str(rel.date) == "2023-05-02"


def test_pronoun_resolved_end_is_less_sure(read: Reader) -> None:
    doc = read("Blinken flew to Geneva. He met Lavrov there. Blinken met Putin too.")
    conf = {r.target_id: r.confidence for r in doc._.relations if r.type.value == "MET_WITH"}
    assert conf["person:sergey-lavrov"] < conf["person:vladimir-putin"]


def test_accepted_invitation_is_a_planned_visit(read: Reader) -> None:
    doc = read("Lavrov accepted an invitation to visit Beijing.")
    assert [(r.type.value, r.status.value) for r in doc._.relations] == [("VISITED", "PLANNED")]


def test_an_invitation_alone_is_no_visit(read: Reader) -> None:
    assert triples(read("Xi invited Putin to visit Beijing.")) == set()


def test_a_list_hung_on_an_apposition_is_still_a_list(read: Reader) -> None:
    doc = read("Lavrov went on a tour, visiting Egypt, the Republic of Uganda, Qatar and Ethiopia.")
    visited = {t for s, kind, t in triples(doc) if kind == "VISITED"}
    assert {"Egypt", "Qatar", "Ethiopia"} <= visited
