"""A bare denial answers the accusation just reported (loaders/relations/denials.py)."""

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
        (
            "Kyiv accused Moscow of stealing grain from the ports. The Kremlin denies any theft.",
            ("Russia", "Ukraine"),
        ),
        (
            "Egypt accused Qatar of funding the militias. Doha has repeatedly denied funding them.",
            ("Qatar", "Egypt"),
        ),
    ],
)
def test_a_bare_denial_rejects_the_accuser(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # nobody accused the denier
        "Kyiv accused Moscow of stealing grain. Qatar denies any theft.",
        # not a denial
        "Kyiv accused Moscow of stealing grain. The Kremlin has neither confirmed nor denied it.",
        "Kyiv accused Moscow of stealing grain. The Kremlin did not deny the theft.",
        # an accusation too far back, and not the story's lede
        "Qatar hosted talks on Monday. Kyiv accused Moscow of stealing grain. Egypt sent aid. "
        "Doha mediated. Blinken visited Cairo. Israel held a vote. The Kremlin denies any theft.",
    ],
)
def test_no_accusation_or_no_denial_rejects_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


def test_neither_nor_holds_neither_verb(read: Reader) -> None:
    found = triples(read("Blinken neither met nor called Lavrov in Geneva."))
    assert ("Antony Blinken", "MET_WITH", "Sergey Lavrov") not in found


def test_them_is_the_group_named_just_before(read: Reader) -> None:
    doc = read("Qatar expelled two Iranian diplomats on Monday, accusing them of spying.")
    assert ("Qatar", "ACCUSED", "Iran") in triples(doc)


def test_them_for_a_phrase_naming_nobody_is_nobody(read: Reader) -> None:
    doc = read(
        "Iranian diplomats met Qatar on the sanctions and called them illegal, blaming them."
    )
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt asked Qatar to extradite the suspects, and Doha refused.",
        "Blinken urged Tehran to free the prisoners. Iran declined.",
    ],
)
def test_a_refusal_rejects_who_asked(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Qatar", "REJECTED", "Egypt") in found or (
        "Iran",
        "REJECTED",
        "Antony Blinken",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        # nobody asked the one refusing
        "Egypt asked Qatar to extradite the suspects, and Iran refused.",
        # the refusal came first: it answers no later request
        "Doha refused, and then Egypt asked Qatar to extradite the suspects.",
        # not refused
        "Egypt asked Qatar to extradite the suspects, and Doha did not refuse.",
    ],
)
def test_no_request_or_no_refusal_rejects_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt asked Qatar to extradite the suspects. Doha declined to comment.",
        "Blinken urged Tehran to free the prisoners; Iran refused to say whether it would.",
    ],
)
def test_declining_to_speak_is_silence_not_rejection(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


def test_a_denial_far_down_answers_the_ledes_accusation(read: Reader) -> None:
    text = (
        "Uganda expelled two Russian diplomats on Monday, accusing Moscow of plotting a coup. "
        "The envoys were given three days to leave. Police sealed off a villa. Officials said "
        "the case had strained ties. Investigators seized several phones. The Kremlin has "
        "denied plotting against Kampala."
    )
    assert ("Russia", "REJECTED", "Uganda") in triples(read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken urged Beijing to free the jailed activists. China brushed the appeal aside.",
            ("China", "Antony Blinken"),
        ),
        (
            "Egypt pressed Qatar to expel the militants' leaders. Doha rejected the complaints.",
            ("Qatar", "Egypt"),
        ),
        (
            "Tehran ordered two Egyptian diplomats out of the country. Cairo rejected the move.",
            ("Egypt", "Iran"),
        ),
        (  # "for" names what is asked, not who asked
            "Egypt pressed Qatar to hand over the suspects. Doha rejected the demand for their"
            " extradition.",
            ("Qatar", "Egypt"),
        ),
    ],
)
def test_a_rejected_plea_or_move_answers_who_made_it(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    found = triples(read(text))
    source, target = expected
    assert (source, "REJECTED", target) in found


@pytest.mark.parametrize(
    "text",
    [
        # not the one asked
        "Blinken urged Beijing to free the jailed activists. Tehran brushed the appeal aside.",
        # no rejection
        "Blinken urged Beijing to free the jailed activists. China did not reject the appeal.",
        # a move aimed at someone else
        "Tehran ordered two Egyptian diplomats out of the country. Qatar rejected the move.",
        # asked of someone else, whatever the plea is for
        "Egypt pressed Qatar to hand over the suspects. Tehran rejected the demand for their"
        " extradition.",
    ],
)
def test_a_plea_or_move_not_rejected_by_its_addressee_is_no_rejection(
    read: Reader, text: str
) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


def test_an_answer_after_a_reported_clause_is_the_speakers(read: Reader) -> None:
    text = (
        "Zelensky told lawmakers on Friday that his government had signed the grain accord "
        "with Egypt, rejecting warnings from Moscow that the deal would collapse."
    )
    found = triples(read(text))
    assert ("Volodymyr Zelensky", "REJECTED", "Russia") in found


def test_a_deed_after_a_reported_clause_stays_the_clauses(read: Reader) -> None:
    found = triples(read("Kyiv said Russian troops had shelled Odesa, killing three workers."))
    assert ("Russia", "ATTACKED", "Ukraine") in found
    assert not any(kind == "REJECTED" for _, kind, _ in found)
