"""Accusations told in an object relative clause the parse loses, and a verdict of guilt before
a sentence (model-backed; sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy
from spacy.tokens import Doc

from loaders.relations.passives import logical_objects
from loaders.relations.relative_gaps import stray_relative_noun
from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Kenya", "COUNTRY", "KEN", ("Nairobi", "Kenyan")),
    ("Somalia", "COUNTRY", "SOM", ()),
    ("al-Shabaab", "ORGANIZATION", None, ()),
    ("Iraq", "COUNTRY", "IRQ", ("Baghdad", "Iraqi")),
    ("Free Party", "ORGANIZATION", "IRQ", ()),
    ("Belarus", "COUNTRY", "BLR", ("Minsk", "Belarusian")),
    ("Anna Kowalska", "PERSON", "POL", ("Kowalska",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


_WORDS = ["Troops", "guard", "Kenya", "from", "ADF", ",", "which", "it", "accuses", "."]
_POS = ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "PRON", "PRON", "VERB", "PUNCT"]


def test_which_clause_hung_on_the_main_verb_is_about_the_noun_before_it() -> None:
    # the parse the small model gives a long sentence: the clause on the main verb (advcl)
    heads = [1, 1, 1, 1, 3, 1, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "dobj", "nsubj", "advcl", "punct"]
    doc = _parsed(_WORDS, heads, deps, _POS)
    noun = stray_relative_noun(doc[8], doc[6])
    assert noun is not None and noun.text == "ADF"
    assert [t.text for t in logical_objects(doc[8])] == ["ADF"]


def test_which_clause_hung_on_its_noun_is_left_to_the_relative_reading() -> None:
    heads = [1, 1, 1, 1, 3, 4, 8, 8, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "dobj", "nsubj", "relcl", "punct"]
    doc = _parsed(_WORDS, heads, deps, _POS)
    assert stray_relative_noun(doc[8], doc[6]) is None


def test_second_verb_of_a_relative_clause_shares_its_object(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Iraq banned the Free Party, a movement that Baghdad calls extremist and has "
            "blamed for the riots."
        ),
        "ACCUSED",
    )
    assert ("Iraq", "Free Party") in found


def test_second_verb_with_its_own_object_keeps_it(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Iraq banned the Free Party, a movement that Baghdad calls extremist, and has blamed "
            "Iran for the riots."
        ),
        "ACCUSED",
    )
    assert ("Iraq", "Free Party") not in found


def test_sentence_after_a_guilty_verdict_is_an_accusation(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "A Belarusian court sentenced Anna Kowalska to ten years after finding her guilty of "
            "organising protests."
        ),
        "ACCUSED",
    )
    assert ("Belarus", "Anna Kowalska") in found


def test_sentence_after_an_acquittal_on_some_counts_accuses_nobody(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "A Belarusian court sentenced Anna Kowalska to ten years after finding her innocent of "
            "most counts."
        ),
        "ACCUSED",
    )
    assert ("Belarus", "Anna Kowalska") not in found


def test_accusers_named_before_a_verb_read_as_a_noun(read: Reader) -> None:
    found = pairs(
        read(
            "Blinken also brought up Iran, which Israel and the United States accuse of shipping "
            "missiles to Russia."
        ),
        "ACCUSED",
    )
    assert {("Israel", "Iran"), ("United States", "Iran")} <= found


def test_accusation_reported_by_a_third_party_is_not_read_from_the_surface(read: Reader) -> None:
    found = pairs(
        read(
            "Blinken also brought up Iran, which Israel says the United States accuses of shipping "
            "missiles."
        ),
        "ACCUSED",
    )
    assert ("Israel", "Iran") not in found


def test_whom_clause_accuses_the_person_the_apposition_describes(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Kenya last week arrested Anna Kowalska, the founder of al-Shabaab, whom Israel and "
            "the United States accuse of planning the 2019 bombing."
        ),
        "ACCUSED",
    )
    assert {("Israel", "Anna Kowalska"), ("United States", "Anna Kowalska")} <= found
    assert ("Israel", "al-Shabaab") not in found
