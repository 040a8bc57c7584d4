"""A wire lede describes a person before naming them ("France's foreign minister accused ...",
then "Jean-Yves Le Drian told France 2"): the description is that person, not nobody."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

_SEPT_2021 = date(2021, 9, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France's foreign minister accused Australia on Saturday of lying over a submarine "
            'pact.\n\n"There has been lying," Jean-Yves Le Drian told France 2 television.',
            ("Jean-Yves Le Drian", "ACCUSED", "Australia"),
        ),
        (
            "The French foreign minister condemned Australia on Saturday. Foreign Minister "
            "Jean-Yves Le Drian told France 2 television it was a stab in the back.",
            ("Jean-Yves Le Drian", "CONDEMNED", "Australia"),
        ),
    ],
)
def test_lede_description_is_the_person_named_after_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text, _SEPT_2021)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the person named next holds another post: the description stays unresolved
        (
            "France's foreign minister accused Australia on Saturday of lying. President "
            "Emmanuel Macron recalled the ambassador.",
            ("Emmanuel Macron", "ACCUSED", "Australia"),
        ),
        # a person of another state is no candidate
        (
            "Australia's foreign minister condemned France on Saturday. Foreign Minister "
            "Jean-Yves Le Drian said Paris was betrayed.",
            ("Jean-Yves Le Drian", "CONDEMNED", "France"),
        ),
        # the object of the described person's own verb is not the person described
        (
            "The French foreign minister met Jean-Yves Le Drian's deputy on Saturday.",
            ("Jean-Yves Le Drian", "MET_WITH", "Jean-Yves Le Drian"),
        ),
    ],
)
def test_lede_description_never_takes_someone_else(
    extractor: Extractor, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in extracted_triples(extractor, text, _SEPT_2021)
