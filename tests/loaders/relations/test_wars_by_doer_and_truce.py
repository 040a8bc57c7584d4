"""A known war named by its doer alone ("since Russia's invasion") and the fighting a truce
between two sides ended, on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hamas", "ORGANIZATION", "PSE", ()),
    ("Syria", "COUNTRY", "SYR", ()),
    ("Eritrea", "COUNTRY", "ERI", ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


_RU_UA = ("Russia", "ATTACKED", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky has not met Putin since Russia's full-scale invasion. Ukraine wants talks.",
        "Ukraine said the grain deal had held since Moscow launched its invasion two years ago.",
        "Kyiv asked for more aid. China has declined to condemn Russia's invasion of Ukraine.",
        "Trade with Kyiv has collapsed since Russia sent its troops into Ukraine.",
        "Putin flew to Tehran, his first trip abroad since he sent troops into Ukraine.",
    ],
)
def test_a_known_war_named_by_its_doer_has_its_known_victim(read: Reader, text: str) -> None:
    assert _RU_UA in triples(read(text, published="2024-05-02"))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Ukraine said Russia's invasion of Syria had no bearing on the talks.", "2024-05-02"),
        ("Ukraine said Russia's invasion of Georgia had no bearing on the talks.", "2024-05-02"),
        ("Ukraine said it feared Russia's invasion would come soon.", "2021-11-02"),
        ("Ukraine said Russia's planned invasion was a bluff.", "2024-05-02"),
        ("Ukraine said Russia might launch an invasion in the spring.", "2024-05-02"),
        ("Ukraine warned that Russia could send troops into Ukraine's east.", "2024-05-02"),
        ("Russia sent troops into Ukraine, Kyiv said, and the war began.", "2021-11-02"),
    ],
)
def test_a_war_of_another_party_time_or_plan_is_not_the_known_war(
    read_more: Reader, text: str, published: str
) -> None:
    assert _RU_UA not in triples(read_more(text, published=published))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "A truce between Israel and Hamas took effect on Monday, ending nine days of heavy "
            "fighting in the enclave.",
            ("Israel", "Hamas"),
        ),
        (
            "The ceasefire between Ethiopia and Eritrea was signed after two years of war.",
            ("Ethiopia", "Eritrea"),
        ),
    ],
)
def test_the_fighting_a_truce_ended_was_between_its_sides(
    read_more: Reader, text: str, sides: tuple[str, str]
) -> None:
    found = triples(read_more(text))
    one, other = sides
    assert {(one, "ATTACKED", other), (other, "ATTACKED", one)} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A possible truce between Israel and Hamas could end the fighting in the enclave.",
        "Talks on a ceasefire between Ethiopia and Eritrea aimed at averting a war opened.",
    ],
)
def test_a_truce_hoped_for_or_a_war_averted_is_no_fighting(read_more: Reader, text: str) -> None:
    assert not {t for t in triples(read_more(text)) if t[1] == "ATTACKED"}
