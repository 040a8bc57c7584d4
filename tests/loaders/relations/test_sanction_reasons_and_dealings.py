"""Sanctions told by what they punish ("tariffs imposed over Beijing's failure to ..."), by the
dealings they forbid ("barred its citizens from any dealings with X"), by aid withheld ("cut off
aid to X") and by borders shut ("closed its border with X"), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("India", "COUNTRY", "IND", ("New Delhi", "Indian")),
    ("Niger", "COUNTRY", "NER", ("Niamey",)),
    ("Gazprombank", "ORGANIZATION", "RUS", ()),
    ("Donald Trump", "PERSON", "USA", ("Trump",)),
    ("European Union", "ORGANIZATION", None, ("EU",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump kept the duty he imposed last spring over what he says is Beijing's refusal "
            "to curb fentanyl exports.",
            ("Donald Trump", "China"),
        ),
        (
            "The extra tariff was ordered by Trump in March as a penalty for India's imports of "
            "Iranian crude.",
            ("Donald Trump", "India"),
        ),
        (
            "Washington has barred American firms from any dealings with Gazprombank since "
            "last year.",
            ("United States", "Gazprombank"),
        ),
        (
            "Last month Washington cut off military aid to Niger after the coup.",
            ("United States", "Niger"),
        ),
        ("Russia closed its border with Ukraine and halted all freight.", ("Russia", "Ukraine")),
    ],
)
def test_sanction_read(text: str, expected: tuple[str, str], read_more: Reader) -> None:
    assert expected in pairs(read_more(text), "SANCTIONED")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the one whose act is suffered is no offender
        (
            "Washington imposed sanctions over Ukraine's invasion by Russian troops.",
            ("United States", "Ukraine"),
        ),
        # the measure names its own target, another than the owner of the reason
        (
            "The EU imposed tariffs on Iranian steel over India's purchases of Russian oil.",
            ("European Union", "India"),
        ),
        # a threat is no measure
        (
            "Trump said he might impose tariffs over India's purchases of Russian oil.",
            ("Donald Trump", "India"),
        ),
        # dealings welcomed, not barred
        (
            "Washington encouraged American firms to expand their dealings with India.",
            ("United States", "India"),
        ),
        # aid sent, not cut
        ("Washington sent military aid to Niger last month.", ("United States", "Niger")),
    ],
)
def test_no_sanction(text: str, absent: tuple[str, str], read_more: Reader) -> None:
    assert absent not in pairs(read_more(text), "SANCTIONED")
