"""A wrong told as a deed done to a harmful act ("said Iran had carried out the attack"), read by
perpetrations.py inside reported.py, on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Albania", "COUNTRY", "ALB", ("Tirana", "Albanian")),
    ("Turkey", "COUNTRY", "TUR", ("Ankara", "Turkish")),
    ("Recep Tayyip Erdogan", "PERSON", "TUR", ("Erdogan",)),
    ("Microsoft", "ORGANIZATION", "USA", ()),
    ("Hamas", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Albania said the attack had been planned and financed by Iran.", "Albania", "Iran"),
        (
            "The United States said it had concluded that Iran carried out the cyberattack.",
            "United States",
            "Iran",
        ),
        (
            "Erdogan cut ties with Tehran over a cyberattack that he said had been planned and "
            "financed by Iran.",
            "Recep Tayyip Erdogan",
            "Iran",
        ),
        (
            "Ankara closed its border after a bombing which Erdogan said was ordered by Kyiv.",
            "Recep Tayyip Erdogan",
            "Ukraine",
        ),
        ("The killing was planned by Iran, Israel said.", "Israel", "Iran"),
        (
            "Microsoft said it had found that hackers sponsored by the Iranian government had "
            "carried out the attack.",
            "Microsoft",
            "Iran",
        ),
        (
            "Tirana said an investigation had shown beyond any doubt that Iran was behind the "
            "attack.",
            "Albania",
            "Iran",
        ),
        ("Kyiv said an inquiry had proved that Moscow ordered the strike.", "Ukraine", "Russia"),
    ],
)
def test_saying_another_carried_out_a_harm_accuses_them(
    read_more: Reader, text: str, accuser: str, accused: str
) -> None:
    assert (accuser, "ACCUSED", accused) in triples(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said Israel had carried out a census of the camps.",
        "Israel said Iran had planned a visit by Hamas officials.",
        "Blinken said Iran had not carried out the attack.",
        "Zelensky said Russia may have planned the assassination.",
        "Keller, an aide to Zelensky, said he had planned the raid on his own.",
        "Keller, a vice-president of Hamas, said through his lawyer that he had organised the "
        "attack himself.",
        "Israel said the attack was carried out by Israeli forces.",
    ],
)
def test_a_harmless_deed_a_denial_or_a_confession_accuses_nobody(
    read_more: Reader, text: str
) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read_more(text)))
