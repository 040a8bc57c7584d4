"""The sides of a mediation whose sentence names none: the war's two sides
(mediated_sides.warring_sides), the story's pair for one who joined as a mediator, the host meant
by "under his auspices", and a deal framing a clause through its last noun
(deal_sides.framed_clause). Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from loaders.pipeline import Extractor
from loaders.relations.deal_sides import framed_clause
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_WAR = (
    "Hamas handed over two hostages on Sunday, and Israel freed 90 Palestinian prisoners hours "
    "later. Israel's offensive against Hamas has killed thousands of people in Gaza. "
)


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "MEDIATED"}


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            _WAR + "The truce, brokered by Egypt and Qatar after weeks of talks, began last week.",
            {("Egypt", "Israel"), ("Egypt", "Hamas"), ("Qatar", "Israel"), ("Qatar", "Hamas")},
        ),
        (
            "Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday. Turkey's spy chief "
            "Ibrahim Kalin joined Qatari officials as a mediator.",
            {("Ibrahim Kalin", "Pakistan"), ("Ibrahim Kalin", "Afghanistan")},
        ),
        (
            "Ilham Aliyev and Nikol Pashinyan held talks with Charles Michel on Monday, their "
            "third meeting under his auspices.",
            {("Charles Michel", "Ilham Aliyev"), ("Charles Michel", "Nikol Pashinyan")},
        ),
    ],
)
def test_the_unnamed_sides_are_found(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extracted_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # only offered: no mediation
        (_WAR + "Egypt has offered to broker a lasting truce.", {("Egypt", "Israel")}),
        # the mediator's own war: it is no go-between
        (
            "Russian troops shelled Kharkiv again on Monday. Russia's invasion of Ukraine is in "
            "its third year. A grain deal brokered by Russia lapsed last year.",
            {("Russia", "Ukraine")},
        ),
        # another deal, named with its own sides, lends the war's sides nothing
        (
            "Israeli jets bombed Hamas positions in Gaza on Monday. In 2020 the UAE and Bahrain "
            "normalised relations with Israel in U.S.-brokered agreements.",
            {("United States", "Hamas")},
        ),
        # a role only possible
        (
            "Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday. Turkey's spy chief "
            "Ibrahim Kalin could join Qatari officials as a mediator next month.",
            {("Ibrahim Kalin", "Pakistan")},
        ),
        # the pronoun owner is no party of the talks it mediates
        (
            "Ilham Aliyev and Nikol Pashinyan held talks with Charles Michel on Monday, their "
            "third meeting under his auspices.",
            {("Ilham Aliyev", "Nikol Pashinyan"), ("Ilham Aliyev", "Charles Michel")},
        ),
    ],
)
def test_no_side_is_lent_wrongly(
    extractor: Extractor, text: str, wrong: set[tuple[str, str]]
) -> None:
    assert not _mediated(extracted_triples(extractor, text)) & wrong


def test_a_deal_hung_on_the_last_noun_frames_the_verb() -> None:
    """ "Kenya and Uganda restored ties with the neighbour in Chinese-brokered accords", parsed
    as the model does with "in" hung on "neighbour": the accords frame "restored"."""
    words = ["Kenya", "and", "Uganda", "restored", "ties", "with", "the", "neighbour", "in",
             "brokered", "accords", "."]  # fmt: skip
    heads = [3, 0, 0, 3, 3, 4, 7, 5, 7, 10, 8, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "amod",
            "pobj", "punct"]  # fmt: skip
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "VERB",
           "NOUN", "PUNCT"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    clause = framed_clause(doc[10])
    assert clause is not None
    assert clause.i == 3
