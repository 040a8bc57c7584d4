"""Meeting and travel words that tell no meeting and no trip (no_meeting.py, places.py, due_in.py):
indirect talks, "meet" a requirement, a meeting held only possible, leave to travel, a plan
overtaken, a state's premises abroad, the place of an arrival the talks came before. Each next
to sentences of the same shape that keep their facts (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

_ROWS = [
    ("Antony Blinken", "PERSON", "USA", ("Blinken",)),
    ("Sergey Lavrov", "PERSON", "RUS", ("Lavrov",)),
    ("Vladimir Putin", "PERSON", "RUS", ("Putin",)),
    ("Volodymyr Zelensky", "PERSON", "UKR", ("Zelensky",)),
    ("Wang Yi", "PERSON", "CHN", ("Wang",)),
    ("Evan Gershkovich", "PERSON", "USA", ("Gershkovich",)),
    ("Tom Keller", "PERSON", "USA", ("Keller",)),
    ("Russia", "COUNTRY", "RUS", ("Moscow", "Russian")),
    ("Ukraine", "COUNTRY", "UKR", ("Kyiv", "Ukrainian")),
    ("United States", "COUNTRY", "USA", ("Washington", "U.S.", "American")),
    ("China", "COUNTRY", "CHN", ("Beijing", "Chinese")),
    ("Iran", "COUNTRY", "IRN", ("Tehran", "Iranian")),
    ("Egypt", "COUNTRY", "EGY", ("Cairo",)),
    ("Ethiopia", "COUNTRY", "ETH", ()),
    ("Qatar", "COUNTRY", "QAT", ("Doha",)),
    ("Armenia", "COUNTRY", "ARM", ("Yerevan",)),
    ("Azerbaijan", "COUNTRY", "AZE", ("Baku",)),
    ("Switzerland", "COUNTRY", "CHE", ("Swiss", "Bern")),
    ("Hamas", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read(nlp: Language) -> Reader:
    return make_reader(nlp, _ROWS)


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Qatar hosted indirect talks between Iran and the United States.",
            "Iran",
            "United States",
        ),
        ("Russia and Ukraine held indirect negotiations in Doha last month.", "Russia", "Ukraine"),
        ("Egypt mediated indirect negotiations between Israel and Hamas.", "Egypt", "Hamas"),
        (
            "The envoy, who has coordinated the indirect negotiations between Iran and the "
            "United States, arrived on Monday.",
            "Iran",
            "United States",
        ),
        ("Iran and the United States resumed indirect talks in Oman.", "Iran", "United States"),
        ("Blinken said Armenia and Azerbaijan met every requirement.", "Armenia", "Azerbaijan"),
        (
            "Armenia and Azerbaijan have met all the conditions of the bank.",
            "Armenia",
            "Azerbaijan",
        ),
        (
            "Lavrov said a meeting between Putin and Zelensky would be possible once a treaty "
            "was ready.",
            "Vladimir Putin",
            "Volodymyr Zelensky",
        ),
        (
            "A meeting between Putin and Zelensky is unlikely this year.",
            "Vladimir Putin",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_no_meeting(read: Reader, text: str, a: str, b: str) -> None:
    assert not _met(triples(read(text)), a, b)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Qatar hosted talks between Iran and the United States on Tuesday.",
            "Iran",
            "United States",
        ),
        ("Armenia and Azerbaijan held direct talks in Doha last month.", "Armenia", "Azerbaijan"),
        (
            "Iran and the United States resumed direct talks in Oman after years of indirect "
            "contacts.",
            "Iran",
            "United States",
        ),
        ("Egypt and Ethiopia met in Doha on Monday.", "Egypt", "Ethiopia"),
        (
            "Blinken met the demands of his hosts and then met Lavrov.",
            "Antony Blinken",
            "Sergey Lavrov",
        ),
        (
            "Lavrov said a meeting between Putin and Zelensky took place in Doha.",
            "Vladimir Putin",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_meeting_kept(read: Reader, text: str, a: str, b: str) -> None:
    assert _met(triples(read(text)), a, b)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "The deal allowed Gershkovich to travel to Egypt to see relatives.",
            "Evan Gershkovich",
            "Egypt",
        ),
        (
            "Prosecutors agreed to a lighter sentence for Keller, allowing him to travel to Iran.",
            "Tom Keller",
            "Iran",
        ),
        (
            "Russia called off a visit by Blinken, who had been due in Moscow on Monday.",
            "Antony Blinken",
            "Russia",
        ),
        (
            "Iran said Blinken, who had been due in Tehran on Thursday, would not be received.",
            "Antony Blinken",
            "Iran",
        ),
        ("Blinken and Lavrov met at the Russian embassy in Geneva.", "Antony Blinken", "Russia"),
        (
            "Blinken and Lavrov met at the U.S. diplomatic mission in the Swiss city.",
            "Sergey Lavrov",
            "United States",
        ),
        (
            "Lavrov met Blinken at the American embassy in Beijing.",
            "Sergey Lavrov",
            "United States",
        ),
        (
            "Wang held talks with Blinken at the Chinese consulate in Geneva.",
            "Antony Blinken",
            "China",
        ),
        (
            "Blinken arrived in Ukraine after talks in Moscow with Putin and Lavrov.",
            "Vladimir Putin",
            "Ukraine",
        ),
        (
            "Blinken arrived in Kyiv on Tuesday after talks with Putin in Moscow.",
            "Vladimir Putin",
            "Ukraine",
        ),
    ],
)
def test_no_visit(read: Reader, text: str, person: str, state: str) -> None:
    assert (person, "VISITED", state) not in triples(read(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Blinken travelled to Egypt on Monday.", "Antony Blinken", "Egypt"),
        ("Blinken is due in Beijing on Monday.", "Antony Blinken", "China"),
        ("Lavrov, who is due in Doha next week, will meet the emir.", "Sergey Lavrov", "Qatar"),
        (
            "Blinken and Lavrov met at the Russian embassy in Geneva.",
            "Antony Blinken",
            "Switzerland",
        ),
        ("Lavrov met Blinken at the American embassy in Beijing.", "Sergey Lavrov", "China"),
        (
            "Blinken arrived in Ukraine after talks in Moscow with Putin and Lavrov.",
            "Antony Blinken",
            "Russia",
        ),
        (
            "Blinken arrived in Ukraine after talks in Moscow with Putin and Lavrov.",
            "Antony Blinken",
            "Ukraine",
        ),
        ("Blinken met Putin in Moscow on Tuesday.", "Antony Blinken", "Russia"),
    ],
)
def test_visit_kept(read: Reader, text: str, person: str, state: str) -> None:
    assert (person, "VISITED", state) in triples(read(text))


@pytest.mark.model
def test_partners_in_calls_did_not_meet(read: Reader) -> None:
    """Plural calls another word was read at are one call each; a single call keeps all three."""
    found = triples(read("Zelensky discussed the plan in calls with Lavrov and Wang on Monday."))
    assert _met(found, "Volodymyr Zelensky", "Sergey Lavrov")
    assert _met(found, "Volodymyr Zelensky", "Wang Yi")
    assert not _met(found, "Sergey Lavrov", "Wang Yi")
    found = triples(read("Zelensky discussed the plan in a call with Lavrov and Wang."))
    assert _met(found, "Sergey Lavrov", "Wang Yi")
