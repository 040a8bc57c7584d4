"""Who talked to whom when one person speaks to several: "spoke to A and B" is two
conversations (calls, mostly), so A and B have not met; "met A and B in Nairobi" stays one
meeting of three. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said he had spoken to Presidents Joe Biden and Xi Jinping on Sunday.",
        "Kenyan President William Ruto spoke with Joe Biden and Xi Jinping about the crisis.",
        "William Ruto talked to Joe Biden and Xi Jinping late on Friday.",
    ],
)
def test_speaking_to_two_is_two_conversations(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, "Joe Biden", "Xi Jinping") is False
    assert any(met(found, ruto, "Joe Biden") for ruto in ("Ruto", "William Ruto"))
    assert any(met(found, ruto, "Xi Jinping") for ruto in ("Ruto", "William Ruto"))


def test_meeting_two_in_one_place_is_one_meeting(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "William Ruto met Joe Biden and Xi Jinping in Nairobi.")
    assert met(found, "Joe Biden", "Xi Jinping")


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto refused to talk to Joe Biden.",
        "William Ruto talked to reporters about Joe Biden.",
        "William Ruto never talked to Joe Biden.",
    ],
)
def test_no_conversation_refused_or_about_someone(extractor: Extractor, text: str) -> None:
    assert not extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden called Benjamin Netanyahu on Sunday to discuss the war.",
        "Joe Biden called the Israeli prime minister, Benjamin Netanyahu, on Sunday.",
        "Benjamin Netanyahu was called by Joe Biden late on Sunday.",
    ],
)
def test_calling_someone_is_a_phone_call(extractor: Extractor, text: str) -> None:
    assert met(extracted_triples(extractor, text), "Joe Biden", "Benjamin Netanyahu")


@pytest.mark.parametrize(
    "text",
    [
        # a label pinned on someone, with or without quotes: no call
        "Joe Biden called Vladimir Putin a killer on Tuesday.",
        'Joe Biden later called Vladimir Putin "a killer without a soul".',
        "Joe Biden called Vladimir Putin unfit to lead.",
        # other senses of "call", and calls that did not happen
        "Joe Biden called on Vladimir Putin to end the war.",
        "Joe Biden called for Vladimir Putin to be tried.",
        "Joe Biden did not call Vladimir Putin.",
    ],
)
def test_no_call_in_labels_appeals_or_denials(extractor: Extractor, text: str) -> None:
    assert not met(extracted_triples(extractor, text), "Joe Biden", "Vladimir Putin")


def test_calling_two_is_two_calls(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Joe Biden called Benjamin Netanyahu and Mahmoud Abbas on Sunday."
    )
    assert met(found, "Joe Biden", "Mahmoud Abbas")
    assert not met(found, "Benjamin Netanyahu", "Mahmoud Abbas")


@pytest.mark.parametrize(
    "text",
    [
        "Giorgia Meloni flew to Florida for a dinner with Donald Trump at his estate.",
        "Giorgia Meloni had a working lunch with Donald Trump on Friday.",
        "Donald Trump was embraced on the tarmac by Giorgia Meloni.",
        "Giorgia Meloni hugged Donald Trump as he stepped off the plane.",
    ],
)
def test_a_meal_with_someone_or_a_welcome_in_person_is_a_meeting(
    extractor: Extractor, text: str
) -> None:
    assert met(extracted_triples(extractor, text), "Giorgia Meloni", "Donald Trump")


@pytest.mark.parametrize(
    "text",
    [
        # a proposal is received, embraced or welcomed, not its author
        "Giorgia Meloni received Donald Trump's proposal on Friday.",
        "Giorgia Meloni embraced Donald Trump's proposal.",
        "Giorgia Meloni welcomed Donald Trump's offer of talks.",
        # a meal attended together, or only hoped for
        "Giorgia Meloni refused to meet Donald Trump, and the two only shook hands at a dinner.",
        "Giorgia Meloni hopes to have dinner with Donald Trump.",
    ],
)
def test_no_meeting_with_an_author_a_table_or_a_hope(extractor: Extractor, text: str) -> None:
    assert not met(extracted_triples(extractor, text), "Giorgia Meloni", "Donald Trump")


@pytest.mark.parametrize(
    "text",
    [
        # members at a body's session are not a meeting of any two of them
        "At an emergency meeting of the U.N. Security Council on Sunday, Giorgia Meloni and "
        "Donald Trump condemned the offensive.",
    ],
)
def test_no_meeting_at_a_bodys_session(extractor: Extractor, text: str) -> None:
    assert not met(extracted_triples(extractor, text), "Giorgia Meloni", "Donald Trump")


def test_a_meeting_in_a_city_is_a_meeting_of_those_at_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "At a meeting in Brussels, Albin Kurti and Aleksandar Vucic accepted the plan."
    )
    assert met(found, "Albin Kurti", "Aleksandar Vucic")


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump visited Rome, but no Italian government official met him.",
        "No Italian government official met Donald Trump during the visit.",
    ],
)
def test_a_subject_under_no_did_nothing(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(r == "MET_WITH" for _, r, _ in found), found
