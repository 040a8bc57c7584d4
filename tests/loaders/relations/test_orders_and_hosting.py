"""Orders to act, and meetings, mediation, signing and supply the parse hides (model-backed),
on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "NATO on Monday ordered Iran to halt all drone deliveries.",
        "NATO had ordered Tehran to refrain from any action in the strait.",
        "NATO instructed Iran to open its sites to inspectors.",
    ],
)
def test_an_order_to_act_urges(read: Reader, text: str) -> None:
    assert ("NATO", "URGED", "Iran") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "NATO did not order Iran to halt the deliveries.",
        "NATO may order Iran to halt the deliveries.",
        "NATO ordered Iran's envoy to leave the country.",
        "Putin ordered Russian troops to advance.",
    ],
)
def test_no_order_or_an_expulsion_or_ones_own_is_no_urging(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not {t for t in found if t[1] == "URGED"}


def test_an_order_to_leave_stays_an_expulsion(read: Reader) -> None:
    found = triples(read("Egypt ordered Iran's ambassador to leave within 48 hours."))
    assert ("Egypt", "EXPELLED", "Iran") in found
    assert ("Egypt", "URGED", "Iran") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt sent weapons to Uganda in May.",
        "Iran has shipped drones and ammunition to Russia.",
        "Qatar delivered humanitarian aid to Ethiopia on Sunday.",
    ],
)
def test_sending_arms_or_aid_supports(read: Reader, text: str) -> None:
    found = {t for t in triples(read(text)) if t[1] == "SUPPORTED"}
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not send weapons to Uganda.",
        "Egypt may send weapons to Uganda.",
        "Egypt sent a letter to Uganda.",
        "Egypt sent its envoy to Uganda.",
    ],
)
def test_no_sending_or_nothing_of_support_supports_nobody(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "SUPPORTED"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt signed a memorandum of understanding with Uganda on Monday.",
        "Uganda sent weapons to Ethiopia after signing a defence pact with Egypt.",
    ],
)
def test_signing_read_through_of_and_participles(read: Reader, text: str) -> None:
    found = {frozenset((s, t)) for s, r, t in triples(read(text)) if r == "SIGNED_AGREEMENT_WITH"}
    assert frozenset(("Egypt", "Uganda")) in found


def test_a_memorandum_of_understanding_not_signed_is_no_deal(read: Reader) -> None:
    found = triples(read("Egypt refused to sign a memorandum of understanding with Uganda."))
    assert not {t for t in found if t[1] == "SIGNED_AGREEMENT_WITH"}


def test_bringing_two_together_is_a_meeting_they_had_and_a_mediation(read: Reader) -> None:
    found = triples(
        read("Stoltenberg met Zelensky and Kim separately before bringing them together.")
    )
    zelensky, kim = "Volodymyr Zelensky", "Kim Jong Un"
    assert (zelensky, "MET_WITH", kim) in found or (kim, "MET_WITH", zelensky) in found
    assert ("Jens Stoltenberg", "MEDIATED", zelensky) in found
    assert ("Jens Stoltenberg", "MEDIATED", kim) in found


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg failed to bring Zelensky and Kim together.",
        "Stoltenberg hopes to bring Zelensky and Kim together.",
        "Stoltenberg did not bring Zelensky and Kim together.",
        "Stoltenberg brought Zelensky a gift.",
        "Stoltenberg brought together Zelensky, Kim, Berg and Keller.",
    ],
)
def test_no_bringing_together_is_no_meeting(read: Reader, text: str) -> None:
    found = triples(read(text))
    pair = {"Volodymyr Zelensky", "Kim Jong Un"}
    assert not {t for t in found if {t[0], t[2]} == pair}


def test_shuttling_between_two_parties_mediates(read: Reader) -> None:
    found = triples(read("Keller shuttled between Armenia and Azerbaijan for months."))
    assert {("Tom Keller", "MEDIATED", p) for p in ("Armenia", "Azerbaijan")} <= found


def test_apposed_pair_of_subjects_will_meet(read: Reader) -> None:
    doc = read(
        "Their envoys, Anna Berg of the United States and Sergey Lavrov of Russia, will meet."
    )
    assert {r.type.value for r in doc._.relations} >= {"MET_WITH"}
    met = {frozenset((s, t)) for s, r, t in triples(doc) if r == "MET_WITH"}
    assert frozenset(("Anna Berg", "Sergey Lavrov")) in met
    assert all(r.status.value == "PLANNED" for r in doc._.relations if r.type.value == "MET_WITH")


def test_apposed_pair_that_will_not_meet_meets_nobody(read: Reader) -> None:
    doc = read("Their envoys, Anna Berg and Sergey Lavrov, will not meet this year.")
    assert not {t for t in triples(doc) if t[1] == "MET_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Berg presented her findings report to Lavrov in Moscow on Tuesday.",
        "Berg handed a letter to Lavrov.",
        "On Monday Berg presented her credentials to Lavrov.",
    ],
)
def test_handing_something_to_a_person_is_meeting_them(read: Reader, text: str) -> None:
    met = {frozenset((s, t)) for s, r, t in triples(read(text)) if r == "MET_WITH"}
    assert frozenset(("Anna Berg", "Sergey Lavrov")) in met


@pytest.mark.parametrize(
    "text",
    [
        "Berg did not hand the letter to Lavrov.",
        "Berg will not present her report to Lavrov.",
        "Berg presented her report to NATO.",
        "Berg handed the prisoner over to Lavrov's service.",
    ],
)
def test_no_handing_or_to_no_person_is_no_meeting(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "MET_WITH"}


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, r, t in triples(read(text)) if r == "SIGNED_AGREEMENT_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed on Friday to reopen their border crossings.",
        "Armenia agreed with Azerbaijan to exchange prisoners by March.",
        "Baku and Yerevan have agreed to restore flights.",
    ],
)
def test_two_parties_agreeing_to_act_concluded_a_deal(read: Reader, text: str) -> None:
    assert frozenset(("Armenia", "Azerbaijan")) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan did not agree to reopen the border.",
        "Armenia and Azerbaijan may agree to reopen the border.",
        "Armenia and Azerbaijan refused to agree to reopen the border.",
        "Armenia and Azerbaijan agreed that their ministers would meet.",
        "Armenia and Azerbaijan agreed to hold talks next month.",
        "Armenia agreed to reopen the border with Azerbaijan.",
    ],
)
def test_no_joint_commitment_to_act_is_no_deal(read: Reader, text: str) -> None:
    assert frozenset(("Armenia", "Azerbaijan")) not in _signed(text, read)


def test_the_first_leader_to_speak_to_someone_spoke_to_them(read: Reader) -> None:
    found = triples(read("Berg became the first Western envoy to speak to Lavrov since the war."))
    assert ("Anna Berg", "MET_WITH", "Sergey Lavrov") in found


@pytest.mark.parametrize(
    "text",
    [
        "Berg hopes to become the first envoy to speak to Lavrov.",
        "Berg was not the first envoy to speak to Lavrov.",
        "Berg named the first envoy to speak to Lavrov.",
    ],
)
def test_no_firsthood_or_anothers_is_no_meeting(read: Reader, text: str) -> None:
    assert ("Anna Berg", "MET_WITH", "Sergey Lavrov") not in triples(read(text))


def test_a_visit_hung_on_the_object_is_the_subjects(read: Reader) -> None:
    text = "Zelensky, who heard of the blast on a visit to Doha, condemned it."
    assert ("Volodymyr Zelensky", "VISITED", "Qatar") in triples(read(text))


def test_a_visit_by_another_is_not_the_subjects(read: Reader) -> None:
    text = "Zelensky heard of the blast during Berg's visit to Doha."
    assert ("Volodymyr Zelensky", "VISITED", "Qatar") not in triples(read(text))


def test_talks_with_a_states_facilitation_are_mediated_by_it(read: Reader) -> None:
    text = "Armenia and Azerbaijan will open talks in May, with Qatar's facilitation."
    found = triples(read(text))
    assert {("Qatar", "MEDIATED", p) for p in ("Armenia", "Azerbaijan")} <= found


def test_facilitation_refused_mediates_nothing(read: Reader) -> None:
    text = "Armenia and Azerbaijan rejected Qatar's facilitation."
    assert not {t for t in triples(read(text)) if t[1] == "MEDIATED"}


def test_solidarity_with_a_state_supports_it(read: Reader) -> None:
    assert ("Egypt", "SUPPORTED", "Uganda") in triples(read("Egypt voiced solidarity with Uganda."))
    assert ("Egypt", "SUPPORTED", "Uganda") not in triples(
        read("Egypt did not voice solidarity with Uganda.")
    )


def test_urging_the_same_urges_the_one_urged_just_before(read: Reader) -> None:
    text = "Berg said she had asked Putin to free the prisoners. Keller said he had urged the same."
    assert ("Tom Keller", "URGED", "Vladimir Putin") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Berg asked Putin to free the prisoners. Keller said he had not urged the same.",
        "Berg asked Putin to act, and Biden asked Kim to act. Keller said he had urged the same.",
        "Keller said he had urged the same.",
        "Berg asked Putin to act. Keller said he wanted the same.",
    ],
)
def test_no_single_call_before_or_no_urging_urges_nobody(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not {t for t in found if t[0] == "Tom Keller" and t[1] == "URGED"}


def test_a_person_due_in_a_state_will_visit_it(read: Reader) -> None:
    doc = read("Blinken is due in Qatar and Egypt later this week.")
    visits = {(r.type.value, r.status.value) for r in doc._.relations}
    assert ("Antony Blinken", "VISITED", "Qatar") in triples(doc)
    assert ("Antony Blinken", "VISITED", "Egypt") in triples(doc)
    assert visits == {("VISITED", "PLANNED")}


@pytest.mark.parametrize(
    "text",
    [
        "Blinken is no longer due in Qatar this week.",
        "Blinken may be due in Qatar next month.",
        "A decision is due in Qatar this week.",
        "Blinken said a payment was due in March.",
    ],
)
def test_no_firm_schedule_or_no_person_is_no_visit(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "VISITED"}
