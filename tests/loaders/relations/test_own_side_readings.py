"""Readings that turn on the speaker's own side: a duty the speaker's state shares ("China and
France should jointly ...") urges neither; a leader's own state is never the one he backs; a
state's curbs on its own firms sanction nobody; "hostility between" two states is enmity, not
fighting ("hostilities" are); "targeted by U.S. sanctions" is a sanction, not a strike."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Chinese President Xi Jinping said China and France, both permanent members of the "
            "Security Council, should jointly defend multilateralism.",
            ("Xi Jinping", "URGED", "France"),
        ),
        (
            "Xi praised French President Emmanuel Macron's commitment to the Paris climate "
            "agreement.",
            ("Emmanuel Macron", "SUPPORTED", "France"),
        ),
        (
            "Abiy signed a peace declaration with Eritrea in July 2018, ending two decades of "
            "hostility between Ethiopia and Eritrea.",
            ("Ethiopia", "ATTACKED", "Eritrea"),
        ),
        (
            "Chen is the most senior Chinese official ever targeted by U.S. sanctions.",
            ("United States", "ATTACKED", "China"),
        ),
    ],
)
def test_no_reading(extractor: Extractor, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own state in one clause leaves the other clause's addressee urged
        (
            "Biden said the United States must do more and that Israel should allow more aid "
            "into Gaza.",
            ("Biden", "URGED", "Israel"),
        ),
        ("Biden said Israel and Hamas should agree to the ceasefire.", ("Biden", "URGED", "Hamas")),
        (
            "Hostilities between Ethiopia and Eritrea resumed in 1998.",
            ("Ethiopia", "ATTACKED", "Eritrea"),
        ),
        (
            "Chen is the most senior Chinese official ever targeted by U.S. sanctions.",
            ("United States", "SANCTIONED", "China"),
        ),
    ],
)
def test_still_read(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in extracted_triples(extractor, text)
