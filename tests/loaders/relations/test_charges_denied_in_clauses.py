"""Charges denied in a clause that names the accuser elsewhere or not at all: a tail after
"insisted that" (claims.CLAIMING), a relative clause on the charge the parse hangs on a noun
inside it ("on charges of spying for Israel, which he denied"), a bare "denied the charges"
whose jailer only the story names (derive.rejected_charges); and an invitation turned down.
Sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_a_tail_after_insisting_answers_the_one_who_insisted(read: Reader) -> None:
    found = triples(
        read(
            "Putin insisted that Kyiv could have been behind the bombing of the bridge, a charge "
            "Ukraine flatly denied."
        )
    )
    assert ("Ukraine", "REJECTED", "Vladimir Putin") in found
    assert ("Vladimir Putin", "ACCUSED", "Ukraine") in found


def test_a_relative_clause_inside_the_charge_rejects_the_jailer(read: Reader) -> None:
    found = triples(
        read(
            "Keller, an engineer, was detained in 2019 while visiting his family in Tehran and "
            "sentenced to six years in prison on charges of spying for Israel, which he denied."
        )
    )
    assert ("Tom Keller", "REJECTED", "Iran") in found


def test_a_relative_clause_on_something_else_is_no_denial_of_the_charge(read: Reader) -> None:
    found = triples(
        read(
            "Keller, an engineer, was detained in 2019 while visiting his family in Tehran and "
            "sentenced to six years in prison on charges of spying for Israel, which he visited."
        )
    )
    assert ("Tom Keller", "REJECTED", "Iran") not in found


def test_charges_denied_where_no_jailer_is_named_reject_the_storys_jailer(
    read: Reader,
) -> None:
    found = triples(
        read(
            "Iran arrested Keller in 2021 and later freed him. Keller denied the charges on Monday."
        )
    )
    assert ("Tom Keller", "REJECTED", "Iran") in found


def test_charges_denied_with_two_jailers_in_the_story_reject_nobody(read: Reader) -> None:
    found = triples(
        read("Iran and Russia both detained Keller in 2021. Keller denied the charges on Monday.")
    )
    assert not any(kind == "REJECTED" for _, kind, _ in found), found


def test_an_invitation_turned_down_rejects_who_made_it(read: Reader) -> None:
    assert ("Iran", "REJECTED", "Qatar") in triples(
        read("Iran turned down an invitation from Qatar to attend the talks.")
    )


def test_an_invitation_accepted_rejects_nobody(read: Reader) -> None:
    found = triples(read("Iran accepted an invitation from Qatar to attend the talks."))
    assert not any(kind == "REJECTED" for _, kind, _ in found), found
