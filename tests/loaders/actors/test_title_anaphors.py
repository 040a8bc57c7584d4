"""A bare title standing for the one person the article named with it ("the pontiff", "the
monarch", "the crown prince", "the ambassador"), and the descriptions that name nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from loaders.actors.descriptions import fits
from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language


def test_synonyms_of_titles_fit() -> None:
    assert fits("pontiff", "pontiff", "pope")
    assert fits("pope", "pope", "pope")
    assert fits("monarch", "monarch", "king")
    assert fits("monarch", "monarch", "queen")
    assert fits("premier", "premier", "prime minister")
    assert fits("prime minister", "minister", "premier")
    assert fits("prince", "prince", "foreign minister prince")
    assert fits("crown prince", "prince", "crown prince")
    assert fits("senator", "senator", "sen.")
    assert fits("envoy", "envoy", "ambassador")
    assert fits("secretary general", "general", "un secretary-general")


def test_titles_that_do_not_fit() -> None:
    assert not fits("crown prince", "prince", "foreign minister prince")
    assert not fits("monarch", "monarch", "prime minister")
    assert not fits("ambassador", "ambassador", "special envoy")
    assert not fits("former ambassador", "ambassador", "ambassador")
    assert not fits("pontiff", "pontiff", "cardinal")
    assert not fits("prime minister", "minister", "president")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "who"),
    [
        (
            "Pope Leo arrived in Beirut on Sunday. The pontiff later met President Joseph Aoun.",
            "pontiff",
            "person:pope-leo",
        ),
        (
            "Pope Leo arrived in Beirut on Sunday. The 70-year-old pontiff prayed at the port.",
            "70-year-old pontiff",
            "person:pope-leo",
        ),
        (
            "King Harald opened the session in Oslo. The monarch then received Jonas Gahr Store.",
            "monarch",
            "person:harald-v",  # the office-holder table's King Harald V
        ),
        (
            "Crown Prince Salman bin Hamad flew to London. Aides said the crown prince would "
            "hold talks at Downing Street.",
            "crown prince",
            "person:salman-bin-hamad",
        ),
        (
            "The talks were hosted by Sultan Haitham bin Tariq in Muscat. The sultan greeted "
            "both delegations.",
            "sultan",
            "person:haitham-bin-tariq",
        ),
        (
            "Ambassador Lena Kowalczyk was summoned on Monday. The ambassador was handed a "
            "note of protest.",
            "ambassador",
            "person:lena-kowalczyk",
        ),
        (
            "Senator Mark Delaney travelled to Taipei this week. The senator praised the island's "
            "defences.",
            "senator",
            "person:mark-delaney",
        ),
        (
            "Secretary-General Antonio Guterres arrived in Kyiv. The secretary-general toured a "
            "damaged school.",
            "secretary-general",
            "person:antonio-guterres",
        ),
    ],
)
def test_a_bare_title_is_the_one_person_named_with_it(
    actor_nlp: Language, text: str, span: str, who: str
) -> None:
    assert spans(actor_nlp(text)).get(span) == who


@pytest.mark.model
def test_the_saudi_crown_prince_is_the_saudi_one(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Saudi Crown Prince Mohammed bin Salman hosted the summit in Jeddah. Biden later sat "
        "down with the Saudi crown prince."
    )
    assert spans(doc).get("Saudi crown prince") == "person:mohammed-bin-salman"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two people fit: neither is meant
        (
            "Prince Karim and Prince Idris met in Madrid on Monday. The prince later flew home.",
            "prince",
        ),
        (
            "Ambassador Lena Kowalczyk and Ambassador Piotr Nowak were summoned. The ambassador "
            "left without comment.",
            "ambassador",
        ),
        # an indefinite title names nobody
        ("Senator Mark Delaney travelled to Taipei. A senator from Ohio came too.", "senator"),
        # "of" another state: not the person named
        (
            "Ambassador Lena Kowalczyk was summoned on Monday. The ambassador of France was not.",
            "ambassador",
        ),
        # "former": the one named holds the post now
        (
            "Ambassador Lena Kowalczyk was summoned on Monday. The former ambassador spoke on "
            "radio.",
            "former ambassador",
        ),
        # another state's prince
        (
            "Saudi Crown Prince Mohammed bin Salman hosted the summit. The Jordanian crown "
            "prince did not attend.",
            "Jordanian crown prince",
        ),
        # nobody named before
        ("The pontiff will visit Iraq next year, the Vatican said.", "pontiff"),
        # a title the person does not hold
        (
            "Prime Minister Mette Frederiksen opened the session. The monarch was absent.",
            "monarch",
        ),
    ],
)
def test_a_title_no_single_person_holds_names_nobody(
    actor_nlp: Language, text: str, word: str
) -> None:
    found = spans(actor_nlp(text))
    assert not any(word in span for span in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "state"),
    [
        (
            "Ambassador Lena Kowalczyk was summoned over the raid. Officials also summoned "
            "Tehran's ambassador on Tuesday.",
            "Tehran's ambassador",
            "country:IRN",
        ),
        (
            "Russian Ambassador Ivan Petrov was told to leave Berlin. Vilnius went further and "
            "expelled Moscow's ambassador.",
            "Moscow's ambassador",
            "country:RUS",
        ),
        (
            "Ambassador Lena Kowalczyk was summoned over the raid. The ministry later called in "
            "the Iranian envoy.",
            "Iranian envoy",
            "country:IRN",
        ),
    ],
)
def test_a_states_ambassador_is_the_state_not_the_one_named_elsewhere(
    actor_nlp: Language, text: str, phrase: str, state: str
) -> None:
    """A state has an ambassador in every capital: the one named is not the one described."""
    assert spans(actor_nlp(text)).get(phrase) == state
