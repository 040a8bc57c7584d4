"""Signatories named as a list the parser split at its first comma, a story's opening pair met
in a second verb of its first sentence, and the mediators of a deal named only inside what was
signed. Sentences of our own wording; each positive has the near miss that must stay silent."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from loaders.pipeline import Extractor
from loaders.relations.subjects import grammatical_subjects
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_SIGNED = "SIGNED_AGREEMENT_WITH"


def _signed(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, _SIGNED, b) in found or (b, _SIGNED, a) in found


_LIST = (
    "Biden, Scholz, Italy's Prime Minister Giorgia Meloni and Spanish Prime Minister Pedro "
    "Sanchez then signed a declaration backing the truce, which Norway and Oman mediated last "
    "spring."
)


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = ["VERB" if d == "ROOT" else "PUNCT" if d == "punct" else "PROPN" for d in deps]
    pos = ["CCONJ" if d == "cc" else p for d, p in zip(deps, pos, strict=True)]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_list_split_at_its_first_comma_is_all_the_subjects() -> None:
    # "Lula, Sisi, Ruto and Tinubu signed": the parser hangs the first name and the rest of
    # the list on the verb as two subjects
    words = ["Lula", ",", "Sisi", ",", "Ruto", "and", "Tinubu", "signed"]
    heads = [7, 7, 7, 2, 2, 4, 4, 7]
    deps = ["nsubj", "punct", "nsubj", "punct", "conj", "cc", "conj", "ROOT"]
    doc = _parsed(words, heads, deps)
    subjects = grammatical_subjects(doc[7])
    assert [t.text for t in subjects] == ["Lula", "Sisi"]  # each with its conjuncts
    assert {c.text for t in subjects for c in (t, *t.conjuncts)} == {
        "Lula",
        "Sisi",
        "Ruto",
        "Tinubu",
    }


def test_a_name_before_a_lone_second_subject_is_no_list() -> None:
    # "Lula, Sisi signed": no "and" goes on after the second name, so no list is read
    words = ["Lula", ",", "Sisi", "signed"]
    doc = _parsed(words, [3, 3, 3, 3], ["nsubj", "punct", "nsubj", "ROOT"])
    assert [t.text for t in grammatical_subjects(doc[3])] == ["Lula"]


def test_a_name_and_a_second_clause_are_no_list(extractor: Extractor) -> None:
    text = "Pedro Sanchez, Spain's prime minister, signed a declaration with Morocco."
    found = extracted_triples(extractor, text)
    assert not any(kind == _SIGNED and "Morocco" not in (s, t) for s, kind, t in found)


_OPENING = (
    "WARSAW, May 3 (Reuters) - Canadian Prime Minister Mark Carney made a surprise trip to "
    "Warsaw on Monday and held talks with Polish President Andrzej Duda on energy and defence. "
    "Carney laid flowers at a memorial in the old town. "
    "At a news conference, Carney said Canada would keep buying Polish ammunition. "
    "Ottawa has promised more aid this year. "
)


def test_the_two_leaders_far_down_are_the_opening_meetings_pair(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _OPENING + "The two leaders signed a defence pact.")
    assert _signed(found, "Mark Carney", "Andrzej Duda")


def test_the_two_countries_are_no_pair_of_leaders(extractor: Extractor) -> None:
    text = _OPENING + "The two presidents signed a defence pact."
    found = extracted_triples(extractor, text)
    assert not _signed(found, "Mark Carney", "Andrzej Duda")


def test_mediators_of_a_deal_named_inside_the_signed_one_mediated_no_signer(
    extractor: Extractor,
) -> None:
    found = extracted_triples(extractor, _LIST)
    assert not any(kind == "MEDIATED" and s in ("Norway", "Oman") for s, kind, _ in found)


def test_mediators_of_the_signed_deal_itself_stay(extractor: Extractor) -> None:
    text = "Armenia and Azerbaijan signed a peace treaty, which Qatar mediated."
    found = extracted_triples(extractor, text)
    assert ("Qatar", "MEDIATED", "Armenia") in found
    assert ("Qatar", "MEDIATED", "Azerbaijan") in found


def test_the_two_countries_after_a_trip_are_the_travellers_and_the_hosts(
    extractor: Extractor,
) -> None:
    text = (
        "Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day stay, and "
        "the two countries signed nine agreements on power and roads."
    )
    found = extracted_triples(extractor, text)
    assert _signed(found, "Kenya", "Ethiopia")


def test_a_trip_home_names_no_second_state(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto arrived in Nairobi on Monday after a two-day stay, and "
        "the two countries signed nine agreements on power and roads."
    )
    found = extracted_triples(extractor, text)
    assert not any(kind == _SIGNED and "Kenya" in (s, t) for s, kind, t in found)
