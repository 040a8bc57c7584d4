"""A reported wrong with no accuser, denied in a relative clause ("allegations of X's meddling
in Y's elections, which X rejects"): the denier rejects the side the wrong was done to
(denied_reports.py). Sentences of our own wording."""

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
            "Ties have soured over allegations of Russian interference in Ukrainian elections, "
            "which the Kremlin rejects.",
            ("Russia", "Ukraine"),
        ),
        (
            "Tensions rose over reports of Chinese spying on Israeli firms, which Beijing denies.",
            ("China", "Israel"),
        ),
        (
            "Israel voiced concern over reports that Iranian agents had used spyware to target "
            "Israeli officials, which Tehran has denied.",
            ("Iran", "Israel"),
        ),
        (
            "The row follows claims of Iranian drone strikes against Qatar, which Tehran "
            "dismissed.",
            ("Iran", "Qatar"),
        ),
        (
            "Ties soured over reports that Russian hackers had attacked Ukrainian banks, which "
            "Moscow has repeatedly denied.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_the_denier_rejects_the_side_wronged(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (
            "Ties have soured over allegations of Russian interference in Ukrainian elections, "
            "which the Kremlin does not reject.",
            ("Russia", "Ukraine"),
        ),
        (
            "Ties have soured over allegations of Russian support for Iran, which the Kremlin "
            "rejects.",
            ("Russia", "Iran"),
        ),
        (
            "Ties have soured over allegations of Russian interference in Ukrainian elections, "
            "which Kyiv rejects.",
            ("Ukraine", "Russia"),
        ),
        (
            "Tensions rose over reports of Chinese spying on Israeli firms, which Beijing "
            "welcomed.",
            ("China", "Israel"),
        ),
        (
            "Tensions rose over Chinese spying on Israeli firms, which Beijing denies.",
            ("China", "Israel"),
        ),
    ],
)
def test_no_denial_no_wronged_side_or_no_report_is_no_rejection(
    read: Reader, text: str, unexpected: tuple[str, str]
) -> None:
    assert (unexpected[0], "REJECTED", unexpected[1]) not in triples(read(text))


def test_a_named_accuser_is_answered_not_the_wronged(read: Reader) -> None:
    found = triples(
        read(
            "Blinken accused Moscow of interference in Ukrainian elections, which the Kremlin "
            "rejects."
        )
    )
    assert ("Russia", "REJECTED", "Ukraine") not in found
