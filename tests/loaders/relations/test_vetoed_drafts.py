"""A veto answers the draft's sponsor, not the body the draft was put to (vetoed_drafts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, ActorRow, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_ROWS: list[ActorRow] = [
    *ACTORS,
    ("UN Security Council", "ORGANIZATION", None, ("Security Council", "the council")),
    ("UN General Assembly", "ORGANIZATION", None, ("General Assembly",)),
    ("United Nations", "ORGANIZATION", None, ("U.N.", "UN")),
    ("Algeria", "COUNTRY", "DZA", ("Algerian",)),
]


@pytest.fixture(scope="module")
def read_un(nlp: Language) -> Reader:
    return make_reader(nlp, _ROWS)


_FORUMS = {"UN Security Council", "UN General Assembly", "United Nations"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia on Friday vetoed a U.N. Security Council resolution on the annexation.",
        "China vetoed a Security Council draft that would have imposed an arms embargo.",
        "The United States vetoed a UN resolution demanding a ceasefire in Gaza.",
        "Moscow has vetoed a Security Council text on the strikes, diplomats said.",
        "Russia and China vetoed a U.N. Security Council measure on North Korea.",
    ],
)
def test_the_forum_of_a_vetoed_draft_is_no_one_rejected(read_un: Reader, text: str) -> None:
    rejected = {t for s, r, t in triples(read_un(text)) if r == "REJECTED"}
    assert not rejected & _FORUMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vetoed an Algerian draft at the Security Council.", ("Russia", "Algeria")),
        ("The United States vetoed a draft put forward by Algeria.", ("United States", "Algeria")),
        (
            "Israel rejected a Security Council resolution on the war.",
            ("Israel", "UN Security Council"),
        ),
        (
            "Iran rejected the General Assembly resolution as biased.",
            ("Iran", "UN General Assembly"),
        ),
    ],
)
def test_a_sponsor_and_an_adopted_resolution_stay(
    read_un: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read_un(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia blocked a statement drafted by Algeria that would have urged a truce.",
            ("Russia", "Algeria"),
        ),
        (
            "Washington blocked two draft resolutions put forward by Algeria at the council.",
            ("United States", "Algeria"),
        ),
    ],
)
def test_a_blocked_draft_rejects_its_sponsor(
    read_un: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read_un(text))


@pytest.mark.parametrize(
    "text",
    [
        "China blocked a U.N. Security Council statement on the coup.",
        "Moscow blocked the accounts of Algerian banks and blocked access to the sites.",
        "Police in Moscow blocked the road leading to the Algerian embassy.",
    ],
)
def test_blocking_no_sponsored_draft_rejects_no_one(read_un: Reader, text: str) -> None:
    assert not any(r == "REJECTED" for _, r, _ in triples(read_un(text)))
