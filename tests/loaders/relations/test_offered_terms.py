"""Terms turned down name who offered them by a participle ("a truce declared by X"); a refusal
of a proposal answers no accusation; "blamed X on Y" accuses Y, never X (model-backed;
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            'Uganda dismissed as "null and void" a border accord signed by Egypt and Ethiopia.',
            {("Uganda", "Egypt"), ("Uganda", "Ethiopia")},
        ),
        (
            "Armenia rejected an earlier truce announced by Azerbaijan on Monday.",
            {("Armenia", "Azerbaijan")},
        ),
        (
            "Kyiv dismissed a unilateral ceasefire declared by Moscow as a stunt.",
            {("Ukraine", "Russia")},
        ),
        (
            "Azerbaijan rejected a peace framework put forward by Armenia.",
            {("Azerbaijan", "Armenia")},
        ),
        ("Israel turned down a deal proposed by Qatar last week.", {("Israel", "Qatar")}),
    ],
)
def test_terms_turned_down_name_their_maker(
    read: Reader, text: str, pairs: set[tuple[str, str]]
) -> None:
    found = {(s, t) for s, kind, t in triples(read(text)) if kind == "REJECTED"}
    assert pairs <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine rejected a truce brokered by Qatar.",  # the broker made no offer
        "Azerbaijan did not reject the truce declared by Armenia.",
        "Russia rejected claims that a ceasefire declared by Ukraine had been broken.",
        "Armenia signed an accord rejected by Azerbaijan.",
        "Israel accepted a deal proposed by Qatar.",
    ],
)
def test_terms_not_turned_down_by_the_subject(read: Reader, text: str) -> None:
    found = {(s, t) for s, kind, t in triples(read(text)) if kind == "REJECTED"}
    assert ("Qatar", "Ukraine") not in found
    assert not ({("Azerbaijan", "Armenia"), ("Ukraine", "Qatar"), ("Israel", "Qatar")} & found)
    assert ("Russia", "Ukraine") not in found and ("Armenia", "Azerbaijan") not in found


@pytest.mark.parametrize(
    "second",
    [
        "China has rejected those accusations.",
        "China denied the allegations.",
        "China dismissed the claims as baseless.",
    ],
)
def test_a_denial_answers_the_accusation_before_it(read: Reader, second: str) -> None:
    found = triples(read("Washington accused Beijing of theft. " + second))
    assert ("China", "REJECTED", "United States") in found


@pytest.mark.parametrize(
    "second",
    [
        "China rejected a proposal for talks.",
        "China turned down an invitation to the summit.",
        "China dismissed a plan for joint patrols as unworkable.",
    ],
)
def test_a_refused_proposal_answers_no_accusation(read: Reader, second: str) -> None:
    found = triples(read("Washington accused Beijing of theft. " + second))
    assert ("China", "REJECTED", "United States") not in found


@pytest.mark.parametrize(
    ("text", "accused", "not_accused"),
    [
        (
            "NATO expelled five diplomats after the poisoning of Anna Berg, which Washington "
            "blamed on Moscow.",
            "Russia",
            "Anna Berg",
        ),
        (
            "The killing of Tom Keller, which Israel blamed on Iran, shocked the region.",
            "Iran",
            "Tom Keller",
        ),
        ("Washington blamed the poisoning of Anna Berg on the FSB.", "FSB", "Anna Berg"),
    ],
)
def test_blamed_on_accuses_the_one_after_on(
    read: Reader, text: str, accused: str, not_accused: str
) -> None:
    targets = {t for _, kind, t in triples(read(text)) if kind == "ACCUSED"}
    assert accused in targets
    assert not_accused not in targets
