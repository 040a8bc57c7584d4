"""Names in one sentence that are no parties of one another: an apposition's clause, a list
"among them", a meeting held rather than a person held, ministers meeting for their states.
Sentences of our own wording, read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy
from spacy.tokens import Doc

from loaders.relations.arguments import between_objects
from loaders.relations.verb_senses import event_object
from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor


@pytest.mark.model
def test_a_clause_on_an_apposition_speaks_of_its_name_alone(extractor: Extractor) -> None:
    text = (
        "The visiting envoy met Trade Minister Wang Wentao, central bank governor Pan Gongsheng "
        "and Ding Xuexiang, the vice premier who led Beijing's side in the talks with Brussels."
    )
    found = extracted_triples(extractor, text)
    assert not met(found, "Wang Wentao", "Pan Gongsheng")
    assert not met(found, "Ding Xuexiang", "Wang Wentao")


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_among_them_lists_members_however_them_is_parsed() -> None:
    """ "released five people, among them journalist Medina and lawmaker Caro", parsed as the
    model does with the first name as "among"'s object and "them" hung elsewhere: no parties."""
    words = ["They", "released", "five", "people", ",", "among", "them", "journalist", "Medina",
             "and", "lawmaker", "Caro", "."]  # fmt: skip
    heads = [1, 1, 3, 1, 3, 3, 8, 8, 5, 8, 11, 8, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "prep", "nsubj", "compound", "pobj",
            "cc", "compound", "conj", "punct"]  # fmt: skip
    pos = ["PRON", "VERB", "NUM", "NOUN", "PUNCT", "ADP", "PRON", "NOUN", "PROPN", "CCONJ",
           "NOUN", "PROPN", "PUNCT"]  # fmt: skip
    doc = _parsed(words, heads, deps, pos)
    assert between_objects([doc[3]]) == []


def test_talks_between_two_names_are_their_parties() -> None:
    words = ["talks", "among", "Egypt", "and", "Sudan"]
    doc = _parsed(words, [0, 0, 1, 2, 2], ["ROOT", "prep", "pobj", "cc", "conj"],
                  ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])  # fmt: skip
    assert [t.text for t in between_objects([doc[0]])] == ["Egypt", "Sudan"]


@pytest.mark.parametrize(
    ("obj", "expected"), [("talks", True), ("meeting", True), ("journalist", False)]
)
def test_a_held_event_is_no_person_held(obj: str, expected: bool) -> None:
    words = ["Shoigu", "held", obj, "with", "Kang", "."]
    doc = _parsed(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                  ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])  # fmt: skip
    assert event_object(doc[1]) is expected


@pytest.mark.model
def test_ministers_meeting_for_their_states_meet_at_one_level(extractor: Extractor) -> None:
    text = (
        "The foreign ministers of Egypt, Jordan and Qatar, Sameh Shoukry, Ayman Safadi and "
        "Mohammed bin Abdulrahman Al Thani, met in Cairo on Sunday."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Sameh Shoukry", "Ayman Safadi")
    assert not met(found, "Sameh Shoukry", "Jordan")
    assert not met(found, "Ayman Safadi", "Egypt")


@pytest.mark.model
def test_talks_mediated_between_those_who_held_them(extractor: Extractor) -> None:
    text = (
        "Israel struck Iran's air defences on Saturday. Iran and the United States had held "
        "four rounds of indirect talks mediated by Oman since March."
    )
    found = extracted_triples(extractor, text)
    assert ("Oman", "MEDIATED", "United States") in found
    assert ("Oman", "MEDIATED", "Israel") not in found


@pytest.mark.model
def test_it_in_what_the_urged_side_must_do_is_the_urged_side(extractor: Extractor) -> None:
    text = (
        "The State Department welcomed the release and called on Tehran to free all the "
        "foreigners it holds, among them the researcher Ahmadreza Djalali."
    )
    found = extracted_triples(extractor, text)
    assert ("Iran", "DETAINED", "Ahmadreza Djalali") in found
    assert ("United States", "DETAINED", "Ahmadreza Djalali") not in found
